#!/usr/bin/env bash
# Rune's benchmarks in one run, printed side by side with their targets:
#   - time to the first frame of a bare JavaFX window, and Rune's time to an interactive Today screen on ten
#     years of data (median of several launches each, interleaved);
#   - one tick until it is durable (median and 99th percentile of 1,000 ticks on the ten-year data);
#   - peak heap and peak resident memory of the bare window and of Rune at Today, measured the same way;
#   - the data file's size before and after compaction, next to the same data as JSON.
# It builds the project, generates the ten-year data folder through the real services (a few minutes; each of
# about 21,000 writes is committed and flushed), and measures. See src/test/bench/README.md.
#
# Usage: src/test/bench/run-benchmarks.sh [--work DIR] [--runs N] [--ticks N] [--settle S] [--no-build] [--app-image]
#   --work DIR   keep the generated data and every run's output in DIR, and reuse DIR's data next time
#                (default: a temporary folder, deleted at the end)
#   --runs N     measured launches of each window (default 5; one more of each warms up and is not counted)
#   --ticks N    ticks to time (default 1000, after 100 that warm up)
#   --settle S   seconds to wait after the window is ready before reading its memory (default 3)
#   --app-image  start Rune from the packaged app image (target/dist/Rune/bin/Rune, which mvn verify builds on
#                Linux: its own runtime, JVM options and start-up archive) instead of java -jar target/rune.jar,
#                and time the ticks with its JVM options
# Needs a display: without $DISPLAY it runs itself under xvfb-run (installing xvfb with apt-get if missing).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
SELF="$ROOT/src/test/bench/run-benchmarks.sh"
WORK=""
RUNS=5
TICKS=1000
WARM_UP_TICKS=100
SETTLE=3
BUILD=1
APP_IMAGE=0
TIMEOUT=180
ARGS=("$@")

while [ $# -gt 0 ]; do
  case "$1" in
    --work) WORK=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --ticks) TICKS=$2; shift 2 ;;
    --settle) SETTLE=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --app-image) APP_IMAGE=1; shift ;;
    -h|--help) sed -n '2,20p' "$SELF" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "No display and no xvfb-run: installing xvfb..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      xvfb xauth fontconfig fonts-dejavu-core) >/dev/null
  fi
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$SELF" ${ARGS[@]+"${ARGS[@]}"}
fi

for tool in java jcmd mvn awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed (jcmd comes with the JDK)" >&2; exit 1; }
done

SCRIPT_START=$(date +%s)
cd "$ROOT"
if [ -z "$WORK" ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/rune-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

say() { printf '%s\n' "$*"; }
calc() { awk "BEGIN { print ($*) }"; }
section() { printf '\n== %s\n' "$*"; }

section "Machine"
say "CPU:    $(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo), $(nproc) cores available"
say "RAM:    $(awk '/^MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
say "OS:     $( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s), kernel $(uname -r)"
say "Disk:   $(df -PT "$WORK" | awk 'NR==2{print $2}') file system under the data folder"
say "Load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
say "Java:   $(java -version 2>&1 | paste -sd';' - | sed 's/;/ | /g')"
if [ "$APP_IMAGE" = 1 ]; then
  say "Rune:   the packaged app image (its jlinked runtime, JVM options and start-up archive); the bare window on this JDK"
else
  say "JVM flags: none beyond -Xlog:gc:file=... and the probe's -D properties (Rune's own defaults), the same for both windows"
fi

if [ "$BUILD" = 1 ]; then
  section "Build"
  t0=$(date +%s)
  {
    mvn -B -q -DskipTests package test-compile &&
    mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=test &&
    mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-javafx-classpath.txt \
      -DincludeGroupIds=org.openjfx -DincludeArtifactIds=javafx-base,javafx-graphics,javafx-controls
  } >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; echo "the build failed" >&2; exit 1; }
  say "built in $(( $(date +%s) - t0 )) s"
fi
JAR="$ROOT/target/rune.jar"
APP_LAUNCHER="$ROOT/target/dist/Rune/bin/Rune"
if [ "$APP_IMAGE" = 1 ] && [ ! -x "$APP_LAUNCHER" ]; then
  echo "--app-image: $APP_LAUNCHER is missing; build it with packaging/build.sh app-image (or mvn verify)" >&2
  exit 1
fi
TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/bench-classpath.txt)"
# The bare window gets the same JavaFX jars Rune is built from, and nothing else.
BARE_CP="$ROOT/target/test-classes:$(cat target/bench-javafx-classpath.txt)"

value() { # value KEY FILE: the value of KEY=... in FILE
  awk -F= -v k="$1" '$1==k{print $2; exit}' "$2"
}

section "Ten years of data"
DATA="$WORK/data"
if [ -f "$DATA/rune.db" ] && [ -f "$WORK/generation.txt" ]; then
  say "reusing $DATA, generated on $(date -r "$WORK/generation.txt" '+%Y-%m-%d %H:%M')"
else
  rm -rf "$DATA"
  say "writing 3,650 days through CheckInService (each write committed and flushed)..."
  java -cp "$TEST_CP" app.rune.bench.TenYearData "$DATA" | tee "$WORK/generation.txt.part" | grep --line-buffered -v '='
  mv "$WORK/generation.txt.part" "$WORK/generation.txt"
fi
GEN="$WORK/generation.txt"
say "$(value days "$GEN") days ($(value first_day "$GEN") to $(value last_day "$GEN")), $(value writes "$GEN") writes" \
  "($(value ticks "$GEN") ticks, $(value unticks "$GEN") ticks taken back, $(value describes "$GEN") notes/ratings," \
  "$(value skips "$GEN") skips, $(value alerts_dismissed "$GEN") coach alerts dismissed, $(value check_ins "$GEN") check-ins)"
say "generation took $(value generation_s "$GEN") s, $(value ms_per_write "$GEN") ms a write on average"
if [ ! -f "$WORK/export.json" ]; then
  java -jar "$JAR" --data-dir "$DATA" export "$WORK/export.json" >/dev/null
fi

# ---- Start-up and memory --------------------------------------------------------------------------------
RUNS_DIR="$WORK/runs"
rm -rf "$RUNS_DIR"
mkdir -p "$RUNS_DIR"

kb_of() { # 19M -> 19456 (K, M or G to KiB)
  awk '{ n=$0; u=substr(n, length(n)); n=substr(n, 1, length(n)-1);
         print (u=="G") ? n*1048576 : (u=="M") ? n*1024 : n }'
}

# launch KIND TAG: starts the bare window (KIND=bare) or Rune on a fresh copy of the data (KIND=rune), waits
# until it reports ready (first frame / interactive Today), reads its peak resident memory from /proc, lets it
# settle (so what it does in the background after showing is counted too), reads the peak again and its heap
# from jcmd, stops it, and prints "first_frame_ms interactive_ms vmhwm_kb heap_peak_kb vmhwm_at_ready_kb".
launch() {
  local kind=$1 tag=$2 dir="$RUNS_DIR/$2" ready launched pid waited=0
  mkdir -p "$dir"
  if [ "$kind" = rune ]; then
    cp -a "$DATA" "$dir/data"
    ready=interactive_ms
  else
    ready=first_frame_ms
  fi
  launched=$(date +%s%3N)
  if [ "$kind" = rune ] && [ "$APP_IMAGE" = 1 ]; then
    # The launcher's -Xlog:all=off only silences standard output: the collections still go to this file.
    JAVA_TOOL_OPTIONS="-Xlog:gc:file=$dir/gc.log -Drune.launchedAt=$launched" "$APP_LAUNCHER" --data-dir "$dir/data" \
      >"$dir/out" 2>"$dir/err" &
  elif [ "$kind" = rune ]; then
    java -Xlog:gc:file="$dir/gc.log" -Drune.launchedAt="$launched" -jar "$JAR" --data-dir "$dir/data" \
      >"$dir/out" 2>"$dir/err" &
  else
    java -Xlog:gc:file="$dir/gc.log" -Drune.launchedAt="$launched" -cp "$BARE_CP" app.rune.bench.BareWindow \
      >"$dir/out" 2>"$dir/err" &
  fi
  pid=$!
  until grep -q "^$ready=" "$dir/out" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$kind ($tag) exited before reporting $ready; see $dir/err" >&2
      cat "$dir/err" >&2
      return 1
    fi
    sleep 0.02
    waited=$((waited + 1))
    if [ "$waited" -gt $((TIMEOUT * 50)) ]; then
      echo "$kind ($tag) did not report $ready within $TIMEOUT s" >&2
      kill -KILL "$pid" 2>/dev/null || true
      return 1
    fi
  done
  cp "/proc/$pid/status" "$dir/status-at-ready"
  sleep "$SETTLE"
  # /proc first: jcmd's attach starts a thread in the target, which the peak must not include.
  cp "/proc/$pid/status" "$dir/status"
  jcmd "$pid" GC.heap_info >"$dir/heap_info" 2>&1 || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  local first interactive hwm hwm_ready now_kb gc_kb
  first=$(value first_frame_ms "$dir/out")
  interactive=$(value interactive_ms "$dir/out")
  hwm=$(awk '/^VmHWM:/{print $2}' "$dir/status")
  hwm_ready=$(awk '/^VmHWM:/{print $2}' "$dir/status-at-ready")
  now_kb=$(grep -o 'used [0-9]*K' "$dir/heap_info" | head -n 1 | tr -dc '0-9')
  # The heap only shrinks at a collection: its peak is the largest "before" of any collection, or what is in
  # use now if that is more.
  gc_kb=$( { [ -f "$dir/gc.log" ] && grep -o '[0-9]*[KMG]->' "$dir/gc.log"; } | tr -d '>-' | kb_of | sort -n | tail -n 1 || true)
  local peak=${now_kb:-0}
  if [ -n "$gc_kb" ] && [ "${gc_kb%.*}" -gt "$peak" ]; then peak=${gc_kb%.*}; fi
  echo "${first:-NA} ${interactive:-NA} ${hwm:-NA} $peak ${hwm_ready:-NA}"
}

median() { # median of the numbers on stdin
  sort -n | awk '{a[NR]=$1} END { if (NR==0) {print "NA"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2} }'
}

section "Start-up and memory ($RUNS launches of each, after one that warms up; ${SETTLE} s after ready)"
printf '%-8s %-6s %15s %15s %17s %14s %14s\n' run window first_frame_ms interactive_ms rss_at_ready_MiB \
  peak_rss_MiB peak_heap_MiB
: >"$RUNS_DIR/bare.txt"
: >"$RUNS_DIR/rune.txt"
for i in $(seq 0 "$RUNS"); do
  label=$([ "$i" = 0 ] && echo warm-up || echo "$i")
  for kind in bare rune; do
    line=$(launch "$kind" "$kind-$i")
    [ "$i" = 0 ] || echo "$line" >>"$RUNS_DIR/$kind.txt"
    read -r f it h p hr <<<"$line"
    printf '%-8s %-6s %15s %15s %17.0f %14.0f %14.0f\n' "$label" "$kind" "$f" "$it" "$(calc "$hr / 1024")" \
      "$(calc "$h / 1024")" "$(calc "$p / 1024")"
  done
done
col() { awk -v c="$1" '{print $c}' "$RUNS_DIR/$2.txt" | median; }
range() { awk -v c="$1" '{print $c}' "$RUNS_DIR/$2.txt" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END{print lo "-" hi}'; }
BARE_FIRST=$(col 1 bare)
RUNE_FIRST=$(col 1 rune)
RUNE_READY=$(col 2 rune)
BARE_RSS=$(col 3 bare)
RUNE_RSS=$(col 3 rune)
BARE_HEAP=$(col 4 bare)
RUNE_HEAP=$(col 4 rune)
BARE_RSS_READY=$(col 5 bare)
RUNE_RSS_READY=$(col 5 rune)

# ---- A command while the app runs ------------------------------------------------------------------------
section "rune today while the app runs (handed to it) and on its own ($RUNS each, on the ten-year data)"
if [ "$APP_IMAGE" = 1 ]; then RUNE_CLI=("$APP_LAUNCHER"); else RUNE_CLI=(java -jar "$JAR"); fi
CMD_DIR="$WORK/command"
rm -rf "$CMD_DIR"
mkdir -p "$CMD_DIR"
cp -a "$DATA" "$CMD_DIR/data"
time_today() { # prints the milliseconds one `rune today` takes, start to exit
  local began ended
  began=$(date +%s%3N)
  "${RUNE_CLI[@]}" --data-dir "$CMD_DIR/data" today >"$CMD_DIR/today.out" 2>"$CMD_DIR/today.err" || {
    echo "rune today failed:" >&2; cat "$CMD_DIR/today.err" >&2; return 1; }
  ended=$(date +%s%3N)
  echo $((ended - began))
}
JAVA_TOOL_OPTIONS="-Drune.launchedAt=$(date +%s%3N)" "${RUNE_CLI[@]}" --data-dir "$CMD_DIR/data" \
  >"$CMD_DIR/app.out" 2>"$CMD_DIR/app.err" &
APP_PID=$!
for _ in $(seq 1 $((TIMEOUT * 50))); do grep -q '^interactive_ms=' "$CMD_DIR/app.out" 2>/dev/null && break; sleep 0.02; done
sleep "$SETTLE"
: >"$CMD_DIR/handed.txt"
for i in $(seq 0 "$RUNS"); do t=$(time_today); [ "$i" = 0 ] || echo "$t" >>"$CMD_DIR/handed.txt"; done
kill -TERM "$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
: >"$CMD_DIR/alone.txt"
for i in $(seq 0 "$RUNS"); do t=$(time_today); [ "$i" = 0 ] || echo "$t" >>"$CMD_DIR/alone.txt"; done
HANDED_MS=$(median <"$CMD_DIR/handed.txt")
ALONE_MS=$(median <"$CMD_DIR/alone.txt")
say "handed to the running app: $(tr '\n' ' ' <"$CMD_DIR/handed.txt")ms; on its own: $(tr '\n' ' ' <"$CMD_DIR/alone.txt")ms"

# ---- Ticks -----------------------------------------------------------------------------------------------
section "Ticks ($TICKS timed after $WARM_UP_TICKS that warm up, on a copy of the ten-year data)"
rm -rf "$WORK/tick-data"
cp -a "$DATA" "$WORK/tick-data"
# With --app-image the ticks run with the packaged app's JVM options (its collector, heap and compiler choices),
# since those are the ones a person's ticks run with; the options that only concern its launch are left out.
TICK_JVM=()
if [ "$APP_IMAGE" = 1 ]; then
  while IFS= read -r option; do TICK_JVM+=("$option"); done < <(sed -n 's/^java-options=//p' \
    "$ROOT/target/dist/Rune/lib/app/Rune.cfg" | grep -v -e '^-Xlog' -e '^-XX:SharedArchiveFile' -e '^-Djpackage')
  say "JVM options (the app image's): ${TICK_JVM[*]:-none}"
fi
java ${TICK_JVM[@]+"${TICK_JVM[@]}"} -cp "$TEST_CP" app.rune.bench.TickBenchmark "$WORK/tick-data" "$TICKS" \
  "$WARM_UP_TICKS" | tee "$WORK/ticks.txt"
TICK_MEDIAN=$(value tick_median_ms "$WORK/ticks.txt")
TICK_P99=$(value tick_p99_ms "$WORK/ticks.txt")

# ---- Table -----------------------------------------------------------------------------------------------
DB_OPEN=$(value db_bytes_open "$GEN")
DB_COMPACT=$(value db_bytes_compacted "$GEN")
DB_LARGEST=$(value db_bytes_largest "$GEN")
GROWTH_RATIO=$(value db_largest_over_json "$GEN")
JSON=$(stat -c %s "$WORK/export.json")

fmt() { printf "%.${2:-0}f" "$1"; }
verdict() { # verdict EXPRESSION: PASS when awk finds it true
  if [ "$(calc "$1")" = 1 ]; then echo PASS; else echo FAIL; fi
}
READY_RATIO=$(calc "$RUNE_READY / $BARE_FIRST")
RSS_RATIO=$(calc "$RUNE_RSS / $BARE_RSS")
FILE_RATIO=$(calc "$DB_COMPACT / $JSON")
MiB=1048576

section "Results (medians of $RUNS launches; ten years = $(value days "$GEN") days x 3 goals x 3 tasks, $(value writes "$GEN") writes)"
row() { printf '%-52s %14s   %-22s %s\n' "$1" "$2" "$3" "${4:-}"; }
row "metric" "value" "target" "result"
row "----------------------------------------------------" "--------------" "----------------------" "------"
row "bare JavaFX window: first frame" "$(fmt "$BARE_FIRST") ms" "" ""
row "Rune, ten years: first frame" "$(fmt "$RUNE_FIRST") ms" "" ""
row "Rune, ten years: interactive Today" "$(fmt "$RUNE_READY") ms" "<= $(fmt "$(calc "1.2 * $BARE_FIRST")") ms (1.2x bare)" ""
row "  start-up ratio (Rune interactive / bare frame)" "$(fmt "$READY_RATIO" 2)x" "<= 1.2x" "$(verdict "$READY_RATIO <= 1.2")"
row "rune today, handed to the running app: median" "$(fmt "$HANDED_MS") ms" "< 500 ms" "$(verdict "$HANDED_MS < 500")"
row "rune today on its own (the app closed): median" "$(fmt "$ALONE_MS") ms" "" ""
row "tick until durable: median" "$(fmt "$TICK_MEDIAN" 2) ms" "< 3.5 ms" "$(verdict "$TICK_MEDIAN < 3.5")"
row "tick until durable: 99th percentile" "$(fmt "$TICK_P99" 2) ms" "" ""
row "bare JavaFX window: peak heap" "$(fmt "$(calc "$BARE_HEAP / 1024")") MiB" "" ""
row "Rune, ten years: peak heap" "$(fmt "$(calc "$RUNE_HEAP / 1024")") MiB" "" ""
row "bare JavaFX window: peak resident memory" "$(fmt "$(calc "$BARE_RSS / 1024")") MiB" "" ""
row "Rune, ten years: peak resident memory" "$(fmt "$(calc "$RUNE_RSS / 1024")") MiB" "<= $(fmt "$(calc "1.5 * $BARE_RSS / 1024")") MiB (1.5x bare)" ""
row "  resident memory ratio (Rune / bare)" "$(fmt "$RSS_RATIO" 2)x" "<= 1.5x" "$(verdict "$RSS_RATIO <= 1.5")"
row "  the same, read at ready instead of ${SETTLE} s later" \
  "$(fmt "$(calc "$RUNE_RSS_READY / 1024")") / $(fmt "$(calc "$BARE_RSS_READY / 1024")") MiB" \
  "($(fmt "$(calc "$RUNE_RSS_READY / $BARE_RSS_READY")" 2)x)" ""
row "data file at its largest while writing" "$(fmt "$(calc "$DB_LARGEST / $MiB")" 1) MiB" "" ""
row "  its largest / JSON at the start of that month" "$(fmt "$GROWTH_RATIO" 2)x" "<= 3x (years 2 to 10)" "$(verdict "$GROWTH_RATIO <= 3")"
row "data file before closing (after the writes)" "$(fmt "$(calc "$DB_OPEN / $MiB")" 1) MiB" "" ""
row "data file after compaction (closed)" "$(fmt "$(calc "$DB_COMPACT / $MiB")" 1) MiB" "<= $(fmt "$(calc "3 * $JSON / $MiB")" 1) MiB (3x JSON)" ""
row "same data as JSON (rune export)" "$(fmt "$(calc "$JSON / $MiB")" 1) MiB" "" ""
row "  file / JSON after compaction" "$(fmt "$FILE_RATIO" 2)x" "<= 3x" "$(verdict "$FILE_RATIO <= 3")"
say ""
say "Ranges over the $RUNS launches: bare first frame $(range 1 bare) ms, Rune first frame $(range 1 rune) ms," \
  "Rune interactive Today $(range 2 rune) ms."
say "Ready: the bare window's first frame; Rune's interactive Today. Peak resident memory is VmHWM from /proc,"
say "read ${SETTLE} s after ready (so work Rune does in the background just after showing counts); peak heap is"
say "the largest heap in use before any collection (-Xlog:gc) or at that moment (jcmd GC.heap_info)."
say "Load at the end: $(cut -d' ' -f1-3 /proc/loadavg). Whole run: $(( $(date +%s) - SCRIPT_START )) s."
