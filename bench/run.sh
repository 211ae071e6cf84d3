#!/usr/bin/env bash
# Runs a benchmark scenario beside its peers and writes bench/results/SCENARIO.{md,json}.
#   bench/run.sh inspect [--tables 2000] [--rounds 5] [--warmup 1]
# Servers: SHALE_BENCH_POSTGRES_URL, SHALE_BENCH_MARIADB_URL (default: the local test servers).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >&2
exec java -jar bench/target/shale-bench.jar "$@"
