/* Linux alpha: callsys, number in v0 ($0), arguments in a0-a3
   ($16-$19).  The kernel reports failure with a3 != 0 and a positive
   errno in v0, and may change the temporaries and the other argument
   registers.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

enum { SYS_write = 4, SYS_exit_group = 405, SYS_ppoll = 464,
       SYS_getpid = 20, SYS_kill = 37 };

RAW_UNPROTECTED long
raw_syscall4 (long nr, long a, long b, long c, long d)
{
  register long v0 __asm__ ("$0") = nr;
  register long a0 __asm__ ("$16") = a;
  register long a1 __asm__ ("$17") = b;
  register long a2 __asm__ ("$18") = c;
  register long a3 __asm__ ("$19") = d;
  __asm__ volatile ("callsys"
                    : "+r" (v0), "+r" (a0), "+r" (a1), "+r" (a2), "+r" (a3)
                    :
                    : "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8",
                      "$20", "$21", "$22", "$23", "$24", "$25", "$27",
                      "$28", "memory");
  return a3 ? -v0 : v0;
}

/* Code reaches its data through gp ($29), which ldgp computes from the
   address br leaves in it.  A called function would compute its own gp
   from its address in $27, which only the GOT could give before a
   loader moved it; bsr with !samegp reaches the callee past that, with
   no address at all.  */
#define RAW_START_CODE \
  "  br $29, 1f\n" \
  "1:\n" \
  "  ldgp $29, 0($29)\n" \
  "  mov $30, $16\n" \
  "  bsr $26, raw_start_c !samegp\n"

/* GCC has no stack protector here; the global guard is set all the
   same.  */
#define RAW_GUARD_GLOBAL 1
