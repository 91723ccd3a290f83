## make bench: start-up and bulk-output benchmark.
## Built and run only on request, never by make check: it measures speed,
## and speed is never asserted in tests.

EXTRA_PROGRAMS = bench/bench
bench_bench_SOURCES = bench/bench.c
# Plain hosted C, whatever flags the freestanding rawecho is built with.
bench_bench_CFLAGS =
bench_bench_LDFLAGS =
bench_bench_LDADD =

# The floor: a libc-free static ELF making one write and exit_group, from
# bench/floor-$(host_cpu).S where the benchmark has one for this CPU
# (Linux system call numbers).
BENCH_FLOORS = bench/floor-x86_64.S
EXTRA_DIST += $(BENCH_FLOORS)
MOSTLYCLEANFILES = bench/floor bench/bench$(EXEEXT) bench/rawecho-exec
bench/floor: $(BENCH_FLOORS)
	$(AM_V_CCLD)$(CC) -nostdlib -static -no-pie -Wl,--build-id=none \
	  -Wl,-z,noseparate-code -o $@ $(srcdir)/bench/floor-$(host_cpu).S

# The libc-free rawecho's own objects linked as a fixed-address ET_EXEC,
# which the start-up figures show beside the static PIE.
bench_comma = ,
bench/rawecho-exec: $(src_rawecho_OBJECTS)
	$(AM_V_CCLD)$(CCLD) $(CFLAGS) $(LDFLAGS) -no-pie $(filter-out \
	  -Wl$(bench_comma)-pie -Wl$(bench_comma)--no-dynamic-linker, \
	  $(RAWECHO_FS_LDFLAGS)) -o $@ $(src_rawecho_OBJECTS) -lgcc

# RAWECHO_QUICK=1 (as in CI) runs a short smoke version.
bench: bench/bench$(EXEEXT) src/rawecho$(EXEEXT)
	@floor=; \
	case '$(host_os)' in linux*) \
	  test -f $(srcdir)/bench/floor-$(host_cpu).S && floor=bench/floor;; \
	esac; \
	exec_link=; \
	if test -n "$$floor"; then \
	  $(MAKE) $(AM_MAKEFLAGS) bench/floor || exit 1; \
	  if test '$(RAWECHO_FREESTANDING)' = yes; then \
	    $(MAKE) $(AM_MAKEFLAGS) bench/rawecho-exec || exit 1; \
	    exec_link='--exec bench/rawecho-exec'; \
	  fi; \
	else \
	  echo "bench: no floor for $(host_cpu)-$(host_os); coreutils is the reference"; \
	fi; \
	strip='$(STRIP)'; \
	bench/bench$(EXEEXT) $${RAWECHO_QUICK:+--quick} --strip "$${strip:-strip}" \
	  $$exec_link src/rawecho$(EXEEXT) $$floor
.PHONY: bench
