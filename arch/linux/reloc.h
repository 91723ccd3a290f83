/* Start-up relocation, for the ABIs whose position-independent code
   reads link-time addresses that only a loader would move: GOT entries
   (arm without a thread register, powerpc, m68k, sh4, alpha), function
   descriptors and TOC entries (ppc64 ELFv1), and MIPS's local GOT, which
   holds the addresses of the program's own functions and data even with
   no dynamic relocation.  With no loader, the entry calls raw_relocate
   before any other C code.  It runs before anything it fixes may be
   used, so it calls nothing, touches no global and must not compile to
   a jump table (-fno-jump-tables): all of these could be reached through
   what is not yet fixed.  The ABI's header defines RAW_RELOCATE, and
   RAW_R_RELATIVE, its relative relocation's type (and RAW_RELA_IN_PLACE
   where RELA entries leave the address in place), or, with no such type
   (hppa), RAW_R_IS_RELATIVE (info), true of the relocations that add the
   load base to a link-time address; or RAW_RELOCATE_MIPS_GOT.
   tests/elf.sh checks that no other kind of dynamic relocation is left.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdbool.h>

enum
{
  RAW_AT_PHDR = 3, RAW_AT_PHNUM = 5, RAW_PT_DYNAMIC = 2,
  RAW_DT_NULL = 0, RAW_DT_PLTGOT = 3, RAW_DT_RELA = 7, RAW_DT_REL = 17,
  RAW_DT_MIPS_LOCAL_GOTNO = 0x7000000a
};

/* A program header: its fields' order differs between the classes; so
   does where a relocation's type sits in its info word.  */
struct raw_phdr
{
#if __SIZEOF_POINTER__ == 8
  unsigned int p_type, p_flags;
  unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
# define RAW_R_TYPE(info) ((info) & 0xffffffff)
#else
  unsigned long p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz,
    p_flags, p_align;
# define RAW_R_TYPE(info) ((info) & 0xff)
#endif
};

#if defined RAW_R_RELATIVE
# define RAW_R_IS_RELATIVE(info) (RAW_R_TYPE (info) == RAW_R_RELATIVE)
#endif

/* SP is the initial stack pointer, DYNAMIC the run-time address of
   _DYNAMIC; the load base is that minus its link-time address, which
   the program header for it gives.  */
__attribute__ ((used, no_stack_protector, visibility ("hidden"))) void
raw_relocate (long *sp, const unsigned long *dynamic)
{
  const unsigned long *aux = raw_auxv (sp);
  const struct raw_phdr *ph
    = (const struct raw_phdr *) raw_aux_value (aux, RAW_AT_PHDR);
  unsigned long phnum = raw_aux_value (aux, RAW_AT_PHNUM), base = 0;
  for (unsigned long i = 0; i < phnum; i++)
    if (ph[i].p_type == RAW_PT_DYNAMIC)
      base = (unsigned long) dynamic - ph[i].p_vaddr;

  for (const unsigned long *d = dynamic; d[0] != RAW_DT_NULL; d += 2)
    {
#ifdef RAW_R_IS_RELATIVE
      /* Each REL entry is {offset, info}, and the link-time address is
         at the offset; each RELA entry is {offset, info, addend}, the
         addend being that address.  Words are of the class's size.  A
         table's size has the tag after its own.  */
      if (d[0] == RAW_DT_REL || d[0] == RAW_DT_RELA)
        {
          bool rela = d[0] == RAW_DT_RELA;
#ifdef RAW_RELA_IN_PLACE
          bool in_place = true;
#else
          bool in_place = !rela;
#endif
          unsigned long size = 0;
          for (const unsigned long *s = dynamic; s[0] != RAW_DT_NULL; s += 2)
            if (s[0] == d[0] + 1)
              size = s[1];
          const unsigned long *r = (const unsigned long *) (base + d[1]);
          const unsigned long *end = r + size / sizeof (long);
          for (; r < end; r += rela ? 3 : 2)
            if (RAW_R_IS_RELATIVE (r[1]))
              {
                unsigned long *where = (unsigned long *) (base + r[0]);
                *where = base + (in_place ? *where : r[2]);
              }
        }
#endif
#ifdef RAW_RELOCATE_MIPS_GOT
      if (d[0] == RAW_DT_MIPS_LOCAL_GOTNO)
        for (const unsigned long *g = dynamic; g[0] != RAW_DT_NULL; g += 2)
          if (g[0] == RAW_DT_PLTGOT)
            for (unsigned long i = 0; i < d[1]; i++)
              ((unsigned long *) (base + g[1]))[i] += base;
#endif
    }
}
