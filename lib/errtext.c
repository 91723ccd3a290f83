/* glibc's wording of the errors a write can meet.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stddef.h>

#include "errtext.h"

/* The texts in one block, found by their offsets into it: a table of
   pointers would need relocating in a position-independent executable
   (and a loader to do it).  A struct of char arrays has no padding.  */
static const struct texts
{
#define X(name, text) char name[sizeof (text)];
  WRITE_ERRORS
#undef X
} texts = {
#define X(name, text) text,
  WRITE_ERRORS
#undef X
};

static const unsigned short offsets[WE_COUNT] = {
  0,
#define X(name, text) offsetof (struct texts, name),
  WRITE_ERRORS
#undef X
};

const char *
write_error_text (enum write_error e)
{
  return e > WE_UNKNOWN && e < WE_COUNT
         ? (const char *) &texts + offsets[e] : 0;
}

char *
unknown_error_text (char buf[UNKNOWN_ERROR_SIZE], int n)
{
  static const char prefix[] = "Unknown error ";
  char digits[12];
  size_t nd = 0, len = 0;
  /* Work in unsigned so that INT_MIN negates cleanly.  */
  unsigned int u = n < 0 ? 0u - (unsigned int) n : (unsigned int) n;
  do
    digits[nd++] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);

  while (prefix[len])
    {
      buf[len] = prefix[len];
      len++;
    }
  if (n < 0)
    buf[len++] = '-';
  while (nd)
    buf[len++] = digits[--nd];
  buf[len] = '\0';
  return buf;
}
