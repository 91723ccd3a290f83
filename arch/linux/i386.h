/* Linux i386: int $0x80, number in eax, arguments in ebx ecx edx esi.
   int $0x80 rather than the vDSO, which needs the thread pointer a
   libc-free program does not set up.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 252, SYS_ppoll = 309,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  long ret;
  __asm__ volatile ("int $0x80"
                    : "=a" (ret)
                    : "a" (nr), "b" (a), "c" (b), "d" (c), "S" (d)
                    : "memory");
  return ret;
}

/* The stack argument lands on a 16-byte boundary, as the ABI wants.  */
#define RAW_START_CODE \
  "  xor %ebp, %ebp\n" \
  "  mov %esp, %eax\n" \
  "  and $-16, %esp\n" \
  "  sub $12, %esp\n" \
  "  push %eax\n" \
  "  call raw_start_c\n" \
  "  hlt\n"

/* -mstack-protector-guard=global: the thread pointer the default reads
   through is never set up; the global needs no relocation.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_GUARD_CFLAGS "-mstack-protector-guard=global"
#define RAW_STACK_CHK_FAIL_LOCAL 1
