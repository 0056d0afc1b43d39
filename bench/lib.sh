# Shared by the bench scripts: timing and medians. Source it; needs /usr/bin/time (Debian package "time").

# measure OUTFILE CMD…: runs CMD, prints "wall_ms peak_kb" (peak resident memory); CMD's output goes to OUTFILE.
measure() {
  local out="$1"; shift
  /usr/bin/time -v -o "$out.time" "$@" > "$out" 2>&1 || true
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /Maximum resident set size/ { kb = $2 } END { printf "%d %d\n", wall * 1000, kb }' "$out.time"
}

# median of the numbers on standard input (one per line)
median() {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
