/* macOS arm64: svc #0x80, number in x16, arguments in x0-x3, carry set
   on failure; x1 carries a second result.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_exit = 1, SYS_write = 4, SYS_poll = 230 };

static inline long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long x16 __asm__ ("x16") = nr;
  register long x0 __asm__ ("x0") = a;
  register long x1 __asm__ ("x1") = b;
  register long x2 __asm__ ("x2") = c;
  register long x3 __asm__ ("x3") = d;
  long failed;
  __asm__ volatile ("svc #0x80\n\t"
                    "cset %1, cs"
                    : "+r" (x0), "=r" (failed), "+r" (x1)
                    : "r" (x16), "r" (x2), "r" (x3)
                    : "cc", "memory");
  return failed ? -x0 : x0;
}
