#!/usr/bin/env bash
# A local Postgres for callqa's tests and CI (Debian/Ubuntu): installs Debian's `postgresql` when
# it is missing, starts its cluster when it is down (pg_ctlcluster; no systemd needed), creates a
# role that may create databases (the tests make a fresh database per test file) and a database,
# and prints the connection URL on stdout — everything else goes to stderr, so
#   export CALLQA_TEST_PG_URL="$(bash scripts/dev/postgres.sh)"
# works. Idempotent. Needs root (or sudo) for the install and the cluster start.
# Overrides: CALLQA_PG_ROLE (callqa), CALLQA_PG_PASSWORD (callqa), CALLQA_PG_DATABASE (callqa_test).
set -euo pipefail
role="${CALLQA_PG_ROLE:-callqa}"
password="${CALLQA_PG_PASSWORD:-callqa}"
database="${CALLQA_PG_DATABASE:-callqa_test}"
log() { echo "postgres.sh: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing Debian's postgresql"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

# The first cluster (`15 main` on Debian 12); the package creates it, a bare image may not have one.
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${version:-}" ]; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
  cluster=main
  log "creating cluster $version/$cluster"
  as_root pg_createcluster "$version" "$cluster" >&2
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$status" != online ]; then
  log "starting cluster $version/$cluster (port $port)"
  as_root pg_ctlcluster "$version" "$cluster" start >&2
fi

psql_admin() { as_postgres psql --quiet --no-psqlrc --port "$port" --set ON_ERROR_STOP=1 --tuples-only --no-align "$@"; }
# Wait for the server to accept connections (a start returns before that on a slow machine).
for _ in $(seq 1 50); do psql_admin -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  log "creating role $role"
  psql_admin -c "CREATE ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  log "creating database $database"
  # Byte-order text, as SQLite sorts it (pipeline/db/postgres/text-order.ts), whatever the cluster's locale.
  psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$role\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'" >&2
fi
echo "postgres://$role:$password@localhost:$port/$database"
