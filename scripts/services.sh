#!/usr/bin/env bash
# Makes sure the database servers the tests need are running on this machine:
# PostgreSQL on 127.0.0.1:5432 (user postgres, no password) and MariaDB on 127.0.0.1:3306
# (user root, empty password). Starts them when installed but stopped; installs them from
# Debian packages when absent (needs root). A server given through SHALE_TEST_POSTGRES_URL
# or SHALE_TEST_MARIADB_URL is left alone. Also installs Chromium and its driver for the
# studio's browser tests when they are absent.
set -euo pipefail

log() { echo "services: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  log "installing $* from Debian packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() { # wait_for DESCRIPTION COMMAND...
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  log "$what did not come up in 30 s"; return 1
}

postgres_answers() { psql -w -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; }

ensure_postgres() {
  if [ -n "${SHALE_TEST_POSTGRES_URL:-}" ]; then log "PostgreSQL: using SHALE_TEST_POSTGRES_URL"; return; fi
  if postgres_answers; then log "PostgreSQL: running"; return; fi
  command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ] \
    || apt_install postgresql postgresql-client
  local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
  [ -d "/etc/postgresql/$version/main" ] || as_root pg_createcluster "$version" main
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "PostgreSQL: starting cluster $version/main"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  wait_for "PostgreSQL" pg_isready -q -h 127.0.0.1 -p 5432
  if ! postgres_answers; then
    # A fresh Debian cluster asks for a password on TCP; the tests log in without one.
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    log "PostgreSQL: allowing user postgres from 127.0.0.1 without a password ($hba)"
    as_root sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    wait_for "PostgreSQL login" postgres_answers
  fi
  log "PostgreSQL: running"
}

mariadb_answers() { mariadb -h 127.0.0.1 -P 3306 -u root --password= -e 'select 1' >/dev/null 2>&1; }

ensure_mariadb() {
  if [ -n "${SHALE_TEST_MARIADB_URL:-}" ]; then log "MariaDB: using SHALE_TEST_MARIADB_URL"; return; fi
  if mariadb_answers; then log "MariaDB: running"; return; fi
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server mariadb-client
  if ! mariadb-admin -u root ping >/dev/null 2>&1 && ! mariadb-admin -h 127.0.0.1 -u root --password= ping >/dev/null 2>&1; then
    log "MariaDB: starting"
    as_root mkdir -p /run/mysqld
    as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
    as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  fi
  wait_for "MariaDB" sh -c 'mariadb-admin -u root ping || mariadb-admin -h 127.0.0.1 -u root --password= ping'
  if ! mariadb_answers; then
    # A fresh Debian install lets root in through the unix socket only; the tests use TCP.
    log "MariaDB: allowing root from 127.0.0.1 with an empty password"
    as_root mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket;
      CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
      GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;"
    wait_for "MariaDB login" mariadb_answers
  fi
  log "MariaDB: running"
}

# The studio's browser tests drive Debian's headless Chromium through chromedriver.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then log "Chromium: installed"; return; fi
  apt_install chromium chromium-driver
  log "Chromium: installed"
}

ensure_postgres
ensure_mariadb
ensure_chromium
