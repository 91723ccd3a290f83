## The Windows backend: sources, flags and its tests.

WIN32_SOURCES = arch/win32/win32.c arch/win32/cmdline.c arch/win32/cmdline.h
if BACKEND_WIN32
# kernel32 and nothing else: no C runtime start-up, so the entry point is
# ours, and no C library, so whatever the compiler may call is in mem.c,
# and loops must not be turned into calls to strlen and the like.
src_rawecho_SOURCES += $(WIN32_SOURCES) arch/mem.c
AM_CFLAGS = -ffreestanding -fno-tree-loop-distribute-patterns
src_rawecho_LDFLAGS = -nostdlib -nostartfiles -Wl,-e,rawecho_start
src_rawecho_LDADD += -lkernel32 -lgcc
else
EXTRA_DIST += $(WIN32_SOURCES)
endif

# The command-line splitter is plain code: its test runs on every host
# (and tests/faults.mk fuzzes it).
if CAN_RUN_HOST
check_PROGRAMS += tests/cmdline-test
endif
tests_cmdline_test_SOURCES = tests/cmdline-test.c \
	arch/win32/cmdline.c arch/win32/cmdline.h
# A hosted program, whatever the backend's flags.
tests_cmdline_test_CFLAGS =
tests_cmdline_test_LDFLAGS = $(TEST_LDFLAGS)

# Under wine, the tests share one wine prefix, WINEPREFIX or one in the
# build directory, made ready before any of them runs: in parallel they
# would each start making it.  Quiet, and without the Mono and Gecko
# installers.
if BACKEND_WIN32
WINE_ENVIRONMENT = \
	WINEPREFIX=$${WINEPREFIX-'$(abs_top_builddir)/wine-prefix'}; \
	export WINEPREFIX; \
	WINEDEBUG=-all; export WINEDEBUG; \
	WINEDLLOVERRIDES='mscoree,mshtml='; export WINEDLLOVERRIDES;
AM_TESTS_ENVIRONMENT += RAWECHO_PLATFORM=windows; export RAWECHO_PLATFORM; \
	$(WINE_ENVIRONMENT)
if CAN_RUN_HOST
check_DATA += wine-prefix-ready
endif
endif
# Not a file: WINEPREFIX may name any prefix, and wineboot returns at
# once when it is ready.
wine-prefix-ready:
	$(AM_V_GEN)$(WINE_ENVIRONMENT) $(RAWECHO_RUNNER) wineboot -i
clean-local: clean-wine-prefix
clean-wine-prefix:
	-rm -rf wine-prefix
.PHONY: wine-prefix-ready clean-wine-prefix
