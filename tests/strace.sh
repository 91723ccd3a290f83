#!/bin/sh
# A libc-free rawecho makes no system call beyond the ones its output
# needs: after execve, only write and exit_group.
. "$(dirname "$0")/setup.sh"

if test -n "$RAWECHO_RUNNER"; then
  echo "SKIP: strace cannot follow a program run by $RAWECHO_RUNNER"
  exit 77
fi
if ! run --version | grep -q 'libc-free'; then
  echo "SKIP: not a libc-free build"
  exit 77
fi
if ! command -v strace >/dev/null 2>&1; then
  echo "SKIP: strace is not installed"
  exit 77
fi
if ! strace -o /dev/null true 2>/dev/null; then
  echo "SKIP: strace cannot trace here (no ptrace permission?)"
  exit 77
fi

# check_calls NAME EXPECTED-CALLS ARGS...: the system calls after execve.
check_calls () {
  name=$1 expected=$2
  shift 2
  checks=$((checks + 1))
  strace -f -qq -o "$testdir/trace" "$RAWECHO" "$@" >/dev/null
  calls=$(sed -n 's/^[0-9]* *\([a-z_0-9]*\)(.*/\1/p' "$testdir/trace" |
          sed 1d | tr '\n' ' ')
  test "$(sed -n 1p "$testdir/trace" | grep -c execve)" = 1 ||
    fail "$name: the trace does not start with execve"
  test "$calls" = "$expected" ||
    fail "$name: after execve: '$calls', expected '$expected'"
}

check_calls hello 'write exit_group ' hello
check_calls 'no output' 'exit_group ' -n
check_calls --version 'write exit_group ' --version

finish
