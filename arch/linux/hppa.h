/* Linux PA-RISC (32-bit): a branch to the gateway page, number in r20
   (set in the branch's delay slot), arguments in r26-r23, result or
   -errno in r28.  The kernel may change r1, r2, r19-r22, r29 and r31
   (the branch's return address).  Position-independent code keeps its
   linkage table pointer in r19, which GCC will not let an asm clobber,
   so the asm keeps r19 in a register of the compiler's choosing across
   the branch.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 222, SYS_ppoll = 274,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r26 __asm__ ("r26") = a;
  register long r25 __asm__ ("r25") = b;
  register long r24 __asm__ ("r24") = c;
  register long r23 __asm__ ("r23") = d;
  register long r28 __asm__ ("r28");
  long saved_r19;
  __asm__ volatile ("copy %%r19, %[saved_r19]\n\t"
                    "ble 0x100(%%sr2, %%r0)\n\t"
                    "copy %[nr], %%r20\n\t"
                    "copy %[saved_r19], %%r19"
                    : "=r" (r28), "+r" (r26), "+r" (r25), "+r" (r24),
                      "+r" (r23), [saved_r19] "=&r" (saved_r19)
                    : [nr] "r" (nr)
                    : "r1", "r2", "r20", "r21", "r22", "r29", "r31",
                      "memory");
  return r28;
}

/* Position-independent code reads its data's addresses from the
   linkage table through r19, which holds $global$ (dp, r27, it leaves
   alone).  The table holds link-time addresses, so the entry first calls
   raw_relocate (linux/reloc.c).  hppa has no relative relocation type:
   a link-time address is R_PARISC_DIR32 (1) against no symbol, whose
   info word is then the type alone.  */
#define RAW_RELOCATE 1
#define RAW_R_IS_RELATIVE(info) ((info) == 1)

/* The stack grows upwards, so the callee's frame marker, the 64 bytes
   below the stack pointer, is made above where the kernel left it.  The
   kernel passes argc in r25 and argv in r24, with argc in the word
   before argv: r4 keeps that address, and r5 keeps r19, which a caller
   restores after each call; each call's delay slot sets its first
   argument.  $global$ and _DYNAMIC are found from their distance to a
   branch's return address, whose low two bits are the privilege level.
   The linker makes "sym - $PIC_pcrel$0" relative to the instruction's
   address plus 8, so each addend here is that instruction's distance
   from label 1, plus 8.  */
#define RAW_START_CODE \
  "  ldo 64(%sp), %sp\n" \
  "  ldo -4(%r24), %r4\n" \
  "  bl 1f, %r20\n" \
  "  depi 0, 31, 2, %r20\n" \
  "1:\n" \
  "  addil L'_DYNAMIC - ($PIC_pcrel$0 - 8), %r20\n" \
  "  ldo R'_DYNAMIC - ($PIC_pcrel$0 - 12)(%r1), %r25\n" \
  "  addil L'$global$ - ($PIC_pcrel$0 - 16), %r20\n" \
  "  ldo R'$global$ - ($PIC_pcrel$0 - 20)(%r1), %r19\n" \
  "  copy %r19, %r5\n" \
  "  bl raw_relocate, %r2\n" \
  "  copy %r4, %r26\n" \
  "  copy %r5, %r19\n" \
  "  bl raw_start_c, %r2\n" \
  "  copy %r4, %r26\n"

/* GCC has no stack protector here; the global guard is set all the
   same.  */
#define RAW_GUARD_GLOBAL 1
