/* The write loop and error texts shared by the POSIX-style backends
   (libc, and the raw system calls), through posix-write.h.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include "arch.h"
#include "posix-write.h"
#ifdef RAWECHO_BACKEND_ASM
# include "raw-syscall.h"
#else
# include <errno.h>
#endif

int
arch_write (int fd, const char *buf, size_t len)
{
  while (len > 0)
    {
      long r = sys_write (fd, buf, len);
      if (r > 0)
        {
          buf += r;
          len -= (size_t) r;
        }
      else if (r == 0)
        /* No progress and no error would loop forever; like gnulib's
           full_write, call it a full device.  */
        return ENOSPC;
      else if (r == -EAGAIN || r == -EWOULDBLOCK)
        {
          /* A non-blocking descriptor inherited from the parent: wait
             until it takes more instead of losing the output.  When the
             wait ends with POLLERR, POLLHUP or POLLNVAL instead, the next
             write meets the error itself and reports it.  */
          r = sys_wait_writable (fd);
          if (r < 0 && r != -EINTR)
            return (int) -r;
        }
      else if (r != -EINTR)
        return (int) -r;
    }
  return 0;
}

const char *
arch_error_text (int err, char scratch[UNKNOWN_ERROR_SIZE])
{
  static const unsigned short number[WE_COUNT] = {
    0,
#define X(name, text) E##name,
    WRITE_ERRORS
#undef X
  };
  for (int e = 1; e < WE_COUNT; e++)
    if (number[e] == err)
      return write_error_text ((enum write_error) e);
  return unknown_error_text (scratch, err);
}
