# Stage: the libc-free asm backend cross-compiled for every Linux ABI
# Debian's cross compilers build, with hardened distribution flags,
# each running the whole suite (tests/elf.sh included) under qemu-user
# (these kernels may not run i686 programs either: configure then finds
# qemu-i386); arm twice, as Thumb-2 (Debian's default) and as ARM code.
# The Check unit tests run there too wherever Debian ships the host's
# Check (multiarch check:ARCH, on its release architectures); elsewhere
# they SKIP saying why, and the fuzz driver checks the decoder in
# process.  The tests that are the same for every host (the man page,
# the BSD headers, the pass-through of non-ASCII words, how the output
# is cut into write calls) run in the native stages only.  x32 and arc
# have no emulator here: they are built, their ELF header checked, and
# their tests SKIP saying why.  Then configure's verdicts on hosts where asm
# is refused (OpenBSD) or only tolerated (macOS).
# packages: autoconf automake libtool pkgconf make gcc qemu-user-static dpkg-dev binutils
# packages: check:arm64 check:armhf check:armel check:i386 check:mips64el
# packages: check:mipsel check:ppc64el check:s390x
# packages: gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-riscv64-linux-gnu gcc-i686-linux-gnu
# packages: gcc-powerpc64le-linux-gnu gcc-s390x-linux-gnu gcc-mips64el-linux-gnuabi64
# packages: gcc-arm-linux-gnueabi gcc-powerpc-linux-gnu gcc-powerpc64-linux-gnu
# packages: gcc-mips-linux-gnu gcc-mipsel-linux-gnu gcc-mips64-linux-gnuabi64
# packages: gcc-mipsisa32r6-linux-gnu gcc-mipsisa32r6el-linux-gnu
# packages: gcc-mipsisa64r6-linux-gnuabi64 gcc-mipsisa64r6el-linux-gnuabi64
# packages: libc6-dev-mipsn32-mips64-cross libn32gcc-12-dev-mips64-cross binutils-mips64-linux-gnuabin32
# packages: libc6-dev-mipsn32-mips64el-cross libn32gcc-12-dev-mips64el-cross binutils-mips64el-linux-gnuabin32
# packages: gcc-sparc64-linux-gnu gcc-alpha-linux-gnu gcc-hppa-linux-gnu gcc-m68k-linux-gnu
# packages: gcc-sh4-linux-gnu gcc-x86-64-linux-gnux32 gcc-arc-linux-gnu
. "$src/tests/ci/stage.sh"
RAWECHO_SKIP_HOST_INDEPENDENT='the native stages check it'
export RAWECHO_SKIP_HOST_INDEPENDENT

# The hardened flags of a Debian package build, with every function
# protected and the strictest _FORTIFY_SOURCE: one build per target that
# must survive all of them.
hardened () {
  DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"
}
CFLAGS="$(hardened CFLAGS) -fstack-protector-all"
CPPFLAGS="$(hardened CPPFLAGS) -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3"
LDFLAGS=$(hardened LDFLAGS)

# cross HOST [CFLAG [CC]]: configure, build and check one target.
cross () {
  configure_asm "$@"
  check_unit_tests
  # Where the kernel runs the programs as they are (i686 on some x86_64
  # machines), configure finds it is not cross-compiling at all.
  grep -q 'test runner:     \(.*qemu-\|none (native)\)' configure.out || {
    echo "$stage: no qemu-user runner"
    return 1
  }
  make check
  check_elf
}

# with_check HOST [CFLAG [CC]]: cross, with the Check unit tests
# required.
with_check () {
  unit_tests=--with-check cross "$@"
}

# build HOST: the same for a target nothing here runs; its tests SKIP
# and say why.
build () {
  configure_asm "$@"
  grep -q 'test runner:     none' configure.out
  grep '^RAWECHO_CANNOT_RUN = .*: ' Makefile
  make check
  check_elf
}

# configure_asm HOST [CFLAG [CC]]: a libc-free asm build, named.
configure_asm () {
  "$src/configure" --host="$1" ${unit_tests-} $one_build \
    CFLAGS="$CFLAGS${2:+ $2}" \
    CPPFLAGS="$CPPFLAGS" LDFLAGS="$LDFLAGS" ${3:+CC=$3} > configure.out
  grep -q "output backend:  asm (linux .*, libc-free)" configure.out || {
    cat configure.out
    echo "$stage: not a libc-free asm build"
    return 1
  }
  echo "$stage: $(sed -n 's/^ *output backend: *//p' configure.out)"
}

# check_unit_tests: says whether the unit tests run.
check_unit_tests () {
  echo "$stage: unit tests: $(sed -n 's/^ *unit tests: *//p' configure.out)"
}

# check_elf: rawecho is built for the same class and machine as the
# toolchain's own libc programs (the unit tests), is entered at _start
# and asks for no program interpreter.
check_elf () {
  for field in Class Machine; do
    want=$(readelf -h tests/unit | grep "^ *$field:")
    readelf -h src/rawecho | grep -qxF "$want" || {
      echo "$stage: rawecho is not of the $want"
      return 1
    }
  done
  entry=$(readelf -h src/rawecho | sed -n 's/^ *Entry point address: *//p')
  start=$(readelf -sW src/rawecho | awk '$8 == "_start" { print "0x" $2 }')
  test -n "$start" && test $((entry)) -eq $((start)) || {
    echo "$stage: entered at $entry, not at _start ($start)"
    return 1
  }
  if readelf -lW src/rawecho | grep -q INTERP; then
    echo "$stage: rawecho asks for a program interpreter"
    return 1
  fi
  echo "$stage: ELF checked: $(readelf -h src/rawecho |
    sed -n 's/^ *\(Class\|Machine\): *//p' | tr '\n' ' ')no interpreter"
}

# policy: configure --with-backend=asm fails on OpenBSD, naming the
# reason, and warns on macOS.  The verdict comes before any compiler is
# looked for, so no toolchain for the target is needed, and CC=false
# ends configure right after it.
policy () {
  if "$src/configure" --host=x86_64-unknown-openbsd7.6 --with-backend=asm \
       CC=false > openbsd.out 2>&1; then
    echo "$stage: configure accepted asm on OpenBSD"
    return 1
  fi
  grep -q 'error: --with-backend=asm is refused on OpenBSD: .*pinsyscalls' \
    openbsd.out
  echo "$stage: OpenBSD asm refused: $(grep 'error:' openbsd.out)"
  "$src/configure" --host=x86_64-apple-darwin23 --with-backend=asm \
    CC=false > darwin.out 2>&1 || true
  grep -q 'WARNING:' darwin.out
  grep -q 'Apple does not guarantee its system call' darwin.out
  echo "$stage: macOS asm warns"
}

# One line a configuration: NAME with_check|cross|build TRIPLET [CFLAG [CC]].
# Debian has no n32 compiler of its own: the mips64 ones make n32 code.
configs <<END
aarch64 with_check aarch64-linux-gnu
arm-thumb with_check arm-linux-gnueabihf
arm-arm with_check arm-linux-gnueabihf -marm
armel with_check arm-linux-gnueabi
riscv64 cross riscv64-linux-gnu
i386 with_check i686-linux-gnu
powerpc cross powerpc-linux-gnu
ppc64 cross powerpc64-linux-gnu
ppc64le with_check powerpc64le-linux-gnu
s390x with_check s390x-linux-gnu
mips cross mips-linux-gnu
mipsel with_check mipsel-linux-gnu
mips64 cross mips64-linux-gnuabi64
mips64el with_check mips64el-linux-gnuabi64
mips64-n32 cross mips64-linux-gnuabin32 -mabi=n32 mips64-linux-gnuabi64-gcc
mips64el-n32 cross mips64el-linux-gnuabin32 -mabi=n32 mips64el-linux-gnuabi64-gcc
mipsisa32r6 cross mipsisa32r6-linux-gnu
mipsisa32r6el cross mipsisa32r6el-linux-gnu
mipsisa64r6 cross mipsisa64r6-linux-gnuabi64
mipsisa64r6el cross mipsisa64r6el-linux-gnuabi64
sparc64 cross sparc64-linux-gnu
alpha cross alpha-linux-gnu
hppa cross hppa-linux-gnu
m68k cross m68k-linux-gnu
sh4 cross sh4-linux-gnu
x32 build x86_64-linux-gnux32
arc build arc-linux-gnu
policy policy
END
stage_end
