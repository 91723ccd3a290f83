# RAWECHO_CHECK: the Check unit-test framework, optional unless --with-check.
AC_DEFUN([RAWECHO_CHECK], [
m4_ifndef([PKG_PROG_PKG_CONFIG],
  [m4_fatal([pkg.m4 (from pkgconf or pkg-config) not found; install it and run ./bootstrap again])])
PKG_PROG_PKG_CONFIG
AC_ARG_WITH([check],
  [AS_HELP_STRING([--with-check],
    [require the Check framework for the unit tests (default: use it if found,
     otherwise the unit tests SKIP)])],
  [], [with_check=auto])
dnl Cross-compiling on Debian, the host's Check comes from multiarch
dnl (check:ARCH), and pkgconf has no pkg-config for the host: read the
dnl .pc files of the compiler's multiarch directory.
AS_IF([test "x$cross_compiling" = xyes && test -n "$PKG_CONFIG" &&
       test -z "${PKG_CONFIG_LIBDIR+set}"], [
  AS_CASE([$PKG_CONFIG], [*/$host_alias-pkg-config], [], [
    rawecho_multiarch=`$CC $CFLAGS -print-multiarch 2>/dev/null`
    AS_IF([test -n "$rawecho_multiarch" &&
           test -d "/usr/lib/$rawecho_multiarch/pkgconfig"], [
      PKG_CONFIG_LIBDIR=/usr/lib/$rawecho_multiarch/pkgconfig
      export PKG_CONFIG_LIBDIR
      AC_MSG_NOTICE([looking for the host's Check in $PKG_CONFIG_LIBDIR])])])])
have_check=no
AS_IF([test "x$with_check" != xno],
  [PKG_CHECK_MODULES([CHECK], [check >= 0.11.0], [have_check=yes],
     [AS_IF([test "x$with_check" = xyes],
        [AC_MSG_ERROR([--with-check given but Check was not found: $CHECK_PKG_ERRORS])])])])
dnl A cross build can find the build machine's check.pc: prove that it links.
AS_IF([test "x$have_check" = xyes], [
  rawecho_save_CFLAGS=$CFLAGS rawecho_save_LIBS=$LIBS
  rawecho_save_LDFLAGS=$LDFLAGS
  CFLAGS="$CFLAGS $CHECK_CFLAGS" LIBS="$CHECK_LIBS $LIBS"
  LDFLAGS="$LDFLAGS $rawecho_test_static"
  AC_MSG_CHECKING([whether a Check test program links])
  AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <check.h>]],
                                  [[Suite *s = suite_create ("x"); (void) s;]])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AS_IF([test "x$with_check" = xyes],
       [AC_MSG_FAILURE([--with-check given but a Check program does not link])])
     have_check=no CHECK_CFLAGS= CHECK_LIBS=])
  CFLAGS=$rawecho_save_CFLAGS LIBS=$rawecho_save_LIBS
  LDFLAGS=$rawecho_save_LDFLAGS])
AS_IF([test "x$have_check" = xyes],
  [AC_DEFINE([HAVE_CHECK], [1], [Define to 1 if the Check framework is available.])
   rawecho_check_summary='Check'],
  [rawecho_check_summary='SKIP (Check not found)'])
AM_CONDITIONAL([HAVE_CHECK], [test "x$have_check" = xyes])
])
