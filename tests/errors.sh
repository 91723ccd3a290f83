#!/bin/sh
# Write errors: the message, the status and what reaches the output must
# be what GNU echo gives.
. "$(dirname "$0")/setup.sh"

# The name messages start with: on Windows, as the command line spells it.
prog=$RAWECHO
if test "${RAWECHO_PLATFORM-}" = windows; then
  prog=$(run --help | sed -n 's/^Usage: \(.*\) \[-neE\].*/\1/p')
fi

# expect_error NAME STATUS STDERR-TEXT (after "PROG: ") in err/status.
expect_error () {
  check_status "$1" "$2" "$status"
  if test -n "$3"; then
    printf '%s: %s\n' "$prog" "$3" > "$testdir/expected-err"
  else
    : > "$testdir/expected-err"
  fi
  same_bytes "$1 (stderr)" "$testdir/expected-err" "$testdir/err"
}

if test -w /dev/full; then
  run hello > /dev/full 2> "$testdir/err"; status=$?
  expect_error '/dev/full' 1 'write error: No space left on device'
  run --help > /dev/full 2> "$testdir/err"; status=$?
  expect_error '--help to /dev/full' 1 'write error: No space left on device'
  run -n '' > /dev/full 2> "$testdir/err"; status=$?
  expect_error 'nothing to write to /dev/full' 0 ''
  # Output in several writes: the first failure ends it, with one message.
  case $RAWECHO_RUNNER in
    *wine*) echo 'SKIP: 220 KB to /dev/full: beyond a Windows command line' ;;
    *)
      big=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "0123456789 " }')
      run $big > /dev/full 2> "$testdir/err"; status=$?
      expect_error '220 KB to /dev/full' 1 \
        'write error: No space left on device' ;;
  esac
else
  echo 'SKIP: /dev/full checks: no writable /dev/full'
fi

run hello >&- 2> "$testdir/err"; status=$?
expect_error 'closed stdout' 1 'write error: Bad file descriptor'
run -n '' >&- 2> "$testdir/err"; status=$?
expect_error 'nothing to write, closed stdout' 0 ''
run --version >&- 2> "$testdir/err"; status=$?
expect_error '--version, closed stdout' 1 'write error: Bad file descriptor'
run -e 'x\c' >&- 2> "$testdir/err"; status=$?
expect_error 'output before \c, closed stdout' 1 'write error: Bad file descriptor'
run -e '\cx' >&- 2> "$testdir/err"; status=$?
expect_error '\c first, closed stdout' 0 ''

# A pipe nobody reads: open a FIFO for reading and writing, open it again
# for writing, then close the reading side.
if mkfifo "$testdir/fifo" 2>/dev/null; then
  exec 5<>"$testdir/fifo"
  exec 6>"$testdir/fifo"
  exec 5<&-
  # Windows has no SIGPIPE: a reader gone is a quiet exit 1 there.
  broken='write error: Broken pipe'
  test "${RAWECHO_PLATFORM-}" = windows && broken=
  (trap '' PIPE; run hello >&6 2> "$testdir/err"); status=$?
  expect_error 'broken pipe, SIGPIPE ignored' 1 "$broken"
  (trap '' PIPE; run -n '' >&6 2> "$testdir/err"); status=$?
  expect_error 'broken pipe, nothing to write' 0 ''
  # With SIGPIPE at its default the process dies of it, silently, just as
  # /bin/echo does here (a shell started with SIGPIPE ignored cannot
  # restore the default, so the reference is measured, not assumed).
  (trap - PIPE; /bin/echo hello >&6 2>/dev/null); ref=$?
  (trap - PIPE; run hello >&6 2> "$testdir/err"); status=$?
  if test "${RAWECHO_PLATFORM-}" = windows; then
    expect_error 'broken pipe, no SIGPIPE' 1 ''
  elif test "$ref" -gt 128; then
    expect_error 'broken pipe, SIGPIPE default' "$ref" ''
  else
    echo "SKIP: SIGPIPE default: this shell runs with SIGPIPE ignored"
  fi
  exec 6>&-
else
  echo 'SKIP: broken pipe checks: mkfifo failed'
fi

finish
