## The POSIX-style backends: sources, flags and their tests.

src_rawecho_SOURCES += arch/posix-write.h
if BACKEND_LIBC
src_rawecho_SOURCES += arch/libc.c
endif
