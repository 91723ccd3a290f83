/* Linux s390x: svc 0, number in r1, arguments and result in r2-r5.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 248, SYS_ppoll = 302,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r1 __asm__ ("r1") = nr;
  register long r2 __asm__ ("r2") = a;
  register long r3 __asm__ ("r3") = b;
  register long r4 __asm__ ("r4") = c;
  register long r5 __asm__ ("r5") = d;
  __asm__ volatile ("svc 0"
                    : "+r" (r2)
                    : "r" (r1), "r" (r3), "r" (r4), "r" (r5)
                    : "memory");
  return r2;
}

/* A callee may store registers in the 160 bytes above the stack
   pointer, and the back chain word there must be null.  */
#define RAW_START_CODE \
  "  lgr %r2, %r15\n" \
  "  aghi %r15, -160\n" \
  "  xc 0(8, %r15), 0(%r15)\n" \
  "  brasl %r14, raw_start_c\n"

/* GCC reads the guard at offset 0x28 from the thread pointer held in
   access registers a0 (high half) and a1 (low half), and has no option
   to move it; pointing them at a block of our own costs no relocation.  */
#define RAW_GUARD_OFFSET 0x28

#define RAW_THREAD_POINTER_SET(tp) \
  __asm__ volatile ("sar %%a1, %0\n\t" \
                    "sar %%a0, %1" \
                    : : "d" ((unsigned long) (tp)), \
                        "d" ((unsigned long) (tp) >> 32) : "memory")
