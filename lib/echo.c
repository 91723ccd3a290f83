/* The echo itself, exactly as GNU coreutils echo behaves.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include "echo.h"

/* A word the decoder returns when \c ended all output; never an error
   code, since those are positive.  */
enum { STOPPED = -1 };

static bool
streq (const char *a, const char *b)
{
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

bool
echo_posixly_correct (char *const *envp)
{
  static const char name[] = "POSIXLY_CORRECT=";
  for (; envp && *envp; envp++)
    {
      const char *e = *envp;
      size_t i = 0;
      while (name[i] && e[i] == name[i])
        i++;
      if (!name[i])
        return true;
    }
  return false;
}

struct echo_opts
echo_parse (int argc, char *const *argv, bool posixly_correct,
            bool xpg_default)
{
  struct echo_opts o = { ECHO_WORDS, xpg_default || posixly_correct,
                         true, 1 };
  /* Under POSIXLY_CORRECT only an exact first "-n" opens the option
     words, and an XPG echo takes none at all.  */
  bool options = !posixly_correct
    || (!xpg_default && argc > 1 && streq (argv[1], "-n"));
  if (!options)
    return o;

  if (argc == 2 && streq (argv[1], "--help"))
    o.action = ECHO_HELP;
  else if (argc == 2 && streq (argv[1], "--version"))
    o.action = ECHO_VERSION;
  if (o.action != ECHO_WORDS)
    return o;

  bool escapes = xpg_default;
  for (; o.first < argc; o.first++)
    {
      const char *w = argv[o.first];
      size_t i = 1;
      if (w[0] != '-' || w[1] == '\0')
        break;
      while (w[i] == 'e' || w[i] == 'E' || w[i] == 'n')
        i++;
      if (w[i] != '\0')
        break;                  /* "-x", "-nx", "--": a word to print */
      for (i = 1; w[i]; i++)
        {
          if (w[i] == 'n')
            o.newline = false;
          else
            escapes = w[i] == 'e';
        }
    }
  o.escapes = escapes || posixly_correct;
  return o;
}

static bool
is_octal (char c)
{
  return '0' <= c && c <= '7';
}

static int
hex_value (char c)
{
  if ('0' <= c && c <= '9')
    return c - '0';
  if ('a' <= c && c <= 'f')
    return c - 'a' + 10;
  if ('A' <= c && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Writes S with its escapes decoded; STOPPED after \c.  */
static int
put_decoded (struct outbuf *ob, const char *s)
{
  for (;;)
    {
      const char *run = s;
      while (*s && *s != '\\')
        s++;
      int err = outbuf_put (ob, run, (size_t) (s - run));
      if (err || !*s)
        return err;

      s++;                      /* the backslash */
      int c;
      switch (*s++)
        {
        case '\\': c = '\\'; break;
        case 'a': c = '\a'; break;
        case 'b': c = '\b'; break;
        case 'c': return STOPPED;
        case 'e': c = 0x1b; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'v': c = '\v'; break;
        case 'x':
          c = hex_value (*s);
          if (c < 0)
            goto literal;
          s++;
          if (hex_value (*s) >= 0)
            c = c * 16 + hex_value (*s++);
          break;
        case '0':
          /* \0 takes up to three more digits, \1 to \7 up to two.  */
          c = 0;
          if (!is_octal (*s))
            break;
          s++;
          /* FALLTHROUGH */
        case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          c = s[-1] - '0';
          if (is_octal (*s))
            c = c * 8 + (*s++ - '0');
          if (is_octal (*s))
            c = c * 8 + (*s++ - '0');
          break;
        default:
        literal:
          /* Not an escape: the backslash stands, and the character after
             it (even the terminating NUL) is read again as plain text.  */
          s--;
          c = '\\';
          break;
        }
      char byte = (char) (unsigned char) c;   /* octal wraps mod 256 */
      err = outbuf_put (ob, &byte, 1);
      if (err)
        return err;
    }
}

int
echo_words (struct outbuf *ob, int argc, char *const *argv,
            const struct echo_opts *o)
{
  for (int i = o->first; i < argc; i++)
    {
      int r = i > o->first ? outbuf_put (ob, " ", 1) : 0;
      if (!r)
        r = o->escapes ? put_decoded (ob, argv[i]) : outbuf_puts (ob, argv[i]);
      if (r == STOPPED)
        return 0;
      if (r)
        return r;
    }
  return o->newline ? outbuf_put (ob, "\n", 1) : 0;
}
