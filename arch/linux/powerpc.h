/* Linux PowerPC, 32-bit, 64-bit ELFv1 (big-endian) and 64-bit ELFv2
   (little-endian): sc, number in r0, arguments in r3-r6.  The kernel
   reports failure by setting cr0.SO with a positive errno in r3, and may
   change the registers the C calling convention calls volatile.
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

/* Each entry passes the stack pointer in r3 and calls with a 16-byte
   aligned stack, a null back chain and a minimal frame.  32-bit code reads
   the addresses of its data from the GOT, and ELFv1 code calls through
   function descriptors and reads addresses from the TOC, all holding
   link-time values: there the entry first calls raw_relocate
   (linux/reloc.c) with _DYNAMIC, found from its distance to a bcl's
   return address, keeping the initial stack pointer in r31.  */
#define RAW_POWERPC_DYNAMIC_TO_R4 \
  "  bcl 20, 31, 1f\n" \
  "1:\n" \
  "  mflr 4\n" \
  "  addis 4, 4, (_DYNAMIC - 1b)@ha\n" \
  "  addi 4, 4, (_DYNAMIC - 1b)@l\n" \
  "  mr 3, 31\n"
#if !defined __powerpc64__
# define RAW_RELOCATE 1
# define RAW_R_RELATIVE 22
# define RAW_START_CODE \
  "  mr 31, 1\n" \
  "  clrrwi 1, 1, 4\n" \
  "  li 0, 0\n" \
  "  stwu 1, -16(1)\n" \
  "  stw 0, 0(1)\n" \
  RAW_POWERPC_DYNAMIC_TO_R4 \
  "  bl raw_relocate\n" \
  "  mr 3, 31\n" \
  "  bl raw_start_c\n"
#elif defined _CALL_ELF && _CALL_ELF == 2
/* ELFv2: the TOC pointer r2 comes from a link-time offset to .TOC.
   stored after a bl, which works wherever the binary is loaded.  */
# define RAW_START_CODE \
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
#else
/* ELFv1: a function symbol names a descriptor in .opd, {code, TOC,
   environment}, and so does the entry address: the kernel jumps to the
   code with r2 set from it, applying the load base to both.  The
   minimal frame is 112 bytes.  */
# define RAW_RELOCATE 1
# define RAW_R_RELATIVE 22
# define RAW_START_ENTRY \
  ".pushsection .opd, \"aw\"\n" \
  ".p2align 3\n" \
  ".global _start\n" \
  ".type _start, @function\n" \
  "_start:\n" \
  "  .quad .Lraw_start_code, .TOC.@tocbase, 0\n" \
  ".size _start, 24\n" \
  ".popsection\n" \
  ".Lraw_start_code:\n" \
  "  mr 31, 1\n" \
  "  clrrdi 1, 1, 4\n" \
  "  li 0, 0\n" \
  "  stdu 1, -128(1)\n" \
  "  std 0, 0(1)\n" \
  RAW_POWERPC_DYNAMIC_TO_R4 \
  "  bl raw_relocate\n" \
  "  nop\n" \
  "  mr 3, 31\n" \
  "  bl raw_start_c\n" \
  "  nop\n"
#endif

/* -mstack-protector-guard=global: the thread pointer the default reads
   through is never set up.  32-bit position-independent code calls
   __stack_chk_fail_local.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_GUARD_CFLAGS "-mstack-protector-guard=global"
#ifndef __powerpc64__
# define RAW_STACK_CHK_FAIL_LOCAL 1
#endif
