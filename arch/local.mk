## The POSIX-style backends: sources, flags and their tests.

src_rawecho_SOURCES += arch/posix-write.h
if BACKEND_LIBC
src_rawecho_SOURCES += arch/libc.c
endif

# System calls of our own: one header per OS and ABI, picked by
# arch/raw-syscall.h from the compiler's predefined macros.
raw_files = \
	arch/raw-syscall.h \
	arch/linux/linux.h arch/linux/errno.h \
	arch/linux/x86_64.h arch/linux/i386.h arch/linux/aarch64.h \
	arch/linux/arm.h arch/linux/riscv64.h arch/linux/powerpc.h \
	arch/linux/s390x.h arch/linux/mips.h arch/linux/sparc64.h \
	arch/linux/alpha.h arch/linux/hppa.h arch/linux/m68k.h \
	arch/linux/sh4.h arch/linux/arc.h \
	arch/bsd/bsd.h arch/bsd/errno.h arch/bsd/x86_64.h arch/bsd/aarch64.h
if BACKEND_ASM
src_rawecho_SOURCES += arch/raw.c $(raw_files)
else
EXTRA_DIST += arch/raw.c $(raw_files)
endif
if FREESTANDING
src_rawecho_SOURCES += arch/mem.c
# libgcc has the division helpers some CPUs need.
src_rawecho_LDADD += -lgcc
# libtool hands -static to the compiler only as -all-static.  The
# libc-free link flags come after the user's LDFLAGS, which must not
# turn this into a PIE or link libc's start files.
src_rawecho_LDFLAGS = -all-static
src_rawecho_LINK = $(LIBTOOL) $(AM_V_lt) --tag=CC $(AM_LIBTOOLFLAGS) \
	$(LIBTOOLFLAGS) --mode=link $(CCLD) $(AM_CFLAGS) $(CFLAGS) \
	$(src_rawecho_LDFLAGS) $(LDFLAGS) $(RAWECHO_FS_LDFLAGS) -o $@
else
EXTRA_DIST += arch/mem.c
# Automake drops its own link rule once the variable is set in any branch.
src_rawecho_LINK = $(LIBTOOL) $(AM_V_lt) --tag=CC $(AM_LIBTOOLFLAGS) \
	$(LIBTOOLFLAGS) --mode=link $(CCLD) $(AM_CFLAGS) $(CFLAGS) \
	$(src_rawecho_LDFLAGS) $(LDFLAGS) -o $@
endif

SHELL_TESTS += tests/strace.sh tests/bsd-compile.sh
