/* A libc-free program that overflows a buffer on its stack, built with
   rawecho's start-up: its stack protector must end it the way glibc's
   does, by SIGABRT after a message on standard error.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <stddef.h>

#include "arch.h"

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
    buf[i] = 'x';
  /* Nothing from above the buffer, such as an argument passed on the
     stack, may be used after the overflow: only the check may.  */
  return buf[0];
}
