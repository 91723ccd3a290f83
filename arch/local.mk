## The POSIX-style backends: sources, flags and their tests.

# The write loop that libc.c and raw.c share.
posix_write_files = arch/posix-write.c arch/posix-write.h
if BACKEND_WIN32
EXTRA_DIST += $(posix_write_files)
else
src_rawecho_SOURCES += $(posix_write_files)
endif
if BACKEND_LIBC
src_rawecho_SOURCES += arch/libc.c
endif

# System calls of our own: one header per OS and ABI, picked by
# arch/raw-syscall.h from the compiler's predefined macros.
raw_files = \
	arch/raw-syscall.h \
	arch/linux/linux.h arch/linux/errno.h \
	arch/linux/aarch64.h arch/linux/alpha.h arch/linux/arc.h \
	arch/linux/arm.h arch/linux/hppa.h arch/linux/i386.h \
	arch/linux/m68k.h arch/linux/mips.h arch/linux/powerpc.h \
	arch/linux/riscv64.h arch/linux/s390x.h arch/linux/sh4.h \
	arch/linux/sparc64.h arch/linux/x86_64.h \
	arch/bsd/bsd.h arch/bsd/errno.h arch/bsd/aarch64.h arch/bsd/x86_64.h
if BACKEND_ASM
src_rawecho_SOURCES += arch/raw.c $(raw_files)
else
EXTRA_DIST += arch/raw.c $(raw_files)
endif
# The start-up of a libc-free Linux program, with the relocator on the
# ABIs whose header asks for one; nothing else links them.
start_files = arch/linux/start.c
if RELOCATES
start_files += arch/linux/reloc.c
endif
# A libc-free rawecho compiles the core itself, with its own place for
# the stack protector's guard, which the hosted unit tests must not use.
src_rawecho_CFLAGS = $(AM_CFLAGS) $(RAWECHO_GUARD_CFLAGS)
if FREESTANDING
src_rawecho_SOURCES += $(start_files) arch/mem.c arch/count-zeros.c \
	$(lib_librawecho_la_SOURCES)
# libgcc has the division helpers some CPUs need.
src_rawecho_LDADD += -lgcc
# libtool hands -static to the compiler only as -all-static.  The
# libc-free link flags come after the user's LDFLAGS, which must not
# link libc's start files or ask for RELRO or BIND_NOW that nothing
# would apply.
src_rawecho_LDFLAGS = -all-static
src_rawecho_LINK = $(LIBTOOL) $(AM_V_lt) --tag=CC $(AM_LIBTOOLFLAGS) \
	$(LIBTOOLFLAGS) --mode=link $(CCLD) $(AM_CFLAGS) $(CFLAGS) \
	$(src_rawecho_LDFLAGS) $(LDFLAGS) $(RAWECHO_FS_LDFLAGS) -o $@
# What the stack protector does when a frame is smashed, in a program
# with rawecho's start-up (tests/elf.sh runs it).
check_PROGRAMS += tests/stack-smash
tests_stack_smash_SOURCES = tests/stack-smash.c $(start_files) arch/mem.c
tests_stack_smash_CFLAGS = $(src_rawecho_CFLAGS)
tests_stack_smash_LDADD = -lgcc
tests_stack_smash_LDFLAGS = $(src_rawecho_LDFLAGS)
tests_stack_smash_LINK = $(LIBTOOL) $(AM_V_lt) --tag=CC $(AM_LIBTOOLFLAGS) \
	$(LIBTOOLFLAGS) --mode=link $(CCLD) $(AM_CFLAGS) $(CFLAGS) \
	$(tests_stack_smash_LDFLAGS) $(LDFLAGS) $(RAWECHO_FS_LDFLAGS) -o $@
AM_TESTS_ENVIRONMENT += \
	RAWECHO_STACK_SMASH='$(abs_top_builddir)/tests/stack-smash$(EXEEXT)'; \
	export RAWECHO_STACK_SMASH; \
	RAWECHO_STACK_PROTECTOR='$(RAWECHO_STACK_PROTECTOR)'; \
	RAWECHO_RELOCATES='$(RAWECHO_RELOCATES)'; \
	export RAWECHO_STACK_PROTECTOR RAWECHO_RELOCATES;
else
src_rawecho_LDADD += lib/librawecho.la
EXTRA_DIST += arch/linux/start.c arch/linux/reloc.c arch/mem.c \
	arch/count-zeros.c tests/stack-smash.c
# Automake drops its own link rule once the variable is set in any branch.
src_rawecho_LINK = $(LIBTOOL) $(AM_V_lt) --tag=CC $(AM_LIBTOOLFLAGS) \
	$(LIBTOOLFLAGS) --mode=link $(CCLD) $(AM_CFLAGS) $(CFLAGS) \
	$(src_rawecho_LDFLAGS) $(LDFLAGS) -o $@
endif
