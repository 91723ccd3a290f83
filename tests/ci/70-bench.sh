# Stage: make bench in its quick form, as a smoke test: the benchmark and
# its floor binary build, every tool it drives runs, and every target row
# is printed with a figure.  Speed is never asserted; the figures are in
# the log for reading.
# packages: autoconf automake libtool pkgconf make gcc binutils
# packages: valgrind strace busybox toybox
set -e
cd "$top"
./bootstrap
mkdir -p "$work/bench" && cd "$work/bench"
"$top/configure" -q
RAWECHO_QUICK=1 make bench > bench.log 2>&1 || { cat bench.log; exit 1; }
cat bench.log
rows=$(grep -cE ' (PASS|MISS)$' bench.log)
if test "$rows" -ne 9 || grep -q 'n/a' bench.log; then
  echo "stage 70-bench: FAIL: $rows target rows, or a figure missing"
  exit 1
fi
echo "stage 70-bench: make bench printed all $rows target rows"
