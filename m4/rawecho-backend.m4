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
dnl Each Linux ABI gets a name of its own, which --version shows: the
dnl CPU as the triplet spells it, renamed only where the triplet has
dnl several spellings for it or one CPU has several ABIs (arm float ABIs,
dnl x32, the three MIPS ABIs).
AS_CASE([$host_cpu/$host_os],
  [x86_64/*x32],    [rawecho_arch=x32],
  [i?86/*],         [rawecho_arch=i386],
  [arm*/*eabihf],   [rawecho_arch=arm],
  [arm*/*eabi],     [rawecho_arch=armel],
  [powerpc64/*],    [rawecho_arch=ppc64],
  [powerpc64le/*],  [rawecho_arch=ppc64le],
  [mips64*/*abin32|mipsisa64*/*abin32], [rawecho_arch="$host_cpu n32"],
  [mips64*/*|mipsisa64*/*], [rawecho_arch="$host_cpu n64"],
  [mips*/*],        [rawecho_arch="$host_cpu o32"],
  [alpha*/*],       [rawecho_arch=alpha],
  [hppa/*|hppa1.?/*|hppa2.0/*], [rawecho_arch=hppa],
  [rawecho_arch=$host_cpu])
dnl Where system calls of our own are sound: Linux keeps its system call
dnl ABI stable, so there asm is the default wherever arch/raw-syscall.h
dnl has a header for the ABI, which RAWECHO_BACKEND finds out by
dnl compiling it; the BSDs and macOS only promise their libc, so there
dnl the asm write path is an explicit choice on top of libc start-up.
AS_CASE([$rawecho_os/$rawecho_arch],
  [linux/*],
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
AC_REQUIRE([AC_PROG_CPP])
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
AS_CASE([$rawecho_backend/$rawecho_asm/$enable_freestanding],
  [asm/default/yes|asm/default/auto], [
  dnl Flags that distribution CFLAGS must not undo, so they go after them:
  dnl no fortified functions (there is no libc behind them), nothing to
  dnl unwind, and position-independent code for the static PIE.  GCC
  dnl turns copy loops into memcpy calls, which mem.c would then make
  dnl into calls to itself, so that is switched off too.  The stack
  dnl protector stays as the user's flags set it, strong if they do not.
  dnl No jump tables, no alignment padding and no .comment keep the
  dnl static PIE with its stack protector under 8 KiB, at no cost in
  dnl instructions; no jump tables also because the mips relocator runs
  dnl before the GOT that a table's address would come from is fixed.
  dnl Hidden visibility, as a static program exports nothing: ARC's
  dnl linker would otherwise call the program's own functions through
  dnl PLT entries that no loader fills.
  rawecho_fs_cflags="-ffreestanding -fno-ident -fno-jump-tables -U_FORTIFY_SOURCE -fno-asynchronous-unwind-tables -fno-unwind-tables -ffunction-sections -fdata-sections -fPIE -fvisibility=hidden"
  dnl GCC has no stack protector on alpha and hppa, and says so at every
  dnl compilation; with libc it has none there either.
  rawecho_save_CFLAGS=$CFLAGS
  CFLAGS="$CFLAGS -Werror -fstack-protector-strong"
  AC_CACHE_CHECK([whether $CC has a stack protector for $rawecho_arch],
    [rawecho_cv_stack_protector],
    [AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[int use (char *);]],
       [[char b[64]; return use (b);]])],
       [rawecho_cv_stack_protector=yes], [rawecho_cv_stack_protector=no])])
  CFLAGS=$rawecho_save_CFLAGS
  AS_IF([test "$rawecho_cv_stack_protector" = yes],
    [AS_CASE([" $CFLAGS "],
       [*" -fstack-protector"*|*" -fno-stack-protector "*], [],
       [rawecho_fs_cflags="$rawecho_fs_cflags -fstack-protector-strong"])])
  AS_CASE([$rawecho_arch],
    [x86_64|x32|i386], [rawecho_fs_try="-fcf-protection=none -malign-data=abi"])
  rawecho_fs_try="$rawecho_fs_try -fno-tree-loop-distribute-patterns -falign-functions=1 -falign-jumps=1 -falign-loops=1 -falign-labels=1"
  rawecho_save_CFLAGS=$CFLAGS
  for rawecho_flag in $rawecho_fs_try; do
    CFLAGS="$rawecho_save_CFLAGS -Werror $rawecho_flag"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
      [rawecho_fs_cflags="$rawecho_fs_cflags $rawecho_flag"])
  done
  CFLAGS=$rawecho_save_CFLAGS
  dnl Where the stack protector's guard lives, for rawecho's own objects
  dnl only (hosted test programs keep libc's): a place that needs no
  dnl relocation and that the start-up sets (arch/linux/start.c).  The
  dnl ABI's header names the flags that put it there (RAW_GUARD_CFLAGS),
  dnl where the compiler's default place is not it.
  AC_CACHE_CHECK([for the flags that place the stack protector's guard],
    [rawecho_cv_guard_cflags], [
    rawecho_save_CPPFLAGS=$CPPFLAGS
    CPPFLAGS="$CPPFLAGS -I$srcdir/arch"
    AC_LANG_CONFTEST([AC_LANG_SOURCE([[#include "raw-syscall.h"
#ifdef RAW_GUARD_CFLAGS
rawecho_guard_cflags: RAW_GUARD_CFLAGS
#endif
]])])
    dnl The string's pieces joined, without their quotes.
    rawecho_cv_guard_cflags=`(eval "$ac_cpp conftest.$ac_ext") \
      2>&AS_MESSAGE_LOG_FD | sed -n 's/^rawecho_guard_cflags: *//p' |
      sed 's/" *"//g; s/"//g'`
    AS_IF([test -z "$rawecho_cv_guard_cflags"],
      [rawecho_cv_guard_cflags=none])
    rm -f conftest.$ac_ext
    CPPFLAGS=$rawecho_save_CPPFLAGS])
  AS_IF([test "$rawecho_cv_guard_cflags" = none],
    [rawecho_guard_cflags=], [rawecho_guard_cflags=$rawecho_cv_guard_cflags])
  dnl A static PIE without a loader: ET_DYN with no interpreter, loaded by
  dnl the kernel at a random base.  gcc -static-pie is not used: some
  dnl ports' drivers silently give it an interpreter.  -z text turns any
  dnl absolute address in code into a link error.  -z noseparate-code
  dnl puts headers, code and data in fewer pages, which keeps the binary
  dnl at a few KiB instead of 8.5 on x86 and far more elsewhere; the
  dnl trade is that the ELF header and read-only data share pages with
  dnl executable code.  -z norelro and -z lazy, after the user's -z relro
  dnl and -z now: with no loader nothing would ever apply them, and with
  dnl no relocations and no pointers in writable data there is nothing
  dnl for them to protect.  No loader looks symbols up either, so the
  dnl classic hash table does, being the smaller one, and the dynamic
  dnl section needs none of the spare entries kept for prelink.
  rawecho_fs_ldflags="-nostdlib -static -Wl,-pie -Wl,--no-dynamic-linker -Wl,-z,text -Wl,--gc-sections -Wl,-z,noexecstack -Wl,-z,noseparate-code -Wl,-z,norelro -Wl,-z,lazy -Wl,--hash-style=sysv -Wl,--spare-dynamic-tags=0"
  rawecho_fs_probe_cflags=$rawecho_guard_cflags
  AS_IF([test "$rawecho_cv_stack_protector" = yes],
    [rawecho_fs_probe_cflags="$rawecho_fs_probe_cflags -fstack-protector-all"])
  dnl On x86 the linker's own unwind information would leave an empty
  dnl .eh_frame.
  AS_CASE([$rawecho_arch], [x86_64|i386],
    [rawecho_fs_ldflags="$rawecho_fs_ldflags -Wl,--no-ld-generated-unwind-info"])
  dnl Whether the entry point applies relative relocations itself
  dnl (arch/linux/reloc.c), which tests/elf.sh then allows.
  rawecho_save_CPPFLAGS=$CPPFLAGS
  CPPFLAGS="$CPPFLAGS -I$srcdir/arch"
  AC_PREPROC_IFELSE([AC_LANG_SOURCE([[
#include "raw-syscall.h"
#ifndef RAW_RELOCATE
# error "no start-up relocation"
#endif
]])], [rawecho_relocates=yes], [rawecho_relocates=no])
  CPPFLAGS=$rawecho_save_CPPFLAGS
  dnl The program links with the real start-up, whose files include
  dnl config.h: an empty one will do.
  AC_CACHE_CHECK([whether a libc-free program links], [rawecho_cv_freestanding], [
    rawecho_save_CPPFLAGS=$CPPFLAGS
    rawecho_save_LDFLAGS=$LDFLAGS
    rawecho_save_LIBS=$LIBS
    rm -rf conftest.dir
    mkdir conftest.dir
    : > conftest.dir/config.h
    CPPFLAGS="$CPPFLAGS -Iconftest.dir -I$srcdir/lib -I$srcdir/arch"
    CFLAGS="$CFLAGS $rawecho_fs_cflags $rawecho_fs_probe_cflags"
    LDFLAGS="$LDFLAGS $rawecho_fs_ldflags"
    LIBS="$srcdir/arch/linux/start.c $LIBS -lgcc"
    AS_IF([test "$rawecho_relocates" = yes],
      [LIBS="$srcdir/arch/linux/reloc.c $LIBS"])
    AC_LINK_IFELSE([AC_LANG_SOURCE([[
#include "raw-syscall.h"
int main (int argc, char **argv, char **envp)
{ return (int) raw_syscall4 (SYS_write, 1, (long) argv[0], argc, 0); }
]])],
      [rawecho_cv_freestanding=yes], [rawecho_cv_freestanding=no])
    rm -rf conftest.dir
    CPPFLAGS=$rawecho_save_CPPFLAGS
    CFLAGS=$rawecho_save_CFLAGS
    LDFLAGS=$rawecho_save_LDFLAGS
    LIBS=$rawecho_save_LIBS])
  AS_IF([test "$rawecho_cv_freestanding" = yes], [rawecho_freestanding=yes],
    [test "$enable_freestanding" = yes],
      [AC_MSG_ERROR([--enable-freestanding: a libc-free program does not link; see config.log])],
    [AC_MSG_WARN([a libc-free program does not link: keeping libc start-up])])])

AS_IF([test "$rawecho_backend" = asm],
  [AC_DEFINE([RAWECHO_BACKEND_ASM], [1],
    [Define to 1 when output is written by system calls of rawecho's own
     (the asm backend).])])
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
    CFLAGS="$CFLAGS $rawecho_fs_cflags"
    AC_SUBST([RAWECHO_GUARD_CFLAGS], [$rawecho_guard_cflags])
    AC_SUBST([RAWECHO_STACK_PROTECTOR], [$rawecho_cv_stack_protector])
    AC_SUBST([RAWECHO_RELOCATES], [$rawecho_relocates])],
  [asm/*], [rawecho_backend_summary="asm ($rawecho_os $rawecho_arch, libc start-up)"],
  [rawecho_backend_summary="$rawecho_backend ($rawecho_os)"])
dnl Builds with libc get the strong stack protector too unless the user's
dnl flags choose one (the libc-free flags above already hold it); a
dnl Windows build has no C runtime to provide __stack_chk_fail.
AS_IF([test "$rawecho_freestanding" != yes && test "$rawecho_backend" != win32],
  [AS_CASE([" $CFLAGS "],
    [*" -fstack-protector"*|*" -fno-stack-protector "*], [],
    [rawecho_save_CFLAGS=$CFLAGS
     dnl -Werror: where GCC has no protector (alpha, hppa) it only warns.
     CFLAGS="$CFLAGS -Werror -fstack-protector-strong"
     AC_MSG_CHECKING([whether $CC accepts -fstack-protector-strong])
     AC_LINK_IFELSE([AC_LANG_SOURCE([[
int main (int argc, char **argv)
{ volatile char b[64]; b[argc & 63] = 1; return b[argc & 63] + !argv; }
]])],
       [AC_MSG_RESULT([yes])
        CFLAGS="$rawecho_save_CFLAGS -fstack-protector-strong"],
       [AC_MSG_RESULT([no])
        CFLAGS=$rawecho_save_CFLAGS])])])
AC_SUBST([RAWECHO_BACKEND], [$rawecho_backend])
AC_SUBST([RAWECHO_FREESTANDING], [$rawecho_freestanding])
AC_SUBST([RAWECHO_FS_LDFLAGS], [$rawecho_fs_ldflags])
AM_CONDITIONAL([BACKEND_ASM], [test "$rawecho_backend" = asm])
AM_CONDITIONAL([BACKEND_LIBC], [test "$rawecho_backend" = libc])
AM_CONDITIONAL([BACKEND_WIN32], [test "$rawecho_backend" = win32])
AM_CONDITIONAL([FREESTANDING], [test "$rawecho_freestanding" = yes])
AM_CONDITIONAL([RELOCATES],
  [test "$rawecho_freestanding/$rawecho_relocates" = yes/yes])
])
