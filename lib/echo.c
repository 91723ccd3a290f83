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

bool
echo_posixly_correct (char *const *envp)
{
  static const char name[] = "POSIXLY_CORRECT=";
  for (; envp && *envp; envp++)
    {
      const char *e = *envp;
      if (e[0] != name[0])
        continue;               /* where almost every variable ends */
      size_t i = 1;
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

/* Appends byte C; the common case costs a store, not a call.  */
static int
put_byte (struct outbuf *ob, char c)
{
  if (ob->len == ob->cap)
    return outbuf_put (ob, &c, 1);
  ob->buf[ob->len++] = c;
  return 0;
}

/* Decodes the escape whose backslash *SP points at, moving *SP past it;
   returns the byte, or STOPPED for \c.  */
static int
decode_escape (const char **sp)
{
  const char *s = *sp + 1;
  int c = (unsigned char) *s++;
  if (is_octal ((char) c))
    {
      /* \0 takes up to three more digits, \1 to \7 up to two.  */
      if (c == '0' && is_octal (*s))
        c = (unsigned char) *s++;
      c -= '0';
      for (int digits = 1; digits < 3 && is_octal (*s); digits++)
        c = c * 8 + (*s++ - '0');
    }
  else
    switch (c)
      {
      case '\\': c = '\\'; break;
      case 'a': c = '\a'; break;
      case 'b': c = '\b'; break;
      case 'c': c = STOPPED; break;
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
      default:
      literal:
        /* Not an escape: the backslash stands, and the character after
           it (even the terminating NUL) is read again as plain text.  */
        s--;
        c = '\\';
        break;
      }
  *sp = s;
  return c;
}

/* Memory read a machine word at a time.  The aligned loads never touch a
   page the bytes wanted do not lie in; may_alias, because the memory holds
   chars.  */
typedef uintptr_t __attribute__ ((__may_alias__)) word;
/* A word anywhere, for the copies.  */
typedef uintptr_t __attribute__ ((__may_alias__, __aligned__ (1))) any_word;
enum { WORD = sizeof (word) };
static const uintptr_t ones = UINTPTR_MAX / 0xff;   /* 0x0101...01 */
static const bool little_endian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

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

/* The top bit of each byte of X that is a backslash.  On a big-endian
   machine, where a false mark would come first in memory, of exactly
   those; on a little-endian one, perhaps also of later bytes.  */
static uintptr_t
backslash_marks (uintptr_t x)
{
  uintptr_t y = x ^ ones * '\\', low7 = ones * 0x7f;
  if (little_endian)
    return zero_marks (y) & ones * 0x80;
  return ~(((y & low7) + low7) | y | low7);
}

/* How many bytes of X have their top bit set.  */
static size_t
top_bits (uintptr_t x)
{
  uintptr_t sums = ((x >> (CHAR_BIT - 1)) & ones) * ones;
  return (size_t) (sums >> (WORD - 1) * CHAR_BIT);
}

/* Where in memory the first byte that MARKS (not 0) marks lies in its
   word: counted with a multiplication, not a count-zeros builtin, which
   on processors without such an instruction calls libgcc, whose table a
   static PIE would have to relocate.  Little-endian, the bytes before
   it are those below the lowest mark; big-endian, the mark is spread to
   every lower byte, and the bytes before it are the others.  */
static size_t
first_marked (uintptr_t marks)
{
  if (little_endian)
    return top_bits ((marks & -marks) - 1);
  for (unsigned shift = CHAR_BIT; shift < WORD * CHAR_BIT; shift *= 2)
    marks |= marks >> shift;
  return WORD - top_bits (marks);
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

/* How far from S the text can be copied now: to END, and no further
   than the buffer's room from D.  Since decoding an escape moves S at
   least as far as D, the bound holds until it is reached.  */
static const char *
copy_bound (const struct outbuf *ob, const char *s, const char *end,
            const char *d)
{
  size_t left = (size_t) (end - s), room = (size_t) (ob->buf + ob->cap - d);
  return s + (left < room ? left : room);
}

/* Writes the text from S to END, where its first NUL is, with its escapes
   decoded; STOPPED after \c.  The runs between escapes go a word at a
   time, then byte by byte where a word would go beyond the bound.  A
   word written changes only bytes of the run, so the text may lie in the
   buffer itself, as long as the output never gets ahead of it.  */
static int
put_decoded (struct outbuf *ob, const char *s, const char *end)
{
  char *d = ob->buf + ob->len;
  const char *stop = s;         /* the first turn works the bound out */
  int c = 0;
  for (;;)
    {
      if (stop - s >= WORD)
        {
          uintptr_t x = *(const any_word *) s, marks = backslash_marks (x);
          if (!marks)
            {
              *(any_word *) d = x;
              s += WORD;
              d += WORD;
              continue;
            }
          /* Only the bytes before the backslash are the run's.  */
          size_t k = first_marked (marks);
          uintptr_t run = little_endian ? ~(UINTPTR_MAX << CHAR_BIT * k)
                                        : ~(UINTPTR_MAX >> CHAR_BIT * k);
          *(any_word *) d = (x & run) | (*(any_word *) d & ~run);
          s += k;
          d += k;
        }
      else if (s < stop && *s != '\\')
        {
          *d++ = *s++;
          continue;
        }
      else if (s >= stop)      /* an escape may have taken S past it */
        {
          if (s == end)
            break;
          if (d == ob->buf + ob->cap)
            {
              ob->len = ob->cap;
              int err = outbuf_flush (ob);
              if (err)
                return err;
              d = ob->buf;
            }
          stop = copy_bound (ob, s, end, d);
          continue;
        }
      if ((c = decode_escape (&s)) == STOPPED)
        break;
      *d++ = (char) (unsigned char) c;     /* octal wraps */
    }
  ob->len = (size_t) (d - ob->buf);
  return c == STOPPED ? STOPPED : 0;
}

int
echo_words (struct outbuf *ob, int argc, char *const *argv,
            const struct echo_opts *o)
{
  for (int i = o->first; i < argc; i++)
    {
      int r = i > o->first ? put_byte (ob, ' ') : 0;
      if (!r)
        r = o->escapes
            ? put_decoded (ob, argv[i], find_nul_or (argv[i], '\0'))
            : outbuf_puts (ob, argv[i]);
      if (r == STOPPED)
        return 0;
      if (r)
        return r;
    }
  return o->newline ? put_byte (ob, '\n') : 0;
}

/* The smallest a page of memory is anywhere rawecho runs.  */
enum { MIN_PAGE = 4096 };

const char *
echo_in_place (int argc, char **argv, const struct echo_opts *o,
               size_t *len)
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
  const char *end = arg < last_arg ? NULL
                    : find_nul_or (start, o->escapes ? '\\' : '\0');
  const char *escape = end && *end == '\\' ? end : NULL;
  if (escape)
    end = find_nul_or (escape, '\0');
  if (!end || (uintptr_t) end < (uintptr_t) *last_arg)
    {
      while (arg-- > argv + o->first)
        arg[1][-1] = '\0';
      return NULL;
    }

  size_t n = (size_t) (end - start);
  bool stopped = false;
  if (escape)
    {
      /* Decoding never writes ahead of where it reads, so it can decode
         over the words themselves, from the first escape on; the space
         that was the NUL between two words ends an escape just as the NUL
         did.  The buffer never fills, so it has no drain.  */
      struct outbuf over = { start, n, (size_t) (escape - start), -1 };
      stopped = put_decoded (&over, escape, end) == STOPPED;
      n = over.len;
    }
  if (o->newline && !stopped)
    start[n++] = '\n';
  *len = n;
  return start;
}
