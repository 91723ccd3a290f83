# Stage: warnings and static analysis, as errors here only (users' builds
# never get -Werror).  gcc and clang build each backend with -Wall
# -Wextra -Wconversion -Wshadow -Werror, the check programs included;
# cppcheck and clang-tidy (.clang-tidy) must report nothing.
# packages: autoconf automake libtool pkgconf check make gcc clang clang-tidy cppcheck gcc-mingw-w64-x86-64
. "$src/tests/ci/stage.sh"
warn='-O2 -Wall -Wextra -Wconversion -Wshadow -Werror'

# build CONFIGURE-ARG...: everything, the test programs too, warning-free.
build () {
  "$src/configure" -q "$@"
  make -j2
  make -j2 check TESTS=
}

# The libc-free link passes -no-pie, which clang's driver does not use
# when linking statically; that note is not about the code.
clang_build () {
  build --with-backend="$1" CC=clang CFLAGS_FOR_BUILD="$warn" \
    CFLAGS="$warn -Wno-error=unused-command-line-argument"
}

gcc_build () {
  build --with-backend="$1" CC=gcc CFLAGS="$warn" CFLAGS_FOR_BUILD="$warn"
}

mingw_build () {
  build --host=x86_64-w64-mingw32 CFLAGS="$warn" CFLAGS_FOR_BUILD="$warn"
}

# The empty loop "while (...) continue;" is the house style.
run_cppcheck () {
  cd "$src"
  cppcheck --quiet --error-exitcode=1 --std=c99 --inline-suppr \
    --enable=warning,style,performance,portability \
    --suppress=missingIncludeSystem --suppress=redundantContinue \
    -D__linux__ -D__x86_64__ -D__LP64__ -DHAVE_CONFIG_H \
    -I"$work/gcc-asm" -Ilib -Iarch \
    lib src arch tests/fault-helper.c tests/fuzz
  echo "$stage: cppcheck: nothing to report"
}

# Each source with the configuration it is built in.
tidy () {
  dir=$1; shift
  for f in "$@"; do
    clang-tidy --quiet "$f" -- -DHAVE_CONFIG_H -I"$dir" -Ilib -Iarch
  done
}
run_clang_tidy () {
  cd "$src"
  tidy "$work/gcc-libc" lib/*.c src/rawecho.c arch/libc.c \
    tests/fault-helper.c tests/fuzz/echo-fuzz.c tests/fuzz/cmdline-fuzz.c \
    tests/cmdline-test.c
  tidy "$work/gcc-asm" arch/raw.c arch/mem.c
  echo "$stage: clang-tidy: nothing to report"
}

configs <<END
gcc-libc gcc_build libc
gcc-asm gcc_build asm
clang-libc clang_build libc
clang-asm clang_build asm
mingw mingw_build
END
# Both read the configurations' config.h.
configs <<END
cppcheck run_cppcheck
clang-tidy run_clang_tidy
END
stage_end
