#!/usr/bin/env bash
# The bulk load (npm run import -- FILE --bulk) against the transactional import, side by side on
# one file, alternating per round so that the load of a shared machine falls on both alike. Each
# run starts from an empty bundled Neo4j home and ends with the database loaded, indexed and
# stopped, so the wall times compare the whole job a user waits for (server start, migrations
# and the transactional import's writes; or the checks, neo4j-admin and the index builds).
#
#   npm run build && bench/bulk-compare.sh --file /tmp/syn.ndjson --rounds 3
#
# Options: --rounds (default 3), --port (default 7761), --heap / --pagecache (default 1g / 1g),
# --only bulk|transactional. Prints one line per run, then medians and the ratio. CPU seconds
# count the importer and every process it waited for (neo4j-admin, the server it started): on a
# shared machine they vary much less than the wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=7761 HEAP=1g PAGECACHE=1g ROUNDS=3 FILE= ONLY=
while [ $# -gt 0 ]; do
  case "$1" in
    --file) FILE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --pagecache) PAGECACHE=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$FILE" ] || { echo "usage: $0 --file F [--rounds N] [--port P] [--only bulk|transactional]" >&2; exit 2; }
[ -f dist/src/cli/import.js ] || { echo "run npm run build first" >&2; exit 2; }
LOG=$(mktemp -d /tmp/bulk-compare.XXXXXX)
MODES=(transactional bulk)
[ -n "$ONLY" ] && MODES=("$ONLY")

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for round in $(seq 1 "$ROUNDS"); do
  for mode in "${MODES[@]}"; do
    home="$ROOT/.neo4j/bulk-compare-$mode"
    rm -rf "$home"
    flag=; [ "$mode" = bulk ] && flag=--bulk
    out="$LOG/$mode-$round.txt"
    start=$(date +%s.%N)
    env -u NEO4J_URI LOCAL_NEO4J_HOME="$home" LOCAL_NEO4J_BOLT_PORT="$PORT" LOCAL_NEO4J_HEAP="$HEAP" LOCAL_NEO4J_PAGECACHE="$PAGECACHE" \
      /usr/bin/time -f '%U %S' -o "$out.cpu" node dist/src/cli/import.js "$FILE" $flag --timings >"$out" 2>&1 || { tail -20 "$out" >&2; exit 1; }
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$out.cpu")
    records=$(grep -o 'Imported [0-9]* records' "$out" | tr -dc '0-9')
    rss=$(grep -o 'importer peak RSS: [0-9]* MB' "$out" | tr -dc '0-9')
    printf '%s\t%s\t%.1f\t%s\t%s\t%s\t%s\n' "$mode" "$round" "$wall" "$records" "$rss" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG/runs.tsv"
  done
done

echo
printf '%-14s %5s %10s %10s %12s %9s\n' mode runs 'median s' records/s 'median CPU s' 'peak RSS'
for mode in "${MODES[@]}"; do
  s=$(awk -F'\t' -v m="$mode" '$1 == m { print $3 }' "$LOG/runs.tsv" | median)
  records=$(awk -F'\t' -v m="$mode" '$1 == m { print $4; exit }' "$LOG/runs.tsv")
  rss=$(awk -F'\t' -v m="$mode" '$1 == m { print $5 }' "$LOG/runs.tsv" | sort -n | tail -1)
  cpu=$(awk -F'\t' -v m="$mode" '$1 == m { print $6 }' "$LOG/runs.tsv" | median)
  printf '%-14s %5s %10s %10.0f %12s %6s MB\n' "$mode" "$ROUNDS" "$s" "$(echo "$records / $s" | bc -l)" "$cpu" "$rss"
  eval "median_$mode=$s cpu_$mode=$cpu"
done
if [ ${#MODES[@]} -eq 2 ]; then
  printf 'transactional / bulk: wall time %.2fx, CPU %.2fx\n' "$(echo "$median_transactional / $median_bulk" | bc -l)" "$(echo "$cpu_transactional / $cpu_bulk" | bc -l)"
fi
echo "logs in $LOG" >&2
