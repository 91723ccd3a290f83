#!/bin/sh
# The fuzz harness's checks on the build's own ABI, without libFuzzer:
# tests/fuzz/echo-fuzz-run takes the seed corpus, then pseudo-random
# inputs, in one run (under the emulator of a cross build).  A failing
# input is saved next to it, as tests/fuzz/crash-SEED-CASE.
# RAWECHO_FUZZ_SEED picks other inputs (default 1); RAWECHO_FULL=1 checks
# ten times as many.
. "$(dirname "$0")/setup.sh"

: "${RAWECHO_FUZZ_RUN:?RAWECHO_FUZZ_RUN must name tests/fuzz/echo-fuzz-run}"
# A program linked with libc, which an emulator may not run.
if test -n "${RAWECHO_LIBC_CANNOT_RUN-}"; then
  echo "SKIP: ${0##*/}: $RAWECHO_LIBC_CANNOT_RUN"
  exit 77
fi

$RAWECHO_RUNNER "$RAWECHO_FUZZ_RUN" -seed "${RAWECHO_FUZZ_SEED:-1}" \
  -o "$(dirname "$RAWECHO_FUZZ_RUN")" "$(dirname "$0")"/fuzz/corpus/* || {
  echo "FAIL: ${0##*/}: replay the input with:" \
    $RAWECHO_RUNNER "$RAWECHO_FUZZ_RUN" FILE
  exit 1
}
