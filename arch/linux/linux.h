/* Linux: picks the ABI's header; what all Linux ABIs share.

   Each ABI's header provides raw_syscall4 and the numbers SYS_write,
   SYS_exit_group, SYS_ppoll, SYS_getpid and SYS_kill (the last two for
   __stack_chk_fail).  For the libc-free build, whose start-up is
   linux/start.c (and linux/reloc.c), it also provides:
     RAW_START_CODE   the body of _start: set up what C code needs (gp,
                      TOC, a back chain, an aligned stack), then call
                      raw_start_c (initial stack pointer), not returning;
                      or RAW_START_ENTRY, the whole entry point.
     the place of the stack protector's guard, one that reading needs no
                      relocation where the ABI allows:
       RAW_GUARD_CFLAGS  the -mstack-protector-guard* flags that put it
                      there, as a string, where the compiler's default
                      is not the place (configure reads it);
       RAW_GUARD_GLOBAL  defined when it is the global __stack_chk_guard,
                      which linux/start.c then defines; otherwise
       RAW_GUARD_OFFSET  the guard's offset from the thread pointer, and
       RAW_THREAD_POINTER_SET (tp)  a statement that sets the thread
                      pointer (a register, or a system call on arm).
     RAW_STACK_CHK_FAIL_LOCAL  where position-independent code calls
                      __stack_chk_fail_local instead of __stack_chk_fail.
     RAW_AEABI_DIV0   where libgcc's division helpers call __aeabi_idiv0
                      and __aeabi_ldiv0 on a division by zero.
     RAW_RELOCATE     only where C code cannot run before the load base is
                      applied, with the relocation macros linux/reloc.c
                      describes: _start first calls raw_relocate (sp,
                      &_DYNAMIC), finding both without what it fixes.
   Whatever runs before the guard is set is RAW_UNPROTECTED, the system
   calls included.  The ABI gets a name of its own in
   m4/rawecho-backend.m4 only where the triplet's CPU is not that name.
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
