# Stage: the libc build with AddressSanitizer and UndefinedBehaviorSanitizer
# passes make check, every run of rawecho instrumented; the differential
# corpus is short, as under an emulator, since each run pays the
# sanitizers' start-up.  (valgrind runs in 20-modes' plain libc build.)
# packages: autoconf automake libtool pkgconf check make gcc strace mandoc man-db groff-base
. "$src/tests/ci/stage.sh"

asan () {
  "$src/configure" --with-backend=libc --with-check $one_build \
    CFLAGS='-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all'
  RAWECHO_DIFF_CASES=100 make check
  echo "$stage: ASan+UBSan: $(tail -n 1 tests/unit.log)"
}

configs <<END
asan asan
END
stage_end
