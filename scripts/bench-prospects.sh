#!/usr/bin/env bash
# 政策找企业 at a district's size, measured (issue 13). Starts its own PostgreSQL cluster (.local/bench, port 55433),
# fills it with the demo data and seed-scale (20,000 enterprises by default; other options as seed-scale takes them,
# e.g. --enterprises 5000), then runs `prospect-all 3`: three times, every registered enterprise queued and worked
# off by the prospecting job exactly as the nightly sweep does — profiles read from PostgreSQL, every clause in force
# evaluated, prospects and messages written in one transaction per batch of 500. The first run writes everything
# new; the later ones find what is there and write only what changed. The result goes into docs/performance.md between the
# prospect-benchmark markers. Takes a few minutes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ensure_dotnet
ensure_postgres_binaries
bin=$(pg_bin_dir)
port=${SUBSIDYPORTAL_BENCH_DB_PORT:-55433}
start_local_cluster "$root/.local/bench" "$port"
psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -X -q -At)
export ConnectionStrings__Portal="Host=127.0.0.1;Port=$port;Database=subsidyportal;Username=postgres"
export ASPNETCORE_ENVIRONMENT=Development Seed__DemoData=true

log "building (Release)"
dotnet build src/SubsidyPortal.Web/SubsidyPortal.Web.csproj -c Release -nologo -v quiet
web="$root/src/SubsidyPortal.Web/bin/Release/net10.0/SubsidyPortal.Web.dll"

log "scale data"
(cd src/SubsidyPortal.Web && dotnet "$web" seed-scale "$@")
enterprises=$("${psql[@]}" -d subsidyportal -c "SELECT count(*) FROM enterprises")

log "prospecting every enterprise, three times"
runs=$(cd src/SubsidyPortal.Web && dotnet "$web" prospect-all 3 | grep '^run ')
prospects=$("${psql[@]}" -d subsidyportal -c "SELECT count(*) FROM clause_prospects")
size=$("${psql[@]}" -d subsidyportal -c "SELECT pg_size_pretty(pg_total_relation_size('clause_prospects'))")

{
  echo "<!-- prospect-benchmark:start -->"
  echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)): $enterprises enterprises;"
  echo "clause_prospects holds $prospects rows ($size) afterwards. \`scripts/bench-prospects.sh\` printed:"
  echo
  echo '```'
  echo "$runs"
  echo '```'
  echo "<!-- prospect-benchmark:end -->"
} >"$root/.local/bench/prospects.md"

python3 - "$root/docs/performance.md" "$root/.local/bench/prospects.md" <<'PY'
import re, sys
doc, new = sys.argv[1], open(sys.argv[2], encoding='utf-8').read().strip()
text = open(doc, encoding='utf-8').read()
pattern = re.compile(r'<!-- prospect-benchmark:start -->.*?<!-- prospect-benchmark:end -->', re.S)
text = pattern.sub(lambda _: new, text) if pattern.search(text) else text.rstrip() + '\n\n' + new + '\n'
open(doc, 'w', encoding='utf-8').write(text)
PY
log "results written to docs/performance.md"
cat "$root/.local/bench/prospects.md"
