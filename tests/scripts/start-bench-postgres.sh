#!/usr/bin/env bash
# Starts a PostgreSQL cluster of the benchmarks' own: 127.0.0.1:5433, user postgres, password postgres, cluster
# "<version> bench", with the test server's settings (tests/scripts/start-postgres.sh: fsync off, default
# shared_buffers 128 MB). The benchmarks' cold cases stop and start this cluster before every call, which must never
# happen to the server other work shares. Idempotent; run as root on Debian 12 after start-postgres.sh (which installs
# the server). Then: export MERCHANTOPS_BENCH_POSTGRES="Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres"
#                    export MERCHANTOPS_BENCH_COLD_CLUSTER="<version> bench"
set -euo pipefail

PORT=5433
CLUSTER=bench

if [ "$(id -u)" -ne 0 ]; then
    echo "start-bench-postgres: must run as root" >&2
    exit 1
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER"

if [ ! -f "$CONF_DIR/postgresql.conf" ]; then
    pg_createcluster "$VERSION" "$CLUSTER" --port="$PORT"
fi

mkdir -p "$CONF_DIR/conf.d"
cat > "$CONF_DIR/conf.d/merchantops-bench.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
grep -q "^include_dir = 'conf.d'" "$CONF_DIR/postgresql.conf" \
    || echo "include_dir = 'conf.d'" >> "$CONF_DIR/postgresql.conf"

mkdir -p /var/run/postgresql
chown postgres:postgres /var/run/postgresql

STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }')"
if [ "$STATUS" != "online" ]; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start
fi

runuser -u postgres -- psql -q -p "$PORT" -v ON_ERROR_STOP=1 -c "ALTER USER postgres PASSWORD 'postgres';" >/dev/null
echo "start-bench-postgres: cluster $VERSION $CLUSTER ready on 127.0.0.1:$PORT"
echo "  export MERCHANTOPS_BENCH_POSTGRES=\"Host=127.0.0.1;Port=$PORT;Username=postgres;Password=postgres\""
echo "  export MERCHANTOPS_BENCH_COLD_CLUSTER=\"$VERSION $CLUSTER\""
