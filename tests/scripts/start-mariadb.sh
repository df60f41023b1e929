#!/usr/bin/env bash
# Starts a local MariaDB server (the MySQL family nopCommerce supports) for the database tests:
# 127.0.0.1:3306 over TCP, user merchantops / password merchantops with the rights to create and drop the test
# databases. Idempotent; run as root on Debian 12. Installs Debian's mariadb-server when missing and starts it
# without systemd (a container has none).
# Configured as a store would run it: InnoDB, utf8mb4 with a case-insensitive collation (nopCommerce's MySQL
# installation creates its database with the server's defaults unless told otherwise). The server is a
# throwaway test server, so durability is traded for speed: its data directory is in memory (/dev/shm; a test
# database is made and dropped per test, which on disk costs seconds of file syncing), nothing is flushed at commit.
# The data directory is made anew when missing (after a restart of the machine).
set -euo pipefail

DB_HOST=127.0.0.1
DB_PORT=3306
DB_USER=merchantops
DB_PASSWORD=merchantops
CONF=/etc/mysql/mariadb.conf.d/90-merchantops-tests.cnf
LOG=/var/log/mysql/merchantops-tests.err
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    DATA_DIR=/dev/shm/merchantops-mariadb
else
    DATA_DIR=/var/lib/merchantops-mariadb
fi

log() { echo "start-mariadb: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    echo "start-mariadb: must run as root" >&2
    exit 1
fi

server_installed() {
    [ -x /usr/sbin/mariadbd ] && command -v mariadb >/dev/null 2>&1 && command -v mariadb-admin >/dev/null 2>&1
}

if ! server_installed; then
    log "installing mariadb-server"
    export DEBIAN_FRONTEND=noninteractive
    # the package's scripts try to start the service; in a container without systemd that must not fail the install
    apt-get update
    apt-get install -y --no-install-recommends mariadb-server mariadb-client
fi

mkdir -p "$(dirname "$CONF")" /var/log/mysql
cat > "$CONF" <<CONF
[mysqld]
datadir = $DATA_DIR
bind-address = $DB_HOST
port = $DB_PORT
default-storage-engine = InnoDB
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
max_connections = 300
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
sync_binlog = 0
innodb_buffer_pool_size = 256M
# tables in the system tablespace: creating and dropping a test database makes and deletes no files
innodb_file_per_table = 0
skip-name-resolve
log-error = $LOG
CONF

# the socket and pid directory live in /run, which a fresh container may not have
mkdir -p /run/mysqld "$DATA_DIR"
chown mysql:mysql /run/mysqld /var/log/mysql "$DATA_DIR"

is_up() { mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; }

# a server already running on another data directory (Debian's, or an older configuration) is stopped first
if is_up && [ "$(mariadb --protocol=socket -uroot -N -e 'SELECT @@datadir')" != "$DATA_DIR/" ]; then
    log "stopping the server running on another data directory"
    mariadb-admin --protocol=socket -uroot shutdown
    for _ in $(seq 1 30); do
        if ! is_up; then break; fi
        sleep 1
    done
fi

if [ ! -d "$DATA_DIR/mysql" ]; then
    log "creating the data directory $DATA_DIR"
    mariadb-install-db --user=mysql --datadir="$DATA_DIR" >/dev/null
fi

if ! is_up; then
    log "starting mariadbd"
    # mysqld_safe restarts the server if it dies and detaches from this shell
    nohup mysqld_safe --user=mysql >/dev/null 2>&1 &
    for _ in $(seq 1 60); do
        if is_up; then break; fi
        sleep 1
    done
fi
if ! is_up; then
    echo "start-mariadb: server did not start" >&2
    tail -n 50 "$LOG" >&2 || true
    exit 1
fi

# root keeps Debian's socket authentication; the tests connect as their own user over TCP
mariadb --protocol=socket -uroot <<SQL
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL

version="$(mariadb -h "$DB_HOST" -P "$DB_PORT" -u"$DB_USER" -p"$DB_PASSWORD" -N -e "SELECT VERSION()")"
log "MariaDB $version ready on $DB_HOST:$DB_PORT (user $DB_USER)"
