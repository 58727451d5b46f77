#!/usr/bin/env bash
# How long `rune import --from loop` takes on ten years of ten habits (a Loop backup written by LoopBackupData:
# about 36,000 values), into a new data folder each run, with the real jar in a child process and the JVM options
# the installed `rune` runs with (packaging/build.sh). Prints every run and the median. Target: under 3 s.
#
# Usage: src/test/bench/loop-import-benchmark.sh [--runs N] [--no-build]
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
RUNS=7
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
if [ "$BUILD" = 1 ]; then
  mvn -B -q -DskipTests package test-compile -Dskip.appimage=true
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=test
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/Loop Habits Backup 2025-06-28 101500.db"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" app.rune.bench.LoopBackupData "$FILE"
JVM=(-XX:+UseSerialGC -Xms32m -Xmn16m -XX:TieredStopAtLevel=1)
# One run to warm the disk cache, not counted.
java "${JVM[@]}" -jar target/rune.jar --data-dir "$WORK/warm" import --from loop "$FILE" --user bench >/dev/null
times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  java "${JVM[@]}" -jar target/rune.jar --data-dir "$WORK/run$i" import --from loop "$FILE" --user bench > "$WORK/out$i.txt"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
done
head -1 "$WORK/out1.txt"
tail -2 "$WORK/out1.txt"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "Loop import, ten years x ten habits: median %d ms (min %d, max %d) over %d runs; target under 3000 ms\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
