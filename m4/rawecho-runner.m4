# RAWECHO_TEST_RUNNER: how make check runs programs built for the host.
AC_DEFUN([RAWECHO_TEST_RUNNER], [
AC_ARG_VAR([RAWECHO_RUNNER],
  [command that runs host programs in make check (default: none natively,
   qemu-user or wine when cross-compiling and installed)])
AC_SUBST([RAWECHO_RUNNER])
])
