/* Linux x86_64: syscall, number in rax, arguments in rdi rsi rdx r10;
   the kernel uses rcx and r11 for the return address and flags.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 1, SYS_exit_group = 231, SYS_ppoll = 271,
       SYS_getpid = 39, SYS_kill = 62 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r10 __asm__ ("r10") = d;
  long ret;
  __asm__ volatile ("syscall"
                    : "=a" (ret)
                    : "a" (nr), "D" (a), "S" (b), "d" (c), "r" (r10)
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
