#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the receiver's tests (Debian's packages).
#
#   eval "$(scripts/postgres-cluster.sh start)"   # exports FEEDBACK_TEST_DATABASE_URL and FEEDBACK_TEST_PG_DIR
#   scripts/postgres-cluster.sh stop              # stops it and deletes its files
#
# As root, the cluster runs as the user postgres (PostgreSQL refuses to run as root). It listens on 127.0.0.1 only,
# on a free port, with trust authentication: it holds nothing but test data and lives for one test run.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
as_owner=()
[[ $EUID -eq 0 ]] && as_owner=(runuser -u postgres --)

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/ogp-pg-XXXXXX)
    chmod 755 "$dir"
    [[ $EUID -eq 0 ]] && chown postgres "$dir"
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" \
      -l "$dir/server.log" -w start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "export FEEDBACK_TEST_PG_DIR=$dir"
    echo "export FEEDBACK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${FEEDBACK_TEST_PG_DIR:?FEEDBACK_TEST_PG_DIR is not set}
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
