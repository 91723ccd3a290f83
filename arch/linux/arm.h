/* Linux arm EABI, ARM or Thumb-2: svc #0, number in r7, arguments and
   result in r0-r3.  Thumb code keeps its frame pointer in r7, where GCC
   refuses a register variable, so the asm swaps the number into r7 only
   around the trap and restores r7 after it.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 248, SYS_ppoll = 336,
       SYS_getpid = 20, SYS_kill = 37, ARM_NR_set_tls = 0xf0005 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r0 __asm__ ("r0") = a;
  register long r1 __asm__ ("r1") = b;
  register long r2 __asm__ ("r2") = c;
  register long r3 __asm__ ("r3") = d;
  long saved;
  __asm__ volatile ("mov %[saved], r7\n\t"
                    "mov r7, %[nr]\n\t"
                    "svc #0\n\t"
                    "mov r7, %[saved]"
                    : "+r" (r0), [saved] "=&r" (saved)
                    : [nr] "r" (nr), "r" (r1), "r" (r2), "r" (r3)
                    : "memory");
  return r0;
}

#ifdef __ARM_PCS_VFP
/* armhf (ARMv7).  Valid in ARM and Thumb-2 state alike; %function makes
   the entry address carry the Thumb bit when assembled as Thumb.  */
# define RAW_START_CODE \
  "  mov fp, #0\n" \
  "  mov lr, #0\n" \
  "  mov r0, sp\n" \
  "  bic r1, r0, #15\n" \
  "  mov sp, r1\n" \
  "  bl raw_start_c\n"

/* -mstack-protector-guard=tls with offset 0: the guard is read where the
   read-only thread register TPIDRURO points, which costs no relocation,
   where a global guard would be read through the GOT.  Only the kernel
   sets TPIDRURO: one set_tls system call at start-up, the only one
   beyond the output's on any ABI here.  -mtp=cp15 reads it with an
   instruction, not through a libc helper.  */
# define RAW_GUARD_OFFSET 0
# define RAW_GUARD_CFLAGS \
  "-mtp=cp15 -mstack-protector-guard=tls -mstack-protector-guard-offset=0"

# define RAW_THREAD_POINTER_SET(tp) \
  raw_syscall4 (ARM_NR_set_tls, (long) (tp), 0, 0, 0)
#else
/* armel (ARMv5TE), in ARM state: no TPIDRURO to keep the guard at, so
   it is the global __stack_chk_guard, read through a GOT entry that the
   entry point relocates first (linux/reloc.c), given _DYNAMIC from its
   distance to an instruction, where the pc reads 8 bytes ahead.  r4
   keeps the initial stack pointer across the call.  */
# define RAW_GUARD_GLOBAL 1
# define RAW_RELOCATE 1
# define RAW_R_RELATIVE 23
# define RAW_START_CODE \
  "  mov fp, #0\n" \
  "  mov lr, #0\n" \
  "  mov r4, sp\n" \
  "  bic sp, r4, #15\n" \
  "  ldr r1, 1f\n" \
  "2:\n" \
  "  add r1, pc, r1\n" \
  "  mov r0, r4\n" \
  "  bl raw_relocate\n" \
  "  mov r0, r4\n" \
  "  bl raw_start_c\n" \
  "1:\n" \
  "  .word _DYNAMIC - (2b + 8)\n"
#endif

/* ARMv7-A has no division instruction, and code optimised for size (the
   cold error paths) calls libgcc's helpers, which call __aeabi_idiv0 or
   __aeabi_ldiv0 on a division by zero.  */
#define RAW_AEABI_DIV0 1
