# Stage: the default native build: make check with the Check unit tests
# required, then make distcheck, which builds the tarball out of tree,
# runs the suite again and the black-box tests on a renamed install;
# then the --enable-xpg-echo build.
# packages: autoconf automake libtool pkgconf check make gcc mandoc man-db groff-base
set -e
cd "$top"
./bootstrap
mkdir -p "$work/native" && cd "$work/native"
"$top/configure" --with-check
make -j2 check
echo "stage 10-native: Check: $(tail -n 1 tests/unit.log)"
make -j2 distcheck
# The XSI build, whose escapes are on by default, through the same suite.
mkdir -p "$work/xpg" && cd "$work/xpg"
"$top/configure" --with-check --enable-xpg-echo
make -j2 check
