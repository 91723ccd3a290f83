/* Linux mips64 n64: syscall, number in v0, arguments in a0-a3.  The
   kernel reports failure with a3 != 0 and a positive errno in v0, and
   may change the temporaries, at, v1, hi and lo.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 5001, SYS_exit_group = 5205, SYS_ppoll = 5261,
       SYS_getpid = 5038, SYS_kill = 5060 };

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
                      "$14", "$15", "$24", "$25", "hi", "lo", "memory");
  return a3 ? -v0 : v0;
}

/* Position-independent code finds its data through the GOT, whose local
   entries hold link-time addresses until the load base is added
   (linux/reloc.h), and a global guard is read through the GOT too.  So
   the entry first computes gp, then calls raw_relocate, then
   raw_start_c, each through t9, from which abicalls code derives its
   own gp.  None of these addresses may come from the GOT: each .gpdword
   holds a link-time distance from _gp, and bal gives the run-time
   address of the first, which is its own distance from _gp.  GNU ld
   enters MIPS programs at __start.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_RELOCATE 1
#define RAW_START_CODE \
  ".set push\n" \
  ".set noreorder\n" \
  ".balign 8\n" \
  ".global __start\n" \
  "__start:\n" \
  "  bal 1f\n" \
  "  move $16, $sp\n" \
  "  .gpdword .\n" \
  "  .gpdword raw_relocate\n" \
  "  .gpdword raw_start_c\n" \
  "  .gpdword _DYNAMIC\n" \
  "1:\n" \
  "  ld $28, 0($31)\n" \
  "  dsubu $28, $31, $28\n" \
  "  move $17, $31\n" \
  "  and $sp, $sp, -16\n" \
  "  ld $25, 8($17)\n" \
  "  daddu $25, $25, $28\n" \
  "  move $4, $16\n" \
  "  ld $5, 24($17)\n" \
  "  jalr $25\n" \
  "  daddu $5, $5, $28\n" \
  "  ld $25, 16($17)\n" \
  "  daddu $25, $25, $28\n" \
  "  jalr $25\n" \
  "  move $4, $16\n" \
  ".set pop\n"
