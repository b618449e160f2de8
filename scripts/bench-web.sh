#!/usr/bin/env bash
# A district's year at full size, measured. Starts its own PostgreSQL cluster (.local/bench, port 55433), fills it
# with the demo data and seed-scale (default: 20,000 enterprises, 100,000 applications, 30,000 awards, 200 calls;
# pass e.g. --applications 20000 to change), then measures on this machine, in one run:
#   - baselines: PostgreSQL select-only throughput (pgbench -S, 32 clients), a bare Kestrel answering a constant
#     (benchmarks -- hello) and the portal's cheapest answer (/health/live) under wrk;
#   - the public pages over HTTP with wrk (32 connections): home, policy catalog, notices, a notice;
#   - each work page's loads through the interfaces the pages call (benchmarks -- pages, 32 callers): a work
#     page's lists load over its circuit, which an HTTP load generator cannot follow; and each page view's SQL alone
#     in pgbench (same clients, same time), with the page's share of it;
#   - the request log's cost: the home page and a notice again with the request log at Warning;
#   - the portal's resident memory after the run and the load average.
# The table goes into docs/performance.md between the web-benchmark markers. Takes about 10 minutes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

seconds=${BENCH_SECONDS:-10}
ensure_dotnet
ensure_postgres_binaries
command -v wrk >/dev/null 2>&1 || apt_install wrk
bin=$(pg_bin_dir)
port=${SUBSIDYPORTAL_BENCH_DB_PORT:-55433}
start_local_cluster "$root/.local/bench" "$port"
psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -X -q -At)
export ConnectionStrings__Portal="Host=127.0.0.1;Port=$port;Database=subsidyportal;Username=postgres;Maximum Pool Size=64"
export ASPNETCORE_ENVIRONMENT=Development Seed__DemoData=true

log "building (Release)"
dotnet build src/SubsidyPortal.Web/SubsidyPortal.Web.csproj -c Release -nologo -v quiet
dotnet build benchmarks/SubsidyPortal.Benchmarks/SubsidyPortal.Benchmarks.csproj -c Release -nologo -v quiet
web="$root/src/SubsidyPortal.Web/bin/Release/net10.0/SubsidyPortal.Web.dll"

log "scale data"
(cd src/SubsidyPortal.Web && dotnet "$web" seed-scale "$@")
applications=$("${psql[@]}" -d subsidyportal -c "SELECT count(*) FROM applications")
awards=$("${psql[@]}" -d subsidyportal -c "SELECT count(*) FROM awards")
notice=$("${psql[@]}" -d subsidyportal -c "SELECT id FROM public_notices ORDER BY published_at DESC LIMIT 1")

log "baseline: pgbench select-only"
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS pgbench_baseline" -c "CREATE DATABASE pgbench_baseline"
"$bin/pgbench" -h 127.0.0.1 -p "$port" -U postgres -i -s 10 -q pgbench_baseline >/dev/null 2>&1
pgbench_tps=$("$bin/pgbench" -h 127.0.0.1 -p "$port" -U postgres -S -c 32 -j 2 -T "$seconds" pgbench_baseline 2>/dev/null \
  | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)

benchmarks="$root/benchmarks/SubsidyPortal.Benchmarks/bin/Release/net10.0/SubsidyPortal.Benchmarks.dll"
rows=()
measure() { # name url
  local line
  # Warm-up, not counted: a freshly started server compiles its hot paths twice (tiered JIT) in its first seconds.
  wrk -t2 -c32 -d3s "$2" >/dev/null 2>&1 || true
  line=$(wrk -t2 -c32 -d"${seconds}s" -s scripts/wrk-report.lua "$2" 2>/dev/null | grep '^WRK ' || true)
  read -r _ requests duration p50 p95 p99 bytes errors <<<"$line"
  rows+=("| $1 | $(awk -v r="$requests" -v d="$duration" 'BEGIN{printf "%.0f", r/d}') | $p50 | $p95 | $p99 | $bytes | $errors |")
  log "$1: ${requests} requests, p95 ${p95} ms"
}
wait_ready() { for _ in $(seq 1 120); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 1; done; die "not ready: $1"; }

log "baseline: a bare Kestrel hello world on 127.0.0.1:5091"
dotnet "$benchmarks" hello http://127.0.0.1:5091 &
hello=$!
wait_ready http://127.0.0.1:5091/
measure "Kestrel hello world (the web server's ceiling, baseline)" http://127.0.0.1:5091/
kill "$hello"; wait "$hello" 2>/dev/null || true

start_portal() { # extra environment assignments
  (cd src/SubsidyPortal.Web && exec env "$@" dotnet "$web" --urls http://127.0.0.1:5090 >>"$root/.local/bench/portal.log" 2>&1) &
  portal=$!
  wait_ready http://127.0.0.1:5090/health/ready
  pid=$(pgrep -f "SubsidyPortal.Web.dll --urls http://127.0.0.1:5090" | head -n 1)
}
log "starting the portal (Release) on 127.0.0.1:5090"
: >"$root/.local/bench/portal.log"
start_portal ASPNETCORE_ENVIRONMENT="$ASPNETCORE_ENVIRONMENT"
trap 'kill $portal 2>/dev/null || true' EXIT
p=http://127.0.0.1:5090
log "HTTP pages with wrk (32 connections, ${seconds} s each)"
measure "/health/live (the portal's cheapest answer)" $p/health/live
measure "/ (home)" $p/
measure "/policies (catalog)" $p/policies
measure "/notices (list)" $p/notices
measure "/notices/{id} (the newest notice)" "$p/notices/$notice"
rss_mb=$(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 ))
load=$(cut -d' ' -f1-3 /proc/loadavg)

log "the request log's cost: the same pages with it at Warning"
kill "$portal"; wait "$portal" 2>/dev/null || true
start_portal ASPNETCORE_ENVIRONMENT="$ASPNETCORE_ENVIRONMENT" "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning"
measure "/ (home), request log at Warning" $p/
measure "/notices/{id}, request log at Warning" "$p/notices/$notice"
kill "$portal"; wait "$portal" 2>/dev/null || true

log "work pages' loads (32 callers, ${seconds} s each), then each page's SQL alone in pgbench"
mkdir -p "$root/.local/bench/sql"
pages=$(BENCH_SQL_DIR="$root/.local/bench/sql" PGBENCH="$bin/pgbench" dotnet "$benchmarks" pages "$seconds" 32 2>/dev/null)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "<!-- web-benchmark:start -->"
  echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $applications applications, $awards awards;"
  echo "load average (1, 5, 15 min) after the HTTP pages $load, after the work pages $load_end; the portal's resident"
  echo "memory after the HTTP pages: ${rss_mb} MB. Each page's SQL, as pgbench ran it: .local/bench/sql/."
  echo
  echo "Baselines of the same run: PostgreSQL select-only (pgbench -S, 32 clients, scale 10): **${pgbench_tps%.*} tps**."
  echo
  echo "| HTTP page (wrk, 32 connections) | req/s | p50 ms | p95 ms | p99 ms | bytes | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "$pages"
  echo "<!-- web-benchmark:end -->"
} >"$root/.local/bench/results.md"

python3 - "$root/docs/performance.md" "$root/.local/bench/results.md" <<'PY'
import re, sys
doc, new = sys.argv[1], open(sys.argv[2], encoding='utf-8').read().strip()
text = open(doc, encoding='utf-8').read()
pattern = re.compile(r'<!-- web-benchmark:start -->.*?<!-- web-benchmark:end -->', re.S)
text = pattern.sub(lambda _: new, text) if pattern.search(text) else text.rstrip() + '\n\n' + new + '\n'
open(doc, 'w', encoding='utf-8').write(text)
PY
log "results written to docs/performance.md"
cat "$root/.local/bench/results.md"
