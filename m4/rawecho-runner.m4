# RAWECHO_TEST_RUNNER: how make check runs programs built for the host.
# Natively, nothing; cross-compiling for Linux, qemu-user with the
# cross toolchain's libraries; for Windows, wine.  Without the emulator
# the tests that need it SKIP.
AC_DEFUN([RAWECHO_TEST_RUNNER], [
AC_ARG_VAR([RAWECHO_RUNNER],
  [command that runs host programs in make check (default: none natively;
   qemu-user or wine when cross-compiling)])
AS_IF([test "x$cross_compiling" = xyes && test -z "$RAWECHO_RUNNER"], [
  AS_CASE([$host_os],
    [mingw*|windows*], [rawecho_emulator=wine],
    [linux*], [
      AS_CASE([$host_cpu],
        [i?86], [rawecho_emulator=qemu-i386],
        [arm*], [rawecho_emulator=qemu-arm],
        [powerpc64le], [rawecho_emulator=qemu-ppc64le],
        [rawecho_emulator=qemu-$host_cpu])],
    [rawecho_emulator=])
  AS_IF([test -n "$rawecho_emulator"], [
    AC_PATH_PROG([RAWECHO_EMULATOR], [$rawecho_emulator])
    AS_IF([test -n "$RAWECHO_EMULATOR"], [
      RAWECHO_RUNNER=$RAWECHO_EMULATOR
      dnl qemu finds the cross toolchain's dynamic loader and libraries here.
      AS_CASE([$rawecho_emulator], [qemu-*],
        [AS_IF([test -d "/usr/$host_alias"],
           [RAWECHO_RUNNER="$RAWECHO_RUNNER -L /usr/$host_alias"])])],
      [AC_MSG_WARN([$rawecho_emulator not found: make check will SKIP the tests that run $host programs])])])
])
AC_SUBST([RAWECHO_RUNNER])
AS_IF([test "x$cross_compiling" = xyes && test -z "$RAWECHO_RUNNER"],
  [RAWECHO_CANNOT_RUN="programs built for $host cannot run here; install its emulator (qemu-user or wine) or configure RAWECHO_RUNNER"])
AC_SUBST([RAWECHO_CANNOT_RUN])
AM_CONDITIONAL([CAN_RUN_HOST],
  [test "x$cross_compiling" != xyes || test -n "$RAWECHO_RUNNER"])
])

# RAWECHO_CC_FOR_BUILD: the compiler for the test helpers that run on the
# build machine: CC itself unless cross-compiling.
AC_DEFUN([RAWECHO_CC_FOR_BUILD], [
AC_ARG_VAR([CC_FOR_BUILD], [C compiler for the build machine's test helpers])
AC_ARG_VAR([CFLAGS_FOR_BUILD], [flags for CC_FOR_BUILD (default: -g -O2)])
AS_IF([test -z "$CC_FOR_BUILD"], [
  AS_IF([test "x$cross_compiling" = xyes],
    [AC_CHECK_PROGS([CC_FOR_BUILD], [cc gcc clang])],
    [CC_FOR_BUILD=$CC])])
: "${CFLAGS_FOR_BUILD=-g -O2}"
AC_SUBST([CPPFLAGS_FOR_BUILD])
AC_SUBST([LDFLAGS_FOR_BUILD])
])
