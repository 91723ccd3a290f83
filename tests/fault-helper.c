/* Sets up the faults the shell cannot, then runs a command in them.
     fault-helper [OPTION]... -- COMMAND [ARG]...
   -f BYTES  limit the size of files written (RLIMIT_FSIZE)
   -i SIG    ignore SIG (PIPE or XFSZ) in COMMAND
   -d SIG    give SIG its default action in COMMAND
   -P        run COMMAND with its output into a pipe, copied to ours
   -x        ... a pipe whose reading end is already closed
   -n        make that pipe non-blocking
   -F        fill that pipe before COMMAND starts (the filling is not copied)
   -w MS     start reading only when COMMAND has exited, or after MS
             milliseconds if it has not
   -c BYTES  read at most BYTES at a time
   -p MS     pause MS milliseconds after each read
   -N COUNT  run COUNT copies of COMMAND at once, each argument's "{}"
             replaced with the copy's number (0 to COUNT-1)
   The exit status is COMMAND's, 128 + N when signal N ended it (the helper
   itself exits, so no shell reports the signal); with -N, the first
   failing copy's.  Status 99 means the setup itself failed.
   It runs on the build machine (CC_FOR_BUILD), never under an emulator,
   so it includes no header of the host's configuration.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { SETUP_FAILED = 99, MAX_COPIES = 1000 };

static void
die (const char *what)
{
  fprintf (stderr, "fault-helper: %s: %s\n", what, strerror (errno));
  exit (SETUP_FAILED);
}

static int
signal_number (const char *name)
{
  if (strcmp (name, "PIPE") == 0)
    return SIGPIPE;
  if (strcmp (name, "XFSZ") == 0)
    return SIGXFSZ;
  fprintf (stderr, "fault-helper: unknown signal %s\n", name);
  exit (SETUP_FAILED);
}

static long
number (const char *s)
{
  char *end;
  errno = 0;
  long n = strtol (s, &end, 10);
  if (errno || end == s || *end || n < 0)
    {
      fprintf (stderr, "fault-helper: bad number %s\n", s);
      exit (SETUP_FAILED);
    }
  return n;
}

static void
sleep_ms (long ms)
{
  struct timespec t = { ms / 1000, (ms % 1000) * 1000000 };
  while (nanosleep (&t, &t) != 0 && errno == EINTR)
    ;
}

/* The status as a shell reports it.  */
static int
shell_status (int status)
{
  if (WIFSIGNALED (status))
    return 128 + WTERMSIG (status);
  return WEXITSTATUS (status);
}

static int
wait_for (pid_t pid)
{
  int status;
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      die ("waitpid");
  return shell_status (status);
}

/* Gives PID up to MS milliseconds to exit; its status, or -1 if it is
   still running.  A command that fails at once then does so whatever
   the machine's load.  */
static int
wait_up_to (pid_t pid, long ms)
{
  for (;; ms -= 10)
    {
      int status;
      pid_t r = waitpid (pid, &status, WNOHANG);
      if (r == pid)
        return shell_status (status);
      if (r < 0 && errno != EINTR)
        die ("waitpid");
      if (ms <= 0)
        return -1;
      sleep_ms (10);
    }
}

static void
write_all (int fd, const char *buf, size_t len)
{
  while (len > 0)
    {
      ssize_t r = write (fd, buf, len);
      if (r < 0 && errno != EINTR)
        die ("write");
      if (r > 0)
        {
          buf += r;
          len -= (size_t) r;
        }
    }
}

/* Writes into the non-blocking FD until it takes no more; returns the
   number of bytes written.  */
static size_t
fill (int fd)
{
  static const char junk[4096];
  size_t filled = 0;
  for (;;)
    {
      ssize_t r = write (fd, junk, sizeof junk);
      if (r > 0)
        filled += (size_t) r;
      else if (errno == EAGAIN || errno == EWOULDBLOCK)
        return filled;
      else if (errno != EINTR)
        die ("filling the pipe");
    }
}

/* Copies FD to our output, dropping the first SKIP bytes.  */
static void
drain (int fd, size_t skip, size_t chunk, long pause_ms)
{
  char *buf = malloc (chunk);
  if (!buf)
    die ("malloc");
  for (;;)
    {
      ssize_t r = read (fd, buf, chunk);
      if (r == 0)
        break;
      if (r < 0)
        {
          if (errno != EINTR)
            die ("read");
          continue;
        }
      size_t n = (size_t) r, drop = skip < n ? skip : n;
      skip -= drop;
      write_all (1, buf + drop, n - drop);
      if (pause_ms)
        sleep_ms (pause_ms);
    }
  free (buf);
}

/* Replaces every "{}" in ARGV with N; the strings leak, which is fine in
   a child about to exec.  */
static void
number_args (char **argv, int n)
{
  for (; *argv; argv++)
    {
      const char *mark = strstr (*argv, "{}");
      if (!mark)
        continue;
      size_t len = strlen (*argv) + 16;
      char *arg = malloc (len);
      if (!arg)
        die ("malloc");
      snprintf (arg, len, "%.*s%d%s", (int) (mark - *argv), *argv, n,
                mark + 2);
      *argv = arg;
    }
}

static void
run (char **argv)
{
  execvp (argv[0], argv);
  die (argv[0]);
}

/* Starts COUNT copies together: each waits until GO closes.  */
static int
run_copies (char **argv, long count)
{
  static pid_t pid[MAX_COPIES];
  int go[2];
  if (pipe (go) != 0)
    die ("pipe");
  for (long i = 0; i < count; i++)
    {
      pid[i] = fork ();
      if (pid[i] < 0)
        die ("fork");
      if (pid[i] == 0)
        {
          char c;
          close (go[1]);
          while (read (go[0], &c, 1) < 0 && errno == EINTR)
            ;
          close (go[0]);
          number_args (argv, (int) i);
          run (argv);
        }
    }
  close (go[0]);
  close (go[1]);
  int result = 0;
  for (long i = 0; i < count; i++)
    {
      int status = wait_for (pid[i]);
      if (!result)
        result = status;
    }
  return result;
}

int
main (int argc, char **argv)
{
  bool piped = false, broken = false, nonblocking = false, filled = false;
  long wait_ms = 0, pause_ms = 0, chunk = 65536, copies = 0;
  int opt;
  while ((opt = getopt (argc, argv, "+f:i:d:PxnFw:c:p:N:")) != -1)
    switch (opt)
      {
      case 'f':
        {
          struct rlimit r;
          if (getrlimit (RLIMIT_FSIZE, &r) != 0)
            die ("getrlimit");
          r.rlim_cur = (rlim_t) number (optarg);
          if (setrlimit (RLIMIT_FSIZE, &r) != 0)
            die ("setrlimit");
        }
        break;
      case 'i':
      case 'd':
        if (signal (signal_number (optarg), opt == 'i' ? SIG_IGN : SIG_DFL)
            == SIG_ERR)
          die ("signal");
        break;
      case 'P': piped = true; break;
      case 'x': piped = broken = true; break;
      case 'n': piped = nonblocking = true; break;
      case 'F': piped = filled = true; break;
      case 'w': wait_ms = number (optarg); break;
      case 'c': chunk = number (optarg); break;
      case 'p': pause_ms = number (optarg); break;
      case 'N': copies = number (optarg); break;
      default:
        return SETUP_FAILED;
      }
  argv += optind;
  if (!argv[0] || chunk < 1 || copies > MAX_COPIES)
    {
      fputs ("usage: fault-helper [-f BYTES] [-i SIG] [-d SIG] [-Pxn]"
             " [-F] [-w MS] [-c BYTES] [-p MS] [-N COUNT] -- COMMAND...\n",
             stderr);
      return SETUP_FAILED;
    }
  if (copies)
    return run_copies (argv, copies);
  if (!piped)
    return run_copies (argv, 1);

  int p[2];
  if (pipe (p) != 0)
    die ("pipe");
  size_t junk = 0;
  if (filled || nonblocking)
    {
      int flags = fcntl (p[1], F_GETFL);
      if (flags < 0 || fcntl (p[1], F_SETFL, flags | O_NONBLOCK) != 0)
        die ("fcntl");
      if (filled)
        junk = fill (p[1]);
      if (!nonblocking && fcntl (p[1], F_SETFL, flags) != 0)
        die ("fcntl");
    }
  if (broken)
    close (p[0]);
  pid_t pid = fork ();
  if (pid < 0)
    die ("fork");
  if (pid == 0)
    {
      if (dup2 (p[1], 1) < 0)
        die ("dup2");
      close (p[1]);
      if (!broken)
        close (p[0]);
      run (argv);
    }
  close (p[1]);
  int status = -1;
  if (!broken)
    {
      status = wait_up_to (pid, wait_ms);
      drain (p[0], junk, (size_t) chunk, pause_ms);
    }
  return status >= 0 ? status : wait_for (pid);
}
