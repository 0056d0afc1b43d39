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

# overhead_runs DIR N VERSION RUNS OUT: generates a list repository of N entries in DIR and writes
# "wall_ms peak_kb" lines, RUNS each, to OUT/overhead-{base,cold,warm,built,edit}-N.txt:
#   base:  mvn -o -q validate        (Maven start-up and project loading, nothing of ours)
#   cold:  mvn -o awesome:render     without target/ (javac compiles the list); javac's own time, from the
#                                     plugin's summary line, goes to OUT/overhead-javac-N.txt; the same with
#                                     -Dawesome.forkJavac=false gives OUT/overhead-inprocessjavac-N.txt
#   warm:  mvn -o -q awesome:render  with the list unchanged (the last compilation is reused)
#   built: mvn -o -q awesome:render  after mvn compile, target/awesome deleted (loaded from target/classes)
#   edit:  mvn -o awesome:render     after one entry in the middle of the list was edited (javac compiles the
#                                     edited class only, in the javac daemon the build before started);
#                                     javac's time to OUT/overhead-editjavac-N.txt
#   editfork: the same with -Dawesome.javacDaemon=false (a JVM started for the compile), javac's time to
#                                     OUT/overhead-editforkjavac-N.txt
#   basedefault, colddefault: base and cold without the repository's .mvn/jvm.config (Maven's JVM with its
#                                     default JIT, C1 and C2), javac's time to OUT/overhead-javacdefault-N.txt
# Every run but those has the .mvn/jvm.config that awesome:init and awesome:import write.
# The javac daemons live in OUT/daemons; every cold run starts with none (stop_daemons), as a first build does.
overhead_runs() {
  local dir="$1" n="$2" version="$3" runs="$4" out="$5" i
  local daemon="-Dawesome.javacDaemon=true -Dawesome.javacDaemonDirectory=$out/daemons"
  java bench/GenerateListProject.java "$dir" "$n" "$version"
  (cd "$dir" && mvn -B -q awesome:render -Dawesome.javacDaemon=false >/dev/null && rm -rf target) # resolves what the project needs, once
  for i in $(seq "$runs"); do (cd "$dir" && measure "$out/last.txt" mvn -B -o -q validate); done > "$out/overhead-base-$n.txt"
  cold_runs "$dir" "$n" "$version" "$runs" "$out" ""
  mv "$dir/.mvn" "$dir/.mvn-aside"
  for i in $(seq "$runs"); do (cd "$dir" && measure "$out/last.txt" mvn -B -o -q validate); done > "$out/overhead-basedefault-$n.txt"
  cold_runs "$dir" "$n" "$version" "$runs" "$out" default
  mv "$dir/.mvn-aside" "$dir/.mvn"
  : > "$out/overhead-inprocessjavac-$n.txt"
  for i in $(seq "$runs"); do
    rm -rf "$dir/target"
    (cd "$dir" && measure "$out/last.txt" mvn -B -o awesome:render -Dawesome.forkJavac=false)
    sed -n 's/.*(javac \([0-9]*\) ms.*/\1/p' "$out/last.txt" >> "$out/overhead-inprocessjavac-$n.txt"
  done > /dev/null
  for i in $(seq "$runs"); do (cd "$dir" && measure "$out/last.txt" mvn -B -o -q awesome:render $daemon); done > "$out/overhead-warm-$n.txt"
  (cd "$dir" && mvn -B -q compile >/dev/null) # the project's build compiles the list into target/classes
  for i in $(seq "$runs"); do rm -rf "$dir/target/awesome"; (cd "$dir" && measure "$out/last.txt" mvn -B -o -q awesome:render $daemon); done > "$out/overhead-built-$n.txt"
  # one entry in the middle, edited before each run (the first, unmeasured, compiles the list in full)
  edit_runs "$dir" "$n" "$runs" "$out" edit "$daemon"
  edit_runs "$dir" "$n" "$runs" "$out" editfork "-Dawesome.javacDaemon=false"
  stop_daemons "$version" "$out/daemons"
}

# cold_runs DIR N VERSION RUNS OUT SUFFIX: RUNS cold renders (no target/, no javac daemon running) to
# OUT/overhead-coldSUFFIX-N.txt, and javac's times to OUT/overhead-javacSUFFIX-N.txt
cold_runs() {
  local dir="$1" n="$2" version="$3" runs="$4" out="$5" suffix="$6" i
  : > "$out/overhead-javac$suffix-$n.txt"
  for i in $(seq "$runs"); do
    rm -rf "$dir/target"
    stop_daemons "$version" "$out/daemons"
    (cd "$dir" && measure "$out/last.txt" mvn -B -o awesome:render -Dawesome.javacDaemon=true -Dawesome.javacDaemonDirectory="$out/daemons")
    sed -n 's/.*(javac \([0-9]*\) ms.*/\1/p' "$out/last.txt" >> "$out/overhead-javac$suffix-$n.txt"
  done > "$out/overhead-cold$suffix-$n.txt"
}

# edit_runs DIR N RUNS OUT NAME OPTIONS: RUNS renders, each after one entry in the middle was edited, to
# OUT/overhead-NAME-N.txt, and javac's times to OUT/overhead-NAMEjavac-N.txt; the first render, unmeasured,
# compiles the list in full
edit_runs() {
  local dir="$1" n="$2" runs="$3" out="$4" name="$5" options="$6" i
  local middle=$((n / 2)) part="$dir/src/main/java/bench/Part$((n / 2 / 1000)).java"
  rm -rf "$dir/target"
  : > "$out/overhead-${name}javac-$n.txt"
  for i in $(seq 0 "$runs"); do
    sed -i -E "s/\"Tool number $middle( \(edit [0-9]+\))?\"/\"Tool number $middle (edit $i)\"/" "$part"
    if [ "$i" -eq 0 ]; then (cd "$dir" && mvn -B -o -q awesome:render $options >/dev/null); continue; fi
    (cd "$dir" && measure "$out/last.txt" mvn -B -o awesome:render $options)
    sed -n 's/.*(javac \([0-9]*\) ms.*/\1/p' "$out/last.txt" >> "$out/overhead-${name}javac-$n.txt"
  done > "$out/overhead-$name-$n.txt"
}

# stop_daemons VERSION FOLDER: ends the javac daemons of plugin VERSION in FOLDER and waits until they are gone
stop_daemons() {
  local jar="$HOME/.m2/repository/io/github/awesomedsl/awesome-maven-plugin/$1/awesome-maven-plugin-$1.jar"
  java -cp "$jar" io.github.awesomedsl.maven.load.JavacDaemon --stop "$2" >/dev/null
  while pgrep -f "JavacDaemon $2/" >/dev/null; do sleep 0.1; done
}

# await_ready LOG PID: waits until the server PID has printed a line "ready" to LOG; fails, showing LOG, when
# the server ends first (a port in use: its log says "Address already in use", which a substring match took
# for "ready", and a whole run measured goals that had no README to read)
await_ready() {
  local log="$1" pid="$2"
  until grep -qx ready "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the benchmark's server ended before it was ready:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
}
