#!/usr/bin/env bash
# Starts a local Redis server for the web-farm tests (nopCommerce's distributed cache): 127.0.0.1:6379, no password.
# Idempotent; run as root on Debian 12. Installs Debian's redis-server when missing and starts it without systemd
# (a container has none). A throwaway test server: nothing is written to disk (no RDB snapshots, no AOF).
set -euo pipefail

REDIS_HOST=127.0.0.1
REDIS_PORT=6379
CONF=/etc/redis/merchantops-tests.conf
LOG=/var/log/redis/merchantops-tests.log

log() { echo "start-redis: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    echo "start-redis: must run as root" >&2
    exit 1
fi

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    log "installing redis-server"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends redis-server redis-tools
fi

is_up() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

mkdir -p /etc/redis /var/log/redis /run/redis /var/lib/redis-merchantops
cat > "$CONF" <<CONF
bind $REDIS_HOST
port $REDIS_PORT
protected-mode yes
daemonize yes
pidfile /run/redis/merchantops-tests.pid
logfile $LOG
dir /var/lib/redis-merchantops
save ""
appendonly no
databases 16
CONF

if ! is_up; then
    log "starting redis-server"
    redis-server "$CONF"
    for _ in $(seq 1 30); do
        if is_up; then break; fi
        sleep 1
    done
fi
if ! is_up; then
    echo "start-redis: server did not accept connections on $REDIS_HOST:$REDIS_PORT" >&2
    tail -n 50 "$LOG" >&2 || true
    exit 1
fi

log "Redis $(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" info server | sed -n 's/^redis_version:\([^\r]*\).*/\1/p') ready on $REDIS_HOST:$REDIS_PORT"
