# Stage: sanitizers.  The libc build with AddressSanitizer and
# UndefinedBehaviorSanitizer passes make check; then the plain libc
# build passes the unit and shell tests with each run under valgrind.
# packages: autoconf automake libtool pkgconf check make gcc valgrind strace mandoc man-db groff-base
. "$src/tests/ci/stage.sh"

asan () {
  "$src/configure" --with-backend=libc --with-check \
    CFLAGS='-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all'
  make -j2 check
  echo "$stage: ASan+UBSan: $(tail -n 1 tests/unit.log)"
}

# Fewer cases: every run of rawecho costs valgrind's start-up.
valgrind_check () {
  "$src/configure" --with-backend=libc --with-check CFLAGS='-g -O1'
  RAWECHO_DIFF_CASES=50 RAWECHO_QUICK=1 CK_FORK=no make -j2 check \
    RAWECHO_RUNNER='valgrind -q --error-exitcode=1 --leak-check=full' \
    TESTS='tests/unit tests/cli.sh tests/errors.sh tests/faults.sh
           tests/atomic.sh tests/differential.sh'
}

configs <<END
asan asan
valgrind valgrind_check
END
stage_end
