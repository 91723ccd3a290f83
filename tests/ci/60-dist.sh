# Stage: the release tarball as a distribution handles it.  It must build,
# test and install with no Autotools at all, and build and install so
# after its timestamps were lost; install, install-strip and uninstall
# must leave nothing behind; rpmbuild -ta must build it; two builds in
# different directories must give identical binaries; the distribution's
# Autotools must regenerate it without warnings; and the man page must
# pass lintian's checks.
# packages: autoconf automake libtool pkgconf check make gcc binutils
# packages: rpm debugedit elfutils cpio dpkg-dev mandoc man-db groff-base
. "$src/tests/ci/stage.sh"

step () { echo "$stage: $*"; }

# The tarball; a release without a NEWS entry is refused.
tarball () {
  "$src/configure" -q
  make dist
  if make dist VERSION=0.0.0-none > news.log 2>&1; then
    step "FAIL: make dist ran although NEWS lacks the version"; return 1
  fi
  grep 'NEWS has no entry for release 0.0.0-none' news.log
  rm -rf rawecho-0.0.0-none
}
config tarball tarball
stage_end || exit 1
version=$(sed -n 's/^PACKAGE_VERSION = //p' "$work/tarball/Makefile")
tarball=$work/tarball/rawecho-$version.tar.gz

# extract: a fresh copy of the release tree in ./rawecho-VERSION, made
# the current directory.
extract () {
  tar -xzf "$tarball"
  cd "rawecho-$version"
}

# With the Autotools forced off, make fails if any rule would rerun them.
no_autotools='ACLOCAL=false AUTOCONF=false AUTOMAKE=false AUTOHEADER=false'
generated='configure aclocal.m4 Makefile.in config.h.in'

# left_behind DESTDIR: fail if uninstall left files there.
left_behind () {
  left=$(find "$1" -type f -o -type l)
  test -z "$left" || { step "FAIL: left after uninstall: $left"; return 1; }
}

# Build, check and install the tarball without Autotools; the man page
# under lintian's checks.
plain () {
  extract
  ./configure -q --prefix=/usr --with-check
  make $no_autotools
  make $no_autotools check
  dest=$work/plain/dest
  make $no_autotools install DESTDIR="$dest"
  test -x "$dest/usr/bin/rawecho"
  test -f "$dest/usr/share/man/man1/rawecho.1"
  test "$("$dest/usr/bin/rawecho" -n x)" = x
  make $no_autotools uninstall DESTDIR="$dest"
  left_behind "$dest"
  make $no_autotools install-strip DESTDIR="$dest"
  if readelf -S "$dest/usr/bin/rawecho" | grep -q '\.symtab'; then
    step "FAIL: install-strip left the symbol table"; return 1
  fi
  make $no_autotools uninstall DESTDIR="$dest"
  left_behind "$dest"
  mkdir ../pristine && tar -xzf "$tarball" -C ../pristine
  for f in $generated; do
    cmp "$f" "../pristine/rawecho-$version/$f"
  done

  grep -q "^\.TH .*\"rawecho $version\"" man/rawecho.1
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=120 \
    man --warnings -E UTF-8 -l -Tutf8 -Z man/rawecho.1 2>&1 >/dev/null)
  test -z "$warnings" || { step "FAIL: groff-message: $warnings"; return 1; }
  lexgrog man/rawecho.1
  step "built, checked, installed and uninstalled without Autotools"
}

# lose_timestamps: what a checkout of the release tree does to it: files
# written in name order, so that configure.ac ends up newer than
# configure.  One second apart, as touch in one go may give every file
# the same time.
lose_timestamps () {
  t=$(($(date +%s) - 100000))
  for f in $(find . -type f | LC_ALL=C sort); do
    t=$((t + 1)); touch -d "@$t" "$f"
  done
}

# Debian's rpm has no database of build dependencies, hence --nodeps, and
# plain -O2 -g flags and no debuginfo packages: these macros give it
# Fedora-style flags (LTO, _FORTIFY_SOURCE=3, stack clash and CET
# protection, -z now, an explicit build ID) and debuginfo packages.
rpm_build () {
  cat > fedora.macros <<'MACROS'
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
    --load fedora.macros "$tarball"
  rpm -qlp RPMS/*/rawecho-debuginfo-*.rpm | grep '\.debug$'
  rpm -qlp RPMS/*/rawecho-debugsource-*.rpm | grep 'rawecho\.c$'
  rpm=$(ls RPMS/*/rawecho-"$version"-1*.rpm)
  files=$(rpm -qlp "$rpm")
  echo "$files"
  for f in /usr/bin/rawecho /usr/share/man/man1/rawecho.1 \
           "/usr/share/doc/rawecho-$version/README" \
           "/usr/share/doc/rawecho-$version/NEWS" \
           "/usr/share/licenses/rawecho-$version/COPYING"; do
    echo "$files" | grep -q "^$f" || { step "FAIL: $f not in $rpm"; return 1; }
  done
  step "rpmbuild -ta built it, with Fedora-style flags and debuginfo"
}

# Two builds in different directories, with a distribution's flags, give
# the same bytes.  The first is of a tree whose timestamps were lost:
# with maintainer mode off, make must build and install it without the
# Autotools.
reproducible () {
  if grep -rn '__DATE__\|__TIME__' "$src/lib" "$src/src" "$src/arch"; then
    step "FAIL: the build time would be embedded"; return 1
  fi
  SOURCE_DATE_EPOCH=$(date -d 2026-01-01 +%s)
  DEB_BUILD_MAINT_OPTIONS=hardening=+all
  export SOURCE_DATE_EPOCH DEB_BUILD_MAINT_OPTIONS
  for dir in r1 r2/deeper; do
    dest=$work/reproducible/$dir/dest
    mkdir -p "$work/reproducible/$dir"
    cd "$work/reproducible/$dir"
    extract
    test "$dir" != r1 || lose_timestamps
    # Its -ffile-prefix-map names the build directory.
    eval "$(dpkg-buildflags --export=sh)"
    ./configure -q --prefix=/usr --disable-maintainer-mode
    make $no_autotools
    make $no_autotools install DESTDIR="$dest"
    test -x "$dest/usr/bin/rawecho"
    cp "$dest/usr/bin/rawecho" "$work/reproducible/$dir/stripped"
    strip "$work/reproducible/$dir/stripped"
  done
  step "built and installed without Autotools after its timestamps were lost"
  cd "$work/reproducible"
  for f in dest/usr/bin/rawecho stripped dest/usr/share/man/man1/rawecho.1
  do
    cmp "r1/$f" "r2/deeper/$f"
  done
  step "two builds in different directories are identical"
}

# The distribution's Autotools regenerate it, warnings as errors; here,
# where they are the ones that made the tarball, to the same bytes, so
# the tree they make is the one the other configurations build and test.
autoreconf_check () {
  extract
  autoreconf -fi -Wall,error
  mkdir ../pristine && tar -xzf "$tarball" -C ../pristine
  for f in $generated build-aux/ltmain.sh m4/libtool.m4; do
    cmp "$f" "../pristine/rawecho-$version/$f"
  done
  step "autoreconf regenerates the same $generated"
}

configs <<END
plain plain
rpm rpm_build
reproducible reproducible
autoreconf autoreconf_check
END
stage_end
