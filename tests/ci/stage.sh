# Sourced by each stage of tests/all.sh, which exports:
#   src    a bootstrapped copy of the checkout's sources, never written to
#   work   this stage's scratch directory
#   stage  this stage's name
#   jobs   how many configurations of the whole run may run at once
#   turns  the directory through which they take turns
# A stage builds and checks its configurations with "config", which keeps
# each one's output in a log of its own and shows each test's result as
# it finishes, e.g. "[30-cross aarch64] PASS: tests/cli.sh", and each
# configuration's wall and CPU seconds when it ends.  A failed
# configuration does not stop the others; the stage fails at its end.

# The corpora: short under an emulator, where each run costs a start of
# qemu or wine, unless RAWECHO_FULL=1 asks for all of them.
if test "${RAWECHO_FULL-}" = 1; then
  unset RAWECHO_QUICK
else
  RAWECHO_QUICK=1
  export RAWECHO_QUICK
fi

# The one scheduler of the run: every configuration of every stage asks
# for a turn, and turns are given in the order asked, $jobs at a time.
# More at once than there are processors would only make each slower;
# for the same reason each runs make without -j (make -j2 in two
# configurations at once cost a tenth more CPU time, for no gain in
# wall time).
# ask_turn sets $turn, wait_turn waits for it, end_turn hands it on.
ask_turn () {
  turn=1
  until mkdir "$turns/asked.$turn" 2>/dev/null; do
    turn=$((turn + 1))
  done
}

wait_turn () {
  while :; do
    set -- "$turns"/done.*
    test -e "$1" || shift
    test $(($# + jobs)) -lt "$turn" || break
    sleep 1
  done
}

end_turn () {
  mkdir "$turns/done.$turn"
}

# cpu_seconds TIMES-OUTPUT: the user and system seconds of the children
# in the output of the shell's "times", as "USER SYS".
cpu_seconds () {
  awk 'NR == 2 {
    split($1, u, /[ms]/); split($2, s, /[ms]/)
    printf "%.0f %.0f\n", u[1] * 60 + u[2], s[1] * 60 + s[2] }' "$1"
}

# A configuration that is built once needs no dependency files: setting
# them up costs configure half a second.  The default build (10-native)
# and the tarball's (60-dist) keep them, as users and packagers get them.
one_build=--disable-dependency-tracking

# config NAME COMMAND...: when its turn comes, runs COMMAND in the new
# directory $work/NAME with "set -e", its output kept in $work/NAME.log.
config () {
  ask_turn
  config_in_turn "$@"
}

# config_in_turn NAME COMMAND...: config, once $turn has been asked for.
config_in_turn () {
  name=$1
  shift
  log=$work/$name.log
  wait_turn
  start=$(date +%s)
  mkdir -p "$work/$name"
  { (set -e; cd "$work/$name"; "$@"); echo $? > "$work/$name.rc"
    times > "$work/$name.times"; } 2>&1 \
    | tee "$log" | sed -un \
      -e "s/^\(PASS\|FAIL\|SKIP\|ERROR\|XPASS\|XFAIL\): /[$stage $name] &/p" \
      -e "s/^$stage: /[$stage $name] /p"
  end_turn
  rc=$(cat "$work/$name.rc")
  read -r user sys <<EOF
$(cpu_seconds "$work/$name.times")
EOF
  cost="$(( $(date +%s) - start )) s wall, $((user + sys)) s CPU"
  if test "$rc" = 0; then
    echo "[$stage $name] done in $cost"
    return 0
  fi
  {
    echo "[$stage $name] FAILED (exit $rc) after $cost; whole log: $log"
    show_failed_logs "$name"
  }
  echo "$name" >> "$work/failed-configs"
}

# show_failed_logs NAME: the log of each test that failed in
# configuration NAME, or, if none did, the end of the configuration's log.
show_failed_logs () {
  tests=$(sed -n 's/^\(FAIL\|ERROR\|XPASS\): \([^ ]*\).*/\2/p' \
            "$work/$1.log" | sort -u)
  shown=
  for t in $tests; do
    # tests/cli.sh and tests/unit.exe log to tests/cli.log, tests/unit.log.
    t=${t%.sh} t=${t%.exe}
    for f in $(find "$work/$1" -path "*/$t.log"); do
      echo "--- $f"
      tail -n 100 "$f"
      shown=1
    done
  done
  if test -z "$shown"; then
    echo "--- the end of $work/$1.log"
    tail -n 40 "$work/$1.log"
  fi
}

# configs: for each line "NAME COMMAND ARG..." of its input, runs
# "config NAME COMMAND ARG...", each when its turn comes.
configs () {
  while read -r line; do
    ask_turn
    config_in_turn $line &
  done
  wait
}

# make_warning_free MAKE-ARG...: make, with -Wall -Wextra -Wconversion
# -Wshadow as errors (and $more_warnings) added to the flags configure
# chose, for rawecho and the test programs alike.  Only here: users'
# builds never get -Werror, and configure's own checks run without it.
make_warning_free () {
  warnings="-Wall -Wextra -Wconversion -Wshadow -Werror ${more_warnings-}"
  make "$@" CFLAGS="$(sed -n 's/^CFLAGS = //p' Makefile) $warnings" \
    CFLAGS_FOR_BUILD="$(sed -n 's/^CFLAGS_FOR_BUILD = //p' Makefile) $warnings"
}

# static_pie: the libc-free rawecho of the build here is a static PIE
# (ET_DYN) with no interpreter (tests/elf.sh checks the rest); sets
# $size, its size stripped.
static_pie () {
  if readelf -l src/rawecho | grep -q INTERP; then
    echo "$stage: the libc-free rawecho has an ELF interpreter"
    return 1
  fi
  readelf -h src/rawecho | grep -q 'Type: *DYN'
  strip -o rawecho.stripped src/rawecho
  size=$(wc -c < rawecho.stripped)
  echo "$stage: libc-free rawecho: $size bytes stripped"
}

# Ends the stage: failed if any of its configurations failed.
stage_end () {
  test ! -s "$work/failed-configs"
}
