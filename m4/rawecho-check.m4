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
have_check=no
AS_IF([test "x$with_check" != xno],
  [PKG_CHECK_MODULES([CHECK], [check >= 0.11.0], [have_check=yes],
     [AS_IF([test "x$with_check" = xyes],
        [AC_MSG_ERROR([--with-check given but Check was not found: $CHECK_PKG_ERRORS])])])])
dnl A cross build can find the build machine's check.pc: prove that it links.
AS_IF([test "x$have_check" = xyes], [
  rawecho_save_CFLAGS=$CFLAGS rawecho_save_LIBS=$LIBS
  CFLAGS="$CFLAGS $CHECK_CFLAGS" LIBS="$CHECK_LIBS $LIBS"
  AC_MSG_CHECKING([whether a Check test program links])
  AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <check.h>]],
                                  [[Suite *s = suite_create ("x"); (void) s;]])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AS_IF([test "x$with_check" = xyes],
       [AC_MSG_FAILURE([--with-check given but a Check program does not link])])
     have_check=no CHECK_CFLAGS= CHECK_LIBS=])
  CFLAGS=$rawecho_save_CFLAGS LIBS=$rawecho_save_LIBS])
AS_IF([test "x$have_check" = xyes],
  [AC_DEFINE([HAVE_CHECK], [1], [Define to 1 if the Check framework is available.])
   rawecho_check_summary='Check'],
  [rawecho_check_summary='SKIP (Check not found)'])
AM_CONDITIONAL([HAVE_CHECK], [test "x$have_check" = xyes])
])
