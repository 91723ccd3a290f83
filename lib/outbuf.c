/* Output buffer.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include "outbuf.h"

int
outbuf_flush (struct outbuf *ob)
{
  if (ob->len == 0)
    return 0;
  int err = outbuf_drain (ob);
  ob->len = 0;
  return err;
}

int
outbuf_put (struct outbuf *ob, const char *s, size_t n)
{
  while (n > 0)
    {
      if (ob->len == ob->cap)
        {
          int err = outbuf_flush (ob);
          if (err)
            return err;
        }
      size_t room = ob->cap - ob->len;
      size_t k = n < room ? n : room;
      char *d = ob->buf + ob->len;
      for (size_t i = 0; i < k; i++)
        d[i] = s[i];
      ob->len += k;
      s += k;
      n -= k;
    }
  return 0;
}

int
outbuf_send (struct outbuf *ob, const char *s, size_t n)
{
  int err = outbuf_flush (ob);
  char *own = ob->buf;
  while (!err && n > 0)
    {
      /* The drain reads buf[0..len); it never writes there.  */
      ob->buf = (char *) s;
      ob->len = n < ob->cap ? n : ob->cap;
      err = outbuf_drain (ob);
      s += ob->len;
      n -= ob->len;
    }
  ob->buf = own;
  ob->len = 0;
  return err;
}

int
outbuf_puts (struct outbuf *ob, const char *s)
{
  /* One pass: copy until the NUL, draining when the buffer is full and
     bytes remain.  */
  for (;;)
    {
      char *d = ob->buf + ob->len, *full = ob->buf + ob->cap;
      while (d < full && *s)
        *d++ = *s++;
      ob->len = (size_t) (d - ob->buf);
      if (!*s)
        return 0;
      int err = outbuf_flush (ob);
      if (err)
        return err;
    }
}

int
outbuf_putv (struct outbuf *ob, const char *const *parts, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      int err = outbuf_puts (ob, parts[i]);
      if (err)
        return err;
    }
  return 0;
}
