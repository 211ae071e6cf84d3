#!/usr/bin/env bash
# The whole test suite, on real PostgreSQL, MariaDB and SQLite: brings up the database
# servers when they are not running (installing them when absent), then builds and tests
# every module. Extra arguments go to Maven (e.g. -Dtest=ConfigLoaderTest -Dsurefire.failIfNoSpecifiedTests=false).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/services.sh"
cd "$root"
exec mvn -B -ntp verify "$@"
