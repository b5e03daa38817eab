#!/usr/bin/env bash
# The benchmark of issue 6: end-to-end wall time, input rows per second and peak RSS of
# `atp availability | allocate | check` on generated shops, `atp --help` start-up, a JMH
# benchmark of the allocation core, and a JFR profile of one run.
#
#   bench/run.sh                 build, then 100k 1m 3m end to end + --help
#   bench/run.sh 100k 1m         only these sizes (any N, Nk, Nm)
#   bench/run.sh help-only       only the --help start-up timing
#   bench/run.sh jmh [SIZES]     JMH of Analysis.of + findings (in memory; default 100k and 1m)
#   bench/run.sh profile [SIZE]  JFR profile of `check` (default 1m), hot spots by phase/layer/method
#
# Environment:
#   ATP_JAVA_OPTS   JVM options for every atp run, e.g. "-Xmx1g -XX:+UseSerialGC" (default none)
#   ATP_LAUNCHER    a command to run instead of `java $ATP_JAVA_OPTS -jar $ATP_JAR`, e.g. bin/atp;
#                   ATP_JAR and ATP_JAVA_OPTS are exported to it, and it gets one untimed
#                   `--help` run first (a warm-up that also shows the launcher works)
#   ATP_JAR         the jar to run (default: <repo>/target/atp.jar)
#   RUNS            runs per size and command (default 3, at least 3 counts for the issue)
#   HELP_RUNS       runs of --help (default 5)
#   COMMANDS        commands to time (default "availability allocate check")
#   SEED            generator seed (default 42)
#   BENCH_DATA      where the shops are generated (default bench/data, git-ignored)
#   SKIP_BUILD=1    do not run Maven (use the jars as they are)
#   JMH_OPTS        extra JMH options (default "-wi 2 -i 3 -f 1 -w 5s -r 5s")
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
ATP_JAR="${ATP_JAR:-$ROOT/target/atp.jar}"
ATP_JAVA_OPTS="${ATP_JAVA_OPTS:-}"
ATP_LAUNCHER="${ATP_LAUNCHER:-}"
RUNS="${RUNS:-3}"
HELP_RUNS="${HELP_RUNS:-5}"
COMMANDS="${COMMANDS:-availability allocate check}"
SEED="${SEED:-42}"
BENCH_DATA="${BENCH_DATA:-$BENCH/data}"
JMH_OPTS="${JMH_OPTS:--wi 2 -i 3 -f 1 -w 5s -r 5s}"
AS_OF=2026-11-24
BENCH_JAR="$BENCH/target/benchmarks.jar"

mode=endtoend
sizes=()
for arg in "$@"; do
  case "$arg" in
    jmh) mode=jmh ;;
    profile) mode=profile ;;
    help-only) mode=help ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) sizes+=("$arg") ;;
    *) echo "run.sh: unknown argument '$arg' (sizes like 100k 1m 3m, or jmh, profile, help-only)" >&2; exit 2 ;;
  esac
done

log() { printf '%s\n' "$*" >&2; }

if [[ -n "$ATP_LAUNCHER" ]]; then
  export ATP_JAR ATP_JAVA_OPTS
fi

ensure_time() {
  if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time (/usr/bin/time is missing)"
    if [[ $(id -u) -eq 0 ]]; then
      apt-get update -qq && apt-get install -y -qq time >/dev/null
    else
      sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null
    fi
  fi
}

build() {
  if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    log "SKIP_BUILD=1: using $ATP_JAR and $BENCH_JAR as they are"
    return
  fi
  log "building atp (mvn install -DskipTests) ..."
  mvn -q -B -f "$ROOT/pom.xml" install -DskipTests
  log "building the bench project ..."
  mvn -q -B -f "$BENCH/pom.xml" package
}

# 100k -> 100000, 1m -> 1000000
lines_of() {
  local s="${1,,}"
  case "$s" in
    *k) echo $(( ${s%k} * 1000 )) ;;
    *m) echo $(( ${s%m} * 1000000 )) ;;
    *) echo "$s" ;;
  esac
}

generate() { # size -> prints the data dir
  local size="$1" dir="$BENCH_DATA/$1-seed$SEED"
  mkdir -p "$dir"
  java -Xmx2g -cp "$BENCH_JAR" shop.atp.bench.ShopGenerator "$dir" "$(lines_of "$size")" "$SEED" >&2
  echo "$dir"
}

data_rows() { # dir -> data rows of the four files (no header; the generator writes no multi-line cells)
  local total=0 f n
  for f in on-hand.csv purchase-orders.csv orders.csv products.csv; do
    n=$(wc -l < "$1/$f")
    total=$(( total + n - 1 ))
  done
  echo "$total"
}

atp_cmd() {
  if [[ -n "$ATP_LAUNCHER" ]]; then
    # shellcheck disable=SC2206
    local launcher=($ATP_LAUNCHER)
    printf '%s\0' "${launcher[@]}"
  else
    # shellcheck disable=SC2206
    local opts=($ATP_JAVA_OPTS)
    printf '%s\0' java ${opts[@]+"${opts[@]}"} -jar "$ATP_JAR"
  fi
}

now_ns() { # EPOCHREALTIME is microseconds with a dot
  local t="${EPOCHREALTIME/./}"
  echo "${t}000"
}

# one timed run: prints "seconds rss_kib exit"; stdout of atp goes to /dev/null, stderr to $ERR
timed() {
  local tv; tv="$(mktemp)"
  local cmd=()
  while IFS= read -r -d '' part; do cmd+=("$part"); done < <(atp_cmd)
  local t0 t1 rc=0
  t0=$(now_ns)
  /usr/bin/time -v -o "$tv" "${cmd[@]}" "$@" >/dev/null 2>"$ERR" || rc=$?
  t1=$(now_ns)
  local rss; rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  rm -f "$tv"
  awk -v a="$t0" -v b="$t1" -v r="$rss" -v c="$rc" 'BEGIN { printf "%.3f %d %d\n", (b - a) / 1e9, r, c }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

RESULTS="$BENCH/results"
mkdir -p "$RESULTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RAW="$RESULTS/$STAMP-raw.tsv"
TABLE="$RESULTS/$STAMP.md"
ERR="$(mktemp)"
trap 'rm -f "$ERR"' EXIT

row_md() { # size command runs median min rows/s rss
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@" >> "$TABLE"
}

measure() { # size dir command
  local size="$1" dir="$2" command="$3" rows="$4"
  local times=() rsses=() i out secs rss rc
  for (( i = 1; i <= RUNS; i++ )); do
    out=$(timed "$command" --data "$dir" --as-of "$AS_OF" --format csv)
    read -r secs rss rc <<< "$out"
    if [[ "$rc" != 0 && ! ( "$command" == check && "$rc" == 1 ) ]]; then
      log "atp $command on $size exited $rc:"; head -20 "$ERR" >&2; exit 1
    fi
    printf '%s\t%s\t%d\t%s\t%s\t%s\t%s\n' "$size" "$command" "$i" "$secs" "$rss" "$rc" "$rows" >> "$RAW"
    times+=("$secs"); rsses+=("$rss")
  done
  local med min max peak
  med=$(printf '%s\n' "${times[@]}" | median)
  min=$(printf '%s\n' "${times[@]}" | sort -g | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
  peak=$(printf '%s\n' "${rsses[@]}" | sort -n | tail -1)
  local rate mib
  rate=$(awk -v r="$rows" -v s="$med" 'BEGIN { printf "%.0f", r / s }')
  mib=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%-6s %-13s %10s %10s %9s %8s %12s %9s\n' "$size" "$command" "$rows" "$med" "$min" "$max" "$rate" "$mib"
  row_md "$size" "$command" "$rows" "$med" "$min–$max" "$rate" "$mib"
}

measure_help() {
  local times=() rsses=() i out secs rss rc
  for (( i = 1; i <= HELP_RUNS; i++ )); do
    out=$(timed --help)
    read -r secs rss rc <<< "$out"
    [[ "$rc" == 0 ]] || { log "atp --help exited $rc"; cat "$ERR" >&2; exit 1; }
    printf '%s\t%s\t%d\t%s\t%s\t%s\t%s\n' "-" "--help" "$i" "$secs" "$rss" "$rc" 0 >> "$RAW"
    times+=("$secs"); rsses+=("$rss")
  done
  local med min max peak
  med=$(printf '%s\n' "${times[@]}" | median)
  min=$(printf '%s\n' "${times[@]}" | sort -g | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
  peak=$(printf '%s\n' "${rsses[@]}" | sort -n | tail -1)
  local mib; mib=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%-6s %-13s %10s %10s %9s %8s %12s %9s\n' "-" "--help" "-" "$med" "$min" "$max" "-" "$mib"
  row_md "-" "--help" "-" "$med" "$min–$max" "-" "$mib"
}

header() {
  local jvm; jvm=$(java -version 2>&1 | head -1)
  {
    echo "atp benchmark $STAMP — $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $jvm"
    echo "jar: $ATP_JAR; ATP_JAVA_OPTS='${ATP_JAVA_OPTS}'${ATP_LAUNCHER:+; ATP_LAUNCHER='$ATP_LAUNCHER'}; runs: $RUNS (--help: $HELP_RUNS); as-of $AS_OF; seed $SEED"
  } | tee "$TABLE"
  printf '\n| size | command | input rows | median s | min–max s | rows/s | peak RSS MiB |\n|---|---|---:|---:|---:|---:|---:|\n' >> "$TABLE"
  echo
  printf '%-6s %-13s %10s %10s %9s %8s %12s %9s\n' size command "input rows" "median s" "min s" "max s" "rows/s" "RSS MiB"
}

case "$mode" in
  endtoend|help)
    ensure_time
    build
    [[ -f "$ATP_JAR" ]] || { log "no $ATP_JAR; build atp first"; exit 1; }
    [[ ${#sizes[@]} -gt 0 || "$mode" == help ]] || sizes=(100k 1m 3m)
    dirs=(); rows=()
    for size in ${sizes[@]+"${sizes[@]}"}; do
      d=$(generate "$size"); dirs+=("$d"); rows+=("$(data_rows "$d")")
    done
    if [[ -n "$ATP_LAUNCHER" ]]; then
      # shellcheck disable=SC2086
      $ATP_LAUNCHER --help >/dev/null 2>&1 || { log "ATP_LAUNCHER='$ATP_LAUNCHER' --help failed"; exit 1; }
    fi
    header
    measure_help
    for (( k = 0; k < ${#dirs[@]}; k++ )); do
      for command in $COMMANDS; do
        measure "${sizes[$k]}" "${dirs[$k]}" "$command" "${rows[$k]}"
      done
    done
    echo
    log "markdown table: $TABLE; every run: $RAW"
    ;;
  jmh)
    build
    params=()
    if [[ ${#sizes[@]} -gt 0 ]]; then
      list=""
      for size in "${sizes[@]}"; do list="${list:+$list,}$(lines_of "$size")"; done
      params=(-p "orderLines=$list")
    fi
    # shellcheck disable=SC2086
    java -jar "$BENCH_JAR" AnalysisBenchmark $JMH_OPTS ${params[@]+"${params[@]}"} \
      -rf text -rff "$RESULTS/$STAMP-jmh.txt"
    log "JMH result: $RESULTS/$STAMP-jmh.txt"
    ;;
  profile)
    build
    size="${sizes[0]:-1m}"
    d=$(generate "$size")
    jfr_file="$RESULTS/$STAMP-check-$size.jfr"
    cmd=()
    while IFS= read -r -d '' part; do cmd+=("$part"); done < <(atp_cmd)
    if [[ -n "$ATP_LAUNCHER" ]]; then
      log "profile runs java directly (ATP_LAUNCHER is ignored; put JVM options in ATP_JAVA_OPTS)"
      # shellcheck disable=SC2206
      opts=($ATP_JAVA_OPTS)
      cmd=(java ${opts[@]+"${opts[@]}"} -jar "$ATP_JAR")
    fi
    # insert the recording option right after `java`
    # DebugNonSafepoints: without it, samples of C1-compiled code are put on the nearest
    # safepoint's line (a SKU loop showed up as String.format in an error message never made)
    cmd=("${cmd[0]}" "-XX:+UnlockDiagnosticVMOptions" "-XX:+DebugNonSafepoints" "-XX:FlightRecorderOptions:stackdepth=256" "-XX:StartFlightRecording:settings=profile,jdk.ExecutionSample#period=1ms,filename=$jfr_file" "${cmd[@]:1}")
    rc=0
    /usr/bin/time -v -o "$RESULTS/$STAMP-check-$size.time" "${cmd[@]}" check --data "$d" --as-of "$AS_OF" --format csv \
      >/dev/null 2>"$ERR" || rc=$?
    [[ $rc -le 1 ]] || { cat "$ERR" >&2; exit 1; }
    grep -E 'Elapsed|Maximum resident' "$RESULTS/$STAMP-check-$size.time"
    java -cp "$BENCH_JAR" shop.atp.bench.JfrHotSpots "$jfr_file" 30 | tee "$RESULTS/$STAMP-check-$size-hotspots.txt"
    log "recording: $jfr_file (jfr print --events jdk.ExecutionSample $jfr_file)"
    ;;
esac
