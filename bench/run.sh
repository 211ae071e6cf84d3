#!/usr/bin/env bash
# Runs benchmark scenarios beside the peers and writes bench/results/SCENARIO.{md,json}.
#   bench/run.sh s1-apply|s1-noop|inspect|s3-status|s4-diff|compare|all
#                [--db postgresql|mariadb|sqlite|all] [--migrations 1000] [--tables 2000] [--rounds 5] [--warmup 1]
#                [--profile]   (Shale once more per scenario under JFR: bench/results/*.jfr and a table in the report)
# PostgreSQL: a private PostgreSQL 15 cluster (initdb in a temporary folder, trust auth, a free
# port, removed at exit) unless SHALE_BENCH_POSTGRES_URL names a server, or --db names MariaDB or SQLite.
# MariaDB: SHALE_BENCH_MARIADB_URL, default the local test server. SQLite: files in a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp)"
if ! mvn -q -B -Dstyle.color=never -DskipTests package -pl bench -am >"$log" 2>&1; then cat "$log" >&2; exit 1; fi
rm -f "$log"

needs_postgres=true
previous=""
for arg in "$@"; do
  if [ "$previous" = "--db" ] && { [ "$arg" = mariadb ] || [ "$arg" = sqlite ]; }; then needs_postgres=false; fi
  previous="$arg"
done

if [ "$needs_postgres" = true ] && [ -z "${SHALE_BENCH_POSTGRES_URL:-}" ]; then
  pgbin="${SHALE_BENCH_PGBIN:-/usr/lib/postgresql/15/bin}"
  cluster="$(mktemp -d /tmp/shale-bench-pg.XXXXXX)"
  as_postgres=()
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root.
    chown postgres "$cluster"
    as_postgres=(runuser -u postgres --)
  fi
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  stop_cluster() {
    "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
  }
  trap stop_cluster EXIT
  "${as_postgres[@]}" "$pgbin/initdb" -D "$cluster/data" -A trust -U postgres >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
  "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1" start >/dev/null \
    || { cat "$cluster/server.log" >&2; exit 1; }
  echo "bench: private PostgreSQL cluster on 127.0.0.1:$port ($cluster)" >&2
  export SHALE_BENCH_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
fi
java -jar bench/target/shale-bench.jar "$@"
