#!/usr/bin/env bash
# Reproduce the load benchmark of server/README.md: fill a SQLite store with generated events
# (once: an existing $DB is reused), serve it on loopback, run the query mix of bench/loadgen
# against it, and print the latency percentiles and the server's memory.
#
#   bash bench/run.sh                       # 1,000,000 events, 60 s, 8 connections, cache on
#   CACHE_TTL=-1s bash bench/run.sh         # every answer computed (no response cache)
#   EVENTS=100000 DB=/tmp/small.db bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-/tmp/marsad-bench.db}
EVENTS=${EVENTS:-1000000}
ADDR=127.0.0.1:${PORT:-18090}
BIN=$(mktemp -d)/marsad
go build -o "$BIN" ./cmd/marsad
if [ ! -f "$DB" ]; then
	/usr/bin/time -f 'bench-data: %e s, max RSS %M kB' "$BIN" bench-data --db "$DB" --events "$EVENTS"
fi
"$BIN" serve --db "$DB" --addr "$ADDR" --read-only --cache-ttl "${CACHE_TTL:-10s}" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do # the first open of a store may rebuild its search index
	curl -sf "http://$ADDR/healthz" >/dev/null && break
	sleep 1
done
go run ./bench/loadgen -url "http://$ADDR" -duration "${DURATION:-60s}" -concurrency "${CONC:-8}" ${HEAVY:+-heavy}
echo "server RSS now: $(($(ps -o rss= -p $pid) / 1024)) MB"
