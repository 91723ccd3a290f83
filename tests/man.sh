#!/bin/sh
# The man page must be clean under mandoc and man-db/groff, as lintian
# checks it.
# Outside make, the page's source: only its version is still to fill in.
page=${RAWECHO_MAN:-${srcdir:-.}/man/rawecho.1.in}
if test -n "${RAWECHO_SKIP_HOST_INDEPENDENT-}"; then
  echo "SKIP: man.sh: the page is the same for every host: $RAWECHO_SKIP_HOST_INDEPENDENT"
  exit 77
fi
status=0 ran=0
if command -v mandoc >/dev/null 2>&1; then
  ran=1
  out=$(mandoc -Tlint -Wwarning "$page" 2>&1) || status=1
  test -z "$out" || { printf 'mandoc: %s\n' "$out"; status=1; }
else
  echo 'SKIP: mandoc lint: mandoc is not installed'
fi
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
  ran=1
  out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=120 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
  test -z "$out" || { printf 'man --warnings: %s\n' "$out"; status=1; }
else
  echo 'SKIP: man --warnings: man-db or groff is not installed'
fi
test "$ran" = 1 || exit 77
test "$status" = 0 && echo "man page lints clean"
exit $status
