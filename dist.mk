## Release tarball and distribution packaging.

# rpmbuild -ta reads the spec from inside the tarball.
EXTRA_DIST += rawecho.spec

# Every release is described in NEWS before its tarball is made.
dist-hook:
	@grep -F '* Noteworthy changes in release $(VERSION) (' \
	    $(srcdir)/NEWS >/dev/null || { \
	  echo "NEWS has no entry for release $(VERSION): add" \
	       "'* Noteworthy changes in release $(VERSION) (DATE) [stable]'" \
	       "before making the tarball." >&2; \
	  exit 1; }
