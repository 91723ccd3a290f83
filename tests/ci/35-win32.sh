# Stage: the Windows backend, cross-compiled with mingw-w64.  The x86_64
# build runs the whole suite under wine, in a wine prefix of its own; the
# i686 build is compiled and linked only, since Debian's wine runs 32-bit
# programs only with the i386 architecture added.  Both must import
# KERNEL32.dll and nothing else.
# packages: autoconf automake libtool pkgconf make gcc mandoc man-db groff-base
# packages: gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 wine wine64
set -e
cd "$top"
./bootstrap
test "${RAWECHO_QUICK-}" = 1 && : "${RAWECHO_DIFF_CASES:=300}"
export RAWECHO_DIFF_CASES

WINEPREFIX=$work/wine-prefix WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='
export WINEPREFIX WINEDEBUG WINEDLLOVERRIDES
# A wine server that lives until this stage ends: one that comes and
# goes with its clients restarts wine's own processes between tests, and
# now and then a program started in that moment fails (about once in
# three thousand runs).  Its processes outlive the command that starts
# them, so that one writes nowhere.
mkdir -p "$WINEPREFIX"
wineserver -p
trap 'wineserver -k' EXIT
start=$(date +%s)
wineboot -i > /dev/null 2>&1
echo "stage 35-win32: wine prefix made in $(( $(date +%s) - start )) s"

# windows NAME HOST: configure and build one target, then check what the
# program imports and say how big it is.
windows () {
  mkdir -p "$work/$1" && cd "$work/$1"
  "$top/configure" --host="$2" > configure.out
  grep -q 'output backend:  win32 ' configure.out || {
    cat configure.out
    echo "stage 35-win32: $1 is not a win32 build"
    return 1
  }
  make -j2
  imports=$("$2-objdump" -p src/rawecho.exe | sed -n 's/^\tDLL Name: //p')
  test "$imports" = KERNEL32.dll || {
    echo "stage 35-win32: $1 imports" $imports
    return 1
  }
  "$2-strip" -o stripped.exe src/rawecho.exe
  echo "stage 35-win32: $1: imports $imports only;" \
    "$(wc -c < src/rawecho.exe) bytes, $(wc -c < stripped.exe) stripped"
}

windows x86_64 x86_64-w64-mingw32
grep -q 'test runner:     .*wine' configure.out || {
  echo "stage 35-win32: no wine runner"
  exit 1
}
wine src/rawecho.exe --version | grep -q '^Output backend: win32 (windows x86_64, kernel32)' || {
  echo "stage 35-win32: --version names another backend"
  exit 1
}
make -j2 check
cd "$work"

windows i686 i686-w64-mingw32
