/* A libc-free program that overflows a buffer on its stack, built with
   rawecho's start-up: its stack protector must end it the way glibc's
   does, by SIGABRT after a message on standard error.  Where the
   start-up applies relative relocations, the overflow writes a byte read
   through a pointer in initialised data, which the kernel leaves at its
   link-time address: unrelocated, the read faults instead.  The pointer
   is the kind of address a relative relocation, or a packed one of
   DT_RELR (ld -z pack-relative-relocs), fixes.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <stddef.h>

#include "arch.h"
#include "raw-syscall.h"

#if defined RAW_R_RELATIVE || defined RAW_R_IS_RELATIVE
static const char fill = 'x';
static const char *volatile fill_pointer = &fill;
# define FILL (*fill_pointer)
#else
# define FILL 'x'
#endif

int
main (int argc, char **argv, char **envp)
{
  char buf[8];
  /* volatile: the compiler must not see the overflow coming.  */
  volatile size_t n = sizeof buf + 64;
  (void) argc;
  (void) argv;
  (void) envp;
  for (size_t i = 0; i < n; i++)
    buf[i] = FILL;
  /* Nothing from above the buffer, such as an argument passed on the
     stack, may be used after the overflow: only the check may.  */
  return buf[0];
}
