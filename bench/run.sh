#!/usr/bin/env bash
# Runs a benchmark scenario beside its peers and writes bench/results/SCENARIO.{md,json}.
#   bench/run.sh inspect [--tables 2000] [--rounds 5] [--warmup 1]
#   bench/run.sh compare [--tables 2000] [--rounds 5] [--warmup 1]   (PostgreSQL, Shale in the JVM only)
# Servers: SHALE_BENCH_POSTGRES_URL, SHALE_BENCH_MARIADB_URL (default: the local test servers).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp)"
if ! mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >"$log" 2>&1; then cat "$log" >&2; exit 1; fi
rm -f "$log"
exec java -jar bench/target/shale-bench.jar "$@"
