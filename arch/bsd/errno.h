/* BSD error numbers of the WRITE_ERRORS list: 4.4BSD's, which FreeBSD,
   NetBSD and macOS keep, except for the later ENOLINK and, on macOS,
   EOPNOTSUPP.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum
{
  EPERM = 1, EINTR = 4, EIO = 5, ENXIO = 6, EBADF = 9, ENOMEM = 12,
  EACCES = 13, EFAULT = 14, EBUSY = 16, ENODEV = 19, EISDIR = 21,
  EINVAL = 22, EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30,
  EPIPE = 32, EAGAIN = 35, EWOULDBLOCK = EAGAIN, EDESTADDRREQ = 39,
  ENETDOWN = 50, ENETUNREACH = 51, ECONNABORTED = 53, ECONNRESET = 54,
  ENOBUFS = 55, ENOTCONN = 57, ETIMEDOUT = 60, EDQUOT = 69, ESTALE = 70,
  ENOSYS = 78,
#if defined __FreeBSD__
  EOPNOTSUPP = 45, ENOLINK = 91
#elif defined __NetBSD__
  EOPNOTSUPP = 45, ENOLINK = 95
#else
  EOPNOTSUPP = 102, ENOLINK = 97
#endif
};
