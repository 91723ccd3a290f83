/* Linux ARC: trap_s 0, number in r8, arguments and result in r0-r3.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 64, SYS_exit_group = 94, SYS_ppoll = 73,
       SYS_getpid = 172, SYS_kill = 129 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r8 __asm__ ("r8") = nr;
  register long r0 __asm__ ("r0") = a;
  register long r1 __asm__ ("r1") = b;
  register long r2 __asm__ ("r2") = c;
  register long r3 __asm__ ("r3") = d;
  __asm__ volatile ("trap_s 0"
                    : "+r" (r0)
                    : "r" (r8), "r" (r1), "r" (r2), "r" (r3)
                    : "memory");
  return r0;
}

/* A null frame pointer ends the frame chain.  GNU ld enters ARC
   programs at __start.  */
#define RAW_START_CODE \
  ".global __start\n" \
  "__start:\n" \
  "  mov fp, 0\n" \
  "  mov r0, sp\n" \
  "  bic sp, sp, 15\n" \
  "  bl raw_start_c\n"

/* The global guard __stack_chk_guard, the only place GCC offers here.  */
#define RAW_GUARD_GLOBAL 1
