#!/bin/sh
# On a console, a Windows build must show UTF-8 as the text it spells,
# not as the console's legacy code page would (w├╢rld for wörld): run it
# under wine on a pseudo-terminal, which wine presents as a console.
. "$(dirname "$0")/setup.sh"

if test "${RAWECHO_PLATFORM-}" != windows; then
  echo "SKIP: not a Windows build: a terminal gets the same bytes as a pipe"
  exit 77
fi
if ! script -qec true /dev/null > /dev/null 2>&1; then
  echo "SKIP: script(1) cannot run a command on a pseudo-terminal here"
  exit 77
fi

# on_console NAME ARGS...: rawecho's output on a console, in $testdir/NAME,
# without the escape sequences wine adds around each write.  Arguments
# must not hold single quotes.
on_console () {
  out=$testdir/$1
  shift
  cmd="$RAWECHO_RUNNER '$RAWECHO'"
  for a do
    cmd="$cmd '$a'"
  done
  script -qec "$cmd" /dev/null > "$out.tty" 2>&1
  check_status "$(basename "$out"): exit status" 0 $?
  esc=$(printf '\033')
  sed "s/$esc\[[?0-9;]*[A-Za-z]//g" "$out.tty" > "$out"
}

# shows NAME TEXT: the console output NAME holds TEXT (bytes, as UTF-8).
shows () {
  checks=$((checks + 1))
  grep -qF "$2" "$testdir/$1" || {
    fail "$1: does not show $2"
    od -An -c "$testdir/$1" | head -5
  }
}

replacement=$(printf '\357\277\275')  # U+FFFD
world=$(printf 'w\303\266rld \342\202\254')
cjk=$(printf '\346\227\245\346\234\254\350\252\236')

# wine's console shows each half of a surrogate pair as U+FFFD, so no
# emoji here; unicode.sh has them.
on_console text "$world" "$cjk"
shows text "$world $cjk"

# Invalid UTF-8 shows as U+FFFD, also when the output ends inside a
# sequence.
on_console invalid -e 'a\xff' 'b\xe2\x82'
shows invalid "a$replacement b$replacement"
on_console cut -n -e 'c\xe2\x82'
shows cut "c$replacement"

# Longer output goes out in pieces, which cut the three-byte characters
# (the first 64 KiB piece ends in the middle of one); no piece may show a
# cut one as U+FFFD.
ri=$(printf '\346\227\245')
long=$(awk -v c="$ri" 'BEGIN { while (n++ < 30000) s = s c; print s }')
on_console long "ab$long"
checks=$((checks + 1))
if grep -qF "$replacement" "$testdir/long"; then
  fail 'long: a cut character shows as U+FFFD'
fi
shows long "ab$ri$ri$ri"
checks=$((checks + 1))
shown=$(grep -oF "$ri" "$testdir/long" | wc -l)
test "$shown" -ge 30000 || fail "long: shows $shown of 30000 characters"

finish
