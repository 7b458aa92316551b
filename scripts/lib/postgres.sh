# A throw-away PostgreSQL server for the test suite: a cluster made with initdb in a temporary
# folder, owned by an unprivileged user (CI runs as root, and PostgreSQL refuses to run as root),
# listening on a unix socket in that folder and on 127.0.0.1 at a free port. Sourced, not run.
#
#   wharf_start_postgres      starts it and exports WHARF_TEST_POSTGRES_URL
#   wharf_stop_postgres       stops it and removes its folder (scripts/test traps EXIT with it)

WHARF_PG_BIN=${WHARF_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
WHARF_PG_DIR=
WHARF_PG_RUN=()

wharf_start_postgres() {
    if [ -z "$WHARF_PG_BIN" ] || [ ! -x "$WHARF_PG_BIN/initdb" ]; then
        echo "scripts/test: PostgreSQL's server programs are missing (no initdb under /usr/lib/postgresql); install the postgresql package." >&2
        return 1
    fi
    WHARF_PG_DIR=$(mktemp -d -t wharf-pg-XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL will not run as root: the cluster belongs to nobody, who may enter its folder.
        chown nobody "$WHARF_PG_DIR"
        chmod 700 "$WHARF_PG_DIR"
        WHARF_PG_RUN=(runuser -u nobody --)
    fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Trust on the socket and on loopback only: a cluster that lives for one suite, on this machine.
    if ! "${WHARF_PG_RUN[@]}" "$WHARF_PG_BIN/initdb" -D "$WHARF_PG_DIR/data" -U wharf -A trust -E UTF8 --no-sync \
        >"$WHARF_PG_DIR/initdb.log" 2>&1; then
        echo "scripts/test: initdb failed: $(tail -n 3 "$WHARF_PG_DIR/initdb.log")" >&2
        return 1
    fi
    # No durability for a throw-away cluster: the suite is faster without fsync.
    if ! "${WHARF_PG_RUN[@]}" "$WHARF_PG_BIN/pg_ctl" -D "$WHARF_PG_DIR/data" -l "$WHARF_PG_DIR/server.log" -w -t 60 \
        -o "-k $WHARF_PG_DIR -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >"$WHARF_PG_DIR/pg_ctl.log" 2>&1; then
        echo "scripts/test: PostgreSQL did not start: $(tail -n 3 "$WHARF_PG_DIR/server.log" 2>/dev/null)" >&2
        return 1
    fi
    if ! "${WHARF_PG_RUN[@]}" "$WHARF_PG_BIN/createdb" -h "$WHARF_PG_DIR" -p "$port" -U wharf wharf_test \
        >"$WHARF_PG_DIR/createdb.log" 2>&1; then
        echo "scripts/test: createdb failed: $(cat "$WHARF_PG_DIR/createdb.log")" >&2
        return 1
    fi
    export WHARF_TEST_POSTGRES_URL="postgresql://wharf@127.0.0.1:$port/wharf_test"
    echo "scripts/test: PostgreSQL $("$WHARF_PG_BIN/postgres" --version | awk '{print $3}') for the suite at $WHARF_TEST_POSTGRES_URL"
}

wharf_stop_postgres() {
    [ -n "$WHARF_PG_DIR" ] || return 0
    if [ -f "$WHARF_PG_DIR/data/postmaster.pid" ]; then
        "${WHARF_PG_RUN[@]}" "$WHARF_PG_BIN/pg_ctl" -D "$WHARF_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WHARF_PG_DIR"
    WHARF_PG_DIR=
}
