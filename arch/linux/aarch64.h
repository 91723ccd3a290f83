/* Linux aarch64: svc #0, number in x8, arguments and result in x0-x3.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 64, SYS_exit_group = 94, SYS_ppoll = 73,
       SYS_getpid = 172, SYS_kill = 129 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long x8 __asm__ ("x8") = nr;
  register long x0 __asm__ ("x0") = a;
  register long x1 __asm__ ("x1") = b;
  register long x2 __asm__ ("x2") = c;
  register long x3 __asm__ ("x3") = d;
  __asm__ volatile ("svc #0"
                    : "+r" (x0)
                    : "r" (x8), "r" (x1), "r" (x2), "r" (x3)
                    : "memory");
  return x0;
}

/* Zero frame and link registers end the frame chain.  */
#define RAW_START_CODE \
  "  mov x29, #0\n" \
  "  mov x30, #0\n" \
  "  mov x0, sp\n" \
  "  and sp, x0, #-16\n" \
  "  bl raw_start_c\n"

/* -mstack-protector-guard=sysreg with tpidr_el0 and offset 0: the guard
   is read where tpidr_el0 points, which costs no relocation, where a
   global guard would be read through the GOT.  */
#define RAW_GUARD_OFFSET 0
#define RAW_GUARD_CFLAGS \
  "-mstack-protector-guard=sysreg -mstack-protector-guard-reg=tpidr_el0" \
  " -mstack-protector-guard-offset=0"

#define RAW_THREAD_POINTER_SET(tp) \
  __asm__ volatile ("msr tpidr_el0, %0" : : "r" (tp) : "memory")
