/* Linux ppc64le (ELFv2): sc, number in r0, arguments in r3-r6.  The
   kernel reports failure by setting cr0.SO with a positive errno in r3,
   and may change the registers the C calling convention calls volatile.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 234, SYS_ppoll = 281,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r0 __asm__ ("r0") = nr;
  register long r3 __asm__ ("r3") = a;
  register long r4 __asm__ ("r4") = b;
  register long r5 __asm__ ("r5") = c;
  register long r6 __asm__ ("r6") = d;
  __asm__ volatile ("sc\n\t"
                    "bns+ 1f\n\t"
                    "neg 3, 3\n"
                    "1:"
                    : "+r" (r0), "+r" (r3), "+r" (r4), "+r" (r5), "+r" (r6)
                    :
                    : "r7", "r8", "r9", "r10", "r11", "r12",
                      "cr0", "ctr", "xer", "memory");
  return r3;
}

/* The TOC pointer r2 comes from a link-time offset to .TOC. stored
   after a bl, which works wherever the binary is loaded; then a 16-byte
   aligned stack with a null back chain and a minimal frame.  */
#define RAW_START_CODE \
  "  bl 1f\n" \
  "  .quad .TOC. - .\n" \
  "1:\n" \
  "  mflr 4\n" \
  "  ld 2, 0(4)\n" \
  "  add 2, 2, 4\n" \
  "  mr 3, 1\n" \
  "  clrrdi 1, 1, 4\n" \
  "  li 0, 0\n" \
  "  stdu 0, -32(1)\n" \
  "  bl raw_start_c\n" \
  "  nop\n"

/* -mstack-protector-guard=global: the thread pointer the default reads
   through is never set up; the global needs no relocation.  */
#define RAW_GUARD_GLOBAL 1
