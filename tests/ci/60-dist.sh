# Stage: the release tarball as a distribution handles it.  It must build,
# test and install with no Autotools at all, also after its timestamps
# were lost; install, install-strip and uninstall must leave nothing
# behind; rpmbuild -ta must build it; two builds in different directories
# must give identical binaries; the distribution's Autotools must
# regenerate it without warnings; and the man page must pass lintian's
# checks.
# packages: autoconf automake libtool pkgconf check make gcc binutils
# packages: rpm debugedit elfutils cpio dpkg-dev mandoc man-db groff-base
set -e
cd "$top"
./bootstrap
mkdir -p "$work/dist" && cd "$work/dist"
"$top/configure" -q
make dist
version=$(sed -n 's/^PACKAGE_VERSION = //p' Makefile)
tarball=$work/dist/rawecho-$version.tar.gz

step () { echo "stage 60-dist: $*"; }

# A release without a NEWS entry is refused.
if make dist VERSION=0.0.0-none > news.log 2>&1; then
  step "FAIL: make dist ran although NEWS lacks the version"; exit 1
fi
grep 'NEWS has no entry for release 0.0.0-none' news.log
rm -rf rawecho-0.0.0-none

# extract DIR: a fresh copy of the release tree in DIR/rawecho-VERSION.
extract () {
  rm -rf "$1" && mkdir -p "$1" && tar -xzf "$tarball" -C "$1"
  src=$1/rawecho-$version
}

# With the Autotools forced off, make fails if any rule would rerun them.
no_autotools='ACLOCAL=false AUTOCONF=false AUTOMAKE=false AUTOHEADER=false'
generated='configure aclocal.m4 Makefile.in config.h.in'

# left_behind DESTDIR: fail if uninstall left files there.
left_behind () {
  left=$(find "$1" -type f -o -type l)
  test -z "$left" || { step "FAIL: left after uninstall: $left"; exit 1; }
}

step "build, check and install the tarball without Autotools"
extract "$work/plain"
cd "$src"
./configure -q --prefix=/usr --with-check
make -j2 $no_autotools
make -j2 $no_autotools check
dest=$work/plain-dest
make $no_autotools install DESTDIR="$dest"
test -x "$dest/usr/bin/rawecho"
test -f "$dest/usr/share/man/man1/rawecho.1"
test "$("$dest/usr/bin/rawecho" -n x)" = x
make $no_autotools uninstall DESTDIR="$dest"
left_behind "$dest"
make $no_autotools install-strip DESTDIR="$dest"
if readelf -S "$dest/usr/bin/rawecho" | grep -q '\.symtab'; then
  step "FAIL: install-strip left the symbol table"; exit 1
fi
make $no_autotools uninstall DESTDIR="$dest"
left_behind "$dest"
mkdir "$work/pristine" && tar -xzf "$tarball" -C "$work/pristine"
for f in $generated; do
  cmp "$f" "$work/pristine/rawecho-$version/$f"
done

step "lintian's man page checks on the generated page"
grep -q "^\.TH .*\"rawecho $version\"" man/rawecho.1
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=120 \
  man --warnings -E UTF-8 -l -Tutf8 -Z man/rawecho.1 2>&1 >/dev/null)
test -z "$warnings" || { step "FAIL: groff-message: $warnings"; exit 1; }
lexgrog man/rawecho.1

# A checkout writes files in name order, so configure.ac ends up newer
# than configure: maintainer mode off keeps make from regenerating.  One
# second apart, as touch in one go may give every file the same time.
step "build the tarball without Autotools after its timestamps are lost"
extract "$work/touched"
cd "$src"
t=$(($(date +%s) - 100000))
for f in $(find . -type f | LC_ALL=C sort); do
  t=$((t + 1)); touch -d "@$t" "$f"
done
./configure -q --disable-maintainer-mode
make -j2 $no_autotools
make -j2 $no_autotools check
make $no_autotools install DESTDIR="$work/touched-dest"
test -x "$work/touched-dest/usr/local/bin/rawecho"

# Debian's rpm has no database of build dependencies, hence --nodeps, and
# plain -O2 -g flags and no debuginfo packages: these macros give it
# Fedora-style flags (LTO, _FORTIFY_SOURCE=3, stack clash and CET
# protection, -z now, an explicit build ID) and debuginfo packages.
step "rpmbuild -ta, with Fedora-style flags and debuginfo packages"
rm -rf "$work/rpm" && mkdir "$work/rpm"
cat > "$work/rpm/fedora.macros" <<'MACROS'
%optflags -O2 -flto=auto -ffat-lto-objects -fexceptions -g -grecord-gcc-switches -pipe -Wall -Werror=format-security -Wp,-U_FORTIFY_SOURCE,-D_FORTIFY_SOURCE=3 -fstack-protector-strong -fasynchronous-unwind-tables -fstack-clash-protection -fcf-protection
%build_ldflags -Wl,-z,relro -Wl,--as-needed -Wl,-z,now -Wl,--build-id=sha1 -flto=auto
%_enable_debug_packages 1
%_debugsource_packages 1
%_missing_build_ids_terminate_build 1
%install %{?_enable_debug_packages:%{?buildsubdir:%{debug_package}}}\
%%install\
%{nil}
MACROS
rpmbuild -ta --nodeps --define "_topdir $work/rpm" \
  --load "$work/rpm/fedora.macros" "$tarball"
rpm -qlp "$work"/rpm/RPMS/*/rawecho-debuginfo-*.rpm | grep '\.debug$'
rpm -qlp "$work"/rpm/RPMS/*/rawecho-debugsource-*.rpm | grep 'rawecho\.c$'
rpm=$(ls "$work"/rpm/RPMS/*/rawecho-"$version"-1*.rpm)
files=$(rpm -qlp "$rpm")
echo "$files"
for f in /usr/bin/rawecho /usr/share/man/man1/rawecho.1 \
         "/usr/share/doc/rawecho-$version/README" \
         "/usr/share/doc/rawecho-$version/NEWS" \
         "/usr/share/licenses/rawecho-$version/COPYING"; do
  echo "$files" | grep -q "^$f" || { step "FAIL: $f not in $rpm"; exit 1; }
done

step "reproducible: two builds in different directories"
if grep -rn '__DATE__\|__TIME__' "$top/lib" "$top/src" "$top/arch"; then
  step "FAIL: the build time would be embedded"; exit 1
fi
SOURCE_DATE_EPOCH=$(date -d 2026-01-01 +%s)
DEB_BUILD_MAINT_OPTIONS=hardening=+all
export SOURCE_DATE_EPOCH DEB_BUILD_MAINT_OPTIONS
for dir in "$work/r1" "$work/r2/deeper"; do
  extract "$dir"
  (cd "$src" &&
   eval "$(dpkg-buildflags --export=sh)" &&
   ./configure -q --prefix=/usr &&
   make -j2 &&
   make install DESTDIR="$dir/dest" &&
   cp "$dir/dest/usr/bin/rawecho" "$dir/stripped" &&
   strip "$dir/stripped")
done
for f in dest/usr/bin/rawecho stripped dest/usr/share/man/man1/rawecho.1; do
  cmp "$work/r1/$f" "$work/r2/deeper/$f"
done

step "autoreconf with the distribution's tools, warnings as errors"
extract "$work/areconf"
cd "$src"
autoreconf -fi -Wall,error
mkdir build && cd build
../configure -q
make -j2 check
step "passed"
