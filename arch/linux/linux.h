/* Linux: picks the ABI's header; what all Linux ABIs share.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

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

/* Called by the ABI's _start with the initial stack pointer, which
   points at argc, then argv[] and its null, then envp[].  */
__attribute__ ((used, noreturn)) void
raw_start_c (long *sp)
{
  int argc = (int) sp[0];
  char **argv = (char **) (sp + 1);
  raw_syscall4 (RAW_NR_EXIT, main (argc, argv, argv + argc + 1), 0, 0, 0);
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
