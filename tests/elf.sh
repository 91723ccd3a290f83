#!/bin/sh
# A libc-free Linux rawecho is a hardened static PIE: what readelf shows
# of it on any processor, also one nothing here runs, and, run natively
# on x86_64, that its load address is random and its stack protector's
# guard is set from the kernel's random bytes.
reads_binary=yes
. "$(dirname "$0")/setup.sh"

# Set only for a libc-free build (arch/local.mk).
if test -z "${RAWECHO_STACK_PROTECTOR-}"
then
  echo "SKIP: elf.sh: not a libc-free Linux build"
  exit 77
fi
if ! command -v readelf >/dev/null 2>&1; then
  echo "SKIP: elf.sh: readelf is not installed"
  exit 77
fi

# check NAME COMMAND...: one assertion.
check () {
  name=$1
  shift
  checks=$((checks + 1))
  "$@" || fail "$name"
}

readelf -W -h "$RAWECHO" > "$testdir/header"
readelf -W -l "$RAWECHO" > "$testdir/segments"
readelf -W -r "$RAWECHO" > "$testdir/relocations"
readelf -W -d "$RAWECHO" > "$testdir/dynamic"

check 'ELF type DYN' grep -q '^ *Type: *DYN ' "$testdir/header"
check 'no interpreter' eval '! grep -q INTERP "$testdir/segments"'
check 'GNU_STACK present and RW' \
  grep -q '^ *GNU_STACK .* RW  *0x' "$testdir/segments"
check 'no segment both writable and executable' \
  eval '! grep -Eq "^ *[A-Z_]+ .* [R ]WE +0x" "$testdir/segments"'
# Nothing in the program would apply them.
check 'no GNU_RELRO' eval '! grep -q GNU_RELRO "$testdir/segments"'
check 'no BIND_NOW' eval '! grep -q "BIND_NOW\|(FLAGS) .*NOW" "$testdir/dynamic"'

# No dynamic relocations but the linker's no-ops, such as mips's
# obligatory R_MIPS_NONE, and, where the start-up applies them
# (arch/linux/reloc.c), relative ones.  hppa has no relative type: there
# the start-up applies R_PARISC_DIR32 against no symbol, which leaves
# the symbol's part of the info word, all but its last byte, zero.  A
# DT_RELR table (ld -z pack-relative-relocs) holds relative relocations
# only, which readelf lists as bare addresses, one a line, after the
# line that counts them ("N offsets"); each of the table's entries packs
# one or more.  On mips the start-up moves the local GOT; a global GOT
# part, which it does not handle, must be empty.
sed -n '/^Relocation section .*\.relr/,/^$/p' "$testdir/relocations" \
  > "$testdir/packed"
sed '/^Relocation section .*\.relr/,/^$/d' "$testdir/relocations" \
  > "$testdir/unpacked"
# sum SED-SCRIPT: the numbers it picks from the packed tables, added up.
sum () {
  sed -n "$1" "$testdir/packed" | awk '{ n += $1 } END { print n + 0 }'
}
packed=$(grep -c '^[0-9a-f]\{8,\}$' "$testdir/packed")
counted=$(sum 's/^ *\([0-9][0-9]*\) offsets$/\1/p')
entries=$(sum 's/^Relocation section .* contains \([0-9][0-9]*\) entr.*/\1/p')
check "packed relocations all read ($packed of $counted, in $entries entries)" \
  test "$packed" -eq "$counted" -a "$packed" -ge "$entries"
allowed=' R_[A-Z0-9]*_NONE '
test "${RAWECHO_RELOCATES-}" = yes &&
  allowed=' R_[A-Z0-9]*_\(NONE\|RELATIVE\) \|^[0-9a-f]\{8\}  *000000[0-9a-f][0-9a-f] R_PARISC_DIR32 '
relocs=$(grep '^[0-9a-f]\{8,\} ' "$testdir/unpacked" |
         grep -v "$allowed" | wc -l)
test "${RAWECHO_RELOCATES-}" = yes || relocs=$((relocs + packed))
check "no dynamic relocations the start-up does not apply ($relocs found)" \
  test "$relocs" -eq 0
test "$packed" -eq 0 ||
  echo "elf.sh: $packed packed relative relocations (DT_RELR)"
if grep -q MIPS_GOTSYM "$testdir/dynamic"; then
  gotsym=$(sed -n 's/.*(MIPS_GOTSYM) *//p' "$testdir/dynamic")
  symtabno=$(sed -n 's/.*(MIPS_SYMTABNO) *//p' "$testdir/dynamic")
  check "no global GOT entries (GOTSYM $gotsym, SYMTABNO $symtabno)" \
    test "$((gotsym))" -eq "$((symtabno))"
fi

if test -n "${RAWECHO_CANNOT_RUN-}"; then
  echo "elf.sh: not run: $RAWECHO_CANNOT_RUN"
  finish
fi
check 'built for the Linux ABI this binary reports' eval \
  'run --version | grep -q "^Output backend: asm (linux .*, libc-free)$"'
if test "${RAWECHO_STACK_PROTECTOR-}" = no; then
  echo "elf.sh: stack protector not checked: GCC has none for this ABI"
  finish
fi

# A smashed frame ends a program with rawecho's start-up as glibc ends
# one: the message, then SIGABRT.
if test -n "${RAWECHO_STACK_SMASH-}" && test -f "$RAWECHO_STACK_SMASH"; then
  (ulimit -c 0; exec $RAWECHO_RUNNER "$RAWECHO_STACK_SMASH") \
    2> "$testdir/smash-err"
  status=$?
  check "smashed stack: status $status, expected 134 (SIGABRT)" \
    test "$status" -eq 134
  check 'smashed stack: the message on stderr' \
    grep -qx '\*\*\* stack smashing detected \*\*\*: terminated' \
    "$testdir/smash-err"
else
  echo "elf.sh: stack smashing not checked: no RAWECHO_STACK_SMASH program"
fi

# Natively on x86_64: two runs, each blocked on a full pipe, read through
# /proc while they wait.
native_x86_64 () {
  test -z "$RAWECHO_RUNNER" &&
    run --version | grep -q '(linux x86_64, libc-free)' &&
    test -n "${RAWECHO_FAULT_HELPER-}" && test -f "$RAWECHO_FAULT_HELPER"
}
if ! native_x86_64; then
  echo "elf.sh: load address and guard not checked: needs a native" \
       "x86_64 build and the fault helper"
  finish
fi
if test "$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null)" = 0; then
  echo "SKIP: elf.sh: address space randomisation is off here"
  exit 77
fi
exe=$(readlink -f "$RAWECHO")
guard_symbol=$(nm "$RAWECHO" 2>/dev/null |
               sed -n 's/^\([0-9a-f]*\) [BbDd] __stack_chk_guard$/\1/p')

# blocked_run N: starts rawecho writing into a full pipe and writes its
# load address to $testdir/base.N and its guard's 8 bytes in hex to
# $testdir/guard.N (empty if /proc/PID/mem cannot be read), then ends it.
blocked_run () {
  timeout 30 "$RAWECHO_FAULT_HELPER" -F -w 10000 -- "$RAWECHO" hello \
    > /dev/null &
  helper=$!
  pid=
  tries=0
  # Up to 5 s for the helper to start rawecho and rawecho to block.
  while test -z "$pid" && test $tries -lt 50; do
    sleep 0.1
    tries=$((tries + 1))
    # timeout runs the helper, which runs rawecho.
    for child in $(cat /proc/$helper/task/*/children 2>/dev/null); do
      cat /proc/$child/task/*/children 2>/dev/null
    done > "$testdir/grandchildren"
    for child in $(cat "$testdir/grandchildren"); do
      grep -q '^State:.*S' /proc/$child/status 2>/dev/null &&
        test "$(readlink /proc/$child/exe)" = "$exe" &&
        pid=$child
    done
  done
  : > "$testdir/base.$1"
  : > "$testdir/guard.$1"
  if test -n "$pid"; then
    # The first mapping of the file, at offset 0, is the load address.
    base=$(awk -v exe="$exe" '$6 == exe && $3 == "00000000" {
             sub(/-.*/, "", $1); print $1; exit }' /proc/$pid/maps)
    echo "$base" > "$testdir/base.$1"
    if test -n "$guard_symbol"; then
      dd if=/proc/$pid/mem bs=8 count=1 iflag=skip_bytes \
         skip=$((0x$base + 0x$guard_symbol)) 2>/dev/null |
        od -An -tx1 | tr -d ' \n' > "$testdir/guard.$1"
    fi
    kill $pid
  fi
  wait $helper
}

blocked_run 1
blocked_run 2
base1=$(cat "$testdir/base.1") base2=$(cat "$testdir/base.2")
check 'rawecho blocked on a full pipe, twice' test -n "$base1" -a -n "$base2"
check "load address random ($base1, $base2)" test "$base1" != "$base2"
guard1=$(cat "$testdir/guard.1") guard2=$(cat "$testdir/guard.2")
if test -z "$guard_symbol"; then
  echo "elf.sh: guard not checked: $RAWECHO has no symbols"
elif test -z "$guard1" || test -z "$guard2"; then
  test "$failures" -eq 0 || finish
  echo "SKIP: elf.sh: /proc/PID/mem is not readable here"
  exit 77
else
  check "guard set ($guard1)" test "$guard1" != 0000000000000000
  check "guard's first byte zero ($guard1)" \
    eval 'case $guard1 in 00*) true;; *) false;; esac'
  check "guard differs between runs ($guard1, $guard2)" \
    test "$guard1" != "$guard2"
  echo "elf.sh: load addresses $base1, $base2; guards $guard1, $guard2"
fi
finish
