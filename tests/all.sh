#!/bin/sh
# The whole test suite: every stage in tests/ci/.  Copies the checkout's
# sources as they are, uncommitted edits included, to a scratch directory
# and bootstraps them there, so the checkout itself is never written to,
# whatever state it is in.  Installs the Debian packages each stage needs
# when they are missing (./bootstrap --install-only), stage by stage in
# the background, and starts each stage once its packages are in; their
# configurations take turns, as many at a time as there are processors.
# Each test's result is shown as it finishes, each configuration and
# stage with its wall and CPU seconds, and the run ends with its total
# cost and one summary line.
#   sh tests/all.sh [STAGE...]      run every stage, or the named ones
#   sh tests/all.sh --packages      list the Debian packages and exit
# RAWECHO_FULL=1 runs the full corpora and longer fuzzing everywhere.
# RAWECHO_JOBS sets how many configurations run at once (by default the
# number of processors).
set -u
total_start=$(date +%s)
top=$(cd "$(dirname "$0")/.." && pwd)
stages=$(ls "$top"/tests/ci/[0-9]*.sh)

# packages [STAGE-FILE...]: the Debian packages the stages need.
packages () {
  sed -n 's/^# packages: //p' "${@:-$stages}" | tr ' ' '\n' |
    sed '/^$/d' | sort -u
}

if test "${1-}" = --packages; then
  packages $stages | tr '\n' ' '; echo
  exit 0
fi

selected=
for stage in $stages; do
  name=$(basename "$stage" .sh)
  if test $# -gt 0; then
    case " $* " in *" $name "*) ;; *) continue ;; esac
  fi
  selected="$selected $name"
done
for want in "$@"; do
  case " $selected " in
    *" $want "*) ;;
    *) echo "all.sh: no stage '$want'; the stages are:" \
         $(basename -a -s .sh $stages)
       exit 2 ;;
  esac
done

run=$(mktemp -d "${TMPDIR:-/tmp}/rawecho-all.XXXXXX") || exit 1
trap 'echo; echo "all.sh: interrupted; the work is in $run"; exit 130' INT TERM
src=$run/src turns=$run/turns
jobs=${RAWECHO_JOBS:-$(nproc 2>/dev/null || echo 2)}
export src jobs turns
# configure looks for a shell with $LINENO and finds bash; Debian's dash,
# its /bin/sh, lacks only that, for config.log's line numbers, and forks
# and starts faster: configure, make's recipes and the tests cost a third
# less under it.
if test -z "${CONFIG_SHELL-}" && test -x /bin/dash; then
  CONFIG_SHELL=/bin/dash
  export CONFIG_SHELL
fi
mkdir "$turns"

# The stages in the order they start: those whose later configurations
# wait on an earlier one first, so that it comes early, and 30-cross,
# the longest, next.  The packages are installed in the same order,
# those that bootstrap needs with the first.
for name in 10-native 60-dist 45-analyze 30-cross $selected; do
  case " $selected " in *" $name "*) echo "$name" ;; esac
done | awk '!seen[$0]++' > "$run/order"
(
  first=yes
  while read -r name; do
    wanted=$(packages "$top/tests/ci/$name.sh")
    test -z "$first" || wanted="$wanted autoconf automake libtool pkgconf"
    first=
    sh "$top/bootstrap" --install-only $wanted > "$run/$name.install" 2>&1
    echo $? > "$run/$name.installed"
  done < "$run/order"
) &

# installed NAME: waits until the packages of stage NAME are installed;
# fails, showing why, if they could not be.
installed () {
  until test -s "$run/$1.installed"; do sleep 1; done
  cat "$run/$1.install"
  test "$(cat "$run/$1.installed")" = 0
}

installed "$(head -n 1 "$run/order")" > "$run/first.install" ||
  { cat "$run/first.install"; exit 1; }

# The sources as they are in the checkout: tracked files and new ones
# not ignored, with their edits, without what a build made there.
echo "all.sh: copying the checkout's sources to $src and bootstrapping them"
mkdir "$src"
(cd "$top" && git ls-files --cached --others --exclude-standard |
   while read -r f; do test -e "$f" && echo "$f"; done |
   tar -cf - -T -) | tar -xf - -C "$src" || exit 1
if ! (cd "$src" && ./bootstrap) > "$run/bootstrap.log" 2>&1; then
  cat "$run/bootstrap.log"
  echo "all.sh: bootstrap failed; the work is in $run"
  exit 1
fi
. "$src/tests/ci/stage.sh"

# cost TIMES-FILE START: "W s wall, C s CPU" since the date START, C from
# the output of "times" in TIMES-FILE.
cost () {
  read -r user sys <<EOF
$(cpu_seconds "$1")
EOF
  echo "$(( $(date +%s) - $2 )) s wall, $((user + sys)) s CPU"
}

# run_stage NAME: one stage, its output shown as it comes; its counts
# go to $run/NAME/counts as "PASSED FAILED SKIPPED".
run_stage () {
  work=$run/$1 stage=$1
  export work stage
  mkdir "$work"
  start=$(date +%s)
  { if installed "$1"; then
      echo "=== stage $1"
      sh "$src/tests/ci/$1.sh"
    else
      echo "=== stage $1: FAILED: its packages could not be installed"
      false
    fi
    echo $? > "$work/rc"; times > "$work/times"; } 2>&1 | tee "$work/stage.log"
  rc=$(cat "$work/rc")
  # Results of tests, each counted once where it ran.
  p=$(grep -c '^\[[^]]*\] PASS: ' "$work/stage.log")
  f=$(grep -c '^\[[^]]*\] \(FAIL\|ERROR\|XPASS\): ' "$work/stage.log")
  s=$(grep -c '^\[[^]]*\] SKIP: ' "$work/stage.log")
  # A stage can fail outside any test (a build, an analyser): that
  # failure counts too.
  test "$rc" -eq 0 || test "$f" -gt 0 || f=1
  if test $((p + f + s)) -eq 0; then
    what="no Automake tests, $(test "$rc" -eq 0 && echo ok || echo FAILED)"
  else
    what="$p passed, $f failed, $s skipped"
  fi
  echo "=== stage $1: $what; $(cost "$work/times" "$start")"
  echo "$p $f $s" > "$work/counts"
}

# Every stage at once, each once its packages are in; their
# configurations take turns in the order they ask (tests/ci/stage.sh).
while read -r name; do
  run_stage "$name" &
  # Time for the stage to ask for its first turns before the next one.
  sleep 1
done < "$run/order"
wait

passed=0 failed=0 skipped=0 bad=
for name in $selected; do
  read -r p f s < "$run/$name/counts"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  test "$(cat "$run/$name/rc")" -eq 0 || bad="$bad $name"
done

if test -n "$bad"; then
  echo "failed stages:$bad"
  echo "The work is kept in $run; each configuration's log is"
  echo "$run/STAGE/NAME.log.  To run one stage again:"
  for name in $bad; do echo "  sh tests/all.sh $name"; done
fi
times > "$run/times"
echo "all.sh: $(cost "$run/times" "$total_start") in all, installs included"
test -n "$bad" || rm -rf "$run"
echo "$passed passed, $failed failed, $skipped skipped"
test -z "$bad"
