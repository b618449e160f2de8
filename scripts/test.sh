#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs what is missing (PostgreSQL server binaries, Chromium, nginx and
# CJK fonts, via apt; poppler-utils to read issued PDFs back), builds the solution with warnings as errors, then runs unit, integration (each test class
# on its own database: in a Testcontainers container where a Docker engine answers, else in an ephemeral
# PostgreSQL cluster the fixture starts from the local binaries, or on SUBSIDYPORTAL_TEST_CONNECTION)
# and browser tests (Playwright driving Debian's Chromium; nginx in front of two instances in one of them). .ci/run calls exactly this.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ensure_dotnet
if [ -z "${SUBSIDYPORTAL_TEST_CONNECTION:-}" ]; then
  ensure_postgres_binaries
  SUBSIDYPORTAL_PG_BIN=$(pg_bin_dir)
  export SUBSIDYPORTAL_PG_BIN
fi

missing=()
[ -x "${SUBSIDYPORTAL_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v nginx >/dev/null || missing+=(nginx)   # the two-instance test runs a real load balancer
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)   # the font issued PDFs embed
command -v pdftotext >/dev/null || missing+=(poppler-utils)   # the document tests read the PDFs back
dpkg -s python3-aiosmtpd >/dev/null 2>&1 || missing+=(python3-aiosmtpd)   # the mail tests run a real SMTP server on loopback
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi

log "building (warnings are errors)"
dotnet build SubsidyPortal.sln -c Release -nologo -v quiet

results="$root/TestResults"
rm -rf "$results"
log "running all tests"
status=0
dotnet test SubsidyPortal.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?

# Test hosts can be torn down before their clusters are removed; stop and remove any left on /dev/shm
# (RAM) by this run. A concurrent test run on the same machine would be using its own, newer folders.
for dir in /dev/shm/subsidyportal-test-*; do
  [ -d "$dir" ] || continue
  pid=$(basename "$dir" | cut -d- -f3)
  [ -d "/proc/$pid" ] && continue
  if [ -f "$dir/data/postmaster.pid" ] && [ -n "${SUBSIDYPORTAL_PG_BIN:-}" ]; then
    pg_run "$SUBSIDYPORTAL_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
done

# One closing line for CI, summed over every test assembly's results file.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; log "no test ran"; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
