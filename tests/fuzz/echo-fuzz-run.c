/* The checks of echo-fuzz.c without libFuzzer, so that they run on every
   ABI a build is for, thousands of them in one process.

   Usage: echo-fuzz-run [-n N] [-seed S] [-o DIR] [FILE]...

   Each FILE is one input, as libFuzzer would give it; then come N inputs
   made from the pseudo-random numbers of seed S, the same on every ABI.
   N is 50000 unless given, one to a few seconds under qemu-user (half a
   million with RAWECHO_FULL=1 in the environment); S is 1.  When a check
   fails, or the core crashes, the program names the case, the seed and
   the input, saves a made input as DIR/crash-S-CASE (DIR is the current
   directory unless given) and exits with status 1.  Such a file is
   replayed by giving it as FILE, here or to the libFuzzer build.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef O_BINARY
# define O_BINARY 0
#endif

/* Enough for 64 words, the most the harness takes, of a few hundred
   bytes each.  */
enum { MAX_INPUT = 8192, DEFAULT_CASES = 50000, FULL_FACTOR = 10 };
/* Room for an unsigned long in decimal, and a NUL.  */
enum { NUMBER_TEXT = 3 * sizeof (unsigned long) + 1 };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The case the harness is checking, for the report if it fails.  */
static struct
{
  const unsigned char *data;
  size_t size;
  unsigned long number;
  const char *file;             /* or NULL for a made input */
} current;
static unsigned long seed = 1;
/* DIR/crash-S-, made before any case runs, with room for the case's
   number at crash_number.  */
static char *crash_path, *crash_number;

/* A failure is reported from a signal handler, after an abort or a fault
   that may have left the heap broken by the core: with write(2) and
   formatting of its own, never stdio or malloc.  */

/* Writes the N bytes at P to FD; returns 0, or -1 on an error.  */
static int
write_all (int fd, const char *p, size_t n)
{
  while (n > 0)
    {
      long done = (long) write (fd, p, n < 0x4000 ? (unsigned) n : 0x4000);
      if (done <= 0)
        return -1;
      p += done;
      n -= (size_t) done;
    }
  return 0;
}

/* Writes N in decimal at P, with a NUL after it; returns where the NUL
   is.  */
static char *
format_number (char *p, unsigned long n)
{
  char digits[NUMBER_TEXT];
  size_t i = sizeof digits;
  do
    digits[--i] = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  while (i < sizeof digits)
    *p++ = digits[i++];
  *p = '\0';
  return p;
}

/* The report, gathered for stderr a buffer at a time.  */
struct report
{
  size_t len;
  char buf[256];
};

static void
flush_report (struct report *r)
{
  write_all (STDERR_FILENO, r->buf, r->len);
  r->len = 0;
}

static void
put_char (struct report *r, char c)
{
  if (r->len == sizeof r->buf)
    flush_report (r);
  r->buf[r->len++] = c;
}

static void
put_text (struct report *r, const char *s)
{
  while (*s)
    put_char (r, *s++);
}

static void
put_number (struct report *r, unsigned long n)
{
  char text[NUMBER_TEXT];
  format_number (text, n);
  put_text (r, text);
}

/* The N bytes at P as a C string: printable ASCII as it is, the rest in
   octal, three digits so that no digit after one joins it.  */
static void
put_escaped (struct report *r, const unsigned char *p, size_t n)
{
  put_char (r, '"');
  for (size_t i = 0; i < n; i++)
    if (p[i] == '"' || p[i] == '\\')
      {
        put_char (r, '\\');
        put_char (r, (char) p[i]);
      }
    else if (p[i] >= ' ' && p[i] <= '~')
      put_char (r, (char) p[i]);
    else
      {
        put_char (r, '\\');
        put_char (r, (char) ('0' + (p[i] >> 6)));
        put_char (r, (char) ('0' + (p[i] >> 3 & 7)));
        put_char (r, (char) ('0' + (p[i] & 7)));
      }
  put_char (r, '"');
}

/* Saves the input as crash_path; returns 0, or -1 on an error.  */
static int
save_input (void)
{
  int fd = open (crash_path, O_WRONLY | O_CREAT | O_TRUNC | O_BINARY, 0666);
  if (fd < 0)
    return -1;
  int written = write_all (fd, (const char *) current.data, current.size);
  return close (fd) == 0 ? written : -1;
}

/* The name of SIG, one of the signals main catches.  */
static const char *
signal_name (int sig)
{
  return sig == SIGABRT ? "SIGABRT" : sig == SIGSEGV ? "SIGSEGV"
         : sig == SIGILL ? "SIGILL" : sig == SIGFPE ? "SIGFPE" : "SIGBUS";
}

/* A failed check's abort, or a fault in the core: names the case and
   shows its input, then saves a made one for replaying.  */
static void
report_failure (int sig)
{
  struct report r = { 0, "" };
  signal (sig, SIG_DFL);
  put_text (&r, "echo-fuzz-run: case ");
  put_number (&r, current.number);
  if (current.file)
    {
      put_text (&r, " (");
      put_text (&r, current.file);
    }
  else
    {
      put_text (&r, " (seed ");
      put_number (&r, seed);
    }
  put_text (&r, ") failed (");
  put_text (&r, signal_name (sig));
  put_text (&r, "); its ");
  put_number (&r, (unsigned long) current.size);
  put_text (&r, " bytes:\n  ");
  put_escaped (&r, current.data, current.size);
  put_char (&r, '\n');
  flush_report (&r);
  if (!current.file)
    {
      format_number (crash_number, current.number);
      put_text (&r, save_input () == 0 ? "echo-fuzz-run: input saved as "
                : "echo-fuzz-run: cannot save the input as ");
      put_text (&r, crash_path);
      put_char (&r, '\n');
      flush_report (&r);
    }
  _Exit (EXIT_FAILURE);
}

static void
check (const unsigned char *data, size_t size, const char *file)
{
  current.data = data;
  current.size = size;
  current.file = file;
  current.number++;
  LLVMFuzzerTestOneInput (data, size);
}

static void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size);
  if (!p)
    {
      fputs ("echo-fuzz-run: out of memory\n", stderr);
      exit (2);
    }
  return p;
}

/* The whole of file NAME; exits if it cannot be read.  */
static unsigned char *
read_input (const char *name, size_t *size)
{
  FILE *f = fopen (name, "rb");
  size_t cap = 4096, len = 0, got = 0;
  unsigned char *buf = xrealloc (NULL, cap);
  while (f && (got = fread (buf + len, 1, cap - len, f)) > 0)
    if ((len += got) == cap)
      buf = xrealloc (buf, cap *= 2);
  if (!f || ferror (f) || fclose (f) != 0)
    {
      perror (name);
      exit (2);
    }
  *size = len;
  return buf;
}

/* The inputs made: splitmix64, whose numbers depend on nothing but the
   seed.  */

static uint64_t random_state;

static uint64_t
next_random (void)
{
  uint64_t z = random_state += UINT64_C (0x9e3779b97f4a7c15);
  z = (z ^ (z >> 30)) * UINT64_C (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * UINT64_C (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* A number below N, which is not 0.  */
static size_t
below (size_t n)
{
  return (size_t) (next_random () % n);
}

static int
one_in (size_t n)
{
  return below (n) == 0;
}

/* One of the characters of S.  */
static unsigned char
pick (const char *s)
{
  return (unsigned char) s[below (strlen (s))];
}

struct input
{
  unsigned char bytes[MAX_INPUT];
  size_t len;
};

static void
add (struct input *in, unsigned char c)
{
  if (in->len < MAX_INPUT)
    in->bytes[in->len++] = c;
}

static void
add_string (struct input *in, const char *s)
{
  while (*s)
    add (in, (unsigned char) *s++);
}

/* An escape, most often a known one, its digits cut short or running on
   now and then; \c, which ends all output, seldom.  */
static void
add_escape (struct input *in)
{
  static const char *const rest[] = {
    "abefnrtv\\", "0123456789abcdefABCDEFgx", "012345678"
  };
  add (in, '\\');
  size_t kind = below (40), digits = below (5);
  if (kind < 18)
    add (in, pick (rest[0]));
  else if (kind < 26)
    {
      add (in, 'x');
      while (digits--)
        add (in, pick (rest[1]));
    }
  else if (kind < 35)
    {
      add (in, pick ("01234567"));
      while (digits--)
        add (in, pick (rest[2]));
    }
  else if (kind == 35)
    add (in, 'c');
  else if (kind < 39)
    add (in, pick ("-neEcdqzuU89 \"'"));
  /* else a backslash before whatever comes next, or at the word's end */
}

/* Anything but plain text or a NUL: escapes, the characters of options
   and escapes on their own, bytes above 0x7f (0xdc differs from a
   backslash in the top bit only) and bytes one off from a backslash or
   NUL, which leave the word tests' borrows in the next byte.  */
static void
add_special (struct input *in)
{
  static const unsigned char near_marks[] = {
    0x01, 0x02, 0x5b, 0x5d, 0x7f, 0x80, 0xff, 0xdc, 0xdd, 0xdb
  };
  switch (below (10))
    {
    case 0: case 1: case 2: case 3:
      add_escape (in);
      break;
    case 4:
      add (in, one_in (2) ? 0xdc : (unsigned char) (0x80 + below (0x80)));
      break;
    case 5:
      add (in, near_marks[below (sizeof near_marks)]);
      break;
    case 6:
      add (in, pick ("0123456789abcdefABCDEF"));
      break;
    case 7:
      add (in, pick ("-neE"));
      break;
    case 8:
      for (size_t n = 2 + below (4); n > 0; n--)
        add (in, '\\');
      break;
    default:
      add (in, (unsigned char) (1 + below (0xff)));
      break;
    }
}

/* A word of about LENGTH bytes (an escape may end past it), DENSITY in
   256 of which are not plain text: from plain words the word loop reads
   whole, at every alignment, to ones that are all escapes.  */
static void
add_word (struct input *in, size_t length, size_t density)
{
  size_t end = in->len + length;
  while (in->len < end && in->len < MAX_INPUT)
    if (below (256) < density)
      add_special (in);
    else
      add (in, (unsigned char) pick ("abcdefghijklmnopqrstuvwxyz"
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;/_"));
}

/* Mostly short words, now and then ones many machine words long.  */
static size_t
word_length (void)
{
  switch (below (8))
    {
    case 0:
      return below (4);
    case 1: case 2: case 3: case 4:
      return below (24);
    case 5: case 6:
      return below (100);
    default:
      return 64 + below (400);
    }
}

/* An option word, most often a valid one, or one that only looks like
   it.  */
static void
add_option (struct input *in)
{
  static const char *const lookalikes[] = {
    "-", "--", "--help", "--version", "-nx", "-n-", "-e\\t", "-ne ", "-N"
  };
  if (one_in (4))
    add_string (in, lookalikes[below (sizeof lookalikes
                                      / sizeof lookalikes[0])]);
  else
    {
      add (in, '-');
      for (size_t n = 1 + below (4); n > 0; n--)
        add (in, pick ("neE"));
    }
}

/* The mode byte, then words separated by NULs: now and then none, an
   option word alone, or more words than the harness takes.  */
static void
make_input (struct input *in)
{
  static const size_t densities[] = { 2, 16, 48, 128, 256 };
  size_t density = densities[below (sizeof densities / sizeof densities[0])];
  size_t options = one_in (2) ? below (4) : 0;
  size_t words = one_in (32) ? below (70) : 1 + below (6);
  in->len = 0;
  if (one_in (100))
    return;
  add (in, (unsigned char) below (256));
  if (one_in (50))
    {
      add_string (in, one_in (2) ? "--help" : "--version");
      return;
    }
  for (size_t i = 0; i < options + words; i++)
    {
      if (i > 0)
        add (in, '\0');
      if (i < options)
        add_option (in);
      else
        add_word (in, words > 8 ? below (8) : word_length (), density);
    }
  if (one_in (8))
    add (in, '\0');
}

/* The number in ARG, or exit.  */
static unsigned long
number (const char *option, const char *arg)
{
  char *end;
  unsigned long n = strtoul (arg, &end, 10);
  if (!*arg || *end || arg[0] == '-')
    {
      fprintf (stderr, "echo-fuzz-run: %s takes a number, not '%s'\n",
               option, arg);
      exit (2);
    }
  return n;
}

int
main (int argc, char **argv)
{
  const char *full = getenv ("RAWECHO_FULL"), *crash_dir = ".";
  unsigned long cases = DEFAULT_CASES;
  if (full && strcmp (full, "1") == 0)
    cases *= FULL_FACTOR;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i += 2)
    {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;
      if (value && strcmp (argv[i], "-n") == 0)
        cases = number (argv[i], value);
      else if (value && strcmp (argv[i], "-seed") == 0)
        seed = number (argv[i], value);
      else if (value && strcmp (argv[i], "-o") == 0)
        crash_dir = value;
      else
        {
          fputs ("usage: echo-fuzz-run [-n N] [-seed S] [-o DIR] [FILE]...\n",
                 stderr);
          return 2;
        }
    }
  crash_path = xrealloc (NULL, strlen (crash_dir) + sizeof "/crash--"
                                + NUMBER_TEXT + NUMBER_TEXT);
  crash_number = crash_path + sprintf (crash_path, "%s/crash-%lu-",
                                       crash_dir, seed);
  printf ("echo-fuzz-run: seed %lu, %d files + %lu random inputs\n", seed,
          argc - i, cases);
  fflush (stdout);

  signal (SIGABRT, report_failure);
  signal (SIGSEGV, report_failure);
  signal (SIGILL, report_failure);
  signal (SIGFPE, report_failure);
#ifdef SIGBUS
  signal (SIGBUS, report_failure);
#endif
  for (; i < argc; i++)
    {
      size_t size;
      unsigned char *data = read_input (argv[i], &size);
      check (data, size, argv[i]);
      free (data);
    }
  random_state = seed;
  static struct input in;
  for (unsigned long n = 0; n < cases; n++)
    {
      make_input (&in);
      check (in.bytes, in.len, NULL);
    }
  printf ("echo-fuzz-run: %lu cases checked\n", current.number);
  return 0;
}
