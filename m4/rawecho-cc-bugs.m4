# RAWECHO_CC_BUGS: work around known wrong-code bugs of the host compiler.
#
# GCC 12 before 12.4 for SH (PR 106609) drops the load and the test of a
# comparison at -O1 and above and branches on a stale T bit: "*p ? 5 : 7"
# becomes a constant.  Debian 12's sh4 cross compiler has it, and rawecho
# built with it prints wrong output.  The probe compiles such a function
# to assembly, which works when cross-compiling, and looks for the
# comparison; where it is missing, -O0 goes after the user's CFLAGS.
# Without the stack protector, as rawecho is built there: the guard's
# own comparison would hide the missing one.
AC_DEFUN([RAWECHO_CC_BUGS], [
AS_CASE([$host_cpu], [sh*], [
  AC_CACHE_CHECK([whether $CC drops comparisons (GCC PR 106609)],
    [rawecho_cv_cc_pr106609], [
    AC_LANG_CONFTEST([AC_LANG_SOURCE([[
int pick (const int *p) { return *p ? 5 : 7; }
]])])
    rawecho_cv_cc_pr106609=no
    AS_IF([$CC $CFLAGS -fno-stack-protector $CPPFLAGS -S -o conftest.s \
             conftest.$ac_ext \
             2>&AS_MESSAGE_LOG_FD &&
           ! grep -E 'tst|cmp' conftest.s >/dev/null 2>&1],
      [rawecho_cv_cc_pr106609=yes])
    rm -f conftest.s conftest.$ac_ext])
  AS_IF([test "$rawecho_cv_cc_pr106609" = yes], [
    AC_MSG_WARN([$CC miscompiles comparisons when optimising (GCC PR 106609): building with -O0])
    CFLAGS="$CFLAGS -O0"])])
])
