#!/usr/bin/env bash
# nginx (Debian's package) in front of portal instances, as in production (deploy/nginx/subsidyportal.conf).
#   scripts/nginx-front.sh start DIR LISTEN_PORT INSTANCE_PORT...   renders the config into DIR and starts nginx
#   scripts/nginx-front.sh stop DIR                                 stops it
# DIR holds the rendered config, nginx's pid, temp files and logs (access.log names the instance of each request).
# Used by scripts/run-instances.sh and by the browser test that stops an instance mid-filing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

usage() { die "usage: $0 start DIR LISTEN_PORT INSTANCE_PORT... | stop DIR"; }
[ $# -ge 2 ] || usage
command=$1 dir=$2
shift 2

case "$command" in
  start)
    [ $# -ge 2 ] || usage
    listen=$1
    shift
    command -v nginx >/dev/null || apt_install nginx
    mkdir -p "$dir/tmp"
    dir=$(cd "$dir" && pwd)
    servers=""
    for port in "$@"; do
      # max_fails=1: one refused connection takes the instance out for fail_timeout; nginx retries elsewhere.
      servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
    done
    sed -e "s|@LISTEN@|127.0.0.1:$listen|" -e "s|@LOGS@|$dir|" -e "s|@COOKIE_FLAGS@||" \
      -e "/^@SERVERS@$/{
r /dev/stdin
d
}" "$root/deploy/nginx/subsidyportal.conf" <<<"${servers%$'\n'}" >"$dir/subsidyportal.conf"
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/subsidyportal.conf;
}
CONF
    nginx -t -q -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    log "nginx on 127.0.0.1:$listen in front of instance(s) on port(s) $*; log: $dir/access.log"
    ;;
  stop)
    if [ -f "$dir/nginx.pid" ]; then
      nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -s stop 2>/dev/null || kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    fi
    ;;
  *) usage ;;
esac
