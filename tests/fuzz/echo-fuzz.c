/* libFuzzer harness for option parsing and escape decoding.  The input's
   first byte picks POSIXLY_CORRECT, the XPG default, a failing drain, a
   word left out and the buffer size; the rest, split at NUL bytes, is the
   argument vector.
   Besides surviving, the core must agree with the plain restatement of GNU
   echo below, never write more than it read, stop everything at \c, and
   pass a failed drain's error on; echo_in_place must give the same output
   as echo_words.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "echo.h"

/* DRAIN_FAILED stands for any error a backend reports.  */
enum { MAX_WORDS = 64, DRAIN_FAILED = 5, NEVER = -1 };

/* Where the drain puts what the core writes, until its FAIL_AT-th call
   fails.  */
struct sink
{
  struct outbuf ob;
  char *text;
  size_t len;
  int fail_at;
};

int
outbuf_drain (struct outbuf *ob)
{
  struct sink *s = (struct sink *) ob;
  if (s->fail_at-- == 0)
    return DRAIN_FAILED;
  memcpy (s->text + s->len, ob->buf, ob->len);
  s->len += ob->len;
  return 0;
}

#define require(cond) \
  ((cond) ? (void) 0 \
   : (fprintf (stderr, "invariant failed: %s\n", #cond), abort ()))

/* The reference: GNU echo's rules spelled out one at a time.  */

struct ref_opts
{
  int action, first;
  int escapes, newline;
};

static struct ref_opts
ref_parse (int argc, char **argv, int posixly_correct, int xpg)
{
  struct ref_opts o = { ECHO_WORDS, 1, xpg, 1 };
  int options = !posixly_correct
    || (!xpg && argc > 1 && strcmp (argv[1], "-n") == 0);
  if (options && argc == 2 && strcmp (argv[1], "--help") == 0)
    o.action = ECHO_HELP;
  if (options && argc == 2 && strcmp (argv[1], "--version") == 0)
    o.action = ECHO_VERSION;
  while (options && o.first < argc && argv[o.first][0] == '-')
    {
      const char *w = argv[o.first] + 1;
      if (*w == '\0' || strspn (w, "eEn") != strlen (w))
        break;
      for (; *w; w++)
        if (*w == 'n')
          o.newline = 0;
        else
          o.escapes = *w == 'e';
      o.first++;
    }
  if (posixly_correct)
    o.escapes = 1;
  return o;
}

static int
digit_value (char c, int base)
{
  static const char digits[] = "0123456789abcdefABCDEF";
  const char *p = c ? strchr (digits, c) : NULL;
  int v = !p ? -1 : p - digits < 16 ? (int) (p - digits) : (int) (p - digits) - 6;
  return v < base ? v : -1;
}

/* Appends word W decoded to OUT; returns 1 if a \c stopped it.  */
static int
ref_decode (const char *w, char *out, size_t *len)
{
  static const char simple[] = "\\\\a\ab\be\033f\fn\nr\rt\tv\v";
  size_t i = 0;
  while (w[i])
    {
      if (w[i] != '\\' || w[i + 1] == '\0')
        {
          out[(*len)++] = w[i++];
          continue;
        }
      char e = w[i + 1];
      const char *hit = NULL;
      for (size_t k = 0; simple[k]; k += 2)
        if (simple[k] == e)
          hit = simple + k;
      if (e == 'c')
        return 1;
      if (hit)
        {
          out[(*len)++] = hit[1];
          i += 2;
        }
      else if (e == 'x' && digit_value (w[i + 2], 16) >= 0)
        {
          int v = 0, n = 0;
          for (i += 2; n < 2 && digit_value (w[i], 16) >= 0; n++)
            v = v * 16 + digit_value (w[i++], 16);
          out[(*len)++] = (char) (unsigned char) v;
        }
      else if (e >= '0' && e <= '7')
        {
          int v = 0, n = 0;
          i += e == '0' ? 2 : 1;  /* \0 is a prefix; \1 starts the number */
          for (; n < 3 && digit_value (w[i], 8) >= 0; n++)
            v = v * 8 + digit_value (w[i++], 8);
          out[(*len)++] = (char) (unsigned char) v;
        }
      else
        {
          out[(*len)++] = '\\';
          out[(*len)++] = e;
          i += 2;
        }
    }
  return 0;
}

/* The whole output; *STOPPED_AT is the word holding \c, or ARGC.  */
static size_t
ref_echo (int argc, char **argv, const struct ref_opts *o, char *out,
          int *stopped_at)
{
  size_t len = 0;
  *stopped_at = argc;
  for (int i = o->first; i < argc; i++)
    {
      if (i > o->first)
        out[len++] = ' ';
      if (!o->escapes)
        {
          memcpy (out + len, argv[i], strlen (argv[i]));
          len += strlen (argv[i]);
        }
      else if (ref_decode (argv[i], out, &len))
        {
          *stopped_at = i;
          return len;
        }
    }
  if (o->newline)
    out[len++] = '\n';
  return len;
}

/* Runs the core on ARGV[0..ARGC) through a buffer of CAP bytes whose
   drain fails on its FAIL_AT-th call; *ERR is the error it returned.  */
static size_t
core_run (int argc, char **argv, const struct echo_opts *o, size_t cap,
          int fail_at, char *out, int *err)
{
  char *buf = calloc (cap, 1);
  struct sink s = { { buf, cap, 0, 1 }, out, 0, fail_at };
  *err = echo_words (&s.ob, argc, argv, o);
  if (!*err)
    *err = outbuf_flush (&s.ob);
  free (buf);
  return s.len;
}

static size_t
core_echo (int argc, char **argv, const struct echo_opts *o, size_t cap,
           char *out)
{
  int err;
  size_t len = core_run (argc, argv, o, cap, NEVER, out, &err);
  require (err == 0);
  return len;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size < 1)
    return 0;
  int posixly_correct = data[0] & 1, xpg = (data[0] >> 1) & 1;
  int fail_at = data[0] & 4 ? 1 : NEVER;
  size_t cap = 1 + (data[0] >> 4);

  /* The words, NUL-terminated in a copy of their own so that reading
     past one is caught, end to end as the kernel lays them out.  Reading
     a whole aligned word is allowed, so the copy ends on one.  */
  size_t room = (size + sizeof (uintptr_t) - 1) / sizeof (uintptr_t)
                * sizeof (uintptr_t);
  char *words = malloc (room);
  memset (words, 'x', room);
  memcpy (words, data + 1, size - 1);
  words[size - 1] = '\0';
  char *argv[MAX_WORDS + 2] = { "echo" };
  int argc = 1;
  for (char *w = words; argc <= MAX_WORDS && w < words + size - 1;
       w += strlen (w) + 1)
    argv[argc++] = w;
  if (data[0] & 8 && argc > 3)
    {
      /* A word left out: the one before it ends early for echo_in_place,
         which finds that out only as it goes.  */
      argv[argc - 2] = argv[argc - 1];
      argc--;
    }
  argv[argc] = NULL;

  struct echo_opts o = echo_parse (argc, argv, posixly_correct, xpg);
  struct ref_opts r = ref_parse (argc, argv, posixly_correct, xpg);
  require ((int) o.action == r.action);
  if (o.action != ECHO_WORDS)
    {
      free (words);
      return 0;
    }
  require (o.first == r.first);
  require (o.escapes == r.escapes);
  require (o.newline == r.newline);

  /* What the printed words take as input: text, separators, newline.  */
  size_t in = o.newline;
  for (int i = o.first; i < argc; i++)
    in += strlen (argv[i]) + (i > o.first);
  char *out = malloc (in + 1), *ref = malloc (in + 1), *cut = malloc (in + 1);
  size_t len = core_echo (argc, argv, &o, cap, out);
  int stopped_at;
  size_t ref_len = ref_echo (argc, argv, &r, ref, &stopped_at);

  require (len <= in);
  require (o.escapes || len == in);
  require (len == ref_len && memcmp (out, ref, len) == 0);
  /* With room for everything, the buffer takes whole words at once.  */
  require (core_echo (argc, argv, &o, in + 2 * sizeof (uintptr_t), cut)
           == len);
  require (memcmp (cut, out, len) == 0);
  if (stopped_at < argc)
    {
      /* \c ends all output: the words after it change nothing, and no
         newline follows.  */
      require (core_echo (stopped_at + 1, argv, &o, cap, cut) == len);
      require (memcmp (cut, out, len) == 0);
      if (o.newline && len > 0)
        {
          struct echo_opts quiet = o;
          quiet.newline = false;
          require (core_echo (argc, argv, &quiet, cap, cut) == len);
        }
    }
  if (fail_at != NEVER)
    {
      /* The second drain fails: the error comes back, and what left
         before it is the start of the output.  More than one buffer's
         worth cannot have left in one drain.  */
      int err;
      size_t part = core_run (argc, argv, &o, cap, fail_at, cut, &err);
      require (err == 0 || err == DRAIN_FAILED);
      require (err == DRAIN_FAILED || part == len);
      require (err == 0 || part < len);
      require (len <= cap || err == DRAIN_FAILED);
      require (memcmp (cut, out, part) == 0);
    }
  /* The same words where they stand: the same output, or the words
     left as they were.  Last, since it may decode over them.  */
  size_t in_place_len;
  struct echo_opts placed = o;
  const char *text = echo_in_place (argc, argv, &placed, &in_place_len);
  if (text && placed.first == argc)
    require (in_place_len == len && memcmp (text, out, len) == 0);
  else if (text)
    {
      /* Some words in place, the rest through the buffer.  */
      require (placed.first > o.first && placed.first < argc);
      require (in_place_len <= len && memcmp (text, out, in_place_len) == 0);
      size_t rest = core_echo (argc, argv, &placed, cap, cut);
      require (in_place_len + rest == len);
      require (memcmp (cut, out + in_place_len, rest) == 0);
    }
  else
    require (memcmp (words, data + 1, size - 1) == 0 && !words[size - 1]);
  free (cut);
  free (ref);
  free (out);
  free (words);
  return 0;
}
