#!/usr/bin/env bash
# A first tour of Shale on the embedded SQLite default: no server, no configuration.
# Creates a project in a new folder (default: ./shale-quickstart) and walks through it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$PWD/shale-quickstart}"
shale="$root/shale"

step() { printf '\n\033[1m$ shale %s\033[0m\n' "$*"; (cd "$dir" && "$shale" "$@"); }

mkdir -p "$dir"
echo "quickstart project: $dir"
step init
step env
step ping
echo
echo "done: the project is in $dir; 'shale --help' lists every command"
