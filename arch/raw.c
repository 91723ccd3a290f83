/* The asm backend: write and the wait for a full non-blocking output
   made as system calls of our own, for the shared write loop
   (posix-write.c).  A libc-free build adds the start-up of
   linux/start.c, and the program links no libc at all.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include "arch.h"
#include "posix-write.h"
#include "raw-syscall.h"

long
sys_write (int fd, const void *buf, size_t len)
{
  return raw_syscall4 (SYS_write, fd, (long) buf, (long) len, 0);
}

long
sys_wait_writable (int fd)
{
  return raw_wait_writable (fd);
}

#ifdef RAWECHO_FREESTANDING
# define RAW_STARTUP "libc-free"
#else
# define RAW_STARTUP "libc start-up"
#endif
const char arch_backend[] =
  "asm (" RAWECHO_HOST_OS " " RAWECHO_HOST_ARCH ", " RAW_STARTUP ")";
