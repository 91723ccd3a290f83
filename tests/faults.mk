## Fault-injection tests, fuzzing and analysers.

EXTRA_DIST += .clang-tidy tests/fuzz/echo-fuzz.c tests/fuzz/corpus

# The helper that sets up what the shell cannot: full non-blocking pipes,
# slow readers, file-size limits, signal dispositions, concurrent writers.
# It is built for the build machine and runs there, natively: only
# rawecho runs under the emulator of a cross build.
if POSIX_HOST
RAWECHO_FAULT_HELPER = $(abs_top_builddir)/tests/fault-helper
check_DATA += tests/fault-helper
AM_TESTS_ENVIRONMENT += \
	RAWECHO_FAULT_HELPER='$(RAWECHO_FAULT_HELPER)'; \
	export RAWECHO_FAULT_HELPER;
endif
tests/fault-helper: tests/fault-helper.c
	@$(MKDIR_P) tests
	$(AM_V_CC)$(CC_FOR_BUILD) $(CPPFLAGS_FOR_BUILD) $(CFLAGS_FOR_BUILD) \
	  $(LDFLAGS_FOR_BUILD) -o $@ $(srcdir)/tests/fault-helper.c
CLEANFILES += tests/fault-helper
EXTRA_DIST += tests/fault-helper.c

# make fuzz: the libFuzzer harnesses, over option parsing and escape
# decoding (echo-fuzz) and over the Windows command-line splitter
# (cmdline-fuzz), built with clang from the sources directly so that the
# code is instrumented whatever compiler the build uses.  FUZZ_TIME
# seconds of fuzzing each, starting from its seed corpus; new finds stay
# in tests/fuzz/found-NAME in the build tree.
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all
FUZZ_TIME = 60
FUZZ_SRCS = tests/fuzz/echo-fuzz.c lib/echo.c lib/outbuf.c
tests/fuzz/echo-fuzz: $(FUZZ_SRCS:%=$(srcdir)/%) lib/echo.h lib/outbuf.h
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CC)$(FUZZ_CC) $(FUZZ_FLAGS) -I$(srcdir)/lib -o $@ \
	  $(FUZZ_SRCS:%=$(srcdir)/%)
CMDLINE_FUZZ_SRCS = tests/fuzz/cmdline-fuzz.c arch/win32/cmdline.c
tests/fuzz/cmdline-fuzz: $(CMDLINE_FUZZ_SRCS:%=$(srcdir)/%) \
	  arch/win32/cmdline.h
	@$(MKDIR_P) tests/fuzz
	$(AM_V_CC)$(FUZZ_CC) $(FUZZ_FLAGS) -I$(srcdir)/arch -o $@ \
	  $(CMDLINE_FUZZ_SRCS:%=$(srcdir)/%)
EXTRA_DIST += tests/fuzz/cmdline-fuzz.c tests/fuzz/cmdline-corpus
fuzz: tests/fuzz/echo-fuzz tests/fuzz/cmdline-fuzz
	@$(MKDIR_P) tests/fuzz/found-echo tests/fuzz/found-cmdline
	tests/fuzz/echo-fuzz -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
	  -artifact_prefix=tests/fuzz/ tests/fuzz/found-echo \
	  $(srcdir)/tests/fuzz/corpus
	tests/fuzz/cmdline-fuzz -max_total_time=$(FUZZ_TIME) \
	  -print_final_stats=1 -artifact_prefix=tests/fuzz/ \
	  tests/fuzz/found-cmdline $(srcdir)/tests/fuzz/cmdline-corpus
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/echo-fuzz tests/fuzz/cmdline-fuzz tests/fuzz/found-* \
	  tests/fuzz/crash-* \
	  tests/fuzz/leak-* tests/fuzz/timeout-*
.PHONY: fuzz clean-fuzz

# The same checks without libFuzzer, built for the host like the unit
# tests, so that every cross build runs them under its emulator: the
# seed corpus, then a hundred thousand pseudo-random inputs, in one
# process (tests/fuzz-run.sh).  A libc-free build counts zero bits with
# rawecho's own routines, and so does this program there.
check_PROGRAMS += tests/fuzz/echo-fuzz-run
tests_fuzz_echo_fuzz_run_SOURCES = tests/fuzz/echo-fuzz-run.c \
	tests/fuzz/echo-fuzz.c
if FREESTANDING
tests_fuzz_echo_fuzz_run_SOURCES += arch/count-zeros.c
endif
tests_fuzz_echo_fuzz_run_LDADD = lib/librawecho.la
# A hosted program, whatever the backend's flags, linked as the unit
# tests are.
tests_fuzz_echo_fuzz_run_CFLAGS =
tests_fuzz_echo_fuzz_run_LDFLAGS = $(TEST_LDFLAGS)
AM_TESTS_ENVIRONMENT += \
	RAWECHO_FUZZ_RUN='$(abs_top_builddir)/tests/fuzz/echo-fuzz-run$(EXEEXT)'; \
	RAWECHO_LIBC_CANNOT_RUN='$(RAWECHO_LIBC_CANNOT_RUN)'; \
	export RAWECHO_FUZZ_RUN RAWECHO_LIBC_CANNOT_RUN;
