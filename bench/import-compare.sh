#!/usr/bin/env bash
# Compares importer builds side by side on the same file, each into a fresh, empty bench Neo4j,
# alternating the builds (A B A B ...) so that the load of a shared machine falls on all of them
# alike. A build is a project folder with a compiled dist/ (this repository after `npm run build`,
# or e.g. `git archive <commit> | tar -x -C /tmp/old` with node_modules linked and built there).
#
#   bench/import-compare.sh --file /tmp/slice.ndjson --rounds 2 --port 7751 /tmp/old .
#
# Options: --name (bench server folder under .neo4j/, wiped before every run; default
# import-bench), --port (default 7751), --heap / --pagecache (default 2g / 3g), --rounds (default 1),
# --args 'ARGS' (passed to every import, e.g. '--timings' or '--batch-size 20000').
# Prints one line per run:
#   build  seconds  records/s  peak RSS of the importer (MB)  CPU seconds of Neo4j and of the importer
# On a shared machine the CPU seconds vary much less than the wall time: compare those too.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
NAME=import-bench PORT=7751 HEAP=2g PAGECACHE=3g ROUNDS=1 FILE= ARGS=
BUILDS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --file) FILE=$2; shift 2 ;;
    --name) NAME=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --pagecache) PAGECACHE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --args) ARGS=$2; shift 2 ;;
    *) BUILDS+=("$1"); shift ;;
  esac
done
[ -n "$FILE" ] && [ ${#BUILDS[@]} -gt 0 ] || { echo "usage: $0 --file F [--rounds N] [--port P] build..." >&2; exit 2; }
HOME_DIR="$ROOT/.neo4j/$NAME"
LOG=$(mktemp -d /tmp/import-compare.XXXXXX)
SERVER_PID=

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
  # The server JVM may outlive the script that started it by a moment; the next run needs its port.
  while pgrep -f "^[^ ]*java .*$HOME_DIR/conf" >/dev/null; do sleep 1; done
}
trap stop_server EXIT

start_server() {
  rm -rf "$HOME_DIR/data" "$HOME_DIR/logs"
  node_modules/.bin/tsx bench/neo4j-server.ts --name "$NAME" --port "$PORT" --heap "$HEAP" --pagecache "$PAGECACHE"  \
    >"$LOG/server.out" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    grep -q '^Up at' "$LOG/server.out" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG/server.out" >&2; exit 1; }
    sleep 1
  done
  echo "bench Neo4j did not come up" >&2
  exit 1
}

for round in $(seq 1 "$ROUNDS"); do
  for build in "${BUILDS[@]}"; do
    start_server
    out="$LOG/run-$round-$(basename "$build").txt"
    java_pid=$(pgrep -f "^[^ ]*java .*$HOME_DIR/conf" | head -1)
    java_cpu_before=$(awk '{ print $14 + $15 }' "/proc/$java_pid/stat")
    NEO4J_URI="bolt://127.0.0.1:$PORT" NEO4J_PASSWORD=$(cat "$HOME_DIR/password") \
      /usr/bin/time -v node "$build/dist/src/cli/import.js" "$FILE" $ARGS >"$out" 2>&1 || { tail -20 "$out" >&2; exit 1; }
    seconds=$(grep -o 'in [0-9.]*s,' "$out" | tr -dc '0-9.')
    rate=$(grep -o '[0-9]* records/s' "$out" | tail -1 | tr -dc '0-9')
    rss=$(awk '/Maximum resident set size/ { printf "%d", $6 / 1024 }' "$out")
    java_cpu=$(( ($(awk '{ print $14 + $15 }' "/proc/$java_pid/stat") - java_cpu_before) / $(getconf CLK_TCK) ))
    node_cpu=$(awk -F': ' '/User time|System time/ { sum += $2 } END { printf "%d", sum }' "$out")
    printf '%s\tround %s\t%s s\t%s records/s\t%s MB\tCPU neo4j %s s, importer %s s\t(load %s)\n' \
      "$build" "$round" "$seconds" "$rate" "$rss" "$java_cpu" "$node_cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
    stop_server
  done
done
echo "logs in $LOG" >&2
