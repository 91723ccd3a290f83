# Stage: the libc-free asm backend cross-compiled for more Linux ABIs,
# each running the whole suite under qemu-user (these kernels may not
# run i686 programs either: configure then finds qemu-i386); arm twice,
# as Thumb-2 (Debian's default) and as ARM code.  Then configure's
# verdicts on hosts where asm is refused (OpenBSD) or only tolerated
# (macOS).
# packages: autoconf automake libtool pkgconf make gcc mandoc man-db groff-base qemu-user clang
# packages: gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-riscv64-linux-gnu gcc-i686-linux-gnu
# packages: gcc-powerpc64le-linux-gnu gcc-s390x-linux-gnu gcc-mips64el-linux-gnuabi64
. "$src/tests/ci/stage.sh"
test -n "${RAWECHO_QUICK-}" && : "${RAWECHO_DIFF_CASES:=300}"
export RAWECHO_DIFF_CASES

# cross HOST [CFLAG]: configure, build and check one target.
cross () {
  "$src/configure" --host="$1" CFLAGS="-g -O2${2:+ $2}" > configure.out
  grep -q "output backend:  asm (linux .*, libc-free)" configure.out || {
    cat configure.out
    echo "$stage: not a libc-free asm build"
    return 1
  }
  # Where the kernel runs the programs as they are (i686 on some x86_64
  # machines), configure finds it is not cross-compiling at all.
  grep -q 'test runner:     \(.*qemu-\|none (native)\)' configure.out || {
    echo "$stage: no qemu-user runner"
    return 1
  }
  make -j2 check
  echo "$stage: $(sed -n 's/^ *output backend: *//p' configure.out)"
}

# policy: configure --with-backend=asm fails on OpenBSD, naming the
# reason, and warns on macOS.  The verdict comes before any compiler is
# looked for, so no toolchain for the target is needed.
policy () {
  if "$src/configure" --host=x86_64-unknown-openbsd7.6 --with-backend=asm \
       > openbsd.out 2>&1; then
    echo "$stage: configure accepted asm on OpenBSD"
    return 1
  fi
  grep -q 'error: --with-backend=asm is refused on OpenBSD: .*pinsyscalls' \
    openbsd.out
  echo "$stage: OpenBSD asm refused: $(grep 'error:' openbsd.out)"
  "$src/configure" --host=x86_64-apple-darwin23 --with-backend=asm \
    > darwin.out 2>&1 || true
  grep -q 'WARNING:' darwin.out
  grep -q 'Apple does not guarantee its system call' darwin.out
  echo "$stage: macOS asm warns"
}

# One line a configuration: NAME cross TRIPLET [CFLAG].
configs <<END
aarch64 cross aarch64-linux-gnu
arm-thumb cross arm-linux-gnueabihf
arm-arm cross arm-linux-gnueabihf -marm
riscv64 cross riscv64-linux-gnu
i386 cross i686-linux-gnu
ppc64le cross powerpc64le-linux-gnu
s390x cross s390x-linux-gnu
mips64el cross mips64el-linux-gnuabi64
policy policy
END
stage_end
