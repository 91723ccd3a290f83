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
      AS_CASE([$host_cpu/$host_os],
        [x86_64/*x32], [rawecho_no_emulator="qemu-user has no x32 target, and this kernel runs no x32 programs (CONFIG_X86_X32_ABI)"],
        [arc/*], [rawecho_no_emulator="qemu-user has no ARC target"],
        [i?86/*], [rawecho_emulator=qemu-i386],
        [arm*/*], [rawecho_emulator=qemu-arm],
        [powerpc/*], [rawecho_emulator=qemu-ppc],
        [powerpc64/*], [rawecho_emulator=qemu-ppc64],
        [powerpc64le/*], [rawecho_emulator=qemu-ppc64le],
        dnl qemu tells the MIPS ISA from the ELF header; the endianness and
        dnl the ABI (o32, n32, n64) choose the program.
        [mips64*el/*abin32|mipsisa64*el/*abin32], [rawecho_emulator=qemu-mipsn32el],
        [mips64*/*abin32|mipsisa64*/*abin32], [rawecho_emulator=qemu-mipsn32],
        [mips64*el/*|mipsisa64*el/*], [rawecho_emulator=qemu-mips64el],
        [mips64*/*|mipsisa64*/*], [rawecho_emulator=qemu-mips64],
        [mips*el/*], [rawecho_emulator=qemu-mipsel],
        [mips*/*], [rawecho_emulator=qemu-mips],
        [alpha*/*], [rawecho_emulator=qemu-alpha],
        [hppa*/*], [rawecho_emulator=qemu-hppa],
        [rawecho_emulator=qemu-$host_cpu])],
    [rawecho_emulator=])
  AS_IF([test -n "$rawecho_no_emulator"],
    [AC_MSG_WARN([$rawecho_no_emulator: make check will SKIP the tests that run $host programs])])
  AS_IF([test -n "$rawecho_emulator"], [
    dnl qemu-user-static's emulators start in about half the CPU time of
    dnl the dynamically linked ones, which the tests pay at every run.
    AS_CASE([$rawecho_emulator],
      [qemu-*], [AC_PATH_PROGS([RAWECHO_EMULATOR],
                  [$rawecho_emulator-static $rawecho_emulator])],
      [AC_PATH_PROG([RAWECHO_EMULATOR], [$rawecho_emulator])])
    AS_IF([test -n "$RAWECHO_EMULATOR"], [
      RAWECHO_RUNNER=$RAWECHO_EMULATOR
      dnl qemu finds the cross toolchain's dynamic loader and libraries in
      dnl /usr/TRIPLET, or else two levels above the compiler's libc (the
      dnl n32 libraries of Debian's mips64 compilers, say).
      AS_CASE([$rawecho_emulator], [qemu-*], [
        AS_IF([test -d "/usr/$host_alias"],
          [RAWECHO_RUNNER="$RAWECHO_RUNNER -L /usr/$host_alias"], [
          rawecho_libc=`$CC $CFLAGS -print-file-name=libc.so.6 2>/dev/null`
          AS_CASE([$rawecho_libc], [/*],
            [RAWECHO_RUNNER="$RAWECHO_RUNNER -L `dirname "$rawecho_libc"`/.."])])])],
      [AC_MSG_WARN([$rawecho_emulator not found: make check will SKIP the tests that run $host programs])])])
])
AC_SUBST([RAWECHO_RUNNER])
AS_IF([test "x$cross_compiling" = xyes && test -z "$RAWECHO_RUNNER"],
  [AS_IF([test -n "$rawecho_no_emulator"],
    [RAWECHO_CANNOT_RUN="programs built for $host cannot run here: $rawecho_no_emulator"],
    [RAWECHO_CANNOT_RUN="programs built for $host cannot run here; install its emulator (qemu-user or wine) or configure RAWECHO_RUNNER"])])
AC_SUBST([RAWECHO_CANNOT_RUN])
AM_CONDITIONAL([CAN_RUN_HOST],
  [test "x$cross_compiling" != xyes || test -n "$RAWECHO_RUNNER"])
dnl The compiled tests are linked with the host's C library, which an
dnl emulator may not run even where rawecho runs.  qemu -L may mix the
dnl cross toolchain's loader with another build of the same libraries
dnl that Debian's multiarch put in the system's (check:ARCH brings them),
dnl which crashes; a static program needs neither, but qemu-user 7.2
dnl cannot start a static glibc program on alpha.  So the test programs
dnl link as the first way that runs here: statically (TEST_LDFLAGS), else
dnl dynamically; where neither runs (sh4), those tests SKIP.
TEST_LDFLAGS= rawecho_test_static=
RAWECHO_LIBC_CANNOT_RUN=$RAWECHO_CANNOT_RUN
AS_CASE([$cross_compiling/$RAWECHO_RUNNER], [yes/*qemu-*], [
  AC_CACHE_CHECK([how $RAWECHO_RUNNER runs programs linked with libc],
    [rawecho_cv_runner_libc], [
    rawecho_cv_runner_libc=no
    rawecho_save_LDFLAGS=$LDFLAGS
    for rawecho_link in static dynamic; do
      AS_IF([test "$rawecho_cv_runner_libc" = no], [
        LDFLAGS=$rawecho_save_LDFLAGS
        test "$rawecho_link" = static && LDFLAGS="$LDFLAGS -static"
        AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
          [AS_IF([$SHELL $srcdir/tests/time-limit.sh 20 $RAWECHO_RUNNER \
                    ./conftest$EXEEXT >&AS_MESSAGE_LOG_FD 2>&1],
             [rawecho_cv_runner_libc=$rawecho_link])])])
    done
    LDFLAGS=$rawecho_save_LDFLAGS])
  AS_CASE([$rawecho_cv_runner_libc],
    [static], [TEST_LDFLAGS=-all-static rawecho_test_static=-static],
    [no], [RAWECHO_LIBC_CANNOT_RUN="$RAWECHO_RUNNER does not run $host programs linked with libc"])])
AC_SUBST([TEST_LDFLAGS])
AC_SUBST([RAWECHO_LIBC_CANNOT_RUN])
AM_CONDITIONAL([CAN_RUN_HOST_LIBC], [test -z "$RAWECHO_LIBC_CANNOT_RUN"])
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
