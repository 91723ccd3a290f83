/* Linux sparc64: ta 0x6d, number in g1, arguments and result in o0-o3.
   The kernel reports failure with the 64-bit carry flag set and a
   positive errno in o0.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 188, SYS_ppoll = 298,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long g1 __asm__ ("g1") = nr;
  register long o0 __asm__ ("o0") = a;
  register long o1 __asm__ ("o1") = b;
  register long o2 __asm__ ("o2") = c;
  register long o3 __asm__ ("o3") = d;
  __asm__ volatile ("ta 0x6d\n\t"
                    "bcs,a,pt %%xcc, 1f\n\t"
                    " sub %%g0, %%o0, %%o0\n"
                    "1:"
                    : "+r" (o0)
                    : "r" (g1), "r" (o1), "r" (o2), "r" (o3)
                    : "cc", "memory");
  return o0;
}

/* The stack pointer is biased: the frame is 2047 bytes above it, and
   argc follows the 128-byte register window save area there.  A null
   frame pointer ends the frame chain; the callee finds its 48 bytes of
   outgoing argument area reserved.  */
#define RAW_START_CODE \
  "  mov %g0, %fp\n" \
  "  sub %sp, 48, %sp\n" \
  "  add %sp, 2047 + 128 + 48, %o0\n" \
  "  call raw_start_c\n" \
  "  nop\n"

/* GCC reads the guard 0x28 bytes past the thread pointer, g7, which
   costs no relocation.  */
#define RAW_GUARD_OFFSET 0x28

#define RAW_THREAD_POINTER_SET(tp) \
  __asm__ volatile ("mov %0, %%g7" : : "r" (tp) : "memory")
