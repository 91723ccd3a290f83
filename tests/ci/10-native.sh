# Stage: the default native build, the libc-free x86_64 static PIE: make
# check with the Check unit tests required and the whole differential
# corpus (the only configuration that runs all of it by default), what
# its binary is (ELF DYN with no interpreter, at most 8 KiB stripped), and
# the time limit every test runs under, shown to end a test that runs
# past it; make bench in its quick form, as a smoke test: the benchmark
# and its floor binary build, every tool it drives runs, and every target
# row is printed with a figure (speed is never asserted; the figures are
# in the log for reading); then make distcheck, which builds the tarball
# out of tree, runs the suite again and the black-box tests on a renamed
# install.  (The --enable-xpg-echo build is one of 20-modes'.)
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base binutils
# packages: valgrind strace busybox toybox
. "$src/tests/ci/stage.sh"

native () {
  "$src/configure" --with-check > configure.out
  grep -q 'output backend:  asm (linux x86_64, libc-free)$' configure.out || {
    cat configure.out
    echo "$stage: the default is not the libc-free asm backend"
    return 1
  }
  RAWECHO_DIFF_CASES=3000 make check
  echo "$stage: Check: $(tail -n 1 tests/unit.log)"
  echo "$stage: $(sed -n 's/^\([0-9]* argument vectors.*\)/\1/p' \
    tests/differential.log)"
  static_pie
  test "$size" -le 8192
  time_limit
  bench
  make distcheck
}

# A limit far below what the differential test needs must end it as a
# failure that says why.
time_limit () {
  if RAWECHO_DIFF_CASES=3000 make check TESTS=tests/differential.sh \
       TEST_TIME_LIMIT=0.2 > limited.out 2>&1; then
    echo "$stage: a test past its time limit passed"; return 1
  fi
  grep -q '^FAIL: tests/differential.sh' limited.out
  grep 'ran past its time limit of 0.2 s' tests/differential.log
}

bench () {
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
native native
END
stage_end
