#!/bin/sh
# The BSD and macOS system call headers cannot run here: compile the asm
# backend for each of those targets, with clang's own freestanding
# headers only, and check that the traps and numbers came out.
. "$(dirname "$0")/setup.sh"

if test -n "${RAWECHO_SKIP_HOST_INDEPENDENT-}"; then
  echo "SKIP: bsd-compile.sh: the same for every host: $RAWECHO_SKIP_HOST_INDEPENDENT"
  exit 77
fi

if ! command -v clang >/dev/null 2>&1; then
  echo "SKIP: clang is not installed"
  exit 77
fi
top_srcdir=$(dirname "$0")/..
printf '#define RAWECHO_HOST_OS "bsd"\n#define RAWECHO_HOST_ARCH "cpu"\n' \
  > "$testdir/config.h"

# compiles TARGET TRAP: the backend builds for TARGET, and its code
# contains the instruction TRAP.
compiles () {
  checks=$((checks + 1))
  if ! clang --target="$1" -ffreestanding -O2 -Wall -Werror \
         -I"$testdir" -I"$top_srcdir/arch" -I"$top_srcdir/lib" \
         -S -o "$testdir/raw.s" "$top_srcdir/arch/raw.c" 2>"$testdir/err"; then
    fail "$1: does not compile"
    sed 's/^/  /' "$testdir/err"
  elif ! grep -q "$2" "$testdir/raw.s"; then
    fail "$1: no '$2' in the code"
  fi
}

compiles x86_64-unknown-freebsd14.1 'syscall'
compiles aarch64-unknown-freebsd14.1 'svc[[:space:]]*#0$'
compiles x86_64-unknown-netbsd10.0 'syscall'
compiles x86_64-apple-darwin23 'syscall'
compiles arm64-apple-darwin23 'svc[[:space:]]*#0x80'
# A libc-free build is refused where only libc promises an ABI.
checks=$((checks + 1))
if clang --target=x86_64-unknown-freebsd14.1 -ffreestanding \
     -DRAWECHO_FREESTANDING -I"$testdir" -I"$top_srcdir/arch" \
     -I"$top_srcdir/lib" -fsyntax-only "$top_srcdir/arch/raw.c" 2>/dev/null; then
  fail "a libc-free FreeBSD build compiles"
fi
finish
