## Release tarball and distribution packaging.
