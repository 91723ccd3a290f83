# Sourced by the shell tests: where rawecho is and how to run it.
# RAWECHO is the binary under test; RAWECHO_RUNNER, if set, runs it
# (qemu-user or wine for a cross build).

LC_ALL=C
export LC_ALL
unset POSIXLY_CORRECT

# RAWECHO_PLATFORM=windows: a Windows build, run by wine, which makes the
# UTF-16 arguments from the locale's character set: give it UTF-8.
if test "${RAWECHO_PLATFORM-}" = windows; then
  RAWECHO_RUNNER="env LC_ALL=C.UTF-8 $RAWECHO_RUNNER"
fi

: "${RAWECHO:?RAWECHO must name the rawecho binary under test}"
# A test that also reads the binary without running it sets
# reads_binary=yes before sourcing this, and checks RAWECHO_CANNOT_RUN
# itself.
if test -n "${RAWECHO_CANNOT_RUN-}" && test "${reads_binary-}" != yes; then
  echo "SKIP: ${0##*/}: $RAWECHO_CANNOT_RUN"
  exit 77
fi
if test ! -f "$RAWECHO"; then
  echo "FAIL: $RAWECHO does not exist"
  exit 1
fi

testdir=$(mktemp -d "${TMPDIR:-/tmp}/rawecho-test.XXXXXX") || exit 99
trap 'rm -rf "$testdir"' EXIT
# Ended by its time limit (tests/time-limit.sh) or interrupted: the exit
# status a signal gives, and the scratch directory removed all the same.
trap 'exit 143' TERM
trap 'exit 130' INT
failures=0
checks=0

# run ARGS...: rawecho, through the runner if there is one.
run () {
  $RAWECHO_RUNNER "$RAWECHO" "$@"
}

fail () {
  failures=$((failures + 1))
  printf 'FAIL: %s\n' "$*"
}

# same_bytes NAME EXPECTED-FILE ACTUAL-FILE
same_bytes () {
  checks=$((checks + 1))
  if ! cmp -s "$2" "$3"; then
    fail "$1"
    printf '  expected: '; od -An -c "$2" | head -5
    printf '  actual:   '; od -An -c "$3" | head -5
  fi
}

# check_status NAME EXPECTED ACTUAL
check_status () {
  checks=$((checks + 1))
  test "$2" = "$3" || fail "$1: exit status $3, expected $2"
}

finish () {
  printf '%s: %d checks, %d failed\n' "${0##*/}" "$checks" "$failures"
  test "$failures" -eq 0
  exit $?
}
