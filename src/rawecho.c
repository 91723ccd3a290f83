/* rawecho: argv -> options -> escapes -> one backend write -> exit.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <config.h>

#include "arch.h"
#include "echo.h"
#include "messages.h"

/* Output of up to this size leaves in a single write: whole, wherever
   the kernel keeps a write whole (a pipe up to PIPE_BUF, a file opened
   for appending).  */
enum { ATOMIC_OUTPUT = 64 * 1024 };

int
outbuf_drain (struct outbuf *ob)
{
  return arch_write (ob->fd, ob->buf, ob->len);
}

int
main (int argc, char **argv, char **envp)
{
  static char out[ATOMIC_OUTPUT];
  /* Field by field: an initialiser may become a template holding the
     addresses, which a position-independent program would have to
     relocate at start-up.  */
  struct outbuf ob;
  ob.buf = out;
  ob.cap = sizeof out;
  ob.len = 0;
  ob.fd = 1;
  const char *prog = argc > 0 ? argv[0] : PACKAGE;
  struct echo_opts o = echo_parse (argc, argv, echo_posixly_correct (envp),
                                   XPG_ECHO_DEFAULT);
  int err;
  switch (o.action)
    {
    case ECHO_HELP:
      err = put_help (&ob, prog, XPG_ECHO_DEFAULT);
      break;
    case ECHO_VERSION:
      err = put_version (&ob, PACKAGE_VERSION, arch_backend);
      break;
    default:
      {
        /* Where the kernel laid the words out end to end, write them from
           where they are instead of copying them.  */
        size_t len;
        const char *text = echo_in_place (argc, argv, &o, &len);
        if (text && o.first == argc)
          err = outbuf_send (&ob, text, len);
        else
          {
            err = text ? outbuf_put (&ob, text, len) : 0;
            if (!err)
              err = echo_words (&ob, argc, argv, &o);
          }
      }
      break;
    }
  if (!err)
    err = outbuf_flush (&ob);
  if (!err)
    return 0;

  char scratch[UNKNOWN_ERROR_SIZE];
  const char *text = arch_error_text (err, scratch);
  if (text)
    {
      /* The message goes out in one piece if it fits: reuse the buffer,
         whose contents are lost anyway.  */
      ob.fd = 2;
      ob.len = 0;
      if (!put_write_error (&ob, prog, text))
        outbuf_flush (&ob);
    }
  return 1;
}
