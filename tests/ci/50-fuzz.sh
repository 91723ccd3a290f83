# Stage: the libFuzzer harnesses (tests/fuzz: the escape decoder and the
# Windows command-line splitter) for FUZZ_TIME seconds each from their
# seed corpora, under AddressSanitizer and UndefinedBehaviorSanitizer.
# packages: autoconf automake libtool pkgconf make gcc clang libclang-rt-14-dev
set -e
cd "$top"
./bootstrap
mkdir -p "$work/fuzz" && cd "$work/fuzz"
"$top/configure" -q
status=0
make fuzz FUZZ_TIME="${FUZZ_TIME:-60}" > fuzz.log 2>&1 || status=$?
tail -n 40 fuzz.log
# A find leaves a crash-* (or leak-, timeout-) file: show its bytes.
for f in tests/fuzz/crash-* tests/fuzz/leak-* tests/fuzz/timeout-*; do
  test -e "$f" || continue
  echo "stage 50-fuzz: found $f:"; od -c "$f" | head -n 20
  status=1
done
test "$status" -eq 0
echo "stage 50-fuzz: no finds in ${FUZZ_TIME:-60} s per harness"
