# RAWECHO_BACKEND: choose how output leaves the program.
AC_DEFUN([RAWECHO_BACKEND], [
AS_CASE([$host_os],
  [linux-android*], [rawecho_os=android],
  [linux*],         [rawecho_os=linux],
  [mingw*|windows*],[rawecho_os=windows],
  [rawecho_os=$host_os])
AC_ARG_WITH([backend],
  [AS_HELP_STRING([--with-backend=auto|libc],
    [how output is written (default: auto)])],
  [], [with_backend=auto])
AS_CASE([$with_backend],
  [auto|libc], [rawecho_backend=libc],
  [AC_MSG_ERROR([--with-backend takes auto or libc, not '$with_backend'])])
AC_DEFINE_UNQUOTED([RAWECHO_HOST_OS], ["$rawecho_os"],
  [The operating system, as --version names it.])
rawecho_backend_summary="libc ($rawecho_os)"
AM_CONDITIONAL([BACKEND_LIBC], [test "$rawecho_backend" = libc])
])
