#!/bin/sh
# Black-box tests of rawecho's command line: options, escapes, texts.
. "$(dirname "$0")/setup.sh"

# t NAME EXPECTED ARGS...: EXPECTED is a printf format for the exact bytes.
t () {
  name=$1 expected=$2
  shift 2
  printf -- "$expected" > "$testdir/expected"
  run "$@" > "$testdir/actual"
  check_status "$name" 0 $?
  same_bytes "$name" "$testdir/expected" "$testdir/actual"
}

# Under --enable-xpg-echo escapes are decoded by default.
if test "$RAWECHO_XPG" = 1; then tab='\t'; else tab='\\t'; fi

t 'no words' '\n'
t 'one word' 'hello\n' hello
t 'words' 'a b  c\n' a b '' c
t 'empty words' ' \n' '' ''
t 'default escapes' "a${tab}b\\n" 'a\tb'
t '-n' 'x' -n x
t '-e' 'a\tb\n' -e 'a\tb'
t '-E' 'a\\tb\n' -E 'a\tb'
t 'last of -e -E wins' 'a\\tb\n' -eE 'a\tb'
t 'combined' '\t' -neE -e '\t'
t 'repeated -n' 'x' -n -nn x
t 'lone dash' '-\n' -
t 'double dash' '-- x\n' -- x
t 'options before --' '-- x' -n -e -- x
t 'invalid letter' '-nx a\n' -nx a
t 'earlier options stay' '-x \t' -n -e -x '\t'
t 'option after a word' 'x -n\n' x -n
t '--help with more' '--help x\n' --help x
t '-n --version' '--version' -n --version
t 'no abbreviation' '--he --ver\n' --he --ver
t 'escapes' '\\ \a \b \033 \f \n \r \t \v\n' -e '\\ \a \b \e \f \n \r \t \v'
t 'not escapes' '\\E \\u00e9 \\q \\8\n' -e '\E \u00e9 \q \8'
t 'octal' 'A A \377 \0 S4\n' -e '\0101 \101 \777 \0400 \1234'
t 'hex' 'A \004 \\xg \\x\n' -e '\x41 \x4 \xg \x'
t 'trailing backslash' 'a\\ b\n' -e 'a\' b
t '\c stops' 'a b' -e a 'b\cx' y
t '\c alone' '' -e '\c'
# Windows arguments are UTF-16 text: bytes that are not UTF-8 cannot be one.
if test "${RAWECHO_PLATFORM-}" = windows; then
  echo 'SKIP: high bytes: Windows arguments are text, not bytes'
else
  t 'high bytes' '\200\377 \303\251\n' "$(printf '\200\377')" "$(printf '\303\251')"
fi
t 'embedded newline' 'a\nb\n' 'a
b'

POSIXLY_CORRECT= ; export POSIXLY_CORRECT
if test "$RAWECHO_XPG" = 1; then
  t 'posix: no options' '-n a\tb\n' -n 'a\tb'
else
  t 'posix: first -n' 'foo\n' -n -E 'foo\n'
  t 'posix: -n -n' 'foo' -n -n foo
fi
t 'posix: -e printed' '-e x\n' -e x
t 'posix: escapes on' 'a\tb\n' 'a\tb'
t 'posix: --help printed' '--help\n' --help
t 'posix: --version printed' '--version\n' --version
unset POSIXLY_CORRECT

# --help and --version, as the sole argument only.
run --help > "$testdir/help"
check_status '--help status' 0 $?
checks=$((checks + 1))
head -n 1 "$testdir/help" | grep -q '^Usage: .*rawecho.* \[-neE\] \[STRING\]\.\.\.$' \
  || fail "--help: first line: $(head -n 1 "$testdir/help")"
checks=$((checks + 1))
grep -q POSIXLY_CORRECT "$testdir/help" || fail '--help does not mention POSIXLY_CORRECT'

run --version > "$testdir/version"
check_status '--version status' 0 $?
checks=$((checks + 1))
test "$(head -n 1 "$testdir/version")" = "rawecho $RAWECHO_VERSION" \
  || fail "--version: first line: $(head -n 1 "$testdir/version")"
checks=$((checks + 1))
grep -q '^Output backend: ' "$testdir/version" || fail '--version names no backend'
checks=$((checks + 1))
grep -q 'GPLv3+' "$testdir/version" || fail '--version names no license'

finish
