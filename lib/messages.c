/* rawecho's own texts.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include "messages.h"

static const char help_options[] =
  " [-neE] [STRING]...\n"
  "Write the STRINGs to standard output, spaces between them, then a\n"
  "newline, exactly as GNU coreutils echo does.\n"
  "\n"
  "  -n         no final newline\n"
  "  -e         decode the escapes below\n";

static const char help_escapes[] =
  "  --help     show this help (as the only argument)\n"
  "  --version  show the version and output backend (likewise)\n"
  "Only leading words of '-' and the letters n, e and E are options;\n"
  "any other word, '--' included, is printed.\n"
  "\n"
  "Escapes under -e:\n"
  "  \\\\  backslash       \\a  alert (BEL)     \\b  backspace\n"
  "  \\c  no more output, not even the newline\n"
  "  \\e  escape (ESC)    \\f  form feed       \\n  newline\n"
  "  \\r  carriage return \\t  horizontal tab  \\v  vertical tab\n"
  "  \\0NNN  the byte of octal value NNN (0 to 3 digits)\n"
  "  \\NNN   the byte of octal value NNN (1 to 3 digits, first not 0)\n"
  "  \\xHH   the byte of hexadecimal value HH (1 or 2 digits)\n"
  "Any other backslash is printed as it stands.\n"
  "\n"
  "With POSIXLY_CORRECT set, escapes are always decoded and options are\n"
  "read only when the first word is exactly -n.\n"
  "\n"
  "Exit status: 0 on success, 1 if the output could not be written.\n";

int
put_help (struct outbuf *ob, const char *prog, bool xpg_default)
{
  const char *parts[] = {
    "Usage: ", prog, help_options,
    xpg_default ? "  -E         do not decode them\n"
                  "             (this build decodes them by default)\n"
                : "  -E         do not decode them (the default)\n",
    help_escapes,
  };
  return outbuf_putv (ob, parts, sizeof parts / sizeof parts[0]);
}

int
put_version (struct outbuf *ob, const char *version, const char *backend)
{
  const char *parts[] = {
    "rawecho ", version, "\n",
    "Output backend: ", backend, "\n",
    "Copyright (C) 2026 The rawecho authors.\n"
    "License GPLv3+: GNU GPL version 3 or later"
    " <https://gnu.org/licenses/gpl.html>.\n"
    "You may change and share it.  It comes with NO WARRANTY,\n"
    "to the extent permitted by law.\n",
  };
  return outbuf_putv (ob, parts, sizeof parts / sizeof parts[0]);
}

int
put_write_error (struct outbuf *ob, const char *prog, const char *text)
{
  const char *parts[] = { prog, ": write error: ", text, "\n" };
  return outbuf_putv (ob, parts, sizeof parts / sizeof parts[0]);
}
