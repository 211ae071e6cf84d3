#!/usr/bin/env bash
# A first tour of Shale on the embedded SQLite default: no server needed.
# Creates a project in a new folder (default: ./shale-quickstart) and walks through the
# workflow: edit the schema as code, generate the migration (up and down), review it,
# apply it under the lock, check status, roll back.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$PWD/shale-quickstart}"
shale="$root/shale"

step() { printf '\n\033[1m$ shale %s\033[0m\n' "$*"; (cd "$dir" && "$shale" "$@"); }
note() { printf '\n# %s\n' "$*"; }

if [ -e "$dir/shale.toml" ]; then
  echo "quickstart: $dir already holds a project; give another folder: scripts/quickstart.sh DIR" >&2
  exit 2
fi
mkdir -p "$dir"
echo "quickstart project: $dir"
"$shale" --version >/dev/null   # builds the command line on first use

step init
step env

note "schema/schema.sql holds the schema you want; Shale writes the migration that gets there"
cat "$dir/schema/schema.sql"
step generate create_users
cat "$dir"/migrations/*_create_users.sql
step migrate --dry-run
step migrate
step status

note "edit the schema: two new columns with defaults (the seed scenario)"
sleep 1   # migration versions are UTC timestamps to the second
cat > "$dir/schema/schema.sql" <<'SQL'
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    name VARCHAR(255),
    preferredLanguage VARCHAR(10) DEFAULT 'en',
    timezone VARCHAR(50) DEFAULT 'UTC',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
SQL
step diff migrations schema || true   # exit 1: they differ; this is the SQL generate will write
step generate add_user_preferences
cat "$dir"/migrations/*_add_user_preferences.sql
step migrate
step inspect
step rollback --steps 1
step status
step validate

echo
echo "done: the project is in $dir; 'shale --help' lists every command"
