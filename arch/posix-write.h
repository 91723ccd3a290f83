/* What each POSIX-style backend (libc.c, and raw.c's system calls of
   its own) gives the write loop and error texts they share,
   posix-write.c.  Each returns a negative error number on failure, in
   the numbering posix-write.c reads: <errno.h>'s with libc,
   raw-syscall.h's with the asm backend.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_POSIX_WRITE_H
#define RAWECHO_POSIX_WRITE_H

#include <stddef.h>

/* write (FD, BUF, LEN).  */
long sys_write (int fd, const void *buf, size_t len);

/* Waits until FD takes more output.  */
long sys_wait_writable (int fd);

#endif
