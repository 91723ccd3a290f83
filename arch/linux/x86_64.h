/* Linux x86_64 and x32: syscall, number in rax, arguments in rdi rsi rdx
   r10; the kernel uses rcx and r11 for the return address and flags.
   x32 programs make the same calls with bit 30 set in the number, and
   pass their 32-bit longs and pointers zero-extended.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifdef __ILP32__
# define RAW_X32_BIT 0x40000000
#else
# define RAW_X32_BIT 0
#endif
enum { SYS_write = RAW_X32_BIT | 1, SYS_exit_group = RAW_X32_BIT | 231,
       SYS_ppoll = RAW_X32_BIT | 271, SYS_getpid = RAW_X32_BIT | 39,
       SYS_kill = RAW_X32_BIT | 62 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  typedef unsigned long long reg;
  register reg r10 __asm__ ("r10") = (unsigned long) d;
  long long ret;
  __asm__ volatile ("syscall"
                    : "=a" (ret)
                    : "a" ((reg) nr), "D" ((reg) (unsigned long) a),
                      "S" ((reg) (unsigned long) b),
                      "d" ((reg) (unsigned long) c), "r" (r10)
                    : "rcx", "r11", "memory");
  return ret;
}

/* rbp = 0 ends the frame chain; the call then leaves the stack aligned
   as the ABI wants it on function entry.  */
#define RAW_START_CODE \
  "  xor %ebp, %ebp\n" \
  "  mov %rsp, %rdi\n" \
  "  and $-16, %rsp\n" \
  "  call raw_start_c\n" \
  "  hlt\n"

/* -mstack-protector-guard=global: the thread pointer the default reads
   through is never set up; the global needs no relocation.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_GUARD_CFLAGS "-mstack-protector-guard=global"
