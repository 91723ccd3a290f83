/* Linux arm EABI, ARM or Thumb-2: svc #0, number in r7, arguments and
   result in r0-r3.  Thumb code keeps its frame pointer in r7, where GCC
   refuses a register variable, so the asm swaps the number into r7 only
   around the trap and restores r7 after it.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 248, SYS_ppoll = 336 };

static inline long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r0 __asm__ ("r0") = a;
  register long r1 __asm__ ("r1") = b;
  register long r2 __asm__ ("r2") = c;
  register long r3 __asm__ ("r3") = d;
  long saved;
  __asm__ volatile ("mov %[saved], r7\n\t"
                    "mov r7, %[nr]\n\t"
                    "svc #0\n\t"
                    "mov r7, %[saved]"
                    : "+r" (r0), [saved] "=&r" (saved)
                    : [nr] "r" (nr), "r" (r1), "r" (r2), "r" (r3)
                    : "memory");
  return r0;
}

/* Valid in ARM and Thumb-2 state alike; %function makes the entry
   address carry the Thumb bit when assembled as Thumb.  */
#define RAW_START_CODE \
  "  mov fp, #0\n" \
  "  mov lr, #0\n" \
  "  mov r0, sp\n" \
  "  bic r1, r0, #15\n" \
  "  mov sp, r1\n" \
  "  bl raw_start_c\n"
