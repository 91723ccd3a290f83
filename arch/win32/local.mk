## The Windows backend: sources, flags and its tests.
