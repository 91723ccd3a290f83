# Stage: the three x86_64 builds, libc-free asm (the default), asm with
# libc start-up (hybrid) and libc, each checked with the Check unit tests
# required and compiled with gcc's warnings as errors, plain and with
# the distribution's hardened flags (the libc-free one also with every
# function protected and _FORTIFY_SOURCE=3; its plain build is
# 10-native's).  Also what the libc-free binary must be with a
# distribution's flags: a static PIE (ET_DYN) with no interpreter, at
# most 8 KiB stripped (tests/elf.sh checks the rest).  The plain hybrid
# build is also the --enable-xpg-echo one; the plain libc build's tests
# also run under valgrind.
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base strace clang dpkg-dev binutils valgrind
. "$src/tests/ci/stage.sh"

# The hardening flags of a Debian package build: stack protector,
# _FORTIFY_SOURCE, relro and now, all of which a libc-free build has to
# survive.
hardened () {
  DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"
}

# mode EXPECTED-BACKEND plain|hardened|strictest CONFIGURE-ARG...: build
# and check one mode; strictest is hardened with every function
# protected and _FORTIFY_SOURCE=3.
mode () {
  expected=$1 flags=$2
  shift 2
  case $flags in
    hardened)
      set -- CFLAGS="$(hardened CFLAGS)" CPPFLAGS="$(hardened CPPFLAGS)" \
        LDFLAGS="$(hardened LDFLAGS)" "$@" ;;
    strictest)
      set -- CFLAGS="$(hardened CFLAGS) -fstack-protector-all" \
        CPPFLAGS="$(hardened CPPFLAGS) -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3" \
        LDFLAGS="$(hardened LDFLAGS)" "$@" ;;
  esac
  "$src/configure" --with-check $one_build "$@" > configure.out
  grep -q "output backend:  $expected\$" configure.out || {
    cat configure.out
    echo "$stage: expected the backend '$expected'"
    return 1
  }
  make_warning_free check
  src/rawecho --version | grep -q "^Output backend: $expected\$"
  echo "$stage: $expected"
}

# libc_free hardened|strictest: the default mode, and what its binary
# is; at most 8 KiB with the flags a distribution uses.
libc_free () {
  mode 'asm (linux x86_64, libc-free)' "$1"
  static_pie
  test "$1" = strictest || test "$size" -le 8192
}

# hybrid plain|hardened [CONFIGURE-ARG...]
hybrid () {
  flags=$1
  shift
  mode 'asm (linux x86_64, libc start-up)' "$flags" --disable-freestanding "$@"
}

# The plain hybrid build is also the XSI one, whose escapes are on by
# default: the option changes the core's default, whatever the backend.
hybrid_xsi () {
  hybrid plain --enable-xpg-echo
  grep -q 'escapes default: decoded (XSI' configure.out
}

with_libc () {
  mode 'libc (linux)' "$1" --with-backend=libc
}

# under_valgrind: the plain libc build, then its unit tests (the decoder
# and the output, in process) and the shell tests of the command line
# and of its error paths again, each run under valgrind, which every run
# of rawecho pays half a second of CPU for.
under_valgrind () {
  with_libc plain
  CK_FORK=no make check \
    RAWECHO_RUNNER='valgrind -q --error-exitcode=1 --leak-check=full' \
    TESTS='tests/unit tests/cli.sh tests/errors.sh'
  echo "$stage: valgrind: $(tail -n 1 tests/unit.log)"
}

configs <<END
libc-free-hardened libc_free hardened
libc-free-strictest libc_free strictest
hybrid-plain-xsi hybrid_xsi
hybrid-hardened hybrid hardened
libc-plain under_valgrind
libc-hardened with_libc hardened
END
stage_end
