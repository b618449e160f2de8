#!/usr/bin/env bash
# Runs the portal on a fresh Debian machine: installs PostgreSQL server binaries if missing, starts a local
# cluster under .local/ (unless ConnectionStrings__Portal is set, which wins), builds, applies migrations,
# seeds demo data and serves http://127.0.0.1:5080 (SUBSIDYPORTAL_URL overrides). Ctrl+C stops the portal;
# the cluster keeps running and is reused by the next run (scripts/stop-db.sh stops it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ensure_dotnet
use_portal_database "$root"
# Issued documents (申报书, 通知书) embed this CJK font in their PDFs.
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || apt_install fonts-wqy-zenhei

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
url=${SUBSIDYPORTAL_URL:-http://127.0.0.1:5080}
log "building"
dotnet build src/SubsidyPortal.Web/SubsidyPortal.Web.csproj -c Release -nologo -v quiet
log "starting the portal on $url (migrations and demo data are applied at start-up)"
cd src/SubsidyPortal.Web
exec dotnet bin/Release/net10.0/SubsidyPortal.Web.dll --urls "$url"
