# Stage: sanitizers.  The libc build with AddressSanitizer and
# UndefinedBehaviorSanitizer passes make check; then the plain libc
# build passes the unit and shell tests with each run under valgrind.
# packages: autoconf automake libtool pkgconf check make gcc valgrind strace mandoc man-db groff-base
set -e
cd "$top"
./bootstrap
mkdir -p "$work/asan" && cd "$work/asan"
"$top/configure" --with-backend=libc --with-check \
  CFLAGS='-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all'
make -j2 check
echo "stage 40-sanitize: ASan+UBSan: $(tail -n 1 tests/unit.log)"

mkdir -p "$work/valgrind" && cd "$work/valgrind"
"$top/configure" --with-backend=libc --with-check CFLAGS='-g -O1'
# Fewer cases: every run of rawecho costs valgrind's start-up.
RAWECHO_DIFF_CASES=50 RAWECHO_QUICK=1 CK_FORK=no make -j2 check \
  RAWECHO_RUNNER='valgrind -q --error-exitcode=1 --leak-check=full' \
  TESTS='tests/unit tests/cli.sh tests/errors.sh tests/faults.sh
         tests/atomic.sh tests/differential.sh'
