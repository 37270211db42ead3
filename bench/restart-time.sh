#!/bin/bash
# Restart time (issue 18): npm start to the first GraphQL answer, three times, and when the log
# says the bundled Neo4j is ready. Run in a checkout that has been started once (npm start seeded it)
# and with nothing on port 4555. Needs curl and bc.
port=4555
for run in 1 2 3; do
  log=/tmp/restart-$run.log
  t0=$(date +%s.%N)
  PORT=$port setsid npm start >"$log" 2>&1 &
  pid=$!
  ready=""
  while true; do
    now=$(date +%s.%N)
    if [ -z "$ready" ] && grep -q "Neo4j is ready\|already running" "$log"; then ready=$now; fi
    if curl -s -m 1 -H 'content-type: application/json' -d '{"query":"{ ruling(number: \"51-19\") { number } }"}' http://127.0.0.1:$port/graphql | grep -q 51-19; then break; fi
    sleep 0.2
  done
  t1=$(date +%s.%N)
  echo "run $run: first answer after $(echo "$t1 - $t0" | bc) s; Neo4j ready after $(echo "$ready - $t0" | bc) s; answer $(echo "$t1 - $ready" | bc) s after Neo4j was ready"
  kill -INT -- -$pid; wait $pid 2>/dev/null; sleep 2
done
