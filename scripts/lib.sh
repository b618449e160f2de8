# Shared by scripts/run.sh and scripts/test.sh. Debian 12, run as root or with sudo available.
# shellcheck shell=bash

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is required (dotnet not on PATH): see README.md"
}

# Prints the directory holding pg_ctl/initdb, installing PostgreSQL server binaries when absent.
pg_bin_dir() {
  local dir
  for dir in ${SUBSIDYPORTAL_PG_BIN:-} /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

ensure_postgres_binaries() {
  if ! pg_bin_dir >/dev/null; then
    apt_install postgresql-15 || apt_install postgresql
  fi
  pg_bin_dir >/dev/null || die "PostgreSQL server binaries not found after install"
}

# Runs a PostgreSQL binary as the postgres OS user when we are root (initdb refuses to run as root).
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_local_cluster DIR PORT: initialise once, start if not running. Data stays in DIR between runs.
start_local_cluster() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin_dir)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    runuser -u postgres -- test -w "$dir" || die "the postgres user cannot write $dir (is a parent folder private?). Set ConnectionStrings__Portal instead."
  fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "initialising a local PostgreSQL cluster in $dir/data"
    pg_run "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if pg_run "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "local PostgreSQL already running on 127.0.0.1:$port"
  else
    log "starting local PostgreSQL on 127.0.0.1:$port"
    pg_run "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" start >/dev/null \
      || { tail -n 20 "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  fi
}

# use_portal_database ROOT: the configured ConnectionStrings__Portal wins; otherwise the local cluster under
# ROOT/.local/postgres (SUBSIDYPORTAL_DB_PORT, default 55432), started if needed. Shared by run.sh and run-instances.sh.
use_portal_database() {
  local root=$1 port
  if [ -n "${ConnectionStrings__Portal:-}" ]; then
    log "using the configured ConnectionStrings__Portal"
    return 0
  fi
  ensure_postgres_binaries
  port=${SUBSIDYPORTAL_DB_PORT:-55432}
  start_local_cluster "$root/.local/postgres" "$port"
  export ConnectionStrings__Portal="Host=127.0.0.1;Port=$port;Database=subsidyportal;Username=postgres"
}
