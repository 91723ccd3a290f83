/* Tests of the Windows command-line splitter, on any host: the examples
   Microsoft documents for its C runtime's rules, and the edge cases.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdio.h>
#include <string.h>

#include "win32/cmdline.h"

enum { MAX_LEN = 64 };

/* A command line, and its words joined by '|'.  */
static const struct
{
  const char *cmd;
  const char *words;
} cases[] = {
  { "", "" },
  { "prog", "prog" },
  { "prog a b", "prog|a|b" },
  { "prog \t a  \t b \t", "prog|a|b" },
  { "  a", "|a" },
  { "\"C:\\Program Files\\x.exe\" a", "C:\\Program Files\\x.exe|a" },
  { "C:\\a\\\"b c\"\\d e", "C:\\a\\b c\\d|e" },
  { "\"a\"b\"c d\" e", "abc d|e" },
  { "prog \"a b c\" d e", "prog|a b c|d|e" },
  { "prog \"ab\\\"c\" \"\\\\\" d", "prog|ab\"c|\\|d" },
  { "prog a\\\\\\b d\"e f\"g h", "prog|a\\\\\\b|de fg|h" },
  { "prog a\\\\\\\"b c d", "prog|a\\\"b|c|d" },
  { "prog a\\\\\\\\\"b c\" d e", "prog|a\\\\b c|d|e" },
  { "prog a\"b\"\" c d", "prog|ab\" c d" },
  { "prog \"\"", "prog|" },
  { "prog \"\" \"\"", "prog||" },
  { "prog \"\"\"\"", "prog|\"" },
  { "prog \"\"\"\"\"\"", "prog|\"\"" },
  { "prog \"a", "prog|a" },
  { "prog \\\\", "prog|\\\\" },
  { "prog \\", "prog|\\" },
  { "prog a\\\"", "prog|a\"" },
  { "prog \"a\\\\\"b", "prog|a\\b" },
  { "prog\t\"\tx\"", "prog|\tx" },
  { "prog a\nb", "prog|a\nb" },
};

/* Words beyond ASCII pass through as they are, surrogate pairs and all:
   "prog é😀 "日 本"".  */
static const uint16_t wide_cmd[] = {
  'p', 'r', 'o', 'g', ' ', 0xe9, 0xd83d, 0xde00, ' ',
  '"', 0x65e5, ' ', 0x672c, '"', 0
};
static const uint16_t wide_words[] = {
  'p', 'r', 'o', 'g', '|', 0xe9, 0xd83d, 0xde00, '|', 0x65e5, ' ', 0x672c, 0
};

static size_t
length (const uint16_t *w)
{
  size_t n = 0;
  while (w[n])
    n++;
  return n;
}

/* Splits CMD and compares its words, joined by '|', with EXPECTED;
   NAME is for the report.  Returns 1 on a difference.  */
static int
check (const char *name, const uint16_t *cmd, const uint16_t *expected)
{
  uint16_t words[MAX_LEN + 1], *argv[MAX_LEN + 2], got[2 * MAX_LEN];
  size_t len = length (cmd), g = 0;
  int argc = cmdline_split (cmd, len, words, argv);
  for (int i = 0; i < argc; i++)
    {
      if (i > 0)
        got[g++] = '|';
      for (const uint16_t *u = argv[i]; *u; u++)
        got[g++] = *u;
    }
  got[g] = 0;
  if (argv[argc] == NULL && g == length (expected)
      && memcmp (got, expected, g * sizeof *got) == 0)
    return 0;
  printf ("FAIL: [%s]: %d words:", name, argc);
  for (size_t i = 0; i < g; i++)
    printf (got[i] < 0x80 ? " %c" : " U+%04X", (unsigned) got[i]);
  printf ("\n");
  return 1;
}

static void
widen (const char *s, uint16_t *w)
{
  while ((*w++ = (unsigned char) *s++))
    continue;
}

int
main (void)
{
  size_t ncases = sizeof cases / sizeof cases[0];
  int failures = check ("non-ASCII", wide_cmd, wide_words);
  for (size_t c = 0; c < ncases; c++)
    {
      uint16_t cmd[MAX_LEN], expected[MAX_LEN];
      widen (cases[c].cmd, cmd);
      widen (cases[c].words, expected);
      failures += check (cases[c].cmd, cmd, expected);
    }
  printf ("cmdline-test: %zu command lines, %d failed\n", ncases + 1,
          failures);
  return failures > 0;
}
