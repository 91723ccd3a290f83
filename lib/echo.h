/* The echo itself: option words, escapes, and the words written out.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_ECHO_H
#define RAWECHO_ECHO_H

#include <stdbool.h>
#include "outbuf.h"

enum echo_action
{
  ECHO_WORDS,
  ECHO_HELP,
  ECHO_VERSION
};

struct echo_opts
{
  enum echo_action action;
  bool escapes;                 /* interpret backslash escapes */
  bool newline;                 /* end with a newline */
  int first;                    /* argv index of the first word to print */
};

/* True if POSIXLY_CORRECT is in ENVP, whatever its value.  */
bool echo_posixly_correct (char *const *envp);

/* Reads the leading option words of ARGV the way GNU echo does.
   XPG_DEFAULT selects escapes by default (configure --enable-xpg-echo).  */
struct echo_opts echo_parse (int argc, char *const *argv,
                             bool posixly_correct, bool xpg_default);

/* Writes ARGV[O->first .. ARGC) separated by spaces, as O says.
   Returns 0, or the first error the buffer's drain reported.  */
int echo_words (struct outbuf *ob, int argc, char *const *argv,
                const struct echo_opts *o);

/* Lays out the output of ARGV[O->first .. ARGC) in the memory of the
   words themselves, if they lie end to end, each after the previous one's
   NUL (as Linux lays them out: checked, never assumed).  The NUL after
   each word becomes a space, the last one the newline, and escapes are
   decoded where they stand.  Returns the output, sets *LEN and sets
   O->first to ARGC; or returns a null pointer, changing nothing, when the
   words do not allow it.  Only the search that decodes escapes finds
   where the words end; if one ends early, what has been decoded stands:
   the output then holds the words up to it and a space, and O->first
   is the next word, which, like those after it, is as it was, to be
   written by echo_words.  */
const char *echo_in_place (int argc, char **argv, struct echo_opts *o,
                           size_t *len);

#endif
