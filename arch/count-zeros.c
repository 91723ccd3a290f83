/* The zero-bit counts GCC calls a routine for on processors without an
   instruction for them (the core's word search asks for them), for a
   build that links no libc: libgcc's read a table through the GOT,
   which a static PIE would have to relocate.
   Copyright (C) 2026 The rawecho authors.  GPL-3.0-or-later.  */

#include <stdint.h>

int __ctzsi2 (uint32_t x);
int __ctzdi2 (uint64_t x);
int __clzsi2 (uint32_t x);
int __clzdi2 (uint64_t x);

/* The zero bits below the lowest one set in X (not 0), the lowest BITS
   of 64 being all there are: where the lower half of what is left has
   no bit set, it is counted and shifted out.  */
static int
trailing_zeros (uint64_t x, unsigned bits)
{
  int n = 0;
  for (unsigned half = bits / 2; half > 0; half /= 2)
    if ((x & ((UINT64_C (1) << half) - 1)) == 0)
      {
        n += (int) half;
        x >>= half;
      }
  return n;
}

/* The zero bits above the highest one set in X (not 0), which has BITS
   bits.  */
static int
leading_zeros (uint64_t x, unsigned bits)
{
  int n = 0;
  for (unsigned half = bits / 2; half > 0; half /= 2)
    if (x >> (bits - half) == 0)
      {
        n += (int) half;
        x <<= half;
      }
  return n;
}

int
__ctzsi2 (uint32_t x)
{
  return trailing_zeros (x, 32);
}

int
__ctzdi2 (uint64_t x)
{
  return trailing_zeros (x, 64);
}

int
__clzsi2 (uint32_t x)
{
  return leading_zeros (x, 32);
}

int
__clzdi2 (uint64_t x)
{
  return leading_zeros (x, 64);
}
