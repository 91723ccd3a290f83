# RAWECHO_BACKEND_CHOICE: which backend the user asked for, and whether
# the host allows it.  Expanded right after AC_CANONICAL_HOST, before any
# compiler is looked for, so that a refused combination fails at once,
# even without a working compiler for the host.
AC_DEFUN([RAWECHO_BACKEND_CHOICE], [
AS_CASE([$host_os],
  [linux-android*], [rawecho_os=android],
  [linux*],         [rawecho_os=linux],
  [freebsd*],       [rawecho_os=freebsd],
  [netbsd*],        [rawecho_os=netbsd],
  [openbsd*],       [rawecho_os=openbsd],
  [darwin*],        [rawecho_os=darwin],
  [mingw*|windows*],[rawecho_os=windows],
  [rawecho_os=$host_os])
dnl Each Linux ABI gets a name of its own: the CPU as the triplet spells
dnl it, with the ABI where one CPU has several (arm float ABIs, x32, the
dnl three MIPS ABIs).
AS_CASE([$host_cpu/$host_os],
  [x86_64/*x32],    [rawecho_arch=x32],
  [x86_64/*],       [rawecho_arch=x86_64],
  [i?86/*],         [rawecho_arch=i386],
  [aarch64/*],      [rawecho_arch=aarch64],
  [arm*/*eabihf],   [rawecho_arch=arm],
  [arm*/*eabi],     [rawecho_arch=armel],
  [riscv64/*],      [rawecho_arch=riscv64],
  [powerpc/*],      [rawecho_arch=powerpc],
  [powerpc64/*],    [rawecho_arch=ppc64],
  [powerpc64le/*],  [rawecho_arch=ppc64le],
  [s390x/*],        [rawecho_arch=s390x],
  [mips64*/*abin32|mipsisa64*/*abin32], [rawecho_arch="$host_cpu n32"],
  [mips64*/*|mipsisa64*/*], [rawecho_arch="$host_cpu n64"],
  [mips*/*],        [rawecho_arch="$host_cpu o32"],
  [sparc64/*],      [rawecho_arch=sparc64],
  [alpha*/*],       [rawecho_arch=alpha],
  [hppa/*|hppa1.?/*|hppa2.0/*], [rawecho_arch=hppa],
  [m68k/*],         [rawecho_arch=m68k],
  [sh4/*],          [rawecho_arch=sh4],
  [arc/*],          [rawecho_arch=arc],
  [rawecho_arch=$host_cpu])
dnl Where system calls of our own are sound: Linux keeps its system call
dnl ABI stable; the BSDs and macOS only promise their libc, so there the
dnl asm write path is an explicit choice on top of libc start-up.
AS_CASE([$rawecho_os/$rawecho_arch],
  [linux/x86_64|linux/x32|linux/i386|linux/aarch64|linux/arm|linux/armel],
    [rawecho_asm=default],
  [linux/riscv64|linux/powerpc|linux/ppc64|linux/ppc64le|linux/s390x],
    [rawecho_asm=default],
  [linux/mips*|linux/sparc64|linux/alpha|linux/hppa|linux/m68k|linux/sh4|linux/arc],
    [rawecho_asm=default],
  [freebsd/x86_64|freebsd/aarch64|netbsd/x86_64|darwin/x86_64|darwin/aarch64],
    [rawecho_asm=hybrid],
  [rawecho_asm=no])

AC_ARG_WITH([backend],
  [AS_HELP_STRING([--with-backend=auto|asm|libc|win32],
    [how output is written: asm = system calls of its own, libc = write(2),
     win32 = WriteFile (default: auto, asm on Linux, win32 on Windows,
     libc elsewhere)])],
  [], [with_backend=auto])
AC_ARG_ENABLE([freestanding],
  [AS_HELP_STRING([--disable-freestanding],
    [with the asm backend, keep libc start-up instead of linking no libc at
     all (default: libc-free on Linux when it links)])],
  [], [enable_freestanding=auto])

AS_CASE([$with_backend],
  [auto], [
    AS_CASE([$rawecho_os/$rawecho_asm],
      [windows/*],      [rawecho_backend=win32],
      [linux/default],  [rawecho_backend=asm],
      [rawecho_backend=libc])],
  [asm], [
    AS_CASE([$rawecho_os],
      [openbsd], [AC_MSG_ERROR([--with-backend=asm is refused on OpenBSD: its kernel pins every system call to libc's own stub (pinsyscalls) and kills a process making one elsewhere with SIGABRT; use --with-backend=libc])],
      [windows], [AC_MSG_ERROR([--with-backend=asm is refused on Windows: its system call numbers change from one Windows build to the next; use --with-backend=win32])])
    AS_IF([test "$rawecho_asm" = no],
      [AC_MSG_ERROR([--with-backend=asm: no system call file for $rawecho_arch on $rawecho_os; use --with-backend=libc])])
    AS_IF([test "$rawecho_os" = darwin],
      [AC_MSG_WARN([
*** --with-backend=asm on macOS: Apple does not guarantee its system call
*** ABI and supports only libSystem as the way into the kernel.  write and
*** exit have kept their numbers so far, but a future macOS may break this
*** binary.  Use the default libc backend for anything you distribute.])])
    rawecho_backend=asm],
  [libc], [
    AS_IF([test "$rawecho_os" = windows],
      [AC_MSG_ERROR([--with-backend=libc is not available on Windows: the C runtime has no poll(2), and its write() turns LF into CRLF and a broken pipe into EINVAL; use --with-backend=win32])])
    rawecho_backend=libc],
  [win32], [
    AS_IF([test "$rawecho_os" != windows],
      [AC_MSG_ERROR([--with-backend=win32 needs a Windows host, not $host])])
    rawecho_backend=win32],
  [AC_MSG_ERROR([--with-backend takes auto, asm, libc or win32, not '$with_backend'])])

AS_CASE([$enable_freestanding/$rawecho_backend/$rawecho_asm],
  [yes/asm/default|auto/*|no/*], [],
  [yes/asm/*],
    [AC_MSG_ERROR([--enable-freestanding: on $rawecho_os the asm backend needs libc start-up; use --disable-freestanding])],
  [yes/*],
    [AC_MSG_ERROR([--enable-freestanding needs --with-backend=asm])])
])

# RAWECHO_BACKEND: check that the chosen backend builds for the host,
# falling back from asm to libc when auto chose it, and set the flags
# of a libc-free build.
AC_DEFUN([RAWECHO_BACKEND], [
AC_REQUIRE([RAWECHO_BACKEND_CHOICE])
AS_IF([test "$rawecho_backend" = asm], [
  dnl The probe compiles the real system call header, so an unknown CPU
  dnl variant, a register the compiler refuses (r7 in Thumb code) or an
  dnl instruction the assembler rejects shows here, also when
  dnl cross-compiling.
  AC_CACHE_CHECK([whether the $rawecho_os $rawecho_arch system calls assemble],
    [rawecho_cv_asm], [
    rawecho_save_CPPFLAGS=$CPPFLAGS
    CPPFLAGS="$CPPFLAGS -I$srcdir/arch"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include "raw-syscall.h"]],
      [[return (int) raw_syscall4 (SYS_write, 1, (long) "", 0, 0);]])],
      [rawecho_cv_asm=yes], [rawecho_cv_asm=no])
    CPPFLAGS=$rawecho_save_CPPFLAGS])
  AS_IF([test "$rawecho_cv_asm" != yes], [
    AS_IF([test "$with_backend" = asm],
      [AC_MSG_ERROR([the $rawecho_os $rawecho_arch system call header does not compile with $CC; see config.log])])
    AC_MSG_WARN([the $rawecho_os $rawecho_arch system calls do not compile with $CC: falling back to the libc backend])
    rawecho_backend=libc])])

rawecho_freestanding=no
AS_IF([test "$rawecho_backend/$rawecho_asm" = asm/default &&
       test "$enable_freestanding" != no], [
  dnl Flags that distribution CFLAGS must not undo, so they go after them:
  dnl there is no libc to provide __stack_chk_fail or the thread pointer
  dnl the canary lives behind, no fortified functions, and nothing to
  dnl unwind.  GCC turns copy loops into memcpy calls, which mem.c would
  dnl then make into calls to itself, so that is switched off too.
  rawecho_fs_cflags="-ffreestanding -fno-stack-protector -U_FORTIFY_SOURCE -fno-asynchronous-unwind-tables -fno-unwind-tables -ffunction-sections -fdata-sections"
  AS_CASE([$rawecho_arch],
    [x86_64|x32|i386], [rawecho_fs_try="-fcf-protection=none"])
  rawecho_fs_try="$rawecho_fs_try -fno-tree-loop-distribute-patterns"
  rawecho_save_CFLAGS=$CFLAGS
  for rawecho_flag in $rawecho_fs_try; do
    CFLAGS="$rawecho_save_CFLAGS -Werror $rawecho_flag"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
      [rawecho_fs_cflags="$rawecho_fs_cflags $rawecho_flag"])
  done
  CFLAGS=$rawecho_save_CFLAGS
  dnl An ET_EXEC static binary: a static-pie would need relocation code of
  dnl its own in the entry point.  -z noseparate-code puts headers, code
  dnl and data in fewer pages, which keeps the x86 binaries at a few KiB
  dnl instead of 8.5; the trade is that the ELF header and read-only data
  dnl share pages with executable code.  -z norelro, after the user's
  dnl -z relro: a program without libc has no relocations or GOT to
  dnl protect, and the RELRO segment would only add a padded page.
  rawecho_fs_ldflags="-nostdlib -static -no-pie -Wl,--gc-sections -Wl,-z,noexecstack -Wl,-z,noseparate-code -Wl,-z,norelro"
  AC_CACHE_CHECK([whether a libc-free program links], [rawecho_cv_freestanding], [
    rawecho_save_CPPFLAGS=$CPPFLAGS
    rawecho_save_LDFLAGS=$LDFLAGS
    rawecho_save_LIBS=$LIBS
    CPPFLAGS="$CPPFLAGS -I$srcdir/arch"
    CFLAGS="$CFLAGS $rawecho_fs_cflags"
    LDFLAGS="$LDFLAGS $rawecho_fs_ldflags"
    LIBS="$LIBS -lgcc"
    AC_LINK_IFELSE([AC_LANG_SOURCE([[
#define RAWECHO_FREESTANDING 1
#include "raw-syscall.h"
int main (int argc, char **argv, char **envp)
{ return (int) raw_syscall4 (SYS_write, 1, (long) argv[0], argc, 0); }
]])],
      [rawecho_cv_freestanding=yes], [rawecho_cv_freestanding=no])
    CPPFLAGS=$rawecho_save_CPPFLAGS
    CFLAGS=$rawecho_save_CFLAGS
    LDFLAGS=$rawecho_save_LDFLAGS
    LIBS=$rawecho_save_LIBS])
  AS_IF([test "$rawecho_cv_freestanding" = yes], [rawecho_freestanding=yes],
    [test "$enable_freestanding" = yes],
      [AC_MSG_ERROR([--enable-freestanding: a libc-free program does not link; see config.log])],
    [AC_MSG_WARN([a libc-free program does not link: keeping libc start-up])])])

AC_DEFINE_UNQUOTED([RAWECHO_HOST_OS], ["$rawecho_os"],
  [The operating system, as --version names it.])
AC_DEFINE_UNQUOTED([RAWECHO_HOST_ARCH], ["$rawecho_arch"],
  [The processor architecture, as --version names it.])
AS_CASE([$rawecho_backend/$rawecho_freestanding],
  [asm/yes], [rawecho_backend_summary="asm ($rawecho_os $rawecho_arch, libc-free)"
    AC_DEFINE([RAWECHO_FREESTANDING], [1],
      [Define to 1 for a build without libc: the asm backend's own entry
       point.])
    dnl Last, so that they win over the user's flags.  They suit the
    dnl hosted test programs too; the link flags go to rawecho's link
    dnl only (arch/local.mk), after the user's.
    CFLAGS="$CFLAGS $rawecho_fs_cflags"],
  [asm/*], [rawecho_backend_summary="asm ($rawecho_os $rawecho_arch, libc start-up)"],
  [rawecho_backend_summary="$rawecho_backend ($rawecho_os)"])
AC_SUBST([RAWECHO_BACKEND], [$rawecho_backend])
AC_SUBST([RAWECHO_FREESTANDING], [$rawecho_freestanding])
AC_SUBST([RAWECHO_FS_LDFLAGS], [$rawecho_fs_ldflags])
AM_CONDITIONAL([BACKEND_ASM], [test "$rawecho_backend" = asm])
AM_CONDITIONAL([BACKEND_LIBC], [test "$rawecho_backend" = libc])
AM_CONDITIONAL([BACKEND_WIN32], [test "$rawecho_backend" = win32])
AM_CONDITIONAL([FREESTANDING], [test "$rawecho_freestanding" = yes])
])
