/* Linux m68k: trap #0, number and result in d0, arguments in d1-d4.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 247, SYS_ppoll = 302,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long d0 __asm__ ("d0") = nr;
  register long d1 __asm__ ("d1") = a;
  register long d2 __asm__ ("d2") = b;
  register long d3 __asm__ ("d3") = c;
  register long d4 __asm__ ("d4") = d;
  __asm__ volatile ("trap #0"
                    : "+r" (d0)
                    : "r" (d1), "r" (d2), "r" (d3), "r" (d4)
                    : "memory");
  return d0;
}

/* Position-independent code reads its data's addresses from the GOT,
   where the stack protector's guard is too (the only place GCC offers
   here): the entry first calls raw_relocate (linux/reloc.c).  A null
   frame pointer ends the frame chain; a2 keeps the initial stack
   pointer; arguments go on the stack; every address is PC-relative.  */
#define RAW_GUARD_GLOBAL 1
#define RAW_RELOCATE 1
#define RAW_R_RELATIVE 22
#define RAW_START_CODE \
  "  suba.l %fp, %fp\n" \
  "  move.l %sp, %a2\n" \
  "  lea (_DYNAMIC, %pc), %a0\n" \
  "  move.l %a0, -(%sp)\n" \
  "  move.l %a2, -(%sp)\n" \
  "  bsr.l raw_relocate\n" \
  "  move.l %a2, -(%sp)\n" \
  "  bsr.l raw_start_c\n"
