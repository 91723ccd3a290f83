# Stage: make bench in its quick form, as a smoke test: the benchmark and
# its floor binary build, every tool it drives runs, and every target row
# is printed with a figure.  Speed is never asserted; the figures are in
# the log for reading.
# packages: autoconf automake libtool pkgconf make gcc binutils
# packages: valgrind strace busybox toybox
. "$src/tests/ci/stage.sh"

bench () {
  "$src/configure" -q
  RAWECHO_QUICK=1 make bench > bench.log 2>&1 || { cat bench.log; return 1; }
  cat bench.log
  rows=$(grep -cE ' (PASS|MISS)$' bench.log)
  if test "$rows" -ne 11 || grep -q 'n/a' bench.log; then
    echo "$stage: FAIL: $rows target rows, or a figure missing"
    return 1
  fi
  grep -E ' (PASS|MISS)$' bench.log | sed "s/^ */$stage: /"
  echo "$stage: make bench printed all $rows target rows"
}

configs <<END
bench bench
END
stage_end
