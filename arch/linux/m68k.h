/* Linux m68k: trap #0, number and result in d0, arguments in d1-d4.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 247, SYS_ppoll = 302,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long d0 __asm__ ("d0") = nr;
  register long d1 __asm__ ("d1") = a;
  register long d2 __asm__ ("d2") = b;
  register long d3 __asm__ ("d3") = c;
  register long d4 __asm__ ("d4") = d;
  __asm__ volatile ("trap #0"
                    : "+r" (d0)
                    : "r" (d1), "r" (d2), "r" (d3), "r" (d4)
                    : "memory");
  return d0;
}

/* A null frame pointer ends the frame chain; the argument goes on the
   stack.  */
#define RAW_START_CODE \
  "  suba.l %fp, %fp\n" \
  "  move.l %sp, -(%sp)\n" \
  "  jsr raw_start_c\n"

/* The global guard __stack_chk_guard, the only place GCC offers here.  */
#define RAW_GUARD_GLOBAL 1
