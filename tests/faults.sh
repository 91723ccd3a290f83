#!/bin/sh
# Faults the output meets on the way out: a full non-blocking pipe, slow
# readers, broken pipes, file-size limits, concurrent writers.  Where GNU
# echo succeeds or reports an error, rawecho must give the same bytes,
# message and status; where GNU loses output (EAGAIN), rawecho must not.
. "$(dirname "$0")/setup.sh"

case $RAWECHO_RUNNER in
  *wine*)
    echo 'SKIP: faults.sh: the scenarios need POSIX pipes, signals and' \
         'rlimits, which a Windows program under wine does not meet'
    exit 77 ;;
esac
if test -z "${RAWECHO_FAULT_HELPER-}" || test ! -f "$RAWECHO_FAULT_HELPER"
then
  echo 'SKIP: faults.sh: no fault-helper (RAWECHO_FAULT_HELPER) to set up' \
       'the faults; make check builds it'
  exit 77
fi
quick=${RAWECHO_QUICK-}

# helper OPTION... -- COMMAND...: the helper, a program of the build
# machine, run natively; only rawecho runs under the runner.
helper () {
  "$RAWECHO_FAULT_HELPER" "$@"
}

# words N WORD: N copies of WORD, for "set --".
words () {
  awk -v n="$1" -v w="$2" 'BEGIN { for (i = 0; i < n; i++) print w }'
}

gnu=
/bin/echo --version 2>/dev/null | grep -q GNU && gnu=/bin/echo

# expect NAME STATUS: out/err/status against expected-out and the text
# expected-err, with "PROG: " put in front when not empty.
expect () {
  check_status "$1" "$2" "$status"
  same_bytes "$1 (stdout)" "$testdir/expected-out" "$testdir/out"
  same_bytes "$1 (stderr)" "$testdir/expected-err" "$testdir/err"
}

# like_gnu NAME HELPER-OPTION... -- ARG...: rawecho and GNU echo in the same
# fault, compared: output, status, and the message with the program's
# name in it.  Output goes to $testdir/out (truncated first).
like_gnu () {
  name=$1; shift
  hopts=
  while test "$1" != --; do hopts="$hopts $1"; shift; done
  shift
  if test -z "$gnu"; then
    echo "SKIP: $name: /bin/echo is not GNU echo"
    return
  fi
  in_fault $hopts -- "$gnu" "$@"
  mv "$testdir/out" "$testdir/expected-out"
  sed "s|^$gnu:|$RAWECHO:|" "$testdir/err" > "$testdir/expected-err"
  expected_status=$status
  in_fault $hopts -- $RAWECHO_RUNNER "$RAWECHO" "$@"
  expect "$name" "$expected_status"
}

# in_fault HELPER-OPTION... -- COMMAND...: out, err and status.  Stderr
# goes through a pipe, out of reach of a file-size limit.
in_fault () {
  : > "$testdir/out"
  { helper "$@" 2>&1 >> "$testdir/out"; echo $? > "$testdir/status"; } \
    | cat > "$testdir/err"
  status=$(cat "$testdir/status")
}

long=$(words 1000 0123456789abcdef | tr '\n' ' ')

# A pipe full before rawecho starts, read only once the writer has exited
# or half a second has passed: GNU echo fails with EAGAIN here (which also
# proves the pipe really was full); rawecho waits.
printf 'hello, world\n' > "$testdir/expected-out"
: > "$testdir/expected-err"
if test -n "$gnu"; then
  helper -nF -w 10000 -- "$gnu" hello, world > "$testdir/out" 2> "$testdir/err"
  status=$?
  printf '%s: write error: Resource temporarily unavailable\n' "$gnu" \
    > "$testdir/gnu-err"
  check_status 'full non-blocking pipe: GNU echo fails' 1 "$status"
  same_bytes 'full non-blocking pipe: GNU message' "$testdir/gnu-err" \
    "$testdir/err"
fi
helper -nF -w 500 -- $RAWECHO_RUNNER "$RAWECHO" hello, world \
  > "$testdir/out" 2> "$testdir/err"
status=$?
expect 'full non-blocking pipe, late reader' 0

# The same with output far beyond the pipe's size, read slowly in small
# pieces, so the wait for room comes again and again; and with escapes.
set -- $long $long $long $long $long $long $long $long
printf '%s\n' "$*" > "$testdir/expected-out"
helper -nF -w 500 -c 1000 -p 1 -- $RAWECHO_RUNNER "$RAWECHO" "$@" \
  > "$testdir/out" 2> "$testdir/err"
status=$?
expect 'full non-blocking pipe, 136 KB, slow reader' 0
printf 'a\tb\001c' > "$testdir/expected-out"
helper -nF -w 500 -- $RAWECHO_RUNNER "$RAWECHO" -ne 'a\tb\001c\cdropped' \
  > "$testdir/out" 2> "$testdir/err"
status=$?
expect 'full non-blocking pipe, escapes and \c' 0

# More than 1 MB (in quick runs 350 KB, still six 64 KiB writes) through
# a reader that takes 4 KiB every millisecond, blocking and non-blocking.
set --
pieces='1 2 3 4 5 6 7 8 9' least=1000000
test -n "$quick" && pieces='1 2 3' least=300000
for i in $pieces; do set -- "$@" $long $long $long $long $long $long $long; done
printf '%s\n' "$*" > "$testdir/expected-out"
size=$(wc -c < "$testdir/expected-out")
test "$size" -gt "$least" || fail "the slow reader test writes only $size bytes"
for mode in -P -n; do
  helper $mode -c 4096 -p 1 -- $RAWECHO_RUNNER "$RAWECHO" "$@" \
    > "$testdir/out" 2> "$testdir/err"
  status=$?
  expect "slow reader, $size bytes ($mode)" 0
done

# Broken pipes: with SIGPIPE at its default (set by the helper, whatever
# the shell runs with) both die of it silently; with it ignored both
# report EPIPE once, however much output was left.
like_gnu 'broken pipe, SIGPIPE default' -x -d PIPE -- hello
like_gnu 'broken pipe, SIGPIPE ignored' -x -i PIPE -- hello
set -- $long $long $long $long $long $long $long $long $long $long
like_gnu 'broken pipe, SIGPIPE ignored, 170 KB' -x -i PIPE -- "$@"
like_gnu 'broken pipe, SIGPIPE default, 170 KB' -x -d PIPE -- "$@"

# A file-size limit the output crosses, below and beyond 64 KiB: the
# bytes that fit, then "File too large" and 1 with SIGXFSZ ignored, or
# death by SIGXFSZ.  A limit the output fits in changes nothing.
case $RAWECHO_RUNNER in
  *valgrind*)
    echo 'SKIP: RLIMIT_FSIZE: valgrind writes files of its own at start-up,' \
         'which the limit cuts short' ;;
  *)
    like_gnu 'RLIMIT_FSIZE 10, SIGXFSZ ignored' -f 10 -i XFSZ -- hello, world
    like_gnu 'RLIMIT_FSIZE 100000, SIGXFSZ ignored' -f 100000 -i XFSZ -- "$@"
    like_gnu 'RLIMIT_FSIZE 100000, SIGXFSZ default' -f 100000 -d XFSZ -- "$@"
    like_gnu 'RLIMIT_FSIZE 12, output fits' -f 12 -i XFSZ -- hello, world
    like_gnu 'RLIMIT_FSIZE 0, nothing to write' -f 0 -i XFSZ -- -n ;;
esac

# Concurrent writers into one pipe: each line must arrive whole.  A pipe
# keeps writes of up to PIPE_BUF (4096 bytes on Linux) whole, so the lines
# stay below that; each is made of many words that a writer writing them
# one by one would let interleave.  A file opened for appending on a
# local Linux file system keeps whole writes of any size: there the lines
# are 60 KB.
# check_lines NAME COUNT WORDS FILE: COUNT lines, the n-th all "wN".
check_lines () {
  checks=$((checks + 1))
  awk -v count="$2" -v words="$3" '
    NF != words { bad = "line " NR " has " NF " words"; exit }
    { for (i = 2; i <= NF; i++) if ($i != $1) { bad = "line " NR " mixes " $1 " and " $i; exit }
      seen[$1]++ }
    END {
      if (!bad && NR != count) bad = NR " lines, expected " count
      for (n = 0; !bad && n < count; n++)
        if (seen["w" n] != 1) bad = "w" n " appears " seen["w" n] + 0 " times"
      if (bad) { print bad; exit 1 }
    }' "$4" > "$testdir/why" || fail "$1: $(cat "$testdir/why")"
}
writers=50
test -n "$quick" && writers=10
set -- $(words 800 'w{}')
helper -N "$writers" -- $RAWECHO_RUNNER "$RAWECHO" "$@" 2> "$testdir/err" \
  | cat > "$testdir/out"
check_lines "$writers concurrent writers into a pipe" "$writers" 800 \
  "$testdir/out"
set -- $(words 15000 'w{}')
: > "$testdir/out"
helper -N "$writers" -- $RAWECHO_RUNNER "$RAWECHO" "$@" \
  >> "$testdir/out" 2> "$testdir/err"
status=$?
check_status 'concurrent writers, appending' 0 "$status"
check_lines "$writers concurrent writers appending 60 KB lines" "$writers" \
  15000 "$testdir/out"

finish
