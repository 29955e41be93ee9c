#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print, on stdout, the line
#
#   export MARSAD_PG_DSN=postgres://postgres@127.0.0.1:PORT/marsad?sslmode=disable
#
# so that CI can run:  eval "$(bash .ci/postgres.sh)"
#
# It installs nothing: the Debian `postgresql` package must be installed (CI does it first). It
# creates a cluster with initdb in a temporary directory, starts it on 127.0.0.1 on a free port
# (as the user `postgres` when run as root, since the server refuses to run as root), waits for
# it and creates the database `marsad`. Everything but the export lines goes to stderr. Stop it
# and remove its files with  eval "$MARSAD_PG_STOP"  (or just let the machine go).
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

bin=""
for d in /usr/lib/postgresql/*/bin; do
	[ -x "$d/initdb" ] && bin="$d" # the glob sorts ascending: the newest version wins
done
if [ -z "$bin" ]; then
	log "no initdb under /usr/lib/postgresql/*/bin: install the postgresql package"
	exit 1
fi

run=()
if [ "$(id -u)" = 0 ]; then
	if ! id postgres >/dev/null 2>&1; then
		useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres >&2
	fi
	run=(runuser -u postgres --)
fi

base="${TMPDIR:-/tmp}"
# the server's user must be able to reach the directory: a root-only TMPDIR would not do
[ "${#run[@]}" -gt 0 ] && base=/tmp
dir="$(mktemp -d "$base/marsad-pg.XXXXXX")"
chmod 755 "$dir"
[ "${#run[@]}" -gt 0 ] && chown postgres "$dir"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 100); do
	p=$((20000 + RANDOM % 40000))
	if port_free "$p"; then
		port="$p"
		break
	fi
done
if [ -z "$port" ]; then
	log "no free port found"
	exit 1
fi

log "initdb in $dir/data ($bin)"
"${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
log "starting on 127.0.0.1:$port"
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
	-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
	start >&2 || {
	log "server did not start:"
	cat "$dir/server.log" >&2
	exit 1
}
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres marsad >&2

echo "export MARSAD_PG_DSN='postgres://postgres@127.0.0.1:$port/marsad?sslmode=disable'"
printf "export MARSAD_PG_STOP=%q\n" "${run[*]} $bin/pg_ctl -D $dir/data -m fast stop; rm -rf $dir"
