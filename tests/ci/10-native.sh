# Stage: the default native build, the libc-free x86_64 static PIE: make
# check with the Check unit tests required and the whole differential
# corpus (the only configuration that runs all of it by default), what
# its binary is (ELF DYN with no interpreter, at most 8 KiB stripped), and
# the time limit every test runs under, shown to end a test that runs
# past it; then make distcheck, which builds the tarball out of tree, runs
# the suite again and the black-box tests on a renamed install; then the
# --enable-xpg-echo build.
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base binutils
. "$src/tests/ci/stage.sh"

native () {
  "$src/configure" --with-check > configure.out
  grep -q 'output backend:  asm (linux x86_64, libc-free)$' configure.out || {
    cat configure.out
    echo "$stage: the default is not the libc-free asm backend"
    return 1
  }
  RAWECHO_DIFF_CASES=3000 make -j2 check
  echo "$stage: Check: $(tail -n 1 tests/unit.log)"
  echo "$stage: $(sed -n 's/^\([0-9]* argument vectors.*\)/\1/p' \
    tests/differential.log)"
  static_pie
  test "$size" -le 8192
  time_limit
  make -j2 distcheck
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

# The XSI build, whose escapes are on by default, through the same suite.
xpg () {
  "$src/configure" --with-check --enable-xpg-echo
  make -j2 check
}

configs <<END
native native
xpg xpg
END
stage_end
