# Stage: the libc-free asm backend cross-compiled for seven more Linux
# ABIs with hardened distribution flags, each running the whole suite
# (tests/elf.sh included) under qemu-user (i686 natively
# where the kernel runs 32-bit programs); arm twice, as
# Thumb-2 (Debian's default) and as ARM code.  Then configure's
# verdicts on hosts where asm is refused (OpenBSD) or only tolerated
# (macOS).
# packages: autoconf automake libtool pkgconf make gcc mandoc man-db groff-base qemu-user clang dpkg-dev binutils
# packages: gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-riscv64-linux-gnu gcc-i686-linux-gnu
# packages: gcc-powerpc64le-linux-gnu gcc-s390x-linux-gnu gcc-mips64el-linux-gnuabi64
set -e
cd "$top"
./bootstrap
test "${RAWECHO_QUICK-}" = 1 && : "${RAWECHO_DIFF_CASES:=300}"
export RAWECHO_DIFF_CASES

# The hardened flags of a Debian package build, with every function
# protected and the strictest _FORTIFY_SOURCE: one build per target that
# must survive all of them.
hardened () {
  DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"
}
CFLAGS="$(hardened CFLAGS) -fstack-protector-all"
CPPFLAGS="$(hardened CPPFLAGS) -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3"
LDFLAGS=$(hardened LDFLAGS)

# cross NAME HOST [MORE-CFLAGS]: configure, build and check one target.
cross () {
  mkdir -p "$work/$1" && cd "$work/$1"
  "$top/configure" --host="$2" CFLAGS="$CFLAGS${3:+ $3}" \
    CPPFLAGS="$CPPFLAGS" LDFLAGS="$LDFLAGS" > configure.out
  grep -q "output backend:  asm (linux .*, libc-free)" configure.out || {
    cat configure.out
    echo "stage 30-cross: $1 is not a libc-free asm build"
    return 1
  }
  # i686 programs run on an x86_64 kernel as they are, and configure
  # then finds it is not cross-compiling at all.
  grep -q 'test runner:     \(.*qemu-\|none (native)\)' configure.out || {
    echo "stage 30-cross: no qemu-user runner for $1"
    return 1
  }
  make -j2 check
  echo "stage 30-cross: $1: $(sed -n 's/^ *output backend: *//p' configure.out)"
  cd "$work"
}

cross aarch64 aarch64-linux-gnu
cross arm-thumb arm-linux-gnueabihf
cross arm-arm arm-linux-gnueabihf -marm
cross riscv64 riscv64-linux-gnu
cross i386 i686-linux-gnu
cross ppc64le powerpc64le-linux-gnu
cross s390x s390x-linux-gnu
cross mips64el mips64el-linux-gnuabi64

# refused TRIPLET MESSAGE-PATTERN: configure --with-backend=asm fails,
# naming the reason.  The verdict comes before any compiler is looked
# for, so no toolchain for the target is needed.
mkdir -p "$work/policy" && cd "$work/policy"
if "$top/configure" --host=x86_64-unknown-openbsd7.6 --with-backend=asm \
     > openbsd.out 2>&1; then
  echo "stage 30-cross: configure accepted asm on OpenBSD"
  exit 1
fi
grep -q 'error: --with-backend=asm is refused on OpenBSD: .*pinsyscalls' \
  openbsd.out
echo "stage 30-cross: OpenBSD asm refused: $(grep 'error:' openbsd.out)"
"$top/configure" --host=x86_64-apple-darwin23 --with-backend=asm \
  > darwin.out 2>&1 || true
grep -q 'WARNING:' darwin.out
grep -q 'Apple does not guarantee its system call' darwin.out
echo "stage 30-cross: macOS asm warns"
