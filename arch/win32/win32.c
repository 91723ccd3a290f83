/* The Windows backend: kernel32 only, no C runtime.  Output goes to
   WriteFile as the exact bytes, with no LF to CRLF translation, or, on a
   console, through WriteConsoleW as UTF-16, since a console shows
   WriteFile's bytes in its own legacy code page.  The words come from
   GetCommandLineW, not from the C runtime's argv, which is in the ANSI
   code page and loses whatever that cannot spell.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <stdbool.h>

#include "arch.h"
#include "cmdline.h"

const char arch_backend[] =
  "win32 (" RAWECHO_HOST_OS " " RAWECHO_HOST_ARCH ", kernel32)";

/* Bytes converted and written per WriteConsoleW: consoles have an
   unspecified limit on one write.  Each byte of UTF-8 gives at most one
   UTF-16 unit.  */
enum { CONSOLE_CHUNK = 8192 };

/* The start of a UTF-8 sequence that one arch_write call ended in the
   middle of, kept for the next, per descriptor.  */
struct pending
{
  HANDLE console;
  unsigned char byte[4];
  size_t len;
};
static struct pending pending[3];

static bool
continuation (unsigned char c)
{
  return (c & 0xc0) == 0x80;
}

/* The length of the UTF-8 sequence that C starts; 1 for a byte that
   starts none.  */
static size_t
sequence_length (unsigned char c)
{
  return c < 0xc2 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 1;
}

/* How many bytes at the end of S[0..N) start a sequence that goes on
   past N.  */
static size_t
incomplete_tail (const char *s, size_t n)
{
  for (size_t back = 1; back <= 3 && back <= n; back++)
    {
      unsigned char c = (unsigned char) s[n - back];
      if (!continuation (c))
        return sequence_length (c) > back ? back : 0;
    }
  return 0;
}

/* Writes N <= CONSOLE_CHUNK bytes of UTF-8 to console H; invalid bytes
   show as U+FFFD.  */
static int
console_put (HANDLE h, const char *s, size_t n)
{
  static WCHAR wide[CONSOLE_CHUNK];
  if (n == 0)
    return 0;
  int units = MultiByteToWideChar (CP_UTF8, 0, s, (int) n,
                                   wide, CONSOLE_CHUNK);
  if (units == 0)
    return (int) GetLastError ();
  for (int done = 0; done < units;)
    {
      DWORD written;
      if (!WriteConsoleW (h, wide + done, (DWORD) (units - done), &written,
                          NULL))
        return (int) GetLastError ();
      done += (int) written;
    }
  return 0;
}

static int
console_write (HANDLE h, struct pending *p, const char *buf, size_t len)
{
  /* First finish, or give up on, the sequence the last call began.  */
  if (p->len > 0)
    {
      size_t need = sequence_length (p->byte[0]);
      for (; p->len < need && len > 0 && continuation ((unsigned char) *buf);
           buf++, len--)
        p->byte[p->len++] = (unsigned char) *buf;
      if (p->len < need && len == 0)
        return 0;
      int err = console_put (h, (const char *) p->byte, p->len);
      p->len = 0;
      if (err)
        return err;
    }

  while (len > 0)
    {
      bool last = len <= CONSOLE_CHUNK;
      size_t n = last ? len : CONSOLE_CHUNK;
      /* A sequence cut by the chunk's end starts the next chunk.  */
      size_t whole = n - incomplete_tail (buf, n);
      int err = console_put (h, buf, whole);
      if (err)
        return err;
      buf += whole;
      len -= whole;
      if (last)
        break;
    }
  /* Output of more than one arch_write call can cut a sequence too.  */
  p->console = h;
  for (; p->len < len; p->len++)
    p->byte[p->len] = (unsigned char) buf[p->len];
  return 0;
}

static int
file_write (HANDLE h, const char *buf, size_t len)
{
  while (len > 0)
    {
      DWORD n = len < 0x40000000 ? (DWORD) len : 0x40000000, written;
      if (!WriteFile (h, buf, n, &written, NULL))
        return (int) GetLastError ();
      /* A non-blocking (PIPE_NOWAIT) pipe that is full takes nothing and
         offers nothing to wait on: give the reader a moment.  */
      if (written == 0)
        Sleep (1);
      buf += written;
      len -= written;
    }
  return 0;
}

int
arch_write (int fd, const char *buf, size_t len)
{
  HANDLE h = GetStdHandle (fd == 2 ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
  DWORD mode;
  /* No handle at all (a GUI parent, a service) is a closed stdout.  */
  if (h == NULL || h == INVALID_HANDLE_VALUE)
    return ERROR_INVALID_HANDLE;
  if (GetConsoleMode (h, &mode))
    return console_write (h, &pending[fd], buf, len);
  return file_write (h, buf, len);
}

/* Shows what is left of a cut sequence as U+FFFD, at exit.  */
static int
console_finish (void)
{
  int status = 0;
  for (size_t fd = 1; fd <= 2; fd++)
    if (pending[fd].len > 0
        && console_put (pending[fd].console,
                        (const char *) pending[fd].byte, pending[fd].len))
      status = 1;
  return status;
}

const char *
arch_error_text (int err, char scratch[UNKNOWN_ERROR_SIZE])
{
  /* The errors worded as their nearest POSIX counterparts, so that
     messages read as they do elsewhere.  */
  static const struct
  {
    DWORD code;
    enum write_error text;
  } known[] = {
    { ERROR_INVALID_HANDLE, WE_BADF },
    { ERROR_ACCESS_DENIED, WE_ACCES },
    { ERROR_DISK_FULL, WE_NOSPC },
    { ERROR_HANDLE_DISK_FULL, WE_NOSPC },
    { ERROR_NOT_ENOUGH_MEMORY, WE_NOMEM },
    { ERROR_OUTOFMEMORY, WE_NOMEM },
    { ERROR_INVALID_PARAMETER, WE_INVAL },
    { ERROR_WRITE_PROTECT, WE_ROFS },
    { ERROR_WRITE_FAULT, WE_IO },
    { ERROR_GEN_FAILURE, WE_IO },
    { ERROR_IO_DEVICE, WE_IO },
    { ERROR_FILE_TOO_LARGE, WE_FBIG },
    { ERROR_NOT_SUPPORTED, WE_OPNOTSUPP },
    { ERROR_OPERATION_ABORTED, WE_INTR },
  };
  switch (err)
    {
    /* A reader that went away; Windows has no SIGPIPE to end the
       process quietly, so the quiet exit is ours.  Documented is
       ERROR_BROKEN_PIPE, Windows gives ERROR_NO_DATA, wine
       ERROR_PIPE_NOT_CONNECTED.  */
    case ERROR_BROKEN_PIPE:
    case ERROR_NO_DATA:
    case ERROR_PIPE_NOT_CONNECTED:
      return NULL;
    }
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (known[i].code == (DWORD) err)
      return write_error_text (known[i].text);
  return unknown_error_text (scratch, err);
}

/* The words of the command line, in UTF-8, on the process heap.
   Returns the number of words, or -1 if there is no memory for them.  */
static int
utf8_argv (char ***argvp)
{
  const WCHAR *cmd = GetCommandLineW ();
  size_t len = 0;
  while (cmd[len])
    len++;

  HANDLE heap = GetProcessHeap ();
  uint16_t *words = HeapAlloc (heap, 0, (len + 1) * sizeof *words);
  uint16_t **wargv = HeapAlloc (heap, 0, (len + 2) * sizeof *wargv);
  char **argv = HeapAlloc (heap, 0, (len + 2) * sizeof *argv);
  if (!words || !wargv || !argv)
    return -1;
  int argc = cmdline_split ((const uint16_t *) cmd, len, words, wargv);
  *argvp = argv;
  argv[argc] = NULL;
  if (argc == 0)
    return 0;

  /* All words at once, with their NULs; lone surrogates become U+FFFD.  */
  int units = (int) (wargv[argc - 1] - words);
  while (words[units++])
    continue;
  int size = WideCharToMultiByte (CP_UTF8, 0, (LPCWCH) words, units,
                                  NULL, 0, NULL, NULL);
  char *utf8 = HeapAlloc (heap, 0, (SIZE_T) size);
  if (!utf8 || WideCharToMultiByte (CP_UTF8, 0, (LPCWCH) words, units,
                                    utf8, size, NULL, NULL) != size)
    return -1;
  for (int i = 0; i < argc; i++)
    {
      argv[i] = utf8;
      while (*utf8++)
        continue;
    }
  return argc;
}

/* Whether POSIXLY_CORRECT is set, empty or not.  */
static bool
posixly_correct (void)
{
  WCHAR value[1];
  SetLastError (0);
  return GetEnvironmentVariableW (L"POSIXLY_CORRECT", value, 1) > 0
         || GetLastError () != ERROR_ENVVAR_NOT_FOUND;
}

/* GCC makes main call this, where a C runtime would run constructors;
   rawecho has none.  */
void
__main (void)
{
}

/* The entry point: the linker is told to start here, so the C runtime
   never runs.  The name is fixed so that 32-bit x86 does not decorate it
   with an underscore, and the stack is realigned because Windows only
   promises 32-bit code 4-byte alignment.  */
void rawecho_start (void) __asm__ ("rawecho_start");

__attribute__ ((noreturn, force_align_arg_pointer)) void
rawecho_start (void)
{
  static char posix_entry[] = "POSIXLY_CORRECT=";
  char *envp[2] = { NULL, NULL };
  char **argv;
  int argc = utf8_argv (&argv);
  if (argc < 0)
    ExitProcess (1);
  if (posixly_correct ())
    envp[0] = posix_entry;
  int status = main (argc, argv, envp);
  if (console_finish () && status == 0)
    status = 1;
  ExitProcess ((UINT) status);
}
