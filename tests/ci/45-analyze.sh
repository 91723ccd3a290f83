# Stage: clang's warnings and static analysis, as errors here only
# (users' builds never get -Werror; 20-modes and 35-win32 build with
# gcc's and mingw-w64's): clang builds each backend with -Wall -Wextra
# -Wconversion -Wshadow -Werror, the check programs included; cppcheck
# and clang-tidy (.clang-tidy) must report nothing.  Then, in the libc
# build, the libFuzzer harnesses (tests/fuzz: the escape decoder and the
# Windows command-line splitter) for FUZZ_TIME seconds each from their
# seed corpora, under AddressSanitizer and UndefinedBehaviorSanitizer:
# 10 seconds, or 120 with RAWECHO_FULL=1; echo-fuzz-run checks the
# decoder on every ABI in every configuration besides.
# packages: autoconf automake libtool pkgconf check make gcc clang clang-tidy cppcheck libclang-rt-14-dev
. "$src/tests/ci/stage.sh"
if test -n "${RAWECHO_QUICK-}"; then
  : "${FUZZ_TIME:=10}"
else
  : "${FUZZ_TIME:=120}"
fi

# clang_build BACKEND: everything, the test programs too, warning-free.
# The libc-free link passes -no-pie, which clang's driver does not use
# when linking statically; that note is not about the code.
clang_build () {
  "$src/configure" -q --with-backend="$1" $one_build CC=clang
  more_warnings=-Wno-error=unused-command-line-argument \
    make_warning_free check TESTS=
}

# fuzz: the libc build, then make fuzz in it.
fuzz () {
  clang_build libc
  status=0
  make fuzz FUZZ_TIME="$FUZZ_TIME" > fuzz.log 2>&1 || status=$?
  tail -n 40 fuzz.log
  # A find leaves a crash-* (or leak-, timeout-) file: show its bytes.
  for f in tests/fuzz/crash-* tests/fuzz/leak-* tests/fuzz/timeout-*; do
    test -e "$f" || continue
    echo "$stage: found $f:"; od -c "$f" | head -n 20
    status=1
  done
  test "$status" -eq 0
  echo "$stage: no finds in $FUZZ_TIME s per harness"
}

# The empty loop "while (...) continue;" is the house style.
run_cppcheck () {
  cd "$src"
  cppcheck --quiet --error-exitcode=1 --std=c99 --inline-suppr \
    --enable=warning,style,performance,portability \
    --suppress=missingIncludeSystem --suppress=redundantContinue \
    -D__linux__ -D__x86_64__ -D__LP64__ -DHAVE_CONFIG_H \
    -I"$work/clang-asm" -Ilib -Iarch \
    lib src arch tests/fault-helper.c tests/fuzz
  echo "$stage: cppcheck: nothing to report"
}

# Each source with the configuration it is built in.
tidy () {
  dir=$1; shift
  for f in "$@"; do
    clang-tidy --quiet "$f" -- -DHAVE_CONFIG_H -I"$dir" -Ilib -Iarch
  done
}
run_clang_tidy () {
  cd "$src"
  tidy "$work/clang-libc" lib/*.c src/rawecho.c arch/libc.c \
    arch/posix-write.c tests/fault-helper.c tests/fuzz/echo-fuzz.c \
    tests/fuzz/cmdline-fuzz.c tests/fuzz/echo-fuzz-run.c tests/cmdline-test.c
  tidy "$work/clang-asm" arch/raw.c arch/mem.c arch/count-zeros.c
  echo "$stage: clang-tidy: nothing to report"
}

configs <<END
clang-libc fuzz
clang-asm clang_build asm
END
# Both read the configurations' config.h.
configs <<END
cppcheck run_cppcheck
clang-tidy run_clang_tidy
END
stage_end
