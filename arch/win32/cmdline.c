/* Splitting a Windows command line into words, by the rules the
   Microsoft C runtime has followed since Visual C++ 2008: blanks (space
   and tab) separate words outside quotes; a quote opens or closes
   quoting, and two quotes inside quoting stand for one; backslashes are
   ordinary unless a quote follows them, when each pair of them stands
   for one backslash and an odd one left over makes the quote literal.
   The program name is read more simply, as a path cannot hold a quote.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdbool.h>
#include "cmdline.h"

enum { TAB = 0x09, SPACE = 0x20, QUOTE = 0x22, BACKSLASH = 0x5c };

static bool
blank (uint16_t c)
{
  return c == SPACE || c == TAB;
}

static uint16_t *
put_backslashes (uint16_t *out, size_t n)
{
  while (n-- > 0)
    *out++ = BACKSLASH;
  return out;
}

/* Reads one word other than the program name from *P, before END, into
   OUT; returns the end of what it wrote.  */
static uint16_t *
split_word (const uint16_t **p, const uint16_t *end, uint16_t *out)
{
  const uint16_t *s = *p;
  bool quoted = false;
  while (s < end && (quoted || !blank (*s)))
    {
      if (*s == BACKSLASH)
        {
          size_t n = 0;
          for (; s < end && *s == BACKSLASH; s++)
            n++;
          if (s < end && *s == QUOTE)
            {
              out = put_backslashes (out, n / 2);
              if (n % 2 == 1)
                *out++ = *s++;
            }
          else
            out = put_backslashes (out, n);
        }
      else if (*s == QUOTE)
        {
          s++;
          if (quoted && s < end && *s == QUOTE)
            *out++ = *s++;
          else
            quoted = !quoted;
        }
      else
        *out++ = *s++;
    }
  *p = s;
  return out;
}

int
cmdline_split (const uint16_t *cmd, size_t len, uint16_t *words,
               uint16_t **argv)
{
  const uint16_t *p = cmd, *end = cmd + len;
  uint16_t *out = words;
  int argc = 0;

  if (p < end)
    {
      bool quoted = false;
      argv[argc++] = out;
      for (; p < end && (quoted || !blank (*p)); p++)
        if (*p == QUOTE)
          quoted = !quoted;
        else
          *out++ = *p;
      *out++ = 0;
    }
  for (;;)
    {
      while (p < end && blank (*p))
        p++;
      if (p == end)
        break;
      argv[argc++] = out;
      out = split_word (&p, end, out);
      *out++ = 0;
    }
  argv[argc] = NULL;
  return argc;
}
