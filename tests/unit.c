/* Check unit tests for lib/: options, escapes, assembly, texts.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#if HAVE_CHECK

#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#if HAVE_SYS_MMAN_H
# include <sys/mman.h>
# include <unistd.h>
#endif

#include "echo.h"
#include "errtext.h"
#include "messages.h"

/* Check logs every assertion that holds with a write(2) to the test's
   parent, which in the loops below, thousands of cases each, costs more
   than the cases themselves (seconds under an emulator).  The helpers
   and loops use require, which reports only a failure, as ck_assert
   does.  */
#define require(cond, ...) \
  do                                            \
    if (!(cond))                                \
      ck_abort_msg (__VA_ARGS__);               \
  while (0)

/* Everything drained lands here; DRAINS counts the drain calls.  */
static char sink[1 << 17];
static size_t sink_len;
static int drains;
static int fail_with;           /* if nonzero, every drain fails so */

int
outbuf_drain (struct outbuf *ob)
{
  drains++;
  if (fail_with)
    return fail_with;
  require (sink_len + ob->len <= sizeof sink, "the sink overflows");
  memcpy (sink + sink_len, ob->buf, ob->len);
  sink_len += ob->len;
  return 0;
}

static void
reset_sink (void)
{
  sink_len = 0;
  drains = 0;
}

/* Runs echo on the NULL-terminated WORDS (WORDS[0] is the program name)
   through a buffer of CAP bytes; returns what echo_words returned.  */
static int
run_cap (size_t cap, bool posix, bool xpg, char **words)
{
  static char buf[1 << 16];
  int argc = 0;
  while (words[argc])
    argc++;
  reset_sink ();
  struct outbuf ob = { buf, cap, 0, 1 };
  struct echo_opts o = echo_parse (argc, words, posix, xpg);
  require (o.action == ECHO_WORDS, "action %d, not ECHO_WORDS", o.action);
  int err = echo_words (&ob, argc, words, &o);
  if (!err)
    err = outbuf_flush (&ob);
  return err;
}

/* Where words are laid out end to end, as the Linux kernel lays out argv:
   aligned, so every alignment of the first word can be tried.  */
static union
{
  uintmax_t align;
  char bytes[1 << 12];
} area;

/* Lays WORDS out in AREA from OFFSET on, each after the previous one's
   NUL, pointing ARGV (of room for CAP) at them; returns their count.  */
static int
lay_out (char **words, size_t offset, char **argv, size_t cap)
{
  char *p = area.bytes + offset;
  int argc = 0;
  for (; words[argc]; argc++)
    {
      size_t n = strlen (words[argc]) + 1;
      require ((size_t) argc < cap - 1, "more than %zu words", cap - 2);
      require ((size_t) (p - area.bytes) + n <= sizeof area.bytes,
               "the words overflow the area");
      argv[argc] = memcpy (p, words[argc], n);
      p += n;
    }
  argv[argc] = NULL;
  return argc;
}

/* Asserts that echo_in_place, on WORDS laid out end to end at every
   alignment, writes exactly EXPECT (LEN bytes), or declines, changing
   nothing, exactly when there is no word to write.  */
static void
expect_in_place (bool posix, bool xpg, char **words, const char *expect,
                 size_t len)
{
  static char before[sizeof area.bytes];
  for (size_t offset = 0; offset < 2 * sizeof (uintmax_t); offset++)
    {
      char *argv[64];
      int argc = lay_out (words, offset, argv, 64);
      struct echo_opts o = echo_parse (argc, argv, posix, xpg);
      /* Only a declined call must leave the area as it was.  */
      bool decline = o.first >= argc;
      if (decline)
        memcpy (before, area.bytes, sizeof before);
      size_t n = 0;
      const char *text = echo_in_place (argc, argv, &o, &n);
      if (decline)
        require (!text && !memcmp (before, area.bytes, sizeof before),
                 "offset %zu, argv[1] '%s': not declined cleanly",
                 offset, words[1]);
      else
        require (text && n == len && memcmp (text, expect, len) == 0
                 && o.first == argc,
                 "offset %zu, argv[1] '%s': got %zu bytes '%.*s', "
                 "want %zu bytes '%.*s'", offset, words[1], n,
                 text ? (int) n : 0, text ? text : "", len, (int) len,
                 expect);
    }
}

/* Asserts that echo on WORDS writes exactly EXPECT (LEN bytes), through
   buffers of several sizes so every flush boundary is crossed, and in
   place where the words allow it.  */
static void
expect_bytes (bool posix, bool xpg, char **words, const char *expect,
              size_t len)
{
  expect_in_place (posix, xpg, words, expect, len);
  static const size_t caps[] = { 1, 2, 3, 7, 64, 1 << 16 };
  for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++)
    {
      int err = run_cap (caps[i], posix, xpg, words);
      require (err == 0 && sink_len == len && memcmp (sink, expect, len) == 0,
               "cap %zu, argv[1] '%s': error %d, %zu bytes '%.*s', "
               "want %zu bytes '%.*s'", caps[i],
               words[1] ? words[1] : "(none)", err, sink_len,
               (int) sink_len, sink, len, (int) len, expect);
    }
}

#define W(...) ((char *[]) { "rawecho", __VA_ARGS__, NULL })
#define EXPECT(words, lit) \
  expect_bytes (false, false, words, lit, sizeof lit - 1)
#define EXPECT_POSIX(words, lit) \
  expect_bytes (true, false, words, lit, sizeof lit - 1)
#define EXPECT_XPG(posix, words, lit) \
  expect_bytes (posix, true, words, lit, sizeof lit - 1)

START_TEST (test_plain_words)
{
  expect_bytes (false, false, (char *[]) { "rawecho", NULL }, "\n", 1);
  EXPECT (W ("hello"), "hello\n");
  EXPECT (W ("a", "b", "c"), "a b c\n");
  EXPECT (W ("", ""), " \n");
  EXPECT (W ("x", "", "y"), "x  y\n");
  EXPECT (W ("a\\tb"), "a\\tb\n");
  EXPECT (W ("line\nbreak", "\x80\xff"), "line\nbreak \x80\xff\n");
}
END_TEST

START_TEST (test_option_words)
{
  EXPECT (W ("-n", "x"), "x");
  EXPECT (W ("-e", "a\\tb"), "a\tb\n");
  EXPECT (W ("-E", "a\\tb"), "a\\tb\n");
  EXPECT (W ("-eE", "a\\tb"), "a\\tb\n");
  EXPECT (W ("-Ee", "a\\tb"), "a\tb\n");
  EXPECT (W ("-e", "-E", "a\\tb"), "a\\tb\n");
  EXPECT (W ("-neE", "-e", "\\t"), "\t");
  EXPECT (W ("-nn", "x"), "x");
  EXPECT (W ("-n", "-n", "x"), "x");
  EXPECT (W ("-"), "-\n");
  EXPECT (W ("--"), "--\n");
  EXPECT (W ("--", "x"), "-- x\n");
  EXPECT (W ("-n", "-e", "--", "x"), "-- x");
  EXPECT (W ("-x"), "-x\n");
  EXPECT (W ("-nx", "a"), "-nx a\n");
  EXPECT (W ("-n", "-x", "a"), "-x a");
  EXPECT (W ("-e", "-x", "\\t"), "-x \t\n");
  EXPECT (W ("-n-"), "-n-\n");
  EXPECT (W ("x", "-n"), "x -n\n");
  EXPECT (W ("-e", "-n", "x", "-e"), "x -e");
  EXPECT (W (" -n"), " -n\n");
  /* --help and --version act only as the sole argument.  */
  EXPECT (W ("--help", "x"), "--help x\n");
  EXPECT (W ("-n", "--version"), "--version");
  EXPECT (W ("--he"), "--he\n");
  EXPECT (W ("--ver"), "--ver\n");
  EXPECT (W ("--help="), "--help=\n");
}
END_TEST

START_TEST (test_help_version_actions)
{
  char *help[] = { "rawecho", "--help", NULL };
  char *version[] = { "rawecho", "--version", NULL };
  ck_assert_int_eq (echo_parse (2, help, false, false).action, ECHO_HELP);
  ck_assert_int_eq (echo_parse (2, version, false, false).action,
                    ECHO_VERSION);
  ck_assert_int_eq (echo_parse (2, version, false, true).action,
                    ECHO_VERSION);
  /* Never under POSIXLY_CORRECT.  */
  ck_assert_int_eq (echo_parse (2, help, true, false).action, ECHO_WORDS);
  ck_assert_int_eq (echo_parse (2, version, true, true).action, ECHO_WORDS);
}
END_TEST

START_TEST (test_simple_escapes)
{
  EXPECT (W ("-e", "\\\\ \\a \\b \\e \\f \\n \\r \\t \\v"),
          "\\ \a \b \x1b \f \n \r \t \v\n");
  /* Not escapes: printed as they stand.  */
  EXPECT (W ("-e", "\\E \\u00e9 \\U0001F600 \\' \\\" \\? \\q \\8 \\9 \\X41"),
          "\\E \\u00e9 \\U0001F600 \\' \\\" \\? \\q \\8 \\9 \\X41\n");
  /* A trailing backslash, and no escape spans two words.  */
  EXPECT (W ("-e", "a\\"), "a\\\n");
  EXPECT (W ("-e", "\\"), "\\\n");
  EXPECT (W ("-e", "a\\", "n"), "a\\ n\n");
  EXPECT (W ("-e", "\\\\\\"), "\\\\\n");
  EXPECT (W ("-e", "\\\\n"), "\\n\n");
}
END_TEST

START_TEST (test_octal_escapes)
{
  static const char nul[] = "\0\n";
  expect_bytes (false, false, W ("-e", "\\0"), nul, 2);
  expect_bytes (false, false, W ("-e", "\\00"), nul, 2);
  expect_bytes (false, false, W ("-e", "\\000"), nul, 2);
  expect_bytes (false, false, W ("-e", "\\0000"), nul, 2);
  expect_bytes (false, false, W ("-e", "\\00000"), "\0" "0\n", 3);
  EXPECT (W ("-e", "\\0101"), "A\n");
  EXPECT (W ("-e", "\\01010"), "A0\n");
  EXPECT (W ("-e", "\\0501"), "A\n");           /* 0501 wraps to 0101 */
  expect_bytes (false, false, W ("-e", "\\0400"), nul, 2);
  EXPECT (W ("-e", "\\0777"), "\xff\n");
  EXPECT (W ("-e", "\\08"), "\0" "8\n");
  EXPECT (W ("-e", "\\1"), "\x01\n");
  EXPECT (W ("-e", "\\41z"), "!z\n");
  EXPECT (W ("-e", "\\101"), "A\n");
  EXPECT (W ("-e", "\\1234"), "S4\n");
  EXPECT (W ("-e", "\\777"), "\xff\n");
  expect_bytes (false, false, W ("-e", "\\400"), nul, 2);
  EXPECT (W ("-e", "\\7", "1"), "\x07 1\n");
  EXPECT (W ("-e", "\\18"), "\x01" "8\n");
}
END_TEST

START_TEST (test_hex_escapes)
{
  EXPECT (W ("-e", "\\x41"), "A\n");
  EXPECT (W ("-e", "\\x4"), "\x04\n");
  EXPECT (W ("-e", "\\x414"), "A4\n");
  EXPECT (W ("-e", "\\xfF"), "\xff\n");
  EXPECT (W ("-e", "\\xAg"), "\x0ag\n");
  EXPECT (W ("-e", "\\xg"), "\\xg\n");
  EXPECT (W ("-e", "\\x"), "\\x\n");
  EXPECT (W ("-e", "\\x", "41"), "\\x 41\n");
  EXPECT (W ("-e", "\\x-1"), "\\x-1\n");
  EXPECT (W ("-e", "\\x 1"), "\\x 1\n");
  expect_bytes (false, false, W ("-e", "\\x0"), "\0\n", 2);
}
END_TEST

START_TEST (test_stop_escape)
{
  EXPECT (W ("-e", "\\c"), "");
  EXPECT (W ("-e", "\\cabc"), "");
  EXPECT (W ("-e", "ab\\cd", "e"), "ab");
  EXPECT (W ("-e", "a", "b\\c", "d"), "a b");
  EXPECT (W ("-e", "a", "\\c"), "a ");
  EXPECT (W ("-e", "a", "b", "c\\c"), "a b c");
  EXPECT (W ("-e", "\\\\c"), "\\c\n");
  EXPECT (W ("-E", "\\c"), "\\c\n");
  EXPECT (W ("\\c"), "\\c\n");
  /* \c ends output before -n matters.  */
  EXPECT (W ("-n", "-e", "x\\cy"), "x");
  /* Nothing is drained at all when there is nothing to write.  */
  ck_assert_int_eq (run_cap (64, false, false, W ("-e", "\\c", "x")), 0);
  ck_assert_int_eq (drains, 0);
  ck_assert_int_eq (run_cap (64, false, false, W ("-n", "")), 0);
  ck_assert_int_eq (drains, 0);
}
END_TEST

/* Every escape, with what it decodes to, and then text that cannot
   lengthen it.  */
static const struct
{
  const char *in;
  const char *out;
  size_t out_len;
} escapes[] = {
#define ESCAPE(in, out) { in, out, sizeof out - 1 }
  ESCAPE ("\\\\", "\\"), ESCAPE ("\\a", "\a"), ESCAPE ("\\b", "\b"),
  ESCAPE ("\\e", "\x1b"), ESCAPE ("\\f", "\f"), ESCAPE ("\\n", "\n"),
  ESCAPE ("\\r", "\r"), ESCAPE ("\\t", "\t"), ESCAPE ("\\v", "\v"),
  ESCAPE ("\\0", "\0"), ESCAPE ("\\07", "\a"), ESCAPE ("\\0101", "A"),
  ESCAPE ("\\1", "\1"), ESCAPE ("\\41", "!"), ESCAPE ("\\101", "A"),
  ESCAPE ("\\777", "\xff"), ESCAPE ("\\x4", "\4"), ESCAPE ("\\x41", "A"),
  ESCAPE ("\\xg", "\\xg"), ESCAPE ("\\q", "\\q"),
#undef ESCAPE
};
enum { ESCAPES = sizeof escapes / sizeof escapes[0] };
static const char plain_tail[] = "ghijklmnopqrstuvwxyz";

/* Writes to WORD (SIZE bytes) the first LEAD bytes of HEAD, escape E and
   the first TAIL bytes of REST, and to EXPECT what -e makes of them;
   returns that output's length.  */
static size_t
around_escape (char *word, size_t size, char *expect, const char *head,
               size_t lead, int e, const char *rest, size_t tail)
{
  snprintf (word, size, "%.*s%s%.*s", (int) lead, head, escapes[e].in,
            (int) tail, rest);
  memcpy (expect, head, lead);
  size_t n = lead;
  memcpy (expect + n, escapes[e].out, escapes[e].out_len);
  n += escapes[e].out_len;
  memcpy (expect + n, rest, tail);
  return n + tail;
}

START_TEST (test_escape_at_every_offset)
{
  /* Each escape after 0 to 2 words' worth of plain bytes, then more: at
     every offset from the word's start and, in place, from an aligned
     address; the next word then starts at every offset too.  */
  enum { MAX_LEAD = 2 * sizeof (uintmax_t) };
  static char word[64], expect[128];
  for (int e = 0; e < ESCAPES; e++)
    for (size_t lead = 0; lead < MAX_LEAD; lead++)
      {
        size_t n = around_escape (word, sizeof word, expect,
                                  "abcdefghijklmnopqrstuvwxyz", lead, e,
                                  plain_tail, sizeof plain_tail - 1);
        memcpy (expect + n, " \\z\n", 4);
        expect_bytes (false, false, W ("-e", word, "\\z"), expect, n + 4);
      }
}
END_TEST

START_TEST (test_high_bytes_around_escapes)
{
  /* Bytes above 0x7f, among them 0xdc, a backslash with its top bit set,
     before and after each escape at every offset: a quick word test may
     take them for a NUL or a backslash.  */
  static const char high[] = "\xdc\x80\xc3\xa9\xff\xe2\x82\xac"
    "\x81\xdc\xfe\x90\xa0\xb0\xdc\xff";
  enum { MAX_LEAD = sizeof high - 1 };
  static char word[64], expect[64];
  for (int e = 0; e < ESCAPES; e++)
    for (size_t lead = 0; lead <= MAX_LEAD; lead++)
      {
        size_t n = around_escape (word, sizeof word, expect, high, lead, e,
                                  high, sizeof high - 1);
        expect[n++] = '\n';
        expect_bytes (false, false, W ("-e", word), expect, n);
      }
}
END_TEST

START_TEST (test_escapes_back_to_back)
{
  /* Every pair of escapes, one right after the other, at every offset.  */
  static char word[64], expect[64];
  for (int e = 0; e < ESCAPES; e++)
    for (int f = 0; f < ESCAPES; f++)
      for (size_t lead = 0; lead < sizeof (uintmax_t); lead++)
        {
          snprintf (word, sizeof word, "%.*s%s%s", (int) lead, "zzzzzzzz",
                    escapes[e].in, escapes[f].in);
          size_t n = lead;
          memset (expect, 'z', lead);
          memcpy (expect + n, escapes[e].out, escapes[e].out_len);
          n += escapes[e].out_len;
          memcpy (expect + n, escapes[f].out, escapes[f].out_len);
          n += escapes[f].out_len;
          expect[n++] = '\n';
          expect_bytes (false, false, W ("-e", word), expect, n);
        }
}
END_TEST

START_TEST (test_word_ending_in_backslash)
{
  /* A trailing backslash stands, at every length of the word, and no
     escape reaches into the next word, not even in place where the NUL
     between them has become a space.  */
  static char word[32], expect[64];
  for (size_t len = 0; len < 3 * sizeof (uintmax_t); len++)
    {
      memset (word, 'w', len);
      strcpy (word + len, "\\");
      memcpy (expect, word, len + 1);
      memcpy (expect + len + 1, " n \\\n", 5);
      expect_bytes (false, false, W ("-e", word, "n", "\\"), expect,
                    len + 6);
    }
}
END_TEST

START_TEST (test_stop_at_every_position)
{
  /* \c anywhere in any word, after a tab escape, ends the output right
     there, newline and all, whatever the alignment.  */
  static const char *const plain[] = { "abcdefghij", "klmnopqrstuvwxy",
                                       "z0123456789ABCDEFGHIJK" };
  static char words[3][64], expect[128];
  for (int w = 0; w < 3; w++)
    for (size_t at = 0; at <= strlen (plain[w]); at++)
      {
        size_t n = 0;
        for (int i = 0; i < 3; i++)
          {
            sprintf (words[i], "\\t%s", plain[i]);
            if (i < w)
              n += (size_t) sprintf (expect + n, "\t%s ", plain[i]);
          }
        sprintf (words[w], "\\t%.*s\\c%s", (int) at, plain[w], plain[w] + at);
        n += (size_t) sprintf (expect + n, "\t%.*s", (int) at, plain[w]);
        expect_bytes (false, false, W ("-e", words[0], words[1], words[2]),
                      expect, n);
        /* And before the first escape of the word.  */
        sprintf (words[w], "\\c\\t%s", plain[w]);
        expect_bytes (false, false, W ("-e", words[0], words[1], words[2]),
                      expect, n - at - 1);
      }
}
END_TEST

START_TEST (test_escapes_across_a_full_buffer)
{
  /* The output of an escape lands on either side of the 64 KiB buffer's
     end, and so does every byte of a run copied a word at a time.  */
  enum { CAP = 1 << 16 };
  static char word[CAP + 64], expect[CAP + 64];
  for (int e = 0; e < ESCAPES; e++)
    for (size_t lead = CAP - 2 * sizeof (uintmax_t);
         lead <= CAP + sizeof (uintmax_t); lead++)
      {
        memset (word, 'a', lead);
        snprintf (word + lead, sizeof word - lead, "%s%s", escapes[e].in,
                  plain_tail);
        size_t n = lead;
        memset (expect, 'a', lead);
        memcpy (expect + n, escapes[e].out, escapes[e].out_len);
        n += escapes[e].out_len;
        memcpy (expect + n, plain_tail, sizeof plain_tail - 1);
        n += sizeof plain_tail - 1;
        expect[n++] = '\n';
        int err = run_cap (CAP, false, false, W ("-e", word));
        require (err == 0 && sink_len == n && memcmp (sink, expect, n) == 0
                 && drains == 2,
                 "%s after %zu bytes: error %d, %zu bytes in %d drains, "
                 "want %zu in 2", escapes[e].in, lead, err, sink_len, drains,
                 n);
      }
}
END_TEST

START_TEST (test_posixly_correct)
{
  EXPECT_POSIX (W ("-e", "x"), "-e x\n");
  EXPECT_POSIX (W ("-nE", "foo"), "-nE foo\n");
  EXPECT_POSIX (W ("-E", "-n", "foo"), "-E -n foo\n");
  EXPECT_POSIX (W ("--help"), "--help\n");
  EXPECT_POSIX (W ("--version"), "--version\n");
  EXPECT_POSIX (W ("-n", "-E", "foo\\n"), "foo\n");
  EXPECT_POSIX (W ("-n", "-n", "foo"), "foo");
  EXPECT_POSIX (W ("-nn", "foo"), "-nn foo\n");
  EXPECT_POSIX (W ("-n", "--", "x"), "-- x");
  EXPECT_POSIX (W ("\\x2dn"), "-n\n");
  EXPECT_POSIX (W ("a\\tb\\c", "x"), "a\tb");
}
END_TEST

START_TEST (test_xpg_default)
{
  EXPECT_XPG (false, W ("a\\tb"), "a\tb\n");
  EXPECT_XPG (false, W ("-E", "a\\tb"), "a\\tb\n");
  EXPECT_XPG (false, W ("-n", "x"), "x");
  /* An XPG echo under POSIXLY_CORRECT reads no options at all.  */
  EXPECT_XPG (true, W ("-n", "a\\tb"), "-n a\tb\n");
  EXPECT_XPG (true, W ("-E", "a\\tb"), "-E a\tb\n");
}
END_TEST

START_TEST (test_environment)
{
  char *none[] = { "PATH=/bin", "POSIXLY_CORRECTX=1", "POSIXLY_CORREC=1",
                   "posixly_correct=1", "POSIXLY_CORRECT", "", "P", "PO",
                   "POX=1", NULL };
  char *empty[] = { "PATH=/bin", "POSIXLY_CORRECT=", NULL };
  char *set[] = { "POSIXLY_CORRECT=0", NULL };
  ck_assert (!echo_posixly_correct (none));
  ck_assert (echo_posixly_correct (empty));
  ck_assert (echo_posixly_correct (set));
  ck_assert (!echo_posixly_correct (NULL));
}
END_TEST

START_TEST (test_no_arguments_at_all)
{
  /* argc 0: execve with an empty argv.  */
  char *argv[] = { NULL };
  struct echo_opts o = echo_parse (0, argv, false, false);
  static char buf[8];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  reset_sink ();
  ck_assert_int_eq (echo_words (&ob, 0, argv, &o), 0);
  ck_assert_int_eq (outbuf_flush (&ob), 0);
  ck_assert_uint_eq (sink_len, 1);
  ck_assert_int_eq (sink[0], '\n');
}
END_TEST

START_TEST (test_drain_errors)
{
  static char buf[4];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  reset_sink ();
  fail_with = 28;
  /* The first drain fails when the buffer fills; the error comes back and
     no further drain is tried.  */
  ck_assert_int_eq (outbuf_puts (&ob, "abcdefgh"), 28);
  ck_assert_int_eq (drains, 1);
  ck_assert_int_eq (run_cap (4, false, false, W ("-e", "abc\\tdef")), 28);
  ck_assert_int_eq (drains, 1);
  ck_assert_int_eq (run_cap (4, false, false, W ("a")), 28);
  fail_with = 0;
}
END_TEST

START_TEST (test_large_output_chunks)
{
  /* 3000 words of 10 bytes through a 4 KiB buffer: every drain but the
     last is full.  */
  enum { N = 3000 };
  static char *argv[N + 2];
  static char word[] = "abcdefghi";
  argv[0] = "rawecho";
  for (int i = 1; i <= N; i++)
    argv[i] = word;
  argv[N + 1] = NULL;
  static char buf[4096];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  reset_sink ();
  struct echo_opts o = echo_parse (N + 1, argv, false, false);
  ck_assert_int_eq (echo_words (&ob, N + 1, argv, &o), 0);
  ck_assert_int_eq (outbuf_flush (&ob), 0);
  ck_assert_uint_eq (sink_len, N * 10);
  ck_assert_int_eq (drains, (N * 10 + 4095) / 4096);
  ck_assert_int_eq (sink[N * 10 - 1], '\n');
  ck_assert_int_eq (sink[9], ' ');
}
END_TEST

START_TEST (test_in_place_declines)
{
  /* Layouts echo_in_place must refuse, leaving every byte as it was.  */
  static const char bytes[] = "-e\0ab\0X\0cd\0";
  enum { E = 0, AB = 3, CD = 8 };
  struct { int argc; int at[3]; } cases[] = {
    { 3, { E, AB, CD } },       /* a stray NUL between words */
    { 3, { E, CD, AB } },       /* words in the wrong order */
    { 3, { E, AB, AB } },       /* one word twice */
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
    {
      memcpy (area.bytes, bytes, sizeof bytes);
      char *argv[4] = { "rawecho" };
      for (int i = 0; i < cases[k].argc; i++)
        argv[i + 1] = area.bytes + cases[k].at[i];
      struct echo_opts o = echo_parse (cases[k].argc + 1, argv, false, false);
      ck_assert_int_eq (o.first, 2);
      size_t n;
      ck_assert_ptr_null (echo_in_place (cases[k].argc + 1, argv, &o, &n));
      ck_assert_msg (memcmp (area.bytes, bytes, sizeof bytes) == 0,
                     "case %zu changed the words", k);
    }
}
END_TEST

START_TEST (test_in_place_reads_only_words)
{
#if HAVE_SYS_MMAN_H
  /* Words on either side of a page that cannot be read: echo_in_place
     must decline without touching it, however the words look.  */
  size_t page = (size_t) sysconf (_SC_PAGESIZE);
  char *base = mmap (NULL, 3 * page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne (base, MAP_FAILED);
  ck_assert_int_eq (mprotect (base + page, page, PROT_NONE), 0);
  char *end_of_first = base + page, *second = base + 2 * page;
  memset (base, 'x', page);
  memset (second, 'y', page);
  second[page - 1] = '\0';
  struct echo_opts o = { ECHO_WORDS, false, true, 1 };
  size_t n;

  /* The next word starts a page: the byte before it is not read.  */
  char *argv[] = { "rawecho", end_of_first - 4, second, NULL };
  end_of_first[-1] = '\0';
  ck_assert_ptr_null (echo_in_place (3, argv, &o, &n));

  /* The byte before the next word is a NUL, but the first word ends
     early: the search stops there, short of the page in between.  */
  argv[1] = end_of_first - 16;
  argv[1][3] = '\0';
  end_of_first[-1] = 'x';
  argv[2] = second + 8;
  argv[2][-1] = '\0';
  ck_assert_ptr_null (echo_in_place (3, argv, &o, &n));
  ck_assert_int_eq (argv[2][-1], '\0');
  ck_assert_int_eq (munmap (base, 3 * page), 0);
#endif
}
END_TEST

/* Lays out WORDS in AREA from OFFSET on, each after the previous one's
   NUL, with the bytes STRAY and their NUL after word AFTER, pointing ARGV
   (of room for CAP) at the words only; returns their count.  */
static int
lay_out_with_stray (char **words, size_t offset, int after,
                    const char *stray, char **argv, size_t cap)
{
  char *p = area.bytes + offset;
  int argc = 0;
  for (; words[argc]; argc++)
    {
      size_t n = strlen (words[argc]) + 1;
      require ((size_t) argc < cap - 1, "more than %zu words", cap - 2);
      argv[argc] = memcpy (p, words[argc], n);
      p += n;
      if (argc == after)
        p = (char *) memcpy (p, stray, strlen (stray) + 1) + strlen (stray) + 1;
    }
  argv[argc] = NULL;
  return argc;
}

/* Runs echo on ARGV as main does: in place, going on through the buffer
   with echo_words from the word echo_in_place names when it gives a word
   back.  Asserts that the words not laid out in place are as they were
   in COPY, and returns what echo_in_place returned.  */
static const char *
run_in_place (int argc, char **argv, char **copy)
{
  static char buf[1 << 16];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  struct echo_opts o = echo_parse (argc, argv, false, false);
  size_t n = 0;
  reset_sink ();
  const char *text = echo_in_place (argc, argv, &o, &n);
  int err = 0;
  if (text && o.first == argc)
    err = outbuf_send (&ob, text, n);
  else
    {
      for (int i = o.first; i < argc; i++)
        require (strcmp (argv[i], copy[i]) == 0,
                 "word %d is '%s', was '%s'", i, argv[i], copy[i]);
      if (text)
        err = outbuf_put (&ob, text, n);
      if (!err)
        err = echo_words (&ob, argc, argv, &o);
    }
  if (!err)
    err = outbuf_flush (&ob);
  require (err == 0, "error %d", err);
  return text;
}

START_TEST (test_in_place_falls_back_part_way)
{
  /* A word ends before the byte ahead of the next one, which is found
     only where escapes before it have been decoded over the words: what
     is decoded stands, and the rest goes through the buffer from the next
     word on, as it was.  At every alignment, after every word, whatever
     lies between.  */
  static const char *const strays[] = { "", "X", "\\t\\c", "a longer stray" };
  char *words[] = { "rawecho", "-e", "a\\tb", "c\\nd\\\\", "e\\x41f",
                    "\\0101g", "h", NULL };
  static const char expect[] = "a\tb c\nd\\ eAf Ag h\n";
  for (size_t k = 0; k < sizeof strays / sizeof strays[0]; k++)
    for (int after = 2; after < 6; after++)
      for (size_t offset = 0; offset < 2 * sizeof (uintmax_t); offset++)
        {
          char *argv[16];
          int argc = lay_out_with_stray (words, offset, after, strays[k],
                                         argv, 16);
          const char *text = run_in_place (argc, argv, words);
          require (text && sink_len == sizeof expect - 1
                   && memcmp (sink, expect, sink_len) == 0,
                   "stray '%s' after word %d, offset %zu: got '%.*s'",
                   strays[k], after, offset, (int) sink_len, sink);
        }

  /* \c before the stray bytes ends everything there; an early end before
     the first escape declines, changing nothing.  */
  char *stop[] = { "rawecho", "-e", "a\\tb", "c\\cd", "e", NULL };
  char *plain_first[] = { "rawecho", "-e", "ab", "c\\td", NULL };
  for (size_t offset = 0; offset < 2 * sizeof (uintmax_t); offset++)
    {
      char *argv[16];
      int argc = lay_out_with_stray (stop, offset, 3, "X", argv, 16);
      ck_assert_ptr_nonnull (run_in_place (argc, argv, stop));
      ck_assert (sink_len == 5 && memcmp (sink, "a\tb c", 5) == 0);
      argc = lay_out_with_stray (plain_first, offset, 2, "X", argv, 16);
      ck_assert_ptr_null (run_in_place (argc, argv, plain_first));
      ck_assert (sink_len == 7 && memcmp (sink, "ab c\td\n", 7) == 0);
      ck_assert_int_eq (argv[2][-1], '\0');
      ck_assert_str_eq (argv[2], "ab");
    }
}
END_TEST

START_TEST (test_escapes_at_a_page_end)
{
#if HAVE_SYS_MMAN_H
  /* A word whose NUL ends the last page that can be read, with every
     escape at every distance from it: in place and through the buffer,
     the same output, and no read past the page.  */
  size_t page = (size_t) sysconf (_SC_PAGESIZE);
  char *base = mmap (NULL, 2 * page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ck_assert_ptr_ne (base, MAP_FAILED);
  ck_assert_int_eq (mprotect (base + page, page, PROT_NONE), 0);
  static char word[64], expect[96];
  for (int e = 0; e < ESCAPES; e++)
    for (size_t lead = 0; lead < 3 * sizeof (uintmax_t); lead++)
      for (size_t tail = 0; tail < 2 * sizeof (uintmax_t); tail++)
        {
          size_t n = around_escape (word, sizeof word, expect,
                                    "abcdefghijklmnopqrstuvwxyz", lead, e,
                                    plain_tail, tail);
          expect[n++] = '\n';
          size_t len = strlen (word);
          char *at = base + page - len - 1;
          memcpy (at, word, len + 1);
          char *argv[] = { "rawecho", "-e", at, NULL };
          int err = run_cap (1 << 16, false, false, argv);
          require (err == 0 && sink_len == n && memcmp (sink, expect, n) == 0,
                   "'%s' copied: got %zu bytes", word, sink_len);
          struct echo_opts o = echo_parse (3, argv, false, false);
          size_t got = 0;
          const char *text = echo_in_place (3, argv, &o, &got);
          require (text && got == n && memcmp (text, expect, n) == 0,
                   "'%s' in place: got %zu bytes", word, got);
        }
  ck_assert_int_eq (munmap (base, 2 * page), 0);
#endif
}
END_TEST

START_TEST (test_send_chunks)
{
  /* Buffered bytes leave first, then the rest in pieces no larger than
     the buffer, straight from where they are.  */
  static char buf[4];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  reset_sink ();
  ck_assert_int_eq (outbuf_put (&ob, "a", 1), 0);
  ck_assert_int_eq (outbuf_send (&ob, "bcdefghijk", 10), 0);
  ck_assert_int_eq (drains, 4);
  ck_assert_uint_eq (ob.len, 0);
  ck_assert_ptr_eq (ob.buf, buf);
  ck_assert_uint_eq (sink_len, 11);
  ck_assert (memcmp (sink, "abcdefghijk", 11) == 0);
  fail_with = 5;
  ck_assert_int_eq (outbuf_send (&ob, "bcdefghijk", 10), 5);
  ck_assert_int_eq (drains, 5);
  ck_assert_ptr_eq (ob.buf, buf);
  fail_with = 0;
}
END_TEST

START_TEST (test_error_texts_match_libc)
{
  /* Each text must be this machine's strerror for the same error, which
     on glibc is what GNU echo prints.  */
  static const int number[WE_COUNT] = {
    0,
#define X(name, text) E##name,
    WRITE_ERRORS
#undef X
  };
  for (int e = 1; e < WE_COUNT; e++)
    ck_assert_str_eq (write_error_text ((enum write_error) e),
                      strerror (number[e]));
  ck_assert_ptr_null (write_error_text (WE_UNKNOWN));
  ck_assert_ptr_null (write_error_text (WE_COUNT));
}
END_TEST

START_TEST (test_unknown_error_text)
{
  char buf[UNKNOWN_ERROR_SIZE];
  ck_assert_str_eq (unknown_error_text (buf, 0), "Unknown error 0");
  ck_assert_str_eq (unknown_error_text (buf, 4242), "Unknown error 4242");
  ck_assert_str_eq (unknown_error_text (buf, -7), "Unknown error -7");
  ck_assert_str_eq (unknown_error_text (buf, -2147483647 - 1),
                    "Unknown error -2147483648");
  ck_assert_str_eq (unknown_error_text (buf, 4242), strerror (4242));
}
END_TEST

static const char *
run_message (int (*put) (struct outbuf *))
{
  static char buf[256];
  struct outbuf ob = { buf, sizeof buf, 0, 1 };
  reset_sink ();
  ck_assert_int_eq (put (&ob), 0);
  ck_assert_int_eq (outbuf_flush (&ob), 0);
  sink[sink_len] = '\0';
  return sink;
}

static int
put_error_line (struct outbuf *ob)
{
  return put_write_error (ob, "/usr/bin/x-rawecho", "Broken pipe");
}

static int
put_version_text (struct outbuf *ob)
{
  return put_version (ob, "9.9.9", "test (backend)");
}

static int
put_help_gnu (struct outbuf *ob)
{
  return put_help (ob, "./prog", false);
}

static int
put_help_xpg (struct outbuf *ob)
{
  return put_help (ob, "./prog", true);
}

START_TEST (test_messages)
{
  ck_assert_str_eq (run_message (put_error_line),
                    "/usr/bin/x-rawecho: write error: Broken pipe\n");
  const char *v = run_message (put_version_text);
  ck_assert_msg (strncmp (v, "rawecho 9.9.9\n", 14) == 0, "%s", v);
  ck_assert_ptr_nonnull (strstr (v, "\nOutput backend: test (backend)\n"));
  ck_assert_ptr_nonnull (strstr (v, "GPLv3+"));
  const char *h = run_message (put_help_gnu);
  ck_assert_msg (strncmp (h, "Usage: ./prog [-neE] [STRING]...\n", 33) == 0,
                 "%s", h);
  ck_assert_ptr_nonnull (strstr (h, "(the default)"));
  ck_assert_ptr_nonnull (strstr (h, "POSIXLY_CORRECT"));
  h = run_message (put_help_xpg);
  ck_assert_ptr_nonnull (strstr (h, "decodes them by default"));
}
END_TEST

static Suite *
lib_suite (void)
{
  Suite *s = suite_create ("lib");
  TCase *opts = tcase_create ("options");
  tcase_add_test (opts, test_plain_words);
  tcase_add_test (opts, test_option_words);
  tcase_add_test (opts, test_help_version_actions);
  tcase_add_test (opts, test_posixly_correct);
  tcase_add_test (opts, test_xpg_default);
  tcase_add_test (opts, test_environment);
  tcase_add_test (opts, test_no_arguments_at_all);
  suite_add_tcase (s, opts);

  TCase *esc = tcase_create ("escapes");
  tcase_add_test (esc, test_simple_escapes);
  tcase_add_test (esc, test_octal_escapes);
  tcase_add_test (esc, test_hex_escapes);
  tcase_add_test (esc, test_stop_escape);
  tcase_add_test (esc, test_escape_at_every_offset);
  tcase_add_test (esc, test_high_bytes_around_escapes);
  tcase_add_test (esc, test_escapes_back_to_back);
  tcase_add_test (esc, test_word_ending_in_backslash);
  tcase_add_test (esc, test_stop_at_every_position);
  tcase_add_test (esc, test_escapes_across_a_full_buffer);
  tcase_add_test (esc, test_escapes_at_a_page_end);
  suite_add_tcase (s, esc);

  TCase *out = tcase_create ("output");
  tcase_add_test (out, test_drain_errors);
  tcase_add_test (out, test_large_output_chunks);
  tcase_add_test (out, test_in_place_declines);
  tcase_add_test (out, test_in_place_reads_only_words);
  tcase_add_test (out, test_in_place_falls_back_part_way);
  tcase_add_test (out, test_send_chunks);
  tcase_add_test (out, test_error_texts_match_libc);
  tcase_add_test (out, test_unknown_error_text);
  tcase_add_test (out, test_messages);
  suite_add_tcase (s, out);
  return s;
}

int
main (void)
{
  SRunner *sr = srunner_create (lib_suite ());
  srunner_run_all (sr, CK_ENV);
  int failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#else

int
main (void)
{
  puts ("SKIP: the Check framework was not found by configure;"
        " install it (Debian: check) and configure again");
  return 77;
}

#endif
