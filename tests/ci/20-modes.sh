# Stage: the three x86_64 builds, libc-free asm (the default), asm with
# libc start-up (hybrid) and libc, each checked with the Check unit tests
# required, then again with the distribution's hardened flags.  Also
# what the libc-free binary must be: a static PIE (ET_DYN) with no
# interpreter, at most 8 KiB stripped (tests/elf.sh checks the rest).
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base strace clang dpkg-dev binutils
set -e
cd "$top"
./bootstrap

# mode NAME EXPECTED-BACKEND CONFIGURE-ARGS...: build and check one mode.
mode () {
  name=$1 expected=$2
  shift 2
  mkdir -p "$work/$name" && cd "$work/$name"
  "$top/configure" --with-check "$@" > configure.out
  grep -q "output backend:  $expected\$" configure.out || {
    cat configure.out
    echo "stage 20-modes: $name: expected the backend '$expected'"
    return 1
  }
  make -j2 check
  src/rawecho --version | grep -q "^Output backend: $expected\$"
  echo "stage 20-modes: $name: $expected"
  cd "$work"
}

# The hardening flags of a Debian package build: stack protector,
# _FORTIFY_SOURCE, relro and now, all of which a libc-free build has to
# survive.
hardened () {
  DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"
}

for flags in plain hardened; do
  set --
  if test $flags = hardened; then
    set -- CFLAGS="$(hardened CFLAGS)" CPPFLAGS="$(hardened CPPFLAGS)" \
      LDFLAGS="$(hardened LDFLAGS)"
  fi
  mode libc-free-$flags 'asm (linux x86_64, libc-free)' "$@"
  mode hybrid-$flags 'asm (linux x86_64, libc start-up)' \
    --disable-freestanding "$@"
  mode libc-$flags 'libc (linux)' --with-backend=libc "$@"

  bin=$work/libc-free-$flags/src/rawecho
  if readelf -l "$bin" | grep -q INTERP; then
    echo "stage 20-modes: $flags libc-free rawecho has an ELF interpreter"
    exit 1
  fi
  readelf -h "$bin" | grep -q 'Type: *DYN'
  strip -o "$work/rawecho.stripped" "$bin"
  size=$(wc -c < "$work/rawecho.stripped")
  echo "stage 20-modes: $flags libc-free rawecho: $size bytes stripped"
  test "$size" -le 8192
done
