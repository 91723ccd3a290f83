#!/bin/sh
# Output of up to 64 KiB leaves in exactly one write call, whatever the
# number of words; larger output in pieces of at least 64 KiB, only the
# last one shorter.  Counted with strace.
. "$(dirname "$0")/setup.sh"

# How lib/ cuts the output into write calls is the same for every host;
# that each call leaves whole on each ABI, tests/faults.sh's concurrent
# writers show.
if test -n "${RAWECHO_SKIP_HOST_INDEPENDENT-}"; then
  echo "SKIP: atomic.sh: the same for every host:" \
       "$RAWECHO_SKIP_HOST_INDEPENDENT"
  exit 77
fi

case $RAWECHO_RUNNER in
  *wine*)
    echo 'SKIP: atomic.sh: strace sees the system calls of wine, not the' \
         'WriteFile calls of the Windows program'
    exit 77 ;;
esac
if ! strace -o /dev/null true 2>/dev/null; then
  echo 'SKIP: atomic.sh: strace is missing or may not trace here'
  exit 77
fi

# writes NAME SIZES ARG...: the sizes of rawecho's writes to stdout (a
# file), one per line, must be SIZES.
writes () {
  name=$1 sizes=$2; shift 2
  # LeakSanitizer cannot run under ptrace: in a sanitizer build, no leak
  # check here.
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
  strace -f -qq -e trace=write,writev -e signal=none -o "$testdir/trace" \
    $RAWECHO_RUNNER "$RAWECHO" "$@" > "$testdir/out"
  check_status "$name: status" 0 $?
  sed -n 's/^\([0-9]* *\)\{0,1\}writev\{0,1\}(1, .*= \([0-9]*\)$/\2/p' \
    "$testdir/trace" | tr '\n' ' ' > "$testdir/sizes"
  checks=$((checks + 1))
  test "$(cat "$testdir/sizes")" = "$sizes" \
    || fail "$name: writes of $(cat "$testdir/sizes")bytes, expected $sizes"
  printf '%s\n' "$*" > "$testdir/expected"
  same_bytes "$name: output" "$testdir/expected" "$testdir/out"
}

# fill_to TOTAL: words of 15 bytes and a last one that make the output
# TOTAL bytes long with the newline, one per line.
fill_to () {
  set -- $(awk -v total="$1" 'BEGIN {
    n = int ((total - 1) / 16); if (n * 16 >= total - 1) n--
    for (i = 0; i < n; i++) printf "%015d ", i
    rest = total - 1 - n * 16
    for (i = 0; i < rest; i++) printf "x"
  }')
  printf '%s\n' "$@"
}

writes 'one word' '6 ' hello
writes 'no words' '1 '
set -- $(fill_to 65536)
writes "$# words, 64 KiB" '65536 ' "$@"
set -- $(fill_to 65537)
writes "$# words, 64 KiB + 1" '65536 1 ' "$@"
set -- $(fill_to 200000)
writes "$# words, 200000 bytes" '65536 65536 65536 3392 ' "$@"

finish
