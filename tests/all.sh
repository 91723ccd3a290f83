#!/bin/sh
# The whole test suite: every stage in tests/ci/.  Installs the Debian
# packages the stages need when they are missing (as root, or through
# sudo), copies the checkout's sources as they are, uncommitted edits
# included, to a scratch directory and bootstraps them there, so the
# checkout itself is never written to, whatever state it is in.  Two
# stages run at a time; each test's result is shown as it finishes, and
# the run ends with one summary line.
#   sh tests/all.sh [STAGE...]      run every stage, or the named ones
#   sh tests/all.sh --packages      list the Debian packages and exit
# RAWECHO_FULL=1 runs the full corpora under the emulators too.
# RAWECHO_JOBS sets how many configurations a stage builds at once (by
# default the number of processors).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
stages=$(ls "$top"/tests/ci/[0-9]*.sh)

packages () {
  sed -n 's/^# packages: //p' $stages | tr ' ' '\n' | sed '/^$/d' | sort -u
}

if test "${1-}" = --packages; then
  packages | tr '\n' ' '; echo
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

missing=
for p in $(packages); do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'ok installed' \
    || missing="$missing $p"
done
if test -n "$missing"; then
  echo "all.sh: installing$missing"
  sudo=; test "$(id -u)" = 0 || sudo=sudo
  $sudo apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing \
    || { echo "all.sh: could not install$missing"; exit 1; }
fi

run=$(mktemp -d "${TMPDIR:-/tmp}/rawecho-all.XXXXXX") || exit 1
trap 'echo; echo "all.sh: interrupted; the work is in $run"; exit 130' INT TERM
src=$run/src
jobs=${RAWECHO_JOBS:-$(nproc 2>/dev/null || echo 2)}
export src jobs

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

# run_stage NAME: one stage, its output shown as it comes; its counts
# go to $run/NAME/counts as "PASSED FAILED SKIPPED".
run_stage () {
  work=$run/$1 stage=$1
  export work stage
  mkdir "$work"
  echo "=== stage $1"
  start=$(date +%s)
  { sh "$src/tests/ci/$1.sh"; echo $? > "$work/rc"; } 2>&1 \
    | tee "$work/stage.log"
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
  echo "=== stage $1: $what, $(( $(date +%s) - start )) s"
  echo "$p $f $s" > "$work/counts"
}

# Two stages at a time: most of a stage's time goes to waiting on
# emulators, pipes and sanitizers, so one alone leaves a 2-core machine
# half idle.  The longest stages are taken first.
total_start=$(date +%s)
queue=$(for name in 30-cross 40-sanitize 60-dist 10-native $selected; do
          case " $selected " in *" $name "*) echo "$name" ;; esac
        done | awk '!seen[$0]++')
lane=0
while test "$lane" -lt 2; do
  lane=$((lane + 1))
  (
    for name in $queue; do
      mkdir "$run/claim-$name" 2>/dev/null || continue
      run_stage "$name"
    done
  ) &
done
wait

passed=0 failed=0 skipped=0 bad=
for name in $selected; do
  read -r p f s < "$run/$name/counts"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  test "$(cat "$run/$name/rc")" -eq 0 || bad="$bad $name"
done

echo "all.sh: $(( $(date +%s) - total_start )) s in all"
if test -n "$bad"; then
  echo "failed stages:$bad"
  echo "The work is kept in $run; each configuration's log is"
  echo "$run/STAGE/NAME.log.  To run one stage again:"
  for name in $bad; do echo "  sh tests/all.sh $name"; done
else
  rm -rf "$run"
fi
echo "$passed passed, $failed failed, $skipped skipped"
test -z "$bad"
