/* The texts of the errors a write can meet, worded as glibc's strerror
   words them, so that a libc-free build reports exactly what GNU echo
   reports.  Each backend maps its own error numbers onto these.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_ERRTEXT_H
#define RAWECHO_ERRTEXT_H

/* X (NAME, TEXT): NAME is the E-constant without its E.  */
#define WRITE_ERRORS \
  X (PERM, "Operation not permitted") \
  X (INTR, "Interrupted system call") \
  X (IO, "Input/output error") \
  X (NXIO, "No such device or address") \
  X (BADF, "Bad file descriptor") \
  X (AGAIN, "Resource temporarily unavailable") \
  X (NOMEM, "Cannot allocate memory") \
  X (ACCES, "Permission denied") \
  X (FAULT, "Bad address") \
  X (BUSY, "Device or resource busy") \
  X (NODEV, "No such device") \
  X (ISDIR, "Is a directory") \
  X (INVAL, "Invalid argument") \
  X (FBIG, "File too large") \
  X (NOSPC, "No space left on device") \
  X (SPIPE, "Illegal seek") \
  X (ROFS, "Read-only file system") \
  X (PIPE, "Broken pipe") \
  X (NOSYS, "Function not implemented") \
  X (NOLINK, "Link has been severed") \
  X (DESTADDRREQ, "Destination address required") \
  X (OPNOTSUPP, "Operation not supported") \
  X (NETDOWN, "Network is down") \
  X (NETUNREACH, "Network is unreachable") \
  X (CONNABORTED, "Software caused connection abort") \
  X (CONNRESET, "Connection reset by peer") \
  X (NOBUFS, "No buffer space available") \
  X (NOTCONN, "Transport endpoint is not connected") \
  X (TIMEDOUT, "Connection timed out") \
  X (STALE, "Stale file handle") \
  X (DQUOT, "Disk quota exceeded")

enum write_error
{
  WE_UNKNOWN,
#define X(name, text) WE_##name,
  WRITE_ERRORS
#undef X
  WE_COUNT
};

/* The text of E, or a null pointer for WE_UNKNOWN.  Both functions run
   only on an error: cold, GCC optimises them for size.  */
__attribute__ ((cold))
const char *write_error_text (enum write_error e);

/* Enough for "Unknown error " and any int, with its NUL.  */
enum { UNKNOWN_ERROR_SIZE = 32 };

/* Writes glibc's "Unknown error N" into BUF and returns BUF.  */
__attribute__ ((cold))
char *unknown_error_text (char buf[UNKNOWN_ERROR_SIZE], int n);

#endif
