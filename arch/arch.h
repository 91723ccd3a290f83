/* The backend interface.  Exactly one backend is linked into rawecho; it
   provides these, and its entry point calls main (argc, argv, envp) and
   ends the process with the status main returns.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_ARCH_H
#define RAWECHO_ARCH_H

#include <stddef.h>
#include "errtext.h"

/* Data one file defines and another uses: hidden where the format has
   visibility, or position-independent code on most processors reads its
   address from the GOT, which a program without a loader would have to
   relocate itself.  */
#ifdef __ELF__
# define ARCH_SHARED_DATA __attribute__ ((visibility ("hidden")))
#else
# define ARCH_SHARED_DATA
#endif

/* How output leaves the program, for --version.  */
extern const char arch_backend[] ARCH_SHARED_DATA;

/* Writes all LEN bytes of BUF to descriptor FD (1 or 2), riding out
   short writes, interruptions and a non-blocking descriptor.
   Returns 0, or the backend's positive error code.  */
int arch_write (int fd, const char *buf, size_t len);

/* The text of an error code from arch_write; SCRATCH holds the text of
   an error without a fixed one.  A null pointer asks for a quiet exit
   (a reader that went away, where no SIGPIPE ends the process).  Run
   only on an error: cold, GCC optimises it for size.  */
__attribute__ ((cold))
const char *arch_error_text (int err, char scratch[UNKNOWN_ERROR_SIZE]);

int main (int argc, char **argv, char **envp);

#endif
