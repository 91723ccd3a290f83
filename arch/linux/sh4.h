/* Linux SH-4: trapa #31, number in r3, arguments in r4-r7, result in
   r0.  The five no-ops after the trap are the padding the kernel's own
   C library puts there against a hardware erratum of the SH-3 and SH-4
   cores.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 252, SYS_ppoll = 309,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r3 __asm__ ("r3") = nr;
  register long r4 __asm__ ("r4") = a;
  register long r5 __asm__ ("r5") = b;
  register long r6 __asm__ ("r6") = c;
  register long r7 __asm__ ("r7") = d;
  register long r0 __asm__ ("r0");
  __asm__ volatile ("trapa #31\n\t"
                    "or r0, r0\n\t"
                    "or r0, r0\n\t"
                    "or r0, r0\n\t"
                    "or r0, r0\n\t"
                    "or r0, r0"
                    : "=r" (r0)
                    : "r" (r3), "r" (r4), "r" (r5), "r" (r6), "r" (r7)
                    : "t", "memory");
  return r0;
}

/* Position-independent code reads its data's addresses from the GOT,
   where the stack protector's guard is too (the only place GCC offers
   here): the entry first calls raw_relocate (linux/reloc.c).  A null
   frame pointer (r14) ends the frame chain; r8 keeps the initial stack
   pointer.  SH loads no 32-bit immediates, so each address comes from a
   literal beside the code, as a distance: _DYNAMIC's from the literal
   itself (mova), a callee's from where bsrf counts, the instruction
   after its delay slot.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_RELOCATE 1
#define RAW_R_RELATIVE 165
#define RAW_START_CODE \
  "  mov #0, r14\n" \
  "  mov r15, r8\n" \
  "  mov #-16, r0\n" \
  "  and r0, r15\n" \
  "  mova 3f, r0\n" \
  "  mov.l 3f, r5\n" \
  "  add r0, r5\n" \
  "  mov.l 4f, r1\n" \
  "  bsrf r1\n" \
  "  mov r8, r4\n" \
  "1:\n" \
  "  mov.l 5f, r1\n" \
  "  bsrf r1\n" \
  "  mov r8, r4\n" \
  "2:\n" \
  "  .align 2\n" \
  "3:\n" \
  "  .long _DYNAMIC - 3b\n" \
  "4:\n" \
  "  .long raw_relocate - 1b\n" \
  "5:\n" \
  "  .long raw_start_c - 2b\n"
