#!/usr/bin/env bash
# The production topology on one machine: N portal processes (default 2) on one PostgreSQL, behind nginx with
# sticky sessions. Like scripts/run.sh (local cluster unless ConnectionStrings__Portal is set, Development
# settings, demo data), then nginx serves http://127.0.0.1:5080 in front of instances on 5081, 5082, …
#   scripts/run-instances.sh [N]
# Each instance logs to .local/instances/portal-PORT-*.log; nginx's access log (.local/nginx/access.log) names
# the instance that answered each request. Stop one instance to watch its browsers move to another:
#   kill "$(cat .local/instances/PORT.pid)"
# Ctrl+C stops nginx and every instance; the cluster keeps running (scripts/stop-db.sh stops it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

count=${1:-2}
[[ "$count" =~ ^[1-9][0-9]?$ ]] || die "usage: $0 [number of instances, 1-99]"
front_port=${SUBSIDYPORTAL_PORT:-5080}

ensure_dotnet
command -v nginx >/dev/null || apt_install nginx
use_portal_database "$root"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

log "building"
dotnet build src/SubsidyPortal.Web/SubsidyPortal.Web.csproj -c Release -nologo -v quiet
# Migrate once before the instances start (they would serialise on an advisory lock anyway): a failed
# migration then stops one command instead of every instance.
(cd src/SubsidyPortal.Web && dotnet "bin/Release/net10.0/SubsidyPortal.Web.dll" migrate)

state="$root/.local/instances"
mkdir -p "$state"
pids=()
ports=()
stop_all() {
  trap - INT TERM EXIT
  bash "$root/scripts/nginx-front.sh" stop "$root/.local/nginx" || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  log "stopped nginx and ${#pids[@]} instance(s)"
}
trap stop_all INT TERM EXIT

for i in $(seq 1 "$count"); do
  instance_port=$((front_port + i))
  ports+=("$instance_port")
  (cd src/SubsidyPortal.Web && exec env Serilog__WriteTo__1__Args__path="$state/portal-$instance_port-.log" \
    dotnet "bin/Release/net10.0/SubsidyPortal.Web.dll" --urls "http://127.0.0.1:$instance_port") &
  pids+=("$!")
  echo "$!" >"$state/$instance_port.pid"
done

for instance_port in "${ports[@]}"; do
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$instance_port/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$instance_port/health/ready" >/dev/null 2>&1 || die "the instance on port $instance_port is not ready (see $state/portal-$instance_port-*.log)"
done

bash "$root/scripts/nginx-front.sh" start "$root/.local/nginx" "$front_port" "${ports[@]}"
log "the portal: http://127.0.0.1:$front_port ($count instance(s) on ports ${ports[*]}); Ctrl+C stops"
wait -n "${pids[@]}" || true
log "an instance ended; the others keep serving until Ctrl+C"
wait
