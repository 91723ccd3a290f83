#!/bin/sh
# Differential test: a generated corpus of argument vectors through
# rawecho and through the system's GNU /bin/echo; stdout and status must
# be identical.  RAWECHO_DIFF_CASES sets the corpus size: 3000 by default;
# with RAWECHO_QUICK, 300, or 40 through a runner (an emulator, a
# sanitizer), where every run costs a slow start and the decoder's logic
# is left to the unit tests and the fuzz driver: there the corpus shows
# what only a process can, arguments, environment, output and status on
# their way through the kernel.
. "$(dirname "$0")/setup.sh"

reference=${RAWECHO_REFERENCE:-/bin/echo}
if ! "$reference" --version 2>/dev/null | grep -q 'GNU coreutils'; then
  echo "SKIP: $reference is not GNU coreutils echo"
  exit 77
fi

cases=3000
if test -n "${RAWECHO_QUICK-}"; then
  cases=300
  test -n "${RAWECHO_RUNNER-}" && cases=40
fi
LC_ALL=C awk -v cases="${RAWECHO_DIFF_CASES:-$cases}" \
  -f "$(dirname "$0")/corpus.awk" > "$testdir/corpus" || exit 99
# Windows arguments are UTF-16 text: there, read the corpus's bytes above
# 127 as Latin-1 characters, which reach the program as UTF-8.
if test "${RAWECHO_PLATFORM-}" = windows; then
  iconv -f LATIN1 -t UTF-8 "$testdir/corpus" > "$testdir/corpus-utf8" &&
    mv "$testdir/corpus-utf8" "$testdir/corpus" || exit 99
fi

# An --enable-xpg-echo build decodes escapes by default, which GNU echo
# does after a leading -e; under POSIXLY_CORRECT it reads no options while
# GNU reads a first -n, so those vectors are left out.
c () {
  n=$1 posix=$2
  shift 2
  if test "$xpg" = 1; then
    test "$posix" != 0 && test "$1" = -n && return
    test "$posix" = 0 && test "$impl" = ref && set -- -e "$@"
  fi
  printf '\n#%s: ' "$n"
  if test "$impl/${RAWECHO_PLATFORM-}" = rawecho/windows; then
    under_wine "$@"
  else
    run_case "$@"
  fi
  printf ' [%s]' $?
}

run_case () {
  case $posix in
    0) $cmd "$@" ;;
    1) POSIXLY_CORRECT= $cmd "$@" ;;
    2) POSIXLY_CORRECT=1 $cmd "$@" ;;
  esac
}

# Now and then, about once in several hundred starts on a busy machine,
# wine ends a program with status 1 before it has written anything.  A
# case that ends so, without rawecho's own message, runs once more; the
# log keeps what wine said.
under_wine () {
  run_case "$@" > "$testdir/case-out" 2> "$testdir/case-err"
  status=$?
  if test "$status" -ne 0 && test ! -s "$testdir/case-out" &&
     ! grep -q 'write error' "$testdir/case-err"; then
    echo "differential.sh: case $n: status $status, no output, stderr:" \
      "'$(head -c 300 "$testdir/case-err")': once more" >&2
    run_case "$@" > "$testdir/case-out" 2> "$testdir/case-err"
    status=$?
  fi
  cat "$testdir/case-out"
  return "$status"
}

xpg=$RAWECHO_XPG
impl=ref cmd=$reference
. "$testdir/corpus" > "$testdir/reference"
impl=rawecho cmd="$RAWECHO_RUNNER $RAWECHO"
. "$testdir/corpus" > "$testdir/rawecho"

cases=$(sed -n 's/^# cases: //p' "$testdir/corpus")
checks=$cases
if cmp -s "$testdir/reference" "$testdir/rawecho"; then
  echo "$cases argument vectors, 0 differences from $reference"
else
  diff -a "$testdir/reference" "$testdir/rawecho" | head -40
  first=$(cmp "$testdir/reference" "$testdir/rawecho" | head -1)
  fail "rawecho and $reference differ ($first)"
fi
finish
