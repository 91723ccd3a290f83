/* The echo itself, exactly as GNU coreutils echo behaves.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <limits.h>
#include <stdint.h>

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

static const char posixly_correct_name[] = "POSIXLY_CORRECT=";

/* Whether the variable E, whose first two bytes matched, is
   POSIXLY_CORRECT.  Out of the loop over the environment, so that almost
   every variable costs that loop a load and a compare or two.  */
__attribute__ ((noinline)) static bool
named_posixly_correct (const char *e)
{
  size_t i = 2;
  while (posixly_correct_name[i] && e[i] == posixly_correct_name[i])
    i++;
  return !posixly_correct_name[i];
}

bool
echo_posixly_correct (char *const *envp)
{
  for (; envp && *envp; envp++)
    {
      const char *e = *envp;
      if (e[0] == posixly_correct_name[0]
          && e[1] == posixly_correct_name[1]
          && named_posixly_correct (e))
        return true;
    }
  return false;
}

__attribute__ ((cold)) struct echo_opts
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

/* The value of hex digit C, or -1.  */
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

/* What each escape from \\ to \v that stands for one fixed byte decodes
   to; 0 for the other letters.  */
static const char simple_escapes['v' - '\\' + 1] = {
  ['\\' - '\\'] = '\\', ['a' - '\\'] = '\a', ['b' - '\\'] = '\b',
  ['e' - '\\'] = 0x1b, ['f' - '\\'] = '\f', ['n' - '\\'] = '\n',
  ['r' - '\\'] = '\r', ['t' - '\\'] = '\t', ['v' - '\\'] = '\v',
};

/* The byte the escape with letter C stands for, or 0 if it is no such
   escape.  */
static char
simple_escape (char c)
{
  unsigned i = (unsigned char) c - (unsigned) '\\';
  if (i >= sizeof simple_escapes)
    return 0;
  return simple_escapes[i];
}

/* An escape decoded: where the text goes on, and the byte it stands for
   or STOPPED for \c.  */
struct escape
{
  const char *end;
  int byte;
};

/* Decodes the escape whose backslash S points at.  */
__attribute__ ((cold)) static struct escape
decode_escape (const char *s)
{
  int c = (unsigned char) *++s;
  if (simple_escape ((char) c))
    return (struct escape) { s + 1, (unsigned char) simple_escape ((char) c) };
  if (c == 'c')
    return (struct escape) { s, STOPPED };
  /* \x takes one or two hex digits, \0 up to three octal ones after it,
     \1 to \7 up to two more.  */
  int base = 8, digits_left = 3, value = 0;
  if (c == 'x')
    base = 16, digits_left = 2, s++;
  else if (c == '0')
    s++;
  else if (c < '1' || c > '7')
    /* Not an escape: the backslash stands, and the character after it
       (even the terminating NUL) is read again as plain text.  */
    return (struct escape) { s, '\\' };
  for (; digits_left > 0; digits_left--, s++)
    {
      int v = hex_value (*s);
      if (v < 0 || v >= base)
        break;
      value = value * base + v;
    }
  if (base == 16 && digits_left == 2)
    return (struct escape) { s - 1, '\\' };   /* \x and no digit */
  return (struct escape) { s, value & 0xff };
}

/* Memory read a machine word at a time.  The aligned loads never touch a
   page the bytes wanted do not lie in; may_alias, because the memory holds
   chars.  */
typedef uintptr_t __attribute__ ((__may_alias__)) word;
/* A word anywhere.  */
typedef uintptr_t __attribute__ ((__may_alias__, __aligned__ (1))) any_word;
enum { WORD = sizeof (word) };
static const uintptr_t ones = UINTPTR_MAX / 0xff;   /* 0x0101...01 */
static const bool little_endian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

/* The smallest a page of memory is anywhere rawecho runs.  */
enum { MIN_PAGE = 4096 };

static bool
aligned (const char *p)
{
  return (uintptr_t) p % WORD == 0;
}

/* Has some byte's top bit set if and only if some byte of X is zero;
   bits elsewhere are noise, and so is the top bit of a byte that follows
   a zero one in significance.  */
static uintptr_t
zero_marks (uintptr_t x)
{
  return (x - ones) & ~x;
}

static bool
has_zero (uintptr_t marks)
{
  return marks & ones * 0x80;
}

/* The top bit of each byte of X that is zero, and no other bit.  */
static uintptr_t
exact_zero_marks (uintptr_t x)
{
  uintptr_t low7 = ones * 0x7f;
  return ~(((x & low7) + low7) | x | low7);
}

/* Where in memory the first byte that MARKS (not 0) marks lies in its
   word: the lowest mark's little-endian, the highest big-endian.  A
   libc-free build brings its own count-zeros routines for processors
   without such an instruction: libgcc's read a table that a static PIE
   would have to relocate.  */
static size_t
first_marked (uintptr_t marks)
{
  unsigned zeros;
  if (little_endian)
    zeros = (unsigned) (WORD == sizeof (long) ? __builtin_ctzl (marks)
                        : __builtin_ctzll (marks));
  else
    zeros = (unsigned) (WORD == sizeof (long) ? __builtin_clzl (marks)
                        : __builtin_clzll (marks));
  return zeros / CHAR_BIT;
}

/* The first NUL or byte C at or after P.  Past P it reads only bytes
   that the string at P runs through, and the rest of the aligned word
   holding the byte it stops at: memory that is surely there, but that
   AddressSanitizer would take for an overflow of the string.  */
__attribute__ ((no_sanitize ("address"))) static const char *
find_nul_or (const char *p, char c)
{
  for (; !aligned (p); p++)
    if (*p == '\0' || *p == c)
      return p;
  const uintptr_t cs = ones * (unsigned char) c;
  for (;; p += WORD)
    {
      uintptr_t x = *(const word *) p;
      if (has_zero (zero_marks (x) | zero_marks (x ^ cs)))
        break;
    }
  while (*p && *p != c)
    p++;
  return p;
}

/* Marks each byte of X that is a NUL or a backslash, and no other.  */
static uintptr_t
exact_marks (uintptr_t x)
{
  return exact_zero_marks (x) | exact_zero_marks (x ^ ones * '\\');
}

/* Marks each byte of X that is a NUL or a backslash, and none if there
   is none.  Little-endian, a cheaper test that may also mark a byte
   above 0x7f, and any byte after the first one it marks.  */
static uintptr_t
quick_marks (uintptr_t x)
{
  if (!little_endian)
    return exact_marks (x);
  uintptr_t y = x ^ ones * '\\';
  return ((x - ones) | (y - ones)) & ones * 0x80;
}

/* The last address from which two words in a row can be read without
   leaving the page P lies on.  */
static const char *
last_pair_on_page (const char *p)
{
  return p + (MIN_PAGE - 1 - (uintptr_t) p % MIN_PAGE) - (2 * WORD - 1);
}

/* Writes X, the word read at S, to D, LAG bytes on from S, where only
   its first K bytes count: whole when D is at least a word behind S, so
   that nothing still to be read is overwritten, else byte by byte (also
   when the output lies after the text, which is right, if slower).  */
static void
put_run (char *d, ptrdiff_t lag, const char *s, uintptr_t x, size_t k)
{
  if (lag <= -(ptrdiff_t) WORD)
    *(any_word *) d = x;
  else
    for (size_t i = 0; i < k; i++)
      d[i] = s[i];
}

/* Decodes the text at S up to its first NUL, writing the output at *DP
   and moving *DP past it; returns where the NUL is, or a null pointer
   after \c.  The text is read a word at a time, never from a page the
   bytes up to its NUL do not reach.  A plain word, and the plain bytes
   before a NUL or a backslash, are written as one word, which may put
   bytes of no meaning after them, where output still to come will go:
   that word stays within *DP plus the length of the text plus a word,
   and, when the output lies in the text itself, behind what is still to
   be read, for the plain bytes of a word with a mark are copied one by
   one while the output is less than a word behind.  So the text may be
   decoded where it stands: no escape's output is longer than the
   escape.  */
__attribute__ ((no_sanitize ("address"))) static const char *
decode (const char *s, char **dp)
{
  /* The output goes LAG bytes from where the text is read: a distance
     that only escapes change.  */
  ptrdiff_t lag = (ptrdiff_t) ((uintptr_t) *dp - (uintptr_t) s);
#define OUT(p) ((char *) (p) + lag)
  const char *last_pair = NULL;
  for (;;)
    {
      bool near_page_end = false;
      if (s > last_pair)
        {
          last_pair = last_pair_on_page (s);
          near_page_end = s > last_pair;
        }
      if (near_page_end)
        {
          /* Near the page's end: a byte at a time.  */
          if (!*s)
            break;
          if (*s != '\\')
            {
              *OUT (s) = *s;
              s++;
              continue;
            }
        }
      else
        {
          uintptr_t x = *(const any_word *) s, marks = quick_marks (x);
          if (!marks)
            {
              /* A second word can be read without a new look at the
                 page.  */
              *(any_word *) OUT (s) = x;
              s += WORD;
              x = *(const any_word *) s;
              marks = quick_marks (x);
              if (!marks)
                {
                  *(any_word *) OUT (s) = x;
                  s += WORD;
                  continue;
                }
            }
          size_t k = first_marked (marks);
          if (s[k] != '\\')
            {
              if (little_endian && s[k])
                {
                  marks = exact_marks (x);
                  if (!marks)
                    {
                      *(any_word *) OUT (s) = x;
                      s += WORD;
                      continue;
                    }
                  k = first_marked (marks);
                }
              if (s[k] != '\\')
                {
                  put_run (OUT (s), lag, s, x, k);
                  s += k;
                  break;
                }
            }
          put_run (OUT (s), lag, s, x, k);
          s += k;
        }
      char c = simple_escape (s[1]);
      if (c)
        s += 2;
      else
        {
          struct escape e = decode_escape (s);
          if (e.byte == STOPPED)
            {
              *dp = OUT (s);
              return NULL;
            }
          c = (char) e.byte;
          lag += s - e.end + 2;
          s = e.end;
        }
      lag--;
      *OUT (s - 1) = c;
    }
  *dp = OUT (s);
  return s;
#undef OUT
}

/* Writes the word at S with its escapes decoded; STOPPED after \c.  */
static int
put_decoded (struct outbuf *ob, const char *s)
{
  const char *end = find_nul_or (s, '\0');
  if ((size_t) (end - s) + WORD <= ob->cap - ob->len)
    {
      char *d = ob->buf + ob->len;
      s = decode (s, &d);
      ob->len = (size_t) (d - ob->buf);
      return s ? 0 : STOPPED;
    }
  /* The output may reach the buffer's end: a run and an escape at a
     time, each where the buffer drains.  */
  for (;;)
    {
      const char *e = find_nul_or (s, '\\');
      int r = outbuf_put (ob, s, (size_t) (e - s));
      if (r || !*e)
        return r;
      struct escape c = decode_escape (e);
      if (c.byte == STOPPED)
        return STOPPED;
      r = outbuf_putc (ob, (char) c.byte);
      if (r)
        return r;
      s = c.end;
    }
}

int
echo_words (struct outbuf *ob, int argc, char *const *argv,
            const struct echo_opts *o)
{
  for (int i = o->first; i < argc; i++)
    {
      int r = i > o->first ? outbuf_putc (ob, ' ') : 0;
      if (!r)
        r = o->escapes
            ? put_decoded (ob, argv[i])
            : outbuf_puts (ob, argv[i]);
      if (r == STOPPED)
        return 0;
      if (r)
        return r;
    }
  return o->newline ? outbuf_putc (ob, '\n') : 0;
}

const char *
echo_in_place (int argc, char **argv, struct echo_opts *o, size_t *len)
{
  int last = argc - 1;
  if (o->first > last)
    return NULL;
  /* Each word but the last must end just before the next one: its NUL
     becomes the space between them ...  */
  char **arg = argv + o->first, **last_arg = argv + last;
  for (; arg < last_arg; arg++)
    {
      uintptr_t here = (uintptr_t) arg[0], next = (uintptr_t) arg[1];
      /* The byte before the next word is surely there to read if it lies
         on that word's page, or on this one's.  */
      if (next <= here || (next % MIN_PAGE == 0 && next - here > MIN_PAGE)
          || arg[1][-1])
        break;
      arg[1][-1] = ' ';
    }
  /* ... and then the first NUL from the first word on must end the last:
     the search for it stops at any other, so it never reads past the
     end of a word into memory that might not be there.  */
  char *start = argv[o->first];
  char *end = arg < last_arg ? NULL
              : (char *) find_nul_or (start, o->escapes ? '\\' : '\0');
  if (!end || (!*end && (uintptr_t) end < (uintptr_t) *last_arg))
    {
      for (; arg > argv + o->first; arg--)
        arg[0][-1] = '\0';
      return NULL;
    }
  char *d = end;
  if (*end)
    {
      /* Decoding never writes ahead of where it reads, so it can decode
         over the words themselves, from the first escape on; the space
         that was the NUL between two words ends an escape just as the NUL
         did.  Only now is the first NUL found.  */
      end = (char *) decode (end, &d);
      if (!end)
        {
          *len = (size_t) (d - start);
          o->first = argc;
          return start;                 /* \c: no newline */
        }
      if ((uintptr_t) end < (uintptr_t) *last_arg)
        {
          /* A word ended early, after escapes before it were decoded: the
             words up to it and a space are written from here, and the
             rest, untouched, from the next word on as usual.  */
          for (arg = argv + o->first; (uintptr_t) arg[1] <= (uintptr_t) end;
               arg++)
            continue;
          o->first = (int) (arg + 1 - argv);
          for (arg++; arg <= last_arg; arg++)
            arg[0][-1] = '\0';
          *d++ = ' ';
          *len = (size_t) (d - start);
          return start;
        }
    }
  if (o->newline)
    *d++ = '\n';
  o->first = argc;
  *len = (size_t) (d - start);
  return start;
}
