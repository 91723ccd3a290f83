# Stage: the libFuzzer harnesses (tests/fuzz: the escape decoder and the
# Windows command-line splitter) for FUZZ_TIME seconds each from their
# seed corpora, under AddressSanitizer and UndefinedBehaviorSanitizer:
# 30 seconds, or 120 with RAWECHO_FULL=1.
# packages: autoconf automake libtool pkgconf make gcc clang libclang-rt-14-dev
. "$src/tests/ci/stage.sh"
if test -n "${RAWECHO_QUICK-}"; then
  : "${FUZZ_TIME:=30}"
else
  : "${FUZZ_TIME:=120}"
fi

fuzz () {
  "$src/configure" -q
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

configs <<END
fuzz fuzz
END
stage_end
