/* make bench: what one rawecho costs, beside a floor binary and other echos.
     bench [--quick] [--strip PROG] RAWECHO [FLOOR]
   Start-up is timed in interleaved rounds, each command spawned in turn
   (a batch of calls each), so a slow moment of the machine hits all of
   them alike; medians of the per-round figures, and of the ratios to the
   reference measured in the same round, are reported.  User-space instructions come from callgrind
   (deterministic), system calls from strace.  Every figure is printed
   beside its target with PASS or MISS; the exit status is 0 regardless,
   since speed is measured here, never asserted in tests.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum
{
  BULK_ARGS = 100000,           /* "1" .. "100000": 588,895 bytes out */
  SPARSE_ARGS = 8000,           /* of SPARSE_WORD: 520,000 bytes out */
  ATOMIC_OUTPUT = 64 * 1024,    /* rawecho's write size */
  MAX_ARG = 32 * 1024           /* well below Linux's 128 KiB per string */
};

/* An escape every 16 bytes of output.  */
static const char SPARSE_WORD[] = "abcdefghijklmno\\nabcdefghijklmno\\n"
  "abcdefghijklmno\\nabcdefghijklmno\\n";

static const char *tmpdir;

static void
die (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fputs ("bench: ", stderr);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
  exit (2);
}

static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    die ("out of memory");
  return p;
}

/* An argument vector being built.  */
struct args
{
  char **v;
  size_t n, cap;
};

static void
push (struct args *a, const char *s)
{
  if (a->n + 1 >= a->cap)
    {
      a->cap = a->cap ? 2 * a->cap : 16;
      a->v = realloc (a->v, a->cap * sizeof *a->v);
      if (!a->v)
        die ("out of memory");
    }
  a->v[a->n++] = (char *) s;
  a->v[a->n] = NULL;
}

static void
push_all (struct args *a, const struct args *from)
{
  for (size_t i = 0; i < from->n; i++)
    push (a, from->v[i]);
}

/* Runs ARGV in the environment ENVP with standard output to OUT (or
   /dev/null) and standard error discarded; returns its wait status, or -1
   if it could not start.  */
static int
run_in (char *const *argv, const char *out, char *const *envp)
{
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init (&fa);
  posix_spawn_file_actions_addopen (&fa, 1, out ? out : "/dev/null",
                                    O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen (&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int status = -1;
  if (posix_spawn (&pid, argv[0], &fa, NULL, argv, envp) == 0
      && waitpid (pid, &status, 0) != pid)
    status = -1;
  posix_spawn_file_actions_destroy (&fa);
  return status;
}

static int
run (char *const *argv, const char *out)
{
  return run_in (argv, out, environ);
}

/* The full name of program NAME, from $PATH if it has no slash.  */
static char *
find_program (const char *name)
{
  if (strchr (name, '/'))
    return access (name, X_OK) == 0 ? strdup (name) : NULL;
  const char *path = getenv ("PATH");
  if (!path)
    path = "/usr/bin:/bin";
  for (;;)
    {
      size_t dirlen = strcspn (path, ":");
      char *full = xmalloc (dirlen + strlen (name) + 2);
      sprintf (full, "%.*s/%s", (int) dirlen, dirlen ? path : ".", name);
      if (access (full, X_OK) == 0)
        return full;
      free (full);
      if (!path[dirlen])
        return NULL;
      path += dirlen + 1;
    }
}

static char *
tmpfile_name (const char *base)
{
  char *name = xmalloc (strlen (tmpdir) + strlen (base) + 2);
  sprintf (name, "%s/%s", tmpdir, base);
  return name;
}

/* ---- Start-up time ---- */

static double
now_us (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The median of V[0..N), which stays in round order for the ratios.  */
static double
median (const double *v, size_t n)
{
  double *sorted = xmalloc (n * sizeof *sorted);
  memcpy (sorted, v, n * sizeof *sorted);
  qsort (sorted, n, sizeof *sorted, compare_doubles);
  double m = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  free (sorted);
  return m;
}

struct contender
{
  const char *label;
  struct args argv;
  double *us;                   /* per round: microseconds per call */
};

/* C runs PROG [APPLET] hello.  */
static void
contender (struct contender *c, const char *label, const char *prog,
           const char *applet)
{
  *c = (struct contender) { label, { 0 }, NULL };
  push (&c->argv, prog);
  if (applet)
    push (&c->argv, applet);
  push (&c->argv, "hello");
}

/* Times the contenders in ROUNDS interleaved rounds of BATCH calls each;
   C[0] is the reference.  Prints the table; returns in RATIO_TO_REF and
   COREUTILS_TO_RAWECHO the medians of the per-round ratios of C[1]
   (rawecho) to C[0], and of C[COREUTILS] to C[1].  */
static void
time_startup (struct contender *c, size_t n, size_t coreutils,
              int rounds, int batch, double *ratio_to_ref,
              double *coreutils_to_rawecho)
{
  for (size_t i = 0; i < n; i++)
    c[i].us = xmalloc (rounds * sizeof *c[i].us);
  size_t *order = xmalloc (n * sizeof *order);
  for (size_t i = 0; i < n; i++)
    order[i] = i;
  srand (1);
  for (int r = 0; r < rounds; r++)
    for (size_t turn = 0; turn < n; turn++)
      {
        /* A new order every round: a command run just after a heavy one
           starts measurably slower, so none may always follow the same
           one, or always come first.  */
        if (turn == 0)
          for (size_t k = n - 1; k > 0; k--)
            {
              size_t j = (size_t) rand () % (k + 1), t = order[k];
              order[k] = order[j];
              order[j] = t;
            }
        size_t i = order[turn];
        double start = now_us ();
        for (int k = 0; k < batch; k++)
          if (run (c[i].argv.v, NULL) != 0)
            die ("%s did not exit with status 0", c[i].label);
        c[i].us[r] = (now_us () - start) / batch;
      }

  free (order);

  double *ratio = xmalloc (rounds * sizeof *ratio);
  printf ("Start-up: %d interleaved rounds of %d calls each; medians\n"
          "  %-28s %10s %10s\n", rounds, batch, "command", "us/call",
          "x ref");
  for (size_t i = 0; i < n; i++)
    {
      for (int r = 0; r < rounds; r++)
        ratio[r] = c[i].us[r] / c[0].us[r];
      double m = median (ratio, rounds);
      if (i == 1)
        *ratio_to_ref = m;
      printf ("  %-28s %10.1f %10.2f\n", c[i].label,
              median (c[i].us, rounds), m);
    }
  for (int r = 0; r < rounds; r++)
    ratio[r] = c[coreutils].us[r] / c[1].us[r];
  *coreutils_to_rawecho = median (ratio, rounds);
  printf ("  (x ref: ratio to %s in the same round)\n\n", c[0].label);
  free (ratio);
}

/* ---- Instructions and system calls ---- */

static char *valgrind, *strace;

/* Runs the words of TOOL, then PROG and WORDS, in the environment ENVP;
   returns the file OUT the tool wrote, open for reading.  */
static FILE *
run_tool (const char *const *tool, const char *prog,
          const struct args *words, char *const *envp, const char *out)
{
  struct args a = { 0 };
  for (const char *const *t = tool; *t; t++)
    push (&a, *t);
  push (&a, prog);
  push_all (&a, words);
  int status = run_in (a.v, NULL, envp);
  free (a.v);
  if (status != 0)
    die ("%s %s failed", tool[0], prog);
  FILE *f = fopen (out, "r");
  if (!f)
    die ("%s left no %s", tool[0], out);
  return f;
}

/* User-space instructions PROG executes on WORDS in the environment
   ENVP, or -1.  */
static long
instructions_in (const char *prog, const struct args *words,
                 char *const *envp)
{
  if (!valgrind)
    return -1;
  static char *out, *option;
  if (!out)
    {
      out = tmpfile_name ("callgrind.out");
      option = xmalloc (strlen (out) + 32);
      sprintf (option, "--callgrind-out-file=%s", out);
    }
  const char *tool[] = { valgrind, "--tool=callgrind", option, NULL };
  FILE *f = run_tool (tool, prog, words, envp, out);
  long count = -1;
  char line[256];
  while (fgets (line, sizeof line, f))
    if (sscanf (line, "summary: %ld", &count) == 1)
      break;
  fclose (f);
  return count;
}

static long
instructions (const char *prog, const struct args *words)
{
  return instructions_in (prog, words, environ);
}

struct syscalls
{
  long total;                   /* after execve */
  long writes;
  char names[64];               /* in order, when there are only a few */
};

/* The system calls PROG makes on WORDS after its execve; false without
   strace.  */
static bool
trace (const char *prog, const struct args *words, struct syscalls *s)
{
  if (!strace)
    return false;
  static char *out;
  if (!out)
    out = tmpfile_name ("strace.out");
  const char *tool[] = { strace, "-qq", "-o", out, NULL };
  FILE *f = run_tool (tool, prog, words, environ, out);
  memset (s, 0, sizeof *s);
  bool started = false;
  char *line = NULL;
  size_t size = 0;
  while (getline (&line, &size, f) > 0)
    {
      size_t len = strspn (line, "abcdefghijklmnopqrstuvwxyz0123456789_");
      if (len == 0 || line[len] != '(')
        continue;               /* signals, exits, continuations */
      if (!started)
        {
          started = len == 6 && memcmp (line, "execve", 6) == 0;
          continue;
        }
      s->total++;
      s->writes += len == 5 && memcmp (line, "write", 5) == 0;
      size_t used = strlen (s->names);
      if (used + len + 2 < sizeof s->names)
        sprintf (s->names + used, "%s%.*s", used ? " " : "", (int) len, line);
    }
  free (line);
  fclose (f);
  if (s->total > 4)
    snprintf (s->names, sizeof s->names, "%ld calls", s->total);
  return true;
}

/* ---- Targets ---- */

static void
target (const char *what, const char *figure, const char *goal, bool met)
{
  printf ("  %-35s %-16s %-16s %s\n", what, figure, goal,
          met ? "PASS" : "MISS");
}

/* FIGURE printed with DECIMALS places and UNIT, or n/a unless KNOWN.  */
static void
target_number (const char *what, double figure, int decimals,
               const char *unit, const char *goal, bool met, bool known)
{
  char text[64];
  if (known)
    snprintf (text, sizeof text, "%.*f%s", decimals, figure, unit);
  else
    strcpy (text, "n/a");
  target (what, text, goal, known && met);
}

/* ---- Argument sets ---- */

/* FIRST if not null, then the N numbers from FROM on, each followed by
   TAIL.  */
static struct args
numbers (size_t from, size_t n, const char *first, const char *tail)
{
  struct args a = { 0 };
  if (first)
    push (&a, first);
  for (size_t i = from; i < from + n; i++)
    {
      char *w = xmalloc (24 + strlen (tail));
      sprintf (w, "%zu%s", i, tail);
      push (&a, w);
    }
  return a;
}

/* Words whose echo is exactly BYTES bytes long, newline included.  */
static struct args
output_of (size_t bytes, const char *first)
{
  static char *x;
  if (!x)
    {
      x = xmalloc (MAX_ARG + 1);
      memset (x, 'x', MAX_ARG);
      x[MAX_ARG] = '\0';
    }
  struct args a = { 0 };
  if (first)
    push (&a, first);
  size_t left = bytes - 1;
  while (left > 0)
    {
      if (a.n > (first != NULL))
        left--;                 /* the space before this word */
      size_t len = left < MAX_ARG ? left : MAX_ARG;
      push (&a, x + MAX_ARG - len);
      left -= len;
    }
  return a;
}

/* "-e" and words whose decoded echo is exactly BYTES long, newline
   included: an escaped newline after every 15 letters.  */
static struct args
escaped_output_of (size_t bytes)
{
  struct args a = { 0 };
  push (&a, "-e");
  size_t left = bytes - 1, at = 0;
  while (left > 0)
    {
      if (a.n > 1)
        left--, at++;           /* the space before this word */
      size_t len = left < MAX_ARG ? left : MAX_ARG;
      char *w = xmalloc (2 * len + 1), *p = w;
      for (size_t i = 0; i < len; i++, at++)
        if (at % 16 == 15)
          p += sprintf (p, "\\n");
        else
          *p++ = (char) ('a' + at % 16);
      *p = '\0';
      push (&a, w);
      left -= len;
    }
  return a;
}

static void
free_words (struct args *a, size_t from)
{
  for (size_t i = from; i < a->n; i++)
    free (a->v[i]);
  free (a->v);
}

static struct args
repeat (size_t n, const char *word)
{
  struct args a = { 0 };
  for (size_t i = 0; i < n; i++)
    push (&a, word);
  return a;
}

static long
ceil_div (long a, long b)
{
  return (a + b - 1) / b;
}

/* Prints one line of a sweep: the three sets of words W echoed by
   RAWECHO, BYTES out; for each the marginal cost per UNIT relative to
   BASE (instructions for UNITS = 1).  */
static void
sweep_line (const char *rawecho, const struct args *w, long bytes,
            long units, long *base)
{
  printf ("  %8ld", units);
  for (int k = 0; k < 3; k++)
    {
      long ins = instructions (rawecho, &w[k]);
      if (units == 1)
        base[k] = ins;
      printf (" %10ld %6.2f", ins,
              units > 1 ? (double) (ins - base[k]) / (units - 1) : 0.0);
    }
  struct syscalls s = { 0 };
  bool traced = trace (rawecho, &w[0], &s);
  printf (" %5ld %5ld\n", traced ? s.writes : -1L,
          ceil_div (bytes, ATOMIC_OUTPUT));
}

int
main (int argc, char **argv)
{
  bool quick = false;
  const char *strip = "strip";
  char *exec_link = NULL;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i++)
    if (strcmp (argv[i], "--quick") == 0)
      quick = true;
    else if (strcmp (argv[i], "--strip") == 0 && i + 1 < argc && argv[i + 1][0])
      strip = argv[++i];
    else if (strcmp (argv[i], "--exec") == 0 && i + 1 < argc)
      exec_link = realpath (argv[++i], NULL);
    else
      break;
  if (i != argc - 1 && i != argc - 2)
    die ("usage: bench [--quick] [--strip PROG] [--exec RAWECHO-EXEC]"
         " RAWECHO [FLOOR]");
  char *rawecho = realpath (argv[i], NULL);
  char *floor_bin = i + 1 < argc ? realpath (argv[i + 1], NULL) : NULL;
  char *coreutils = find_program ("/bin/echo");
  if (!rawecho || !coreutils)
    die ("need %s and /bin/echo", argv[i]);
  valgrind = find_program ("valgrind");
  strace = find_program ("strace");

  char dir[] = "/tmp/rawecho-bench.XXXXXX";
  const char *t = getenv ("TMPDIR");
  char *template = xmalloc ((t ? strlen (t) : 0) + sizeof dir);
  sprintf (template, "%s%s", t ? t : "/tmp", dir + 4);
  tmpdir = mkdtemp (template);
  if (!tmpdir)
    die ("cannot make a scratch directory in %s", t ? t : "/tmp");

  /* Start-up: the floor (or coreutils, without one) is the reference.  */
  struct contender c[6];
  size_t n = 0;
  struct args hello = { 0 };
  push (&hello, "hello");
  if (floor_bin)
    contender (&c[n++], "floor (write + exit_group)", floor_bin, NULL);
  else
    contender (&c[n++], "coreutils (reference)", coreutils, NULL);
  contender (&c[n++], "rawecho", rawecho, NULL);
  /* The same objects at a fixed address: what the static PIE costs.  */
  if (exec_link)
    contender (&c[n++], "rawecho linked ET_EXEC", exec_link, NULL);
  size_t coreutils_at = n;
  contender (&c[n++], "coreutils /bin/echo", coreutils, NULL);
  char *busybox = find_program ("busybox"), *toybox = find_program ("toybox");
  if (busybox)
    contender (&c[n++], "busybox echo", busybox, "echo");
  if (toybox)
    contender (&c[n++], "toybox echo", toybox, "echo");
  double to_ref, coreutils_ratio;
  time_startup (c, n, coreutils_at, quick ? 15 : 151, quick ? 5 : 15,
                &to_ref, &coreutils_ratio);

  /* Work per call.  */
  struct args bulk = numbers (1, BULK_ARGS, NULL, "");
  struct args bulk_e = numbers (1, BULK_ARGS, "-e", "");
  struct { const char *label; const struct args *words; } work[] = {
    { "hello", &hello },
    { "100,000 args", &bulk },
    { "-e 100,000 args", &bulk_e },
  };
  enum { WORK = sizeof work / sizeof work[0] };
  long ins[WORK][2];
  struct syscalls calls[WORK][2];
  bool traced = false;
  printf ("Work per call (instructions: callgrind; system calls after "
          "execve: strace)\n  %-26s %12s %8s %6s  %s\n", "command",
          "instructions", "syscalls", "writes", "calls");
  for (int w = 0; w < WORK; w++)
    for (int k = 0; k < 2; k++)
      {
        const char *prog = k ? coreutils : rawecho;
        ins[w][k] = instructions (prog, work[w].words);
        traced = trace (prog, work[w].words, &calls[w][k]);
        char label[64];
        snprintf (label, sizeof label, "%s %s", k ? "coreutils" : "rawecho",
                  work[w].label);
        printf ("  %-26s %12ld %8ld %6ld  %s\n", label, ins[w][k],
                traced ? calls[w][k].total : -1L,
                traced ? calls[w][k].writes : -1L,
                traced ? calls[w][k].names : "(no strace)");
      }
  /* Start-up reads the environment, so its size is part of the cost.  */
  size_t vars = 0;
  while (environ[vars])
    vars++;
  char *empty[] = { NULL };
  long bare = instructions_in (rawecho, &hello, empty);
  printf ("  (this environment has %zu variables; rawecho hello in an empty"
          " one: %ld\n   instructions, so %.1f per variable)\n\n", vars, bare,
          vars ? (double) (ins[0][0] - bare) / vars : 0.0);

  /* Escapes: dense, and one every 16 bytes, beside every echo.  */
  struct args dense = numbers (0, BULK_ARGS, "-e", "\\t");
  struct args sparse = repeat (SPARSE_ARGS, SPARSE_WORD);
  struct args sparse_e = { 0 };
  push (&sparse_e, "-e");
  push_all (&sparse_e, &sparse);
  struct { const char *label; const struct args *words; } esc[] = {
    { "\"N\\t\"", &dense },
    { "\"abcdefghijklmno\\n\" x 4", &sparse_e },
  };
  enum { ESC = sizeof esc / sizeof esc[0] };
  const char *echo_names[] = { "rawecho", "coreutils", "busybox", "toybox" };
  char *echo_progs[] = { rawecho, coreutils, busybox, toybox };
  long esc_ins[ESC][4];
  for (int w = 0; w < ESC; w++)
    for (int k = 0; k < 4; k++)
      {
        struct args a = { 0 };
        if (k >= 2)
          push (&a, "echo");    /* the applet */
        push_all (&a, esc[w].words);
        esc_ins[w][k] = echo_progs[k] ? instructions (echo_progs[k], &a) : -1;
        free (a.v);
      }
  printf ("Escapes under -e (instructions: callgrind; share of coreutils')"
          "\n  %-12s", "echo");
  for (int w = 0; w < ESC; w++)
    printf (" %24s", esc[w].label);
  putchar ('\n');
  for (int k = 0; k < 4; k++)
    {
      printf ("  %-12s", echo_names[k]);
      for (int w = 0; w < ESC; w++)
        if (!echo_progs[k])
          printf (" %24s", "not installed");
        else if (esc_ins[w][k] < 0 || esc_ins[w][1] <= 0)
          printf (" %24s", "n/a");
        else
          printf (" %15ld %7.1f%%", esc_ins[w][k],
                  100.0 * esc_ins[w][k] / esc_ins[w][1]);
      putchar ('\n');
    }
  printf ("  (\"N\\t\": 100,000 words \"0\\t\" to \"99999\\t\"; x 4: "
          "8,000 words of\n   \"abcdefghijklmno\\n\" four times)\n\n");

  /* Stripped size.  */
  char *stripped = tmpfile_name ("rawecho.stripped");
  const char *strip_argv[] = { strip, "-o", stripped, rawecho, NULL };
  char *strip_path = find_program (strip);
  struct stat st;
  bool sized = false;
  if (strip_path)
    {
      strip_argv[0] = strip_path;
      sized = run ((char *const *) strip_argv, NULL) == 0
        && stat (stripped, &st) == 0;
    }

  printf ("Targets (libc-free x86_64 build)\n  %-35s %-16s %-16s %s\n",
          "what", "figure", "target", "");
  target_number ("start-up, rawecho / floor", to_ref, 2, "x", "<= 1.10x",
                 to_ref <= 1.10, floor_bin != NULL);
  target_number ("start-up, coreutils / rawecho", coreutils_ratio, 2, "x",
                 ">= 3x", coreutils_ratio >= 3, true);
  target_number ("hello: instructions", ins[0][0], 0, "", "<= 1,000",
                 ins[0][0] <= 1000, ins[0][0] >= 0);
  target ("hello: syscalls after execve",
          traced ? calls[0][0].names : "n/a", "write exit_group",
          traced && strcmp (calls[0][0].names, "write exit_group") == 0);
  for (int w = 1; w <= 2; w++)
    {
      char what[64];
      snprintf (what, sizeof what, "%s: write calls", work[w].label);
      target_number (what, calls[w][0].writes, 0, "", "<= 10",
                     calls[w][0].writes <= 10, traced);
      snprintf (what, sizeof what, "%s: instr. / coreutils",
                work[w].label);
      double share = 100.0 * ins[w][0] / ins[w][1];
      target_number (what, share, 1, "%", "<= 25%", share <= 25,
                     ins[w][0] >= 0 && ins[w][1] > 0);
    }
  static const int esc_goal[ESC] = { 40, 20 };
  static const char *const esc_what[ESC] = {
    "-e \"N\\t\": instr. / coreutils", "-e \"...\\n\" x 4: instr. / coreutils"
  };
  for (int w = 0; w < ESC; w++)
    {
      char goal[16];
      snprintf (goal, sizeof goal, "<= %d%%", esc_goal[w]);
      double share = 100.0 * esc_ins[w][0] / esc_ins[w][1];
      target_number (esc_what[w], share, 1, "%", goal, share <= esc_goal[w],
                     esc_ins[w][0] >= 0 && esc_ins[w][1] > 0);
    }
  target_number ("stripped size, bytes", sized ? st.st_size : 0, 0, "",
                 "<= 8,192", sized && st.st_size <= 8192, sized);
  putchar ('\n');

  /* How the work grows.  */
  static const long sizes[] = { 1, 64, 4096, 65535, 65536, 65537, 262144,
                                1048576 };
  static const long counts[] = { 1, 10, 100, 1000, 10000, 100000 };
  long base[3];
  printf ("Output size sweep: one line of BYTES in words of up to %d bytes;"
          "\n  -e \\n: an escaped newline after every 15 letters\n"
          "  %8s %10s %6s %10s %6s %10s %6s %5s %5s\n", MAX_ARG, "bytes",
          "instr", "/byte", "instr -e", "/byte", "-e \\n", "/byte",
          "writes", "ceil");
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++)
    {
      struct args w[3] = { output_of (sizes[k], NULL),
                           output_of (sizes[k], "-e"),
                           escaped_output_of (sizes[k]) };
      sweep_line (rawecho, w, sizes[k], sizes[k], base);
      free (w[0].v);
      free (w[1].v);
      free_words (&w[2], 1);
    }
  printf ("  (/byte: instructions per byte beyond the 1-byte line;\n"
          "   ceil: bytes / %d rounded up)\n\n", ATOMIC_OUTPUT);
  printf ("Argument count sweep: ARGS words \"x\", or \"\\t\" under -e \\t\n"
          "  %8s %10s %6s %10s %6s %10s %6s %5s %5s\n", "args", "instr",
          "/arg", "instr -e", "/arg", "-e \\t", "/arg", "writes", "ceil");
  for (size_t k = 0; k < sizeof counts / sizeof *counts; k++)
    {
      struct args w[3] = { repeat (counts[k], "x"), { 0 }, { 0 } };
      struct args tabs = repeat (counts[k], "\\t");
      push (&w[1], "-e");
      push_all (&w[1], &w[0]);
      push (&w[2], "-e");
      push_all (&w[2], &tabs);
      sweep_line (rawecho, w, 2 * counts[k], counts[k], base);
      for (int i = 0; i < 3; i++)
        free (w[i].v);
      free (tabs.v);
    }
  printf ("  (/arg: instructions per argument beyond the first)\n");

  /* Leave nothing behind.  */
  const char *scratch[] = { "callgrind.out", "strace.out",
                            "rawecho.stripped" };
  for (size_t k = 0; k < sizeof scratch / sizeof *scratch; k++)
    unlink (tmpfile_name (scratch[k]));
  rmdir (tmpdir);
  return 0;
}
