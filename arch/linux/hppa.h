/* Linux PA-RISC (32-bit): a branch to the gateway page, number in r20
   (set in the branch's delay slot), arguments in r26-r23, result or
   -errno in r28.  The kernel may change r1, r2, r19-r22, r29 and r31
   (the branch's return address).
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
  __asm__ volatile ("ble 0x100(%%sr2, %%r0)\n\t"
                    "copy %[nr], %%r20"
                    : "=r" (r28), "+r" (r26), "+r" (r25), "+r" (r24),
                      "+r" (r23)
                    : [nr] "r" (nr)
                    : "r1", "r2", "r19", "r20", "r21", "r22", "r29", "r31",
                      "memory");
  return r28;
}

/* The stack grows upwards, so the callee's frame marker, the 64 bytes
   below the stack pointer, is made above where the kernel left it.  The
   kernel passes argc in r25 and argv in r24, with argc in the word
   before argv.  Non-PIC code reaches its data through dp (r27), which
   holds $global$.  */
#define RAW_START_CODE \
  ".import $global$, data\n" \
  "  ldil L%$global$, %dp\n" \
  "  ldo R%$global$(%dp), %dp\n" \
  "  ldo 64(%sp), %sp\n" \
  "  ldo -4(%r24), %r26\n" \
  "  bl raw_start_c, %r2\n" \
  "  nop\n"

/* GCC has no stack protector here; the global guard is set all the
   same.  */
#define RAW_GUARD_GLOBAL 1
