## Tests: Check unit tests for lib/, black-box shell tests for rawecho.

check_PROGRAMS = tests/unit
check_DATA =
CLEANFILES =
tests_unit_SOURCES = tests/unit.c
tests_unit_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_LDADD = lib/librawecho.la $(CHECK_LIBS)
tests_unit_LDFLAGS = $(TEST_LDFLAGS)

# Every test, in this one list.  The black-box tests of rawecho, which
# installcheck also runs against the installed binary:
SHELL_TESTS = \
	tests/cli.sh \
	tests/errors.sh \
	tests/faults.sh \
	tests/atomic.sh \
	tests/differential.sh \
	tests/unicode.sh \
	tests/console.sh \
	tests/man.sh \
	tests/strace.sh \
	tests/bsd-compile.sh \
	tests/elf.sh
# and the tests of the code inside it: the unit tests, the fuzz harness's
# checks (tests/faults.mk) and the Windows command-line splitter's
# (arch/win32/local.mk), which is plain code that any host runs.
TESTS = tests/unit tests/fuzz-run.sh $(SHELL_TESTS)
if CAN_RUN_HOST
TESTS += tests/cmdline-test
endif
TEST_EXTENSIONS = .sh
# Every test runs under a time limit, generous enough for an emulator:
# one that hangs fails and names itself, and the suite goes on.
TEST_TIME_LIMIT = 300
TIME_LIMIT = $(SHELL) $(srcdir)/tests/time-limit.sh $(TEST_TIME_LIMIT)
SH_LOG_COMPILER = $(TIME_LIMIT) $(SHELL)
if CAN_RUN_HOST_LIBC
LOG_COMPILER = $(TIME_LIMIT) $(RAWECHO_RUNNER)
else
LOG_COMPILER = env RAWECHO_CANNOT_RUN='$(RAWECHO_LIBC_CANNOT_RUN)' \
	$(SHELL) $(srcdir)/tests/cannot-run.sh
endif
EXTRA_DIST = $(SHELL_TESTS) tests/fuzz-run.sh tests/setup.sh tests/corpus.awk \
	tests/cannot-run.sh tests/time-limit.sh

# The shell tests run rawecho through RAWECHO_RUNNER themselves.  Each
# Check test gets 120 s, not Check's 4: a sanitizer, valgrind or an
# emulator on a busy machine is slow.
AM_TESTS_ENVIRONMENT = \
	RAWECHO='$(abs_top_builddir)/src/rawecho$(EXEEXT)'; export RAWECHO; \
	RAWECHO_RUNNER='$(RAWECHO_RUNNER)'; export RAWECHO_RUNNER; \
	RAWECHO_CANNOT_RUN='$(RAWECHO_CANNOT_RUN)'; export RAWECHO_CANNOT_RUN; \
	RAWECHO_XPG='$(XPG_ECHO_DEFAULT)'; export RAWECHO_XPG; \
	RAWECHO_MAN='$(abs_top_builddir)/man/rawecho.1'; export RAWECHO_MAN; \
	RAWECHO_VERSION='$(PACKAGE_VERSION)'; export RAWECHO_VERSION; \
	CK_VERBOSITY=$${CK_VERBOSITY-normal}; export CK_VERBOSITY; \
	CK_DEFAULT_TIMEOUT=$${CK_DEFAULT_TIMEOUT-120}; export CK_DEFAULT_TIMEOUT;

# The same black-box tests against the installed, possibly renamed,
# binary, in the same environment but for RAWECHO, with what the tests
# need besides it (check_DATA); each one's output goes to its own
# tests/NAME-installed.log.
INSTALLCHECK_LOGS = $(SHELL_TESTS:.sh=-installed.log)
CLEANFILES += $(INSTALLCHECK_LOGS)
installcheck-local:
	@$(MAKE) $(AM_MAKEFLAGS) $(check_DATA)
	@$(AM_TESTS_ENVIRONMENT) \
	RAWECHO='$(DESTDIR)$(bindir)/'`echo rawecho | sed '$(transform)'`'$(EXEEXT)'; \
	for t in $(SHELL_TESTS); do \
	  log=`echo "$$t" | sed 's/\.sh$$/-installed.log/'`; \
	  $(TIME_LIMIT) $(SHELL) $(srcdir)/$$t > $$log 2>&1; rc=$$?; \
	  case $$rc in \
	    0) echo "PASS: $$t (installed)";; \
	    77) echo "SKIP: $$t (installed)";; \
	    *) echo "FAIL: $$t (installed)"; cat $$log; exit 1;; \
	  esac; \
	done

AM_DISTCHECK_CONFIGURE_FLAGS = --program-prefix=x- --with-check
