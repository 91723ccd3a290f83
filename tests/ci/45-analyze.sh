# Stage: warnings and static analysis, as errors here only (users' builds
# never get -Werror).  gcc and clang build each backend with -Wall
# -Wextra -Wconversion -Wshadow -Werror, the check programs included;
# cppcheck and clang-tidy (.clang-tidy) must report nothing.
# packages: autoconf automake libtool pkgconf check make gcc clang clang-tidy cppcheck gcc-mingw-w64-x86-64
set -e
cd "$top"
./bootstrap
warn='-O2 -Wall -Wextra -Wconversion -Wshadow -Werror'
build () {
  dir=$work/analyze-$1; shift
  mkdir -p "$dir" && cd "$dir"
  "$top/configure" -q "$@"
  make -j2
  make -j2 check TESTS=
  cd "$top"
}
for backend in libc asm; do
  build "gcc-$backend" --with-backend="$backend" CC=gcc CFLAGS="$warn"
  # The libc-free link passes -no-pie, which clang's driver does not use
  # when linking statically; that note is not about the code.
  build "clang-$backend" --with-backend="$backend" CC=clang \
    CFLAGS="$warn -Wno-error=unused-command-line-argument"
done
build mingw --host=x86_64-w64-mingw32 CFLAGS="$warn"
echo "stage 45-analyze: gcc, clang and mingw builds without warnings"

# The empty loop "while (...) continue;" is the house style.
cppcheck --quiet --error-exitcode=1 --std=c99 --inline-suppr \
  --enable=warning,style,performance,portability \
  --suppress=missingIncludeSystem --suppress=redundantContinue \
  -D__linux__ -D__x86_64__ -D__LP64__ -DHAVE_CONFIG_H \
  -I"$work/analyze-gcc-asm" -Ilib -Iarch \
  lib src arch tests/fault-helper.c tests/fuzz
echo "stage 45-analyze: cppcheck: nothing to report"

# Each source with the configuration it is built in.
tidy () {
  dir=$1; shift
  for f in "$@"; do
    clang-tidy --quiet "$f" -- -DHAVE_CONFIG_H -I"$dir" -Ilib -Iarch
  done
}
tidy "$work/analyze-gcc-libc" lib/*.c src/rawecho.c arch/libc.c \
  tests/fault-helper.c tests/fuzz/echo-fuzz.c tests/fuzz/cmdline-fuzz.c \
  tests/cmdline-test.c
tidy "$work/analyze-gcc-asm" arch/raw.c arch/mem.c
echo "stage 45-analyze: clang-tidy: nothing to report"
