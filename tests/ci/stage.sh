# Sourced by each stage of tests/all.sh, which exports:
#   src    a bootstrapped copy of the checkout's sources, never written to
#   work   this stage's scratch directory
#   stage  this stage's name
#   jobs   how many configurations may run at once
# A stage builds and checks its configurations with "config", which keeps
# each one's output in a log of its own and shows each test's result as
# it finishes, e.g. "[30-cross aarch64] PASS: tests/cli.sh".  A failed
# configuration does not stop the others; the stage fails at its end.

# The corpora: 300 vectors under an emulator, where each run costs a
# start of qemu or wine, unless RAWECHO_FULL=1 asks for all of them.
if test "${RAWECHO_FULL-}" = 1; then
  unset RAWECHO_QUICK
else
  RAWECHO_QUICK=1
  export RAWECHO_QUICK
fi

# config NAME COMMAND...: runs COMMAND in the new directory $work/NAME
# with "set -e", its output kept in $work/NAME.log.
config () {
  name=$1
  shift
  log=$work/$name.log
  start=$(date +%s)
  mkdir -p "$work/$name"
  { (set -e; cd "$work/$name"; "$@"); echo $? > "$work/$name.rc"; } 2>&1 \
    | tee "$log" | sed -un \
      -e "s/^\(PASS\|FAIL\|SKIP\|ERROR\|XPASS\|XFAIL\): /[$stage $name] &/p" \
      -e "s/^$stage: /[$stage $name] /p"
  rc=$(cat "$work/$name.rc")
  if test "$rc" = 0; then
    echo "[$stage $name] done in $(( $(date +%s) - start )) s"
    return 0
  fi
  {
    echo "[$stage $name] FAILED (exit $rc) after $(( $(date +%s) - start )) s;" \
         "whole log: $log"
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
# "config NAME COMMAND ARG...", $jobs configurations at a time.
configs () {
  queue=$work/queue
  cat > "$queue"
  lane=0
  while test "$lane" -lt "$jobs"; do
    lane=$((lane + 1))
    (
      n=0
      while read -r line; do
        n=$((n + 1))
        # The first lane to make the claim runs the configuration.
        mkdir "$queue.$n" 2>/dev/null || continue
        config $line
      done < "$queue"
    ) &
  done
  wait
  rm -rf "$queue" "$queue".*
}

# Ends the stage: failed if any of its configurations failed.
stage_end () {
  test ! -s "$work/failed-configs"
}
