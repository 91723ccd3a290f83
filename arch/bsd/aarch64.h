/* FreeBSD and macOS arm64: svc, arguments in x0-x3, carry set on
   failure; x1 carries a second result.  FreeBSD takes the number in x8
   and traps with svc #0, macOS in x16 with svc #0x80.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifdef __APPLE__
# define RAW_BSD_NR_REG "x16"
# define RAW_BSD_TRAP "svc #0x80"
enum { SYS_exit = 1, SYS_write = 4, SYS_poll = 230 };
#else
# define RAW_BSD_NR_REG "x8"
# define RAW_BSD_TRAP "svc #0"
enum { SYS_exit = 1, SYS_write = 4, SYS_poll = 209 };
#endif

static inline long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long number __asm__ (RAW_BSD_NR_REG) = nr;
  register long x0 __asm__ ("x0") = a;
  register long x1 __asm__ ("x1") = b;
  register long x2 __asm__ ("x2") = c;
  register long x3 __asm__ ("x3") = d;
  long failed;
  __asm__ volatile (RAW_BSD_TRAP "\n\t"
                    "cset %1, cs"
                    : "+r" (x0), "=r" (failed), "+r" (x1)
                    : "r" (number), "r" (x2), "r" (x3)
                    : "cc", "memory");
  return failed ? -x0 : x0;
}
