/* Start-up fix-ups for an ABI whose position-independent code needs the
   load base applied even without dynamic relocations: MIPS reads the
   addresses of its own functions and data from the local part of the
   GOT, which the linker fills with link-time addresses for a loader to
   move.  With no loader, the entry calls raw_relocate before any other
   C code.  It runs before anything it fixes may be used, so it calls
   nothing, touches no global and must not compile to a jump table
   (-fno-jump-tables): all of these would be reached through the GOT.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdint.h>

enum
{
  RAW_AT_PHDR = 3, RAW_AT_PHNUM = 5, RAW_PT_DYNAMIC = 2,
  RAW_DT_NULL = 0, RAW_DT_PLTGOT = 3, RAW_DT_MIPS_LOCAL_GOTNO = 0x7000000a
};

/* A program header: its fields' order differs between the classes.  */
struct raw_phdr
{
#if __SIZEOF_POINTER__ == 8
  uint32_t p_type, p_flags;
  uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
#else
  uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags,
    p_align;
#endif
};

/* SP is the initial stack pointer, DYNAMIC the run-time address of
   _DYNAMIC; the load base is that minus its link-time address, which
   the program header for it gives.  */
__attribute__ ((used, no_stack_protector)) void
raw_relocate (long *sp, const unsigned long *dynamic)
{
  const unsigned long *aux = raw_auxv (sp);
  const struct raw_phdr *ph
    = (const struct raw_phdr *) raw_aux_value (aux, RAW_AT_PHDR);
  unsigned long phnum = raw_aux_value (aux, RAW_AT_PHNUM), base = 0;
  for (unsigned long i = 0; i < phnum; i++)
    if (ph[i].p_type == RAW_PT_DYNAMIC)
      base = (unsigned long) dynamic - ph[i].p_vaddr;

  unsigned long *got = 0, local = 0;
  for (const unsigned long *d = dynamic; d[0] != RAW_DT_NULL; d += 2)
    if (d[0] == RAW_DT_PLTGOT)
      got = (unsigned long *) (base + d[1]);
    else if (d[0] == RAW_DT_MIPS_LOCAL_GOTNO)
      local = d[1];
  for (unsigned long i = 0; i < local; i++)
    got[i] += base;
}
