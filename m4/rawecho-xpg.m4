# RAWECHO_XPG_ECHO: --enable-xpg-echo, an echo that decodes escapes by
# default, like coreutils built with DEFAULT_ECHO_TO_XPG.
AC_DEFUN([RAWECHO_XPG_ECHO], [
AC_ARG_ENABLE([xpg-echo],
  [AS_HELP_STRING([--enable-xpg-echo],
    [decode backslash escapes by default, as XSI echo does; -E still
     turns them off and, under POSIXLY_CORRECT, no options are read])],
  [], [enable_xpg_echo=no])
AS_CASE([$enable_xpg_echo],
  [yes], [rawecho_xpg=1 rawecho_xpg_summary='decoded (XSI, --enable-xpg-echo)'],
  [no],  [rawecho_xpg=0 rawecho_xpg_summary='not decoded (GNU)'],
  [AC_MSG_ERROR([--enable-xpg-echo takes yes or no, not '$enable_xpg_echo'])])
AC_DEFINE_UNQUOTED([XPG_ECHO_DEFAULT], [$rawecho_xpg],
  [Define to 1 to decode backslash escapes by default.])
AC_SUBST([XPG_ECHO_DEFAULT], [$rawecho_xpg])
])
