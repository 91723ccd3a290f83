#!/bin/sh
# Arguments beyond ASCII reach the output byte for byte, through a pipe.
# Anywhere this is a pass-through; on Windows the words make a round trip
# from UTF-16 to UTF-8, surrogate pairs included.
. "$(dirname "$0")/setup.sh"

if test -n "${RAWECHO_SKIP_HOST_INDEPENDENT-}" &&
   test "${RAWECHO_PLATFORM-}" != windows; then
  echo "SKIP: unicode.sh: a pass-through, the same for every Linux host:" \
       "$RAWECHO_SKIP_HOST_INDEPENDENT"
  exit 77
fi

# u NAME EXPECTED ARGS...: EXPECTED is a printf format for the exact bytes.
u () {
  name=$1 expected=$2
  shift 2
  printf -- "$expected" > "$testdir/expected"
  run "$@" | cat > "$testdir/actual"
  same_bytes "$name" "$testdir/expected" "$testdir/actual"
}

world=$(printf 'w\303\266rld \342\202\254')         # wörld €
cjk=$(printf '\346\227\245\346\234\254\350\252\236')  # 日本語
han=$(printf '\344\270\255\346\226\207')             # 中文
emoji=$(printf '\360\237\230\200')                   # 😀, beyond 16 bits
quoted=$(printf '\303\274"\\\\" \303\266\\')          # ü"\\" ö\

u 'Latin and the euro sign' "$world\\n" "$world"
u 'CJK words' "$cjk $han\\n" "$cjk" "$han"
u 'an emoji' "$emoji\\n" "$emoji"
u 'all at once, -n' "$world $cjk $emoji" -n "$world" "$cjk" "$emoji"
u 'quotes and backslashes' '\303\274"\\\\" \303\266\\\n' -E "$quoted"
u 'escapes among them' '\303\251\t\342\202\254A\n' \
  -e "$(printf '\303\251')\\t$(printf '\342\202\254')\\x41"
u 'words with blanks' "$world  $han\\n" "$world " "$han"

finish
