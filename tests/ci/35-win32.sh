# Stage: the Windows backend, cross-compiled with mingw-w64.  The x86_64
# build runs the whole suite under wine, in a wine prefix of its own; the
# i686 build is compiled and linked only, since Debian's wine runs 32-bit
# programs only with the i386 architecture added.  Both are compiled
# with the warnings as errors (the test programs too), and must import
# KERNEL32.dll and nothing else.
# packages: autoconf automake libtool pkgconf make gcc mandoc man-db groff-base
# packages: gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 wine wine64
. "$src/tests/ci/stage.sh"

WINEPREFIX=$work/wine-prefix WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='
export WINEPREFIX WINEDEBUG WINEDLLOVERRIDES

# windows HOST: configure and build one target and its test programs,
# then check what the program imports and say how big it is.
windows () {
  "$src/configure" --host="$1" $one_build > configure.out
  grep -q 'output backend:  win32 ' configure.out || {
    cat configure.out
    echo "$stage: not a win32 build"
    return 1
  }
  # The test programs too, without making a wine prefix (check_DATA).
  make_warning_free check TESTS= check_DATA=
  imports=$("$1-objdump" -p src/rawecho.exe | sed -n 's/^\tDLL Name: //p')
  test "$imports" = KERNEL32.dll || {
    echo "$stage: it imports" $imports
    return 1
  }
  "$1-strip" -o stripped.exe src/rawecho.exe
  echo "$stage: imports $imports only;" \
    "$(wc -c < src/rawecho.exe) bytes, $(wc -c < stripped.exe) stripped"
}

# x86_64: the build, then the suite under wine.  A wine server lives
# until the suite ends: one that comes and goes with its clients
# restarts wine's own processes between tests, and now and then a
# program started in that moment fails (about once in three thousand
# runs).  Its processes outlive the command that starts them, so that
# one writes nowhere.
x86_64 () {
  windows x86_64-w64-mingw32
  grep -q 'test runner:     .*wine' configure.out || {
    echo "$stage: no wine runner"
    return 1
  }
  mkdir -p "$WINEPREFIX"
  wineserver -p > /dev/null 2>&1
  trap 'wineserver -k' EXIT
  start=$(date +%s)
  timeout 300 wineboot -i > /dev/null 2>&1
  echo "$stage: wine prefix made in $(( $(date +%s) - start )) s"
  wine src/rawecho.exe --version |
    grep -q '^Output backend: win32 (windows x86_64, kernel32)' || {
    echo "$stage: --version names another backend"
    return 1
  }
  make check
}

configs <<END
x86_64 x86_64
i686 windows i686-w64-mingw32
END
stage_end
