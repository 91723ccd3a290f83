/* The start-up of a libc-free Linux rawecho: the entry point, the stack
   protector's guard and what a smashed frame does.  The program is a
   static position-independent executable that the kernel loads at a
   random base with no loader; linux/linux.h says what each ABI's header
   provides for it.  Everything raw_start_c does before main runs
   unprotected and inlined (RAW_UNPROTECTED), raw_syscall4 included,
   since the guard is not yet set.  No dynamic relocation but the ABI's
   own relative ones, which linux/reloc.c applies, may appear: the code
   keeps no addresses in initialised data, and data one file defines and
   another reads is declared ARCH_SHARED_DATA (hidden).  tests/elf.sh
   checks the binary: DYN, no interpreter, no other dynamic relocations,
   no stack or segment both writable and executable, and that a smashed
   stack ends in SIGABRT.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include "arch.h"
#include "raw-syscall.h"

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

#ifdef RAW_GUARD_GLOBAL
/* Used: the compiler's protector code reads it, which link-time
   optimisation does not see.  */
__attribute__ ((used)) unsigned long __stack_chk_guard;
#else
/* Where the ABI's thread pointer points: the guard, RAW_GUARD_OFFSET
   bytes in.  */
static unsigned long raw_thread_block[RAW_GUARD_OFFSET / sizeof (long) + 1];
#endif

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
#ifdef RAW_GUARD_GLOBAL
  __stack_chk_guard = g.word;
#else
  raw_thread_block[RAW_GUARD_OFFSET / sizeof (long)] = g.word;
  RAW_THREAD_POINTER_SET (raw_thread_block);
#endif
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

#ifdef RAW_STACK_CHK_FAIL_LOCAL
/* What the ABI's position-independent code calls instead.  */
__attribute__ ((used, noreturn, no_stack_protector, visibility ("hidden"))) void
__stack_chk_fail_local (void)
{
  __stack_chk_fail ();
}
#endif

#ifdef RAW_AEABI_DIV0
/* What libgcc's division helpers call on a division by zero; libgcc's
   own would raise SIGFPE through libc.  rawecho divides only by
   constants.  */
int
__aeabi_idiv0 (int r)
{
  return r;
}

long long
__aeabi_ldiv0 (long long r)
{
  return r;
}
#endif

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
#ifndef RAW_START_ENTRY
# define RAW_START_ENTRY \
  ".global _start\n" \
  ".type _start, %function\n" \
  "_start:\n" \
  RAW_START_CODE \
  ".size _start, . - _start\n"
#endif
__asm__ (".pushsection .text\n"
         RAW_START_ENTRY
         ".popsection\n");
