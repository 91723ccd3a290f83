/* Linux riscv64: ecall, number in a7, arguments and result in a0-a3.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 64, SYS_exit_group = 94, SYS_ppoll = 73,
       SYS_getpid = 172, SYS_kill = 129 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long a7 __asm__ ("a7") = nr;
  register long a0 __asm__ ("a0") = a;
  register long a1 __asm__ ("a1") = b;
  register long a2 __asm__ ("a2") = c;
  register long a3 __asm__ ("a3") = d;
  __asm__ volatile ("ecall"
                    : "+r" (a0)
                    : "r" (a7), "r" (a1), "r" (a2), "r" (a3)
                    : "memory");
  return a0;
}

/* The compiler addresses small data relative to gp, which only the
   program itself can set; norelax keeps the linker from rewriting the
   load of gp into a gp-relative load.  */
#define RAW_START_CODE \
  ".option push\n" \
  ".option norelax\n" \
  "  lla gp, __global_pointer$\n" \
  ".option pop\n" \
  "  mv a0, sp\n" \
  "  andi sp, sp, -16\n" \
  "  call raw_start_c\n"

/* -mstack-protector-guard=tls with tp and offset 0: the guard is read
   where tp points, which costs no relocation, where a global guard would
   be read through the GOT.  */
#define RAW_GUARD_OFFSET 0
#define RAW_GUARD_CFLAGS \
  "-mstack-protector-guard=tls -mstack-protector-guard-reg=tp" \
  " -mstack-protector-guard-offset=0"

#define RAW_THREAD_POINTER_SET(tp) \
  __asm__ volatile ("mv tp, %0" : : "r" (tp) : "memory")
