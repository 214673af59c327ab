#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, on a free loopback port, in a folder of its own.
#
#   eval "$(bash eng/postgres.sh start [DIR])"   # starts it; prints the export of MMPTYPED_POSTGRES
#   bash eng/postgres.sh stop [DIR]              # stops it and deletes DIR
#
# DIR defaults to /tmp/mmptyped-postgres. Installs Debian's postgresql package when no server binaries
# are found (as root only). PostgreSQL refuses to run as root, so as root the cluster belongs to the
# postgres user and every server command runs as that user; anyone else runs it as themselves.
# The cluster trusts local connections without a password: it listens on 127.0.0.1 and in DIR only.
set -euo pipefail

command=${1:-}
dir=${2:-/tmp/mmptyped-postgres}
database=mmptyped_test

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/pg_ctl" ] && { echo "$candidate"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

start() {
  local bindir port
  if ! bindir=$(find_bindir); then
    if [ "$(id -u)" -ne 0 ]; then log "no PostgreSQL server found; install Debian's postgresql package"; exit 1; fi
    log "installing Debian's postgresql package"
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    bindir=$(find_bindir) || { log "postgresql installed but pg_ctl not found"; exit 1; }
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then log "a server already runs in $dir: stop it first"; exit 1; fi
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  port=$(free_port) || { log "no free local port found"; exit 1; }
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bindir/createdb" -h "$dir" -p "$port" -U postgres "$database"
  echo "$bindir" >"$dir/bindir"
  log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (data in $dir/data)"
  echo "export MMPTYPED_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=$database'"
}

stop() {
  if [ -f "$dir/bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
