/* Linux mips64 n64: syscall, number in v0, arguments in a0-a3.  The
   kernel reports failure with a3 != 0 and a positive errno in v0, and
   may change the temporaries, at, v1, hi and lo.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 5001, SYS_exit_group = 5205, SYS_ppoll = 5261 };

static inline long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long v0 __asm__ ("$2") = nr;
  register long a0 __asm__ ("$4") = a;
  register long a1 __asm__ ("$5") = b;
  register long a2 __asm__ ("$6") = c;
  register long a3 __asm__ ("$7") = d;
  __asm__ volatile ("syscall"
                    : "+r" (v0), "+r" (a3)
                    : "r" (a0), "r" (a1), "r" (a2)
                    : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13",
                      "$14", "$15", "$24", "$25", "hi", "lo", "memory");
  return a3 ? -v0 : v0;
}

/* Called through t9, from which position-independent (abicalls) code
   derives its gp; pic0 lets dla load the absolute address of a static
   link without a gp of its own.  GNU ld enters MIPS programs at
   __start.  */
#ifdef __mips_abicalls
# define RAW_MIPS_PIC_MODE ".option pic2\n"
#else
# define RAW_MIPS_PIC_MODE ".option pic0\n"
#endif
#define RAW_START_CODE \
  ".global __start\n" \
  "__start:\n" \
  ".set push\n" \
  ".set noreorder\n" \
  ".option pic0\n" \
  "  dla $25, raw_start_c\n" \
  "  move $4, $sp\n" \
  "  and $sp, $sp, -16\n" \
  "  jalr $25\n" \
  "  nop\n" \
  RAW_MIPS_PIC_MODE \
  ".set pop\n"
