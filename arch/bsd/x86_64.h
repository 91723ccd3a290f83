/* FreeBSD, NetBSD and macOS x86_64: syscall, number in rax, arguments in
   rdi rsi rdx r10, carry set on failure.  rdx carries a second result,
   and FreeBSD's return path zeroes r8-r10, so all of them count as
   changed.  macOS puts the BSD class, 2, in bits 24-31 of the number.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifdef __APPLE__
# define RAW_BSD_CLASS 0x2000000
enum { SYS_exit = RAW_BSD_CLASS + 1, SYS_write = RAW_BSD_CLASS + 4,
       SYS_poll = RAW_BSD_CLASS + 230 };
#else
enum { SYS_exit = 1, SYS_write = 4, SYS_poll = 209 };
#endif

static inline long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r10 __asm__ ("r10") = d;
  _Bool failed;
  __asm__ volatile ("syscall"
                    : "+a" (nr), "+d" (c), "+r" (r10), "=@ccc" (failed)
                    : "D" (a), "S" (b)
                    : "rcx", "r8", "r9", "r11", "memory");
  return failed ? -nr : nr;
}
