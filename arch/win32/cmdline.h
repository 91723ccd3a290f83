/* Splitting a Windows command line into words, by the rules the
   Microsoft C runtime has followed since Visual C++ 2008.  Pure code on
   UTF-16 units, so that it can be tested on any host.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_CMDLINE_H
#define RAWECHO_CMDLINE_H

#include <stddef.h>
#include <stdint.h>

/* Splits the NUL-terminated command line CMD, of LEN units.  The words
   go to WORDS, each ended by a NUL; WORDS must hold LEN + 1 units, which
   is always enough because a word never comes out longer than it was
   written and each is followed by a separator or the end.  ARGV, of
   LEN + 2 pointers, receives the start of each word and a final null
   pointer.  Returns the number of words: 0 for an empty command line,
   otherwise at least 1 (the program name, possibly empty).  */
int cmdline_split (const uint16_t *cmd, size_t len, uint16_t *words,
                   uint16_t **argv);

#endif
