/* Linux MIPS, o32, n32 and n64, before release 6 and from it: syscall,
   number in v0, arguments in a0-a3.  The kernel reports failure with
   a3 != 0 and a positive errno in v0, and may change the temporaries,
   at, v1 and, before R6, hi and lo; R6 has no hi and lo, and GCC
   refuses their names there.  No call here has more than four
   arguments, so o32 needs none on the stack.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#if _MIPS_SIM == _ABIO32
enum { SYS_write = 4004, SYS_exit_group = 4246, SYS_ppoll = 4302 };
#elif _MIPS_SIM == _ABIN32
enum { SYS_write = 6001, SYS_exit_group = 6205, SYS_ppoll = 6265 };
#else
enum { SYS_write = 5001, SYS_exit_group = 5205, SYS_ppoll = 5261 };
#endif

#if defined __mips_isa_rev && __mips_isa_rev >= 6
# define RAW_MIPS_HI_LO
#else
# define RAW_MIPS_HI_LO "hi", "lo",
#endif

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
                      "$14", "$15", "$24", "$25", RAW_MIPS_HI_LO "memory");
  return a3 ? -v0 : v0;
}

/* Called through t9, from which position-independent (abicalls) code
   derives its gp.  pic0 makes la and dla load the absolute address of a
   static link: in pic2 they would load it through gp, which nothing has
   set yet.  An o32 caller leaves 16 bytes for its callee to store
   a0-a3 in.  GNU ld enters MIPS programs at __start.  */
#if _MIPS_SIM == _ABI64
# define RAW_MIPS_LOAD_CALLEE "  dla $25, raw_start_c\n"
#else
# define RAW_MIPS_LOAD_CALLEE "  la $25, raw_start_c\n"
#endif
#if _MIPS_SIM == _ABIO32
# define RAW_MIPS_ARGUMENT_AREA "  addiu $sp, $sp, -16\n"
#else
# define RAW_MIPS_ARGUMENT_AREA
#endif
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
  RAW_MIPS_LOAD_CALLEE \
  "  move $4, $sp\n" \
  "  and $sp, $sp, -16\n" \
  RAW_MIPS_ARGUMENT_AREA \
  "  jalr $25\n" \
  "  nop\n" \
  RAW_MIPS_PIC_MODE \
  ".set pop\n"
