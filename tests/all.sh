#!/bin/sh
# The whole test suite: every stage in tests/ci/, in order.  Installs the
# Debian packages the stages need when they are missing (as root, or
# through sudo), builds each configuration out of tree under a scratch
# directory, and ends with one summary line.
#   sh tests/all.sh [STAGE...]      run all stages, or the named ones
#   sh tests/all.sh --packages      list the Debian packages and exit
# RAWECHO_QUICK=1 (the default when CI=true) shrinks the differential
# corpora run under emulators.
set -u
test "${CI-}" = true && : "${RAWECHO_QUICK:=1}"
export RAWECHO_QUICK
top=$(cd "$(dirname "$0")/.." && pwd)
stages=$(ls "$top"/tests/ci/*.sh)

packages () {
  sed -n 's/^# packages: //p' $stages | tr ' ' '\n' | sed '/^$/d' | sort -u
}

if test "${1-}" = --packages; then
  packages | tr '\n' ' '; echo
  exit 0
fi

missing=
for p in $(packages); do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'ok installed' \
    || missing="$missing $p"
done
if test -n "$missing"; then
  echo "all.sh: installing$missing"
  sudo=; test "$(id -u)" = 0 || sudo=sudo
  $sudo apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing \
    || { echo "all.sh: could not install$missing"; exit 1; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rawecho-all.XXXXXX")
trap 'rm -rf "$work"' EXIT
export top work

passed=0 failed=0 skipped=0 bad=
for stage in $stages; do
  name=$(basename "$stage" .sh)
  if test $# -gt 0; then
    case " $* " in *" $name "*) ;; *) continue ;; esac
  fi
  echo "=== stage $name"
  start=$(date +%s)
  sh "$stage" > "$work/$name.log" 2>&1
  rc=$?
  # Each stage prints its Automake summaries; add them up.
  p=$(sed -n 's/^# PASS: *//p' "$work/$name.log" | awk '{s+=$1} END {print s+0}')
  f=$(sed -n 's/^# \(FAIL\|ERROR\|XPASS\): *//p' "$work/$name.log" | awk '{s+=$1} END {print s+0}')
  s=$(sed -n 's/^# SKIP: *//p' "$work/$name.log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  grep -E '^(PASS|FAIL|SKIP|ERROR|XPASS):|^stage ' "$work/$name.log"
  # A stage with no Automake summary (analysers, fuzzing) counts as one
  # check of its own.
  if test $((p + f + s)) -eq 0; then
    if test $rc -eq 0; then p=1 passed=$((passed + 1)); fi
  fi
  if test $rc -ne 0; then
    bad="$bad $name"
    test "$f" -gt 0 || failed=$((failed + 1))
    echo "--- stage $name failed (exit $rc); the end of its log:"
    tail -n 60 "$work/$name.log"
  fi
  echo "=== stage $name: exit $rc, $p passed, $f failed, $s skipped," \
       "$(( $(date +%s) - start )) s"
done

test -z "$bad" || echo "failed stages:$bad"
echo "$passed passed, $failed failed, $skipped skipped"
test -z "$bad"
