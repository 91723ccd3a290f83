/* Linux MIPS, o32, n32 and n64, before release 6 and from it: syscall,
   number in v0, arguments in a0-a3.  The kernel reports failure with
   a3 != 0 and a positive errno in v0, and may change the temporaries,
   at, v1 and, before R6, hi and lo; R6 has no hi and lo, and GCC
   refuses their names there.  No call here has more than four
   arguments, so o32 needs none on the stack.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#if _MIPS_SIM == _ABIO32
enum { SYS_write = 4004, SYS_exit_group = 4246, SYS_ppoll = 4302,
       SYS_getpid = 4020, SYS_kill = 4037 };
#elif _MIPS_SIM == _ABIN32
enum { SYS_write = 6001, SYS_exit_group = 6205, SYS_ppoll = 6265,
       SYS_getpid = 6038, SYS_kill = 6060 };
#else
enum { SYS_write = 5001, SYS_exit_group = 5205, SYS_ppoll = 5261,
       SYS_getpid = 5038, SYS_kill = 5060 };
#endif

#if defined __mips_isa_rev && __mips_isa_rev >= 6
# define RAW_MIPS_HI_LO
#else
# define RAW_MIPS_HI_LO "hi", "lo",
#endif

RAW_UNPROTECTED long
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

/* Position-independent code finds its data through the GOT, whose local
   entries hold link-time addresses until the load base is added
   (linux/reloc.c), and a global guard is read through the GOT too.  So
   the entry first computes gp, then calls raw_relocate, then
   raw_start_c, each through t9, from which abicalls code derives its
   own gp.  None of these addresses may come from the GOT: each .gpword
   holds a link-time distance from _gp, and bal gives the run-time
   address of the first, which is its own distance from _gp.  Words and
   their arithmetic are the ABI's pointers: 64-bit in n64 only.  An o32
   caller leaves 16 bytes for its callee to store a0-a3 in.  GNU ld
   enters MIPS programs at __start.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_RELOCATE 1
#define RAW_RELOCATE_MIPS_GOT 1
#if _MIPS_SIM == _ABI64
# define RAW_MIPS_PTR(word, dword) dword
#else
# define RAW_MIPS_PTR(word, dword) word
#endif
#define RAW_MIPS_SIZE RAW_MIPS_PTR ("4", "8")
#define RAW_MIPS_GPWORD RAW_MIPS_PTR ("  .gpword ", "  .gpdword ")
#define RAW_MIPS_LOAD(offset, reg) \
  RAW_MIPS_PTR ("  lw ", "  ld ") reg ", " offset " * " RAW_MIPS_SIZE \
  "($17)\n"
#define RAW_MIPS_ADD RAW_MIPS_PTR ("  addu ", "  daddu ")
#if _MIPS_SIM == _ABIO32
# define RAW_MIPS_ARGUMENT_AREA "  addiu $sp, $sp, -16\n"
#else
# define RAW_MIPS_ARGUMENT_AREA
#endif
#define RAW_START_CODE \
  ".set push\n" \
  ".set noreorder\n" \
  ".balign 8\n" \
  ".global __start\n" \
  "__start:\n" \
  "  bal 1f\n" \
  "  move $16, $sp\n" \
  RAW_MIPS_GPWORD ".\n" \
  RAW_MIPS_GPWORD "raw_relocate\n" \
  RAW_MIPS_GPWORD "raw_start_c\n" \
  RAW_MIPS_GPWORD "_DYNAMIC\n" \
  "1:\n" \
  "  move $17, $31\n" \
  RAW_MIPS_LOAD ("0", "$28") \
  RAW_MIPS_PTR ("  subu", "  dsubu") " $28, $31, $28\n" \
  "  and $sp, $sp, -16\n" \
  RAW_MIPS_ARGUMENT_AREA \
  RAW_MIPS_LOAD ("1", "$25") \
  RAW_MIPS_ADD "$25, $25, $28\n" \
  "  move $4, $16\n" \
  RAW_MIPS_LOAD ("3", "$5") \
  "  jalr $25\n" \
  RAW_MIPS_ADD "$5, $5, $28\n" \
  RAW_MIPS_LOAD ("2", "$25") \
  RAW_MIPS_ADD "$25, $25, $28\n" \
  "  jalr $25\n" \
  "  move $4, $16\n" \
  ".set pop\n"
