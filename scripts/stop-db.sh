#!/usr/bin/env bash
# Stops the local PostgreSQL cluster that scripts/run.sh started (its data stays in .local/postgres).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
bin=$(pg_bin_dir) || die "PostgreSQL binaries not found"
pg_run "$bin/pg_ctl" -D "$root/.local/postgres/data" -m fast -w stop
