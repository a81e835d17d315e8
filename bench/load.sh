#!/usr/bin/env bash
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Load on one ve-agent (host backend, 127.0.0.1 only), results in bench/README.md:
#   1. 200 status requests/s, steady, for 30 s (latency percentiles);
#   2. 4 keep-alive connections, as fast as they go: the agent's status route against nginx
#      serving a static JSON file of the same size over TLS with the same certificate;
#   3. 100 live-log clients while 50 lines/s are appended to the followed log (bench/logclients.py).
# The agent's VmRSS/VmHWM before and after each.
#
#   bench/load.sh [BUILD_DIR]      a Release build (default build/bench: cmake --preset bench)
# Needs wrk and nginx-light (Debian packages; only for this bench), curl, python3.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build/bench}" && pwd)
agent="$build/agent/ve-agent"
for tool in wrk nginx curl python3 "$agent"; do
    command -v "$tool" >/dev/null || { echo "load.sh: missing $tool" >&2; exit 69; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A host backend on a temporary root: license_viewer prints a sample, systemctl is a stand-in.
mkdir -p "$work/root/log" "$work/state" "$work/www/api/v1" "$work/nginx"
printf '#!/bin/sh\nexec cat %q\n' "$here/tests/data/license_viewer-readable-countdown.txt" >"$work/root/license_viewer"
printf '#!/bin/sh\n[ "$1" = show ] && printf "Id=licensed.service\\nLoadState=loaded\\nActiveState=active\\nMainPID=42\\n\\n"\nexit 0\n' >"$work/systemctl"
chmod 700 "$work/root/license_viewer" "$work/systemctl"
: >"$work/root/log/license.log"
printf '[server]\nsystemctl=%s\njournalctl=\n' "$work/systemctl" >"$work/agent.ini"
token=$("$agent" token add bench --role viewer --state-dir "$work/state")

"$agent" --config "$work/agent.ini" --root "$work/root" --state-dir "$work/state" --listen 127.0.0.1:0 \
    >"$work/agent.out" 2>"$work/agent.err" &
agent_pid=$!
pids+=("$agent_pid")
for _ in $(seq 100); do
    port=$(sed -n 's|^listening on https://127.0.0.1:\([0-9]*\)$|\1|p' "$work/agent.out")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { cat "$work/agent.err"; exit 1; }
url="https://127.0.0.1:$port/api/v1/status"
auth="Authorization: Bearer $token"

memory() {
    awk '/^VmRSS|^VmHWM/ { printf "%s %s %s  ", $1, $2, $3 } END { print "" }' "/proc/$agent_pid/status"
}

echo "== machine"
echo "nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), RAM $(free -g | awk '/Mem/ {print $2}') GiB"
echo "kernel $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1)"
echo "agent: $agent"
curl -sfk -H "$auth" "$url" >/dev/null # warm up: the first status reads the license and the unit
echo "agent at start: $(memory)"

echo "== 1. 200 status requests/s for 30 s (10 connections, one request each per 50 ms)"
cat >"$work/pace.lua" <<'EOF'
function delay() return 50 end
EOF
wrk -t1 -c10 -d30s --latency -s "$work/pace.lua" -H "$auth" "$url"
echo "agent after: $(memory)"

echo "== 2. 4 keep-alive connections, maximum rate, 15 s each"
curl -sfk -H "$auth" "$url" >"$work/www/api/v1/status"
echo "status document: $(stat -c %s "$work/www/api/v1/status") bytes"
wrk -t2 -c4 -d15s --latency -H "$auth" "$url"
echo "agent after: $(memory)"
nginx_port=$((port + 1))
cp "$work/state/agent.crt" "$work/state/agent.key" "$work/nginx/"
chmod 755 "$work" "$work/www" "$work/www/api" "$work/www/api/v1"
chmod 644 "$work/www/api/v1/status"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port ssl;
        ssl_certificate $work/nginx/agent.crt;
        ssl_certificate_key $work/nginx/agent.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $work/www;
        location / { default_type application/json; }
    }
}
EOF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
echo "nginx (1 worker, same certificate, the same document as a static file):"
wrk -t2 -c4 -d15s --latency "https://127.0.0.1:$nginx_port/api/v1/status"

echo "== 3. 100 live-log clients, 50 lines/s appended for 30 s"
echo "agent before: $(memory)"
python3 "$here/bench/logclients.py" "$port" "$token" "$work/root/log/license.log" \
    --clients 100 --rate 50 --duration 30
echo "agent after: $(memory)"
grep -v '^$' "$work/agent.err" | grep -v 'running as root' || true
