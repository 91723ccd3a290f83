/* Linux ARC: trap_s 0, number in r8, arguments and result in r0-r3.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 64, SYS_exit_group = 94, SYS_ppoll = 73,
       SYS_getpid = 172, SYS_kill = 129 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long r8 __asm__ ("r8") = nr;
  register long r0 __asm__ ("r0") = a;
  register long r1 __asm__ ("r1") = b;
  register long r2 __asm__ ("r2") = c;
  register long r3 __asm__ ("r3") = d;
  __asm__ volatile ("trap_s 0"
                    : "+r" (r0)
                    : "r" (r8), "r" (r1), "r" (r2), "r" (r3)
                    : "memory");
  return r0;
}

/* The stack protector's guard is the global __stack_chk_guard, the only
   place GCC offers here, read through a GOT entry: the entry first calls
   raw_relocate (linux/reloc.c), with _DYNAMIC's address from its
   distance to the pc.  A null frame pointer ends the frame chain; r13
   keeps the initial stack pointer.  GNU ld enters ARC programs at
   __start.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_RELOCATE 1
#define RAW_R_RELATIVE 56
/* ARC's linker leaves the link-time address in the word and the addend
   0, as with REL; glibc's loader adds the base to the word.  */
#define RAW_RELA_IN_PLACE 1
#define RAW_START_CODE \
  ".global __start\n" \
  "__start:\n" \
  "  mov fp, 0\n" \
  "  mov r13, sp\n" \
  "  bic sp, sp, 15\n" \
  "  mov r0, r13\n" \
  "  add r1, pcl, @_DYNAMIC@pcl\n" \
  "  bl raw_relocate\n" \
  "  mov r0, r13\n" \
  "  bl raw_start_c\n"
