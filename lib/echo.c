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

/* The -e decoder, a machine word at a time: decode, and the helpers
   below it.  It is safe to change only because tests guard each of its
   rules: the unit tests named with each rule (tests/unit.c), and the
   fuzz harness (tests/fuzz/echo-fuzz.c), which checks every output,
   copied and in place, against a decoder written a byte at a time.

   1. Output never overtakes input.  No escape's output is longer than
      the escape: \n or \0101 gives one byte, and a backslash that starts
      no escape gives itself.  So the output only ever falls behind the
      text, and echo_in_place decodes the text where it stands, the
      output starting at the first backslash.  Guarded, in place at every
      alignment, by test_escape_at_every_offset, test_escapes_back_to_back,
      test_stop_at_every_position, test_word_ending_in_backslash and
      test_in_place_falls_back_part_way.

   2. LAG is the signed distance from where the text is read to where
      its output goes: the output of the byte at P goes at P + LAG,
      OUT (P).  In place it starts at 0; a buffer elsewhere makes it far
      negative or positive.  Plain bytes leave it as it is.  An escape of
      N bytes at S puts its byte at OUT (S), and the text goes on at
      S + N with its output at OUT (S) + 1: LAG falls by N - 1.  So that
      all escapes share the last steps, the code counts each as two
      bytes long, like the simple ones: for any other,
      "lag += s - e.end + 2" first adds 2 - N; then, with S moved past
      the escape, "lag--" takes the 1 of a two-byte escape, and the byte
      goes at OUT (S - 1), which is the old S plus the old LAG.  A
      backslash that starts no escape (N = 1, the byte after it read
      again as text) leaves LAG as it was.  Guarded by
      test_simple_escapes, test_octal_escapes, test_hex_escapes,
      test_escapes_back_to_back (every escape after every other),
      test_escape_at_every_offset and test_word_ending_in_backslash.

   3. A word with no NUL or backslash is stored whole: in place
      (LAG <= 0) it lands only on bytes already read.  The plain bytes
      before the first NUL or backslash of a word (put_run) would go
      with bytes of no meaning after them, which in place could land on
      the escape still to be read: such whole-word stores wait until the
      output is at least a word behind the input (LAG <= -WORD), and
      until then the run goes a byte at a time, as it does when the
      output lies after the text (LAG > 0).  The bytes of no meaning
      reach at most a word past the output's end, so a buffer needs room
      for the text plus a word (put_decoded).  Guarded by
      test_escape_at_every_offset, test_escapes_back_to_back,
      test_stop_at_every_position and test_in_place_falls_back_part_way,
      which fail if runs always go whole; the exact bound and the room,
      only by the fuzz harness (put_run is not exempt from
      AddressSanitizer).

   4. Marks: the top bit of each byte that is a NUL or a backslash.
      exact_marks marks those and no others.  Little-endian, the cheaper
      quick_marks may also mark bytes above 0x7f, and bytes after the
      first NUL or backslash, which a borrow reaches; it never misses the
      first.  first_marked takes the byte first in memory, here the
      lowest mark, below any borrow; when that byte turns out to be
      neither NUL nor backslash, it is above 0x7f and exact_marks tests
      the word again.  Big-endian, a borrow would reach the bytes before
      in memory, so quick_marks is exact_marks.  Guarded by
      test_high_bytes_around_escapes (bytes above 0x7f, 0xdc among them,
      around every escape at every offset).

   5. The page rule: a whole-word read never touches a page that the
      text's bytes, up to its NUL, do not reach.  decode reads two words
      at S only while S <= last_pair_on_page (S), and within the last
      2 * WORD - 1 bytes of a page a byte at a time; find_nul_or reads
      aligned words, each on one page, holding a byte the text reaches.
      MIN_PAGE divides every page size.  These reads look past the text
      to AddressSanitizer, so both functions are exempt from it, and the
      fuzz harness cannot guard this rule.  Guarded by
      test_escapes_at_a_page_end (every escape at every distance from an
      unreadable page, copied and in place); echo_in_place's own reads,
      by test_in_place_reads_only_words.

   6. \c ends everything: decode returns a null pointer, the output
      ending where the \c began.  Guarded by test_stop_escape,
      test_stop_at_every_position and test_in_place_falls_back_part_way.  */

/* may_alias, because the memory read a word at a time holds chars.  */
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
   a zero one in significance.  This is the classic "determine if a word
   has a zero byte" trick (Alan Mycroft's; Hacker's Delight, 6-1, and
   Sean Anderson's Bit Twiddling Hacks).  */
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

/* The top bit of each byte of X that is zero, and no other bit: the
   exact form of the same trick, whose additions never carry from one
   byte into the next (Hacker's Delight, 6-1).  */
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
   holding the byte it stops at: there to read (rule 5), but past the
   string to AddressSanitizer.  */
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
   is none; little-endian, maybe others as well (rule 4).  */
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

/* Writes the first RUN bytes of X, the word read at S, to D, LAG bytes on
   from S: as one word once D is a word behind S (rule 3), else byte by
   byte.  */
static void
put_run (char *d, ptrdiff_t lag, const char *s, uintptr_t x, size_t run)
{
  if (lag <= -(ptrdiff_t) WORD)
    *(any_word *) d = x;
  else
    for (size_t i = 0; i < run; i++)
      d[i] = s[i];
}

/* Decodes the text at S up to its first NUL, writing the output at *DP
   and moving *DP past it; returns where the NUL is, or a null pointer
   after \c.  The output may be the text itself, and may be followed by
   up to a word of bytes of no meaning (rules 1 and 3).  */
__attribute__ ((no_sanitize ("address"))) static const char *
decode (const char *s, char **dp)
{
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
          /* A byte at a time (rule 5).  */
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
          size_t run = first_marked (marks);
          if (s[run] != '\\')
            {
              if (little_endian && s[run])
                {
                  /* A byte above 0x7f, marked by mistake.  */
                  marks = exact_marks (x);
                  if (!marks)
                    {
                      *(any_word *) OUT (s) = x;
                      s += WORD;
                      continue;
                    }
                  run = first_marked (marks);
                }
              if (s[run] != '\\')
                {
                  put_run (OUT (s), lag, s, x, run);
                  s += run;
                  break;
                }
            }
          put_run (OUT (s), lag, s, x, run);
          s += run;
        }
      /* An escape, or a backslash that starts none; LAG as rule 2 says.  */
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
      const char *backslash = find_nul_or (s, '\\');
      int r = outbuf_put (ob, s, (size_t) (backslash - s));
      if (r || !*backslash)
        return r;
      struct escape e = decode_escape (backslash);
      if (e.byte == STOPPED)
        return STOPPED;
      r = outbuf_putc (ob, (char) e.byte);
      if (r)
        return r;
      s = e.end;
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
      /* Decoding never writes ahead of where it reads (rule 1), so it
         can decode over the words themselves, from the first escape on;
         the space that was the NUL between two words ends an escape just
         as the NUL did.  Only now is the first NUL found.  */
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
