/* libFuzzer harness for the Windows command-line splitter.  Each input
   byte is one UTF-16 unit: ASCII as it is (NUL, which a command line
   cannot hold, as 'x'), anything above as a unit beyond ASCII.  Besides
   surviving in buffers of exactly the documented sizes, the splitter must
   agree with the plain restatement of the Microsoft C runtime's rules
   below, keep every blank of an unquoted command line between words, and
   never write more than the command line's length.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "win32/cmdline.h"

#define require(cond) \
  ((cond) ? (void) 0 \
   : (fprintf (stderr, "invariant failed: %s\n", #cond), abort ()))

/* The reference, written from Microsoft's description of how the C
   runtime (Visual C++ 2008 and later) parses a command line, one unit at
   a time: the words go to OUT, each ended by a 0; returns the number of
   words.  */

static int
is_blank (uint16_t c)
{
  return c == ' ' || c == '\t';
}

static int
ref_split (const uint16_t *cmd, size_t len, uint16_t *out)
{
  size_t i = 0, o = 0;
  int argc = 0, quoted = 0;
  if (len == 0)
    return 0;

  /* The program name: up to the first blank outside quotes; quotes only
     switch quoting, and backslashes are plain.  */
  for (; i < len && (quoted || !is_blank (cmd[i])); i++)
    if (cmd[i] == '"')
      quoted = !quoted;
    else
      out[o++] = cmd[i];
  out[o++] = 0;
  argc++;

  for (;;)
    {
      while (i < len && is_blank (cmd[i]))
        i++;
      if (i == len)
        return argc;
      /* One word: BACKSLASHES counts those not yet written.  */
      size_t backslashes = 0;
      quoted = 0;
      for (; i < len; i++)
        {
          uint16_t c = cmd[i];
          if (c == '\\')
            {
              backslashes++;
              continue;
            }
          if (c == '"')
            {
              /* 2n backslashes and a quote: n backslashes, and the quote
                 switches quoting; 2n + 1: n and a literal quote.  */
              for (size_t k = 0; k < backslashes / 2; k++)
                out[o++] = '\\';
              int literal = backslashes % 2 != 0;
              backslashes = 0;
              if (literal)
                out[o++] = '"';
              else if (quoted && i + 1 < len && cmd[i + 1] == '"')
                {
                  /* "" inside quotes: one literal quote, still quoted.  */
                  out[o++] = '"';
                  i++;
                }
              else
                quoted = !quoted;
              continue;
            }
          for (; backslashes > 0; backslashes--)
            out[o++] = '\\';
          if (is_blank (c) && !quoted)
            break;
          out[o++] = c;
        }
      for (; backslashes > 0; backslashes--)
        out[o++] = '\\';
      out[o++] = 0;
      argc++;
    }
}

static size_t
length (const uint16_t *w)
{
  size_t n = 0;
  while (w[n])
    n++;
  return n;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* Exactly the sizes cmdline.h asks for, so that AddressSanitizer
     catches a unit written beyond them.  */
  uint16_t *cmd = malloc ((size + 1) * sizeof *cmd);
  uint16_t *words = malloc ((size + 1) * sizeof *words);
  uint16_t **argv = malloc ((size + 2) * sizeof *argv);
  /* The reference's words, and its worst case: a NUL after each unit.  */
  uint16_t *ref = malloc ((2 * size + 2) * sizeof *ref);
  int has_quote = 0;
  for (size_t i = 0; i < size; i++)
    {
      cmd[i] = data[i] == 0 ? 'x' : data[i] < 0x80 ? data[i]
               : (uint16_t) (0x100 + data[i]);
      has_quote |= cmd[i] == '"';
    }
  cmd[size] = 0;

  int argc = cmdline_split (cmd, size, words, argv);
  int ref_argc = ref_split (cmd, size, ref);
  require (argc == ref_argc);
  require (argv[argc] == NULL);
  require ((argc == 0) == (size == 0));

  const uint16_t *r = ref;
  size_t used = 0;
  for (int a = 0; a < argc; a++)
    {
      size_t n = length (argv[a]);
      require (argv[a] >= words && argv[a] + n < words + size + 1);
      require (n == length (r) && memcmp (argv[a], r, n * sizeof *r) == 0);
      /* Without quotes a blank can only separate words.  */
      for (size_t k = 0; !has_quote && k < n; k++)
        require (!is_blank (argv[a][k]));
      r += n + 1;
      used += n + 1;
    }
  require (used <= size + 1);

  free (ref);
  free (argv);
  free (words);
  free (cmd);
  return 0;
}
