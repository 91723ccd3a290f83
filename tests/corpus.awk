# Writes a deterministic corpus of echo argument vectors as shell commands:
#   c NUMBER POSIX 'word' 'word' ...
# POSIX is 0 (POSIXLY_CORRECT unset), 1 (set, empty) or 2 (set to 1).
# Run as: awk -v cases=N -v seed=S -f corpus.awk
# The generator is its own LCG so that every awk gives the same corpus.

function rnd(n) {
  state = (state * 1103515245 + 12345) % 2147483648
  return int(state / 65536) % n
}

function quote(s) {
  gsub(/'/, "'\\''", s)
  return "'" s "'"
}

function word(   w, k, i, kind) {
  if (rnd(4) == 0)
    return opts[rnd(nopts)]
  w = ""
  k = rnd(5)
  for (i = 0; i < k; i++) {
    kind = rnd(10)
    if (kind < 4) w = w frags[rnd(nfrags)]
    else if (kind < 6) w = w sprintf("%c", 48 + rnd(10))
    else if (kind < 7) w = w sprintf("%c", 128 + rnd(128))
    else if (kind < 9) w = w substr("abcfgxXnEeu -\\", 1 + rnd(14), 1)
    else w = w (rnd(2) ? "\n" : "\t")
  }
  return w
}

BEGIN {
  if (cases == "") cases = 3000
  state = seed == "" ? 20261125 : seed
  nopts = split("-n -e -E -neE -nE -en -Ee -nn -eEe - -- -x -nx -ez -n- " \
                "--help --version --he -e -n -E", opts, " ")
  nfrags = split("\\\\ \\a \\b \\c \\e \\f \\n \\r \\t \\v \\E \\u \\U " \
                 "\\0 \\00 \\07 \\0101 \\0400 \\0777 \\1 \\41 \\101 \\400 " \
                 "\\777 \\1234 \\8 \\9 \\x \\xg \\x4 \\x41 \\xfF \\x414 " \
                 "\\' \\\" \\? \\q \\ \\\\c \\x-1", frags, " ")
  for (n = 1; n <= cases; n++) {
    posix = rnd(4) == 0 ? 1 + rnd(2) : 0
    k = rnd(6)
    line = ""
    for (i = 0; i < k; i++) {
      w[i] = word()
      line = line " " quote(w[i])
    }
    # rawecho's --help and --version texts are its own: leave them out.
    if (!posix && k == 1 && (w[0] == "--help" || w[0] == "--version"))
      continue
    printf "c %d %d%s\n", n, posix, line
    count++
  }
  printf "# cases: %d\n", count
}
