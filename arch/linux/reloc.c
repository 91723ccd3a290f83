/* Start-up relocation, for the ABIs whose position-independent code
   reads link-time addresses that only a loader would move: GOT entries
   (armel, powerpc, m68k, sh4, arc), hppa's linkage table, function
   descriptors and TOC entries (ppc64 ELFv1), and MIPS's local GOT,
   which holds the addresses of the program's own functions and data
   even with no dynamic relocation.  With no loader, the entry calls
   raw_relocate before any other C code.  It runs before anything it
   fixes may be used, so it calls nothing, touches no global and must not
   compile to a jump table (configure's -fno-jump-tables): all of these
   could be reached through what is not yet fixed.  So everything here
   is inlined into it, and it takes the sizes of what it steps through
   from the kernel and the linker, not from its own types.

   The ABI's header defines RAW_RELOCATE, and RAW_R_RELATIVE, its
   relative relocation's type (and RAW_RELA_IN_PLACE where RELA entries
   leave the address in place), or, with no such type (hppa),
   RAW_R_IS_RELATIVE (info), true of the relocations that add the load
   base to a link-time address; or RAW_RELOCATE_MIPS_GOT.  Every ABI
   here that relocates also applies the packed relative relocations of
   DT_RELR (ld -z pack-relative-relocs).  tests/elf.sh checks that no
   other kind of dynamic relocation is left.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <limits.h>
#include <stdbool.h>

#include "raw-syscall.h"

enum
{
  RAW_AT_NULL = 0, RAW_AT_PHDR = 3, RAW_AT_PHENT = 4, RAW_AT_PHNUM = 5,
  RAW_PT_DYNAMIC = 2,
  RAW_DT_NULL = 0, RAW_DT_PLTGOT = 3, RAW_DT_RELA = 7, RAW_DT_RELASZ = 8,
  RAW_DT_RELAENT = 9, RAW_DT_REL = 17, RAW_DT_RELSZ = 18,
  RAW_DT_RELENT = 19, RAW_DT_RELRSZ = 35, RAW_DT_RELR = 36,
  RAW_DT_MIPS_LOCAL_GOTNO = 0x7000000a
};

/* The start of a program header, whose fields' order differs between
   the classes; so does where a relocation's type sits in its info
   word.  p_flags and p_offset are read by no one: they place p_vaddr.  */
struct raw_phdr
{
#if __SIZEOF_POINTER__ == 8
  /* cppcheck-suppress unusedStructMember */
  unsigned int p_type, p_flags;
  /* cppcheck-suppress unusedStructMember */
  unsigned long p_offset, p_vaddr;
# define RAW_R_TYPE(info) ((info) & 0xffffffff)
#else
  /* cppcheck-suppress unusedStructMember */
  unsigned long p_type, p_offset, p_vaddr;
# define RAW_R_TYPE(info) ((info) & 0xff)
#endif
};

#if defined RAW_R_RELATIVE
# define RAW_R_IS_RELATIVE(info) (RAW_R_TYPE (info) == RAW_R_RELATIVE)
#endif
#ifndef RAW_RELA_IN_PLACE
# define RAW_RELA_IN_PLACE 0
#endif

#ifdef RAW_R_IS_RELATIVE
/* Adds the load BASE where the relative relocations of the table at
   link-time address TABLE, SIZE bytes of ENTRY-byte entries, say.  Each
   REL entry is {offset, info}, and the link-time address is at the
   offset; each RELA entry is {offset, info, addend}, the addend being
   that address.  Words are of the class's size.  */
RAW_UNPROTECTED void
raw_apply_rel (unsigned long base, unsigned long table, unsigned long size,
               unsigned long entry, bool rela)
{
  bool in_place = !rela || RAW_RELA_IN_PLACE;
  for (unsigned long at = base + table; at < base + table + size;
       at += entry)
    {
      const unsigned long *r = (const unsigned long *) at;
      if (RAW_R_IS_RELATIVE (r[1]))
        {
          unsigned long *where = (unsigned long *) (base + r[0]);
          *where = base + (in_place ? *where : r[2]);
        }
    }
}
#endif

/* Adds the load BASE to the words that the DT_RELR table at link-time
   address TABLE, SIZE bytes, lists, each an address word in place.  An
   even entry is the link-time address of one such word; an odd one is a
   bitmap of the words after the last one listed so far: bit N, from 1
   up, for the (N - 1)th of them, so that each bitmap covers one word
   fewer than it has bits, and the next starts where it ends.  */
RAW_UNPROTECTED void
raw_apply_relr (unsigned long base, unsigned long table, unsigned long size)
{
  enum { BITMAP_WORDS = CHAR_BIT * sizeof (long) - 1 };
  const unsigned long *entry = (const unsigned long *) (base + table);
  const unsigned long *end = entry + size / sizeof (long);
  unsigned long *next = 0;
  for (; entry < end; entry++)
    if (*entry % 2 == 0)
      {
        next = (unsigned long *) (base + *entry);
        *next++ += base;
      }
    else
      {
        unsigned long *word = next;
        for (unsigned long bits = *entry >> 1; bits != 0; bits >>= 1, word++)
          if (bits % 2 != 0)
            *word += base;
        next += BITMAP_WORDS;
      }
}

/* SP is the initial stack pointer, DYNAMIC the run-time address of
   _DYNAMIC; the load base is that minus its link-time address, which
   the program header for it gives.  One pass over the auxiliary vector
   and one over the dynamic table find all that is needed; then the
   tables are applied.  */
__attribute__ ((used, no_stack_protector, visibility ("hidden"))) void
raw_relocate (long *sp, const unsigned long *dynamic)
{
  /* The auxiliary vector follows argc, argv[] and its null, and envp[]
     and its null.  */
  char **envp = (char **) (sp + 1) + sp[0] + 1;
  while (*envp)
    envp++;
  unsigned long phdr = 0, phent = 0, phnum = 0;
  for (const unsigned long *aux = (const unsigned long *) (envp + 1);
       aux[0] != RAW_AT_NULL; aux += 2)
    if (aux[0] == RAW_AT_PHDR)
      phdr = aux[1];
    else if (aux[0] == RAW_AT_PHENT)
      phent = aux[1];
    else if (aux[0] == RAW_AT_PHNUM)
      phnum = aux[1];

  unsigned long base = 0;
  for (unsigned long i = 0; i < phnum; i++)
    {
      const struct raw_phdr *ph = (const struct raw_phdr *) (phdr + i * phent);
      if (ph->p_type == RAW_PT_DYNAMIC)
        base = (unsigned long) dynamic - ph->p_vaddr;
    }

  /* Tables' link-time addresses and sizes in bytes; each entry's size
     where the format lets it vary, as the ELF class gives it unless the
     table says.  */
  unsigned long relr = 0, relr_size = 0;
#ifdef RAW_R_IS_RELATIVE
  unsigned long rel = 0, rel_size = 0, rel_entry = 2 * sizeof (long);
  unsigned long rela = 0, rela_size = 0, rela_entry = 3 * sizeof (long);
#endif
#ifdef RAW_RELOCATE_MIPS_GOT
  unsigned long got = 0, local_got_entries = 0;
#endif
  for (const unsigned long *d = dynamic; d[0] != RAW_DT_NULL; d += 2)
    if (d[0] == RAW_DT_RELR)
      relr = d[1];
    else if (d[0] == RAW_DT_RELRSZ)
      relr_size = d[1];
#ifdef RAW_R_IS_RELATIVE
    else if (d[0] == RAW_DT_REL)
      rel = d[1];
    else if (d[0] == RAW_DT_RELSZ)
      rel_size = d[1];
    else if (d[0] == RAW_DT_RELENT)
      rel_entry = d[1];
    else if (d[0] == RAW_DT_RELA)
      rela = d[1];
    else if (d[0] == RAW_DT_RELASZ)
      rela_size = d[1];
    else if (d[0] == RAW_DT_RELAENT)
      rela_entry = d[1];
#endif
#ifdef RAW_RELOCATE_MIPS_GOT
    else if (d[0] == RAW_DT_PLTGOT)
      got = d[1];
    else if (d[0] == RAW_DT_MIPS_LOCAL_GOTNO)
      local_got_entries = d[1];
#endif

#ifdef RAW_R_IS_RELATIVE
  raw_apply_rel (base, rel, rel_size, rel_entry, false);
  raw_apply_rel (base, rela, rela_size, rela_entry, true);
#endif
  raw_apply_relr (base, relr, relr_size);
#ifdef RAW_RELOCATE_MIPS_GOT
  /* The local entries come first; they hold link-time addresses.  */
  unsigned long *got_entry = (unsigned long *) (base + got);
  for (unsigned long i = 0; i < local_got_entries; i++)
    got_entry[i] += base;
#endif
}
