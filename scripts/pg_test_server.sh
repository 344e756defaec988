#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS server for tests and benchmarks, on 127.0.0.1 only.
#   scripts/pg_test_server.sh start [DIR]   -> prints PGHOST=.. PGPORT=.. PGUSER=.. PGPASSWORD=.. PGDATABASE=.. BW_PG_DIR=..
#   scripts/pg_test_server.sh stop DIR
# The cluster lives in DIR (default: a new temp dir), runs as the 'postgres' user when started by root
# (PostgreSQL refuses to run as root), with fsync off (test data only). Password (scram) auth on TCP, so
# clients exercise real credentials; the database 'bw' has the postgis extension.
set -euo pipefail

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

cmd=${1:-}
case "$cmd" in
  start)
    BIN=$(bindir) || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (run make setup)" >&2; exit 2; }
    DIR=${2:-$(mktemp -d /tmp/bw-pg.XXXXXX)}
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    chmod 700 "$DIR"
    PW=bw-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
    PORT=$(free_port)
    echo "$PW" > "$DIR/pw"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR/pw"
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pw" -A scram-sha-256 --auth-local=trust \
      -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE bw" >/dev/null
    as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d bw -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE EXTENSION postgis" >/dev/null || { echo "PostGIS is not installed for $BIN (run make setup)" >&2; exit 3; }
    echo "PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGPASSWORD=$PW PGDATABASE=bw BW_PG_DIR=$DIR"
    ;;
  stop)
    DIR=${2:?usage: $0 stop DIR}
    BIN=$(bindir) || exit 0
    [ -d "$DIR/data" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start [DIR] | stop DIR" >&2; exit 64 ;;
esac
