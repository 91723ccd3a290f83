# Stage: the default native build: make check with the Check unit tests
# required, then make distcheck, which builds the tarball out of tree,
# runs the suite again and the black-box tests on a renamed install;
# then the --enable-xpg-echo build; and the time limit every test runs
# under, shown to end a test that runs past it.
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base
. "$src/tests/ci/stage.sh"

native () {
  "$src/configure" --with-check
  make -j2 check
  echo "$stage: Check: $(tail -n 1 tests/unit.log)"
  make -j2 distcheck
}

# The XSI build, whose escapes are on by default, through the same suite.
xpg () {
  "$src/configure" --with-check --enable-xpg-echo
  make -j2 check
}

# A limit far below what the differential test needs must end it as a
# failure that says why.
time_limit () {
  "$src/configure" -q
  make -j2
  if make check TESTS=tests/differential.sh TEST_TIME_LIMIT=0.2 \
       > limited.out 2>&1; then
    echo "$stage: a test past its time limit passed"; return 1
  fi
  grep -q '^FAIL: tests/differential.sh' limited.out
  grep 'ran past its time limit of 0.2 s' tests/differential.log
}

configs <<END
native native
xpg xpg
time-limit time_limit
END
stage_end
