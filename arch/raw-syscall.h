/* System calls of our own: picks the one header for the target's OS and
   ABI from the compiler's predefined macros, as nolibc does, so that the
   build system only has to check that the pick compiles.  Each provides
     long raw_syscall4 (long nr, long a, long b, long c, long d);
   returning -errno on failure, the SYS_* numbers rawecho uses, the E*
   numbers of lib/errtext.h's WRITE_ERRORS, and
     RAW_NR_EXIT                ends the whole process
     RAW_NR_WAIT, RAW_WAIT_FOREVER  a poll-like call and its argument
                                for no timeout
   and, on Linux, what the start-up of a libc-free build
   (linux/start.c) needs of the ABI: linux/linux.h lists it.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_RAW_SYSCALL_H
#define RAWECHO_RAW_SYSCALL_H

/* The kernel's struct pollfd, the same on every system here.  */
struct raw_pollfd
{
  int fd;
  short events;
  short revents;
};
enum { RAW_POLLOUT = 4 };

#if defined __linux__
# include "linux/linux.h"
#elif defined __FreeBSD__ || defined __NetBSD__ || defined __APPLE__
# include "bsd/bsd.h"
#else
# error "no system call header for this operating system"
#endif

/* Waits until FD takes more output.  */
static inline long
raw_wait_writable (int fd)
{
  struct raw_pollfd p = { fd, RAW_POLLOUT, 0 };
  return raw_syscall4 (RAW_NR_WAIT, (long) &p, 1, RAW_WAIT_FOREVER, 0);
}

#endif
