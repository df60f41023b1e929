#!/usr/bin/env bash
# Starts a local PostgreSQL server for the database tests: 127.0.0.1:5432, user postgres, password postgres.
# Idempotent; run as root on Debian 12. Installs the server (with citext/pgcrypto from contrib) when missing.
# The cluster is a throwaway test server, so durability is traded for speed (fsync off).
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
PG_PASSWORD=postgres
CLUSTER=main

log() { echo "start-postgres: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    echo "start-postgres: must run as root" >&2
    exit 1
fi

pg_is_up() {
    command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
}

server_installed() {
    compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null \
        && compgen -G "/usr/share/postgresql/*/extension/citext.control" >/dev/null \
        && command -v pg_ctlcluster >/dev/null 2>&1
}

if ! server_installed; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends postgresql postgresql-contrib
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER"

if [ ! -f "$CONF_DIR/postgresql.conf" ]; then
    log "creating cluster $VERSION/$CLUSTER"
    pg_createcluster "$VERSION" "$CLUSTER" --port="$PG_PORT"
fi

mkdir -p "$CONF_DIR/conf.d"
cat > "$CONF_DIR/conf.d/merchantops-tests.conf" <<CONF
listen_addresses = '$PG_HOST'
port = $PG_PORT
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
# Older postgresql.conf files may lack the include_dir line.
grep -q "^include_dir = 'conf.d'" "$CONF_DIR/postgresql.conf" \
    || echo "include_dir = 'conf.d'" >> "$CONF_DIR/postgresql.conf"

# The socket directory lives in /run, which a fresh container may not have.
mkdir -p /var/run/postgresql
chown postgres:postgres /var/run/postgresql
chmod 2775 /var/run/postgresql

STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }')"
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER"
    pg_ctlcluster "$VERSION" "$CLUSTER" start
fi

for _ in $(seq 1 60); do
    if pg_is_up; then break; fi
    sleep 1
done
if ! pg_is_up; then
    echo "start-postgres: server did not accept connections on $PG_HOST:$PG_PORT" >&2
    tail -n 50 "/var/log/postgresql/postgresql-$VERSION-$CLUSTER.log" >&2 || true
    exit 1
fi

runuser -u postgres -- psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 \
    -c "ALTER USER postgres PASSWORD '$PG_PASSWORD';" >/dev/null

PGPASSWORD="$PG_PASSWORD" psql -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc "SELECT 1" >/dev/null
log "PostgreSQL $VERSION ready on $PG_HOST:$PG_PORT"
