/* Output buffer: bytes accumulate here and leave through outbuf_drain,
   which the program linking the core defines: rawecho writes through its
   backend, the tests collect.  A function, not a pointer in the
   structure: a pointer to a function is, on some ABIs (hppa, ppc64
   ELFv1), a descriptor that a static PIE must relocate at start-up, and
   on hppa one that the linker puts in an executable, writable segment.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#ifndef RAWECHO_OUTBUF_H
#define RAWECHO_OUTBUF_H

#include <stddef.h>

struct outbuf
{
  char *buf;
  size_t cap;
  size_t len;
  int fd;                       /* for the drain's use only */
};

/* Writes out buf[0..len); returns 0 or a backend error code.  */
int outbuf_drain (struct outbuf *ob);

/* Drains the buffer if it holds anything; returns 0 or the error.  */
int outbuf_flush (struct outbuf *ob);

/* Appends N bytes, draining whenever the buffer fills.  */
int outbuf_put (struct outbuf *ob, const char *s, size_t n);

/* Appends byte C.  Inline, for it goes between every two words: unless
   the buffer is full it costs a store, not a call.  */
static inline int
outbuf_putc (struct outbuf *ob, char c)
{
  if (ob->len == ob->cap)
    return outbuf_put (ob, &c, 1);
  ob->buf[ob->len++] = c;
  return 0;
}

/* Drains what the buffer holds, then the N bytes at S, in pieces of at
   most the buffer's capacity, without copying them.  */
int outbuf_send (struct outbuf *ob, const char *s, size_t n);

/* Appends a NUL-terminated string.  */
int outbuf_puts (struct outbuf *ob, const char *s);

/* Appends the N strings of PARTS in turn.  */
int outbuf_putv (struct outbuf *ob, const char *const *parts, size_t n);

#endif
