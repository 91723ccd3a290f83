/* The libc backend: write(2) and poll(2), for any POSIX system, for the
   shared write loop (posix-write.c).
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <errno.h>
#include <poll.h>
#include <unistd.h>

#include "arch.h"
#include "posix-write.h"

long
sys_write (int fd, const void *buf, size_t len)
{
  ssize_t r = write (fd, buf, len);
  return r < 0 ? -errno : r;
}

long
sys_wait_writable (int fd)
{
  struct pollfd p = { .fd = fd, .events = POLLOUT };
  return poll (&p, 1, -1) < 0 ? -errno : 0;
}

const char arch_backend[] = "libc (" RAWECHO_HOST_OS ")";
