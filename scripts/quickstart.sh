#!/usr/bin/env bash
# A first tour of Shale on the embedded SQLite default: no server needed.
# Creates a project in a new folder (default: ./shale-quickstart) and walks through the
# migration workflow: init, write a migration, migrate, status, inspect, rollback.
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

note "a migration: one file with its up and its down section"
step new create_users
migration=$(ls "$dir"/migrations/*_create_users.sql)
cat > "$migration" <<'SQL'
-- shale:up
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    name VARCHAR(255)
);
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada');

-- shale:down
DROP TABLE users;
SQL
sed -n '1,20p' "$migration"
note "the file was edited after 'new', so its hash in migrations/shale.sum is renewed"
step hash

step migrate --dry-run
step migrate
step status

note "a second migration: the seed scenario's new columns with defaults"
sleep 1   # versions are UTC timestamps to the second
step new add_user_preferences
migration=$(ls "$dir"/migrations/*_add_user_preferences.sql)
cat > "$migration" <<'SQL'
-- shale:up
ALTER TABLE users ADD COLUMN preferredLanguage VARCHAR(10) DEFAULT 'en';
ALTER TABLE users ADD COLUMN timezone VARCHAR(50) DEFAULT 'UTC';

-- shale:down
ALTER TABLE users DROP COLUMN timezone;
ALTER TABLE users DROP COLUMN preferredLanguage;
SQL
step hash
step migrate
step inspect
step rollback --steps 1
step status
step validate

echo
echo "done: the project is in $dir; 'shale --help' lists every command"
