/* The four functions a compiler may call even in freestanding code, for
   a build that links no libc.  configure compiles libc-free builds with
   -fno-tree-loop-distribute-patterns where the compiler has it, so that
   these loops are not turned back into calls to themselves.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stddef.h>

void *memcpy (void *restrict dest, const void *restrict src, size_t n);
void *memmove (void *dest, const void *src, size_t n);
void *memset (void *dest, int c, size_t n);
int memcmp (const void *a, const void *b, size_t n);

void *
memcpy (void *restrict dest, const void *restrict src, size_t n)
{
  return memmove (dest, src, n);
}

void *
memmove (void *dest, const void *src, size_t n)
{
  unsigned char *d = dest;
  const unsigned char *s = src;
  if (d < s)
    for (size_t i = 0; i < n; i++)
      d[i] = s[i];
  else
    while (n-- > 0)
      d[n] = s[n];
  return dest;
}

void *
memset (void *dest, int c, size_t n)
{
  unsigned char *d = dest;
  for (size_t i = 0; i < n; i++)
    d[i] = (unsigned char) c;
  return dest;
}

int
memcmp (const void *a, const void *b, size_t n)
{
  const unsigned char *p = a, *q = b;
  for (size_t i = 0; i < n; i++)
    if (p[i] != q[i])
      return p[i] - q[i];
  return 0;
}
