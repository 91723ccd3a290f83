/* Linux: picks the ABI's header; what all Linux ABIs share.

   Each ABI's header provides raw_syscall4 and the numbers SYS_write,
   SYS_exit_group, SYS_ppoll, SYS_getpid and SYS_kill (the last two for
   __stack_chk_fail).  For the libc-free build (RAWECHO_FREESTANDING),
   which is a static position-independent executable that the kernel
   loads at a random base with no loader, it also provides:
     RAW_START_CODE   the body of _start: set up what C code needs (gp,
                      TOC, a back chain, an aligned stack), then call
                      raw_start_c (initial stack pointer), not returning.
     the place of the stack protector's guard, chosen by the ABI's
                      -mstack-protector-guard* flags in
                      m4/rawecho-backend.m4 (rawecho_guard_cflags) so that
                      reading it needs no relocation where the ABI allows:
       RAW_GUARD_GLOBAL  defined when it is the global __stack_chk_guard,
                      which this file then defines; otherwise
       RAW_GUARD_OFFSET  the guard's offset from the thread pointer, and
       raw_thread_pointer_set (void *tp)  sets the thread pointer (a
                      register, or a system call on arm).
     RAW_RELOCATE     only where C code cannot run before the load base is
                      applied (linux/reloc.h says where and why):
                      _start first calls raw_relocate (sp, &_DYNAMIC),
                      finding both without what it fixes.
   Everything raw_start_c does before main runs unprotected and inlined
   (RAW_UNPROTECTED), raw_syscall4 included, since the guard is not yet
   set.  A new ABI also gets its case in m4/rawecho-backend.m4 (the
   guard's flags; any flag its start-up needs).  No dynamic relocation
   but the ABI's own relative ones, which raw_relocate applies, may
   appear: the code keeps no addresses in initialised data, and data
   one file defines and another reads is declared ARCH_SHARED_DATA
   (hidden).  tests/elf.sh checks the binary: DYN, no interpreter, no
   other dynamic relocations, no stack or segment both writable and
   executable, and that a smashed stack ends in SIGABRT.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

/* For code that runs before the guard is set.  */
#define RAW_UNPROTECTED \
  __attribute__ ((always_inline, no_stack_protector)) static inline

#if defined __x86_64__
# include "linux/x86_64.h"
#elif defined __i386__
# include "linux/i386.h"
#elif defined __aarch64__
# include "linux/aarch64.h"
#elif defined __arm__ && defined __ARM_EABI__
# include "linux/arm.h"
#elif defined __riscv && __riscv_xlen == 64
# include "linux/riscv64.h"
#elif defined __powerpc__
# include "linux/powerpc.h"
#elif defined __s390x__
# include "linux/s390x.h"
#elif defined __mips__
# include "linux/mips.h"
#elif defined __sparc__ && defined __arch64__
# include "linux/sparc64.h"
#elif defined __alpha__
# include "linux/alpha.h"
#elif defined __hppa__ && !defined __LP64__
# include "linux/hppa.h"
#elif defined __m68k__
# include "linux/m68k.h"
#elif defined __sh__ && defined __SH4__
# include "linux/sh4.h"
#elif defined __arc__
# include "linux/arc.h"
#else
# error "no Linux system call header for this ABI"
#endif

#include "linux/errno.h"

/* exit ends only the calling thread.  */
#define RAW_NR_EXIT SYS_exit_group

/* ppoll, because the newer ABIs have no poll; with neither a timeout nor
   a signal mask it waits like poll (fds, 1, -1).  */
#define RAW_NR_WAIT SYS_ppoll
#define RAW_WAIT_FOREVER 0

#ifdef RAWECHO_FREESTANDING
int main (int argc, char **argv, char **envp);

/* The same numbers on every Linux ABI here.  */
enum { RAW_SIGABRT = 6, RAW_AT_NULL = 0, RAW_AT_RANDOM = 25 };

/* The auxiliary vector, from the initial stack pointer SP, which points
   at argc, then argv[] and its null, then envp[] and its null.  Two
   variables a step: this runs on every call, and the environment may be
   long.  */
RAW_UNPROTECTED const unsigned long *
raw_auxv (long *sp)
{
  char **p = (char **) (sp + 1) + sp[0] + 1;
  while (p[0] && p[1])
    p += 2;
  if (p[0])
    p++;
  return (const unsigned long *) (p + 1);
}

/* The value of entry TYPE (not AT_NULL) of the auxiliary vector AUX, or
   0.  */
RAW_UNPROTECTED unsigned long
raw_aux_value (const unsigned long *aux, unsigned long type)
{
  while (aux[0] != type && aux[0] != RAW_AT_NULL)
    aux += 2;
  return aux[0] == type ? aux[1] : 0;
}

# ifdef RAW_RELOCATE
#  include "linux/reloc.h"
# endif

# ifdef RAW_GUARD_GLOBAL
/* Used: the compiler's protector code reads it, which link-time
   optimisation does not see.  */
__attribute__ ((used)) unsigned long __stack_chk_guard;
# else
/* Where the ABI's thread pointer points: the guard, RAW_GUARD_OFFSET
   bytes in.  */
static unsigned long raw_thread_block[RAW_GUARD_OFFSET / sizeof (long) + 1];
# endif

/* The guard from the 16 random bytes the kernel puts at AT_RANDOM, with
   the byte at its lowest address zeroed, as glibc does: a string
   overflow, which stops at a NUL, cannot then write the guard back.  */
RAW_UNPROTECTED void
raw_guard_seed (const unsigned long *aux)
{
  /* The bytes need not be aligned; a memcpy call could be to a protected
     function.  */
  typedef unsigned long __attribute__ ((aligned (1), may_alias)) unaligned;
  const unaligned *random = (const unaligned *) raw_aux_value (aux,
                                                               RAW_AT_RANDOM);
  union { unsigned long word; unsigned char bytes[sizeof (long)]; } g;
  g.word = random ? *random : 0;
  g.bytes[0] = 0;
# ifdef RAW_GUARD_GLOBAL
  __stack_chk_guard = g.word;
# else
  raw_thread_block[RAW_GUARD_OFFSET / sizeof (long)] = g.word;
  raw_thread_pointer_set (raw_thread_block);
# endif
}

/* What glibc's does: a short message, then SIGABRT, whose default action
   ends the process (status 134 in a shell); if the signal is blocked or
   ignored, status 127 as glibc's abort gives.  */
__attribute__ ((used, noreturn, no_stack_protector)) void
__stack_chk_fail (void)
{
  static const char message[] = "*** stack smashing detected ***: terminated\n";
  raw_syscall4 (SYS_write, 2, (long) message, sizeof message - 1, 0);
  raw_syscall4 (SYS_kill, raw_syscall4 (SYS_getpid, 0, 0, 0, 0),
                RAW_SIGABRT, 0, 0);
  raw_syscall4 (RAW_NR_EXIT, 127, 0, 0, 0);
  __builtin_unreachable ();
}

# if defined __i386__ || (defined __powerpc__ && !defined __powerpc64__)
/* What i386 and 32-bit powerpc position-independent code calls
   instead.  */
__attribute__ ((used, noreturn, no_stack_protector, visibility ("hidden"))) void
__stack_chk_fail_local (void)
{
  __stack_chk_fail ();
}
# endif

/* main, with whatever it inlines, in a frame of its own that the
   protector guards: link-time optimisation would otherwise inline main
   into the unprotected raw_start_c.  */
__attribute__ ((noinline)) static int
raw_main (int argc, char **argv, char **envp)
{
  return main (argc, argv, envp);
}

/* Called by the ABI's _start with the initial stack pointer SP.
   Unprotected, as it sets the guard.  */
__attribute__ ((used, noreturn, no_stack_protector)) void
raw_start_c (long *sp)
{
  int argc = (int) sp[0];
  char **argv = (char **) (sp + 1);
  raw_guard_seed (raw_auxv (sp));
  raw_syscall4 (RAW_NR_EXIT, raw_main (argc, argv, argv + argc + 1), 0, 0,
                0);
  __builtin_unreachable ();
}

/* The entry point: the ABI's RAW_START_CODE, which must not return,
   at _start, unless the ABI defines the whole RAW_START_ENTRY.  */
# ifndef RAW_START_ENTRY
#  define RAW_START_ENTRY \
  ".global _start\n" \
  ".type _start, %function\n" \
  "_start:\n" \
  RAW_START_CODE \
  ".size _start, . - _start\n"
# endif
__asm__ (".pushsection .text\n"
         RAW_START_ENTRY
         ".popsection\n");
#endif
