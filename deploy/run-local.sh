#!/usr/bin/env bash
# Run the app for a team on this machine: PostgreSQL, N app replicas and HAProxy in front.
#
#   deploy/run-local.sh 2            # 2 replicas; open http://127.0.0.1:8500
#
# Environment (all optional):
#   PROXY_PORT=8500                  where HAProxy listens
#   PGDATA_DIR=/var/lib/salary-pg    keep the database here (default: a temporary folder, gone on exit)
#   PG_BIN=/usr/lib/postgresql/15/bin
#   SALARY_EXPLORER_DB_URL=...       use an existing PostgreSQL instead of starting one
#   SALARY_EXPLORER_KEYS=id:base64   key ring (team mode needs one; every replica gets the same)
#   Team mode: put [auth] and [access] in .streamlit/secrets.toml (README, "Sign-in, roles ...").
#
# Needs: apt-get install -y postgresql haproxy. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

replicas=${1:-2}
[[ "$replicas" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 N   (N = number of app replicas, 1 or more)" >&2; exit 2; }
proxy_port=${PROXY_PORT:-8500}
haproxy_bin=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy_bin" ] || { echo "haproxy not found: apt-get install -y haproxy" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
wait_health() {  # url, seconds[, pid that must stay alive]
  for _ in $(seq 1 $(($2 * 4))); do
    [ "$(curl -fsS "$1/_stcore/health" 2>/dev/null || true)" = ok ] && return 0
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then echo "process $3 for $1 exited" >&2; return 1; fi
    sleep 0.25
  done
  echo "$1 did not answer within $2 s" >&2; return 1
}

work=$(mktemp -d -t salary-team-XXXXXX)
chmod 755 "$work"
pids=()
pg_data=""
cleanup() {
  trap - EXIT INT TERM
  echo "stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_data" ]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null || true; fi
  if [ -z "${PGDATA_DIR:-}" ]; then rm -rf "$work"; else echo "database kept in $PGDATA_DIR; logs in $work"; fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# ---- PostgreSQL (unless a URL is given) ----
if [ -z "${SALARY_EXPLORER_DB_URL:-}" ]; then
  pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  [ -x "$pg_bin/pg_ctl" ] || { echo "PostgreSQL not found: apt-get install -y postgresql" >&2; exit 1; }
  pg_port=$(free_port)
  pg_data=${PGDATA_DIR:-$work/pg}
  mkdir -p "$pg_data"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pg_data" "$work"; fi
  if [ ! -s "$pg_data/PG_VERSION" ]; then
    as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 >/dev/null
  fi
  # Loopback only, trust auth: fine on one machine. On a shared host set a password (see README).
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/postgres.log" -w -t 60 \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'salary'" | grep -q 1 \
    || as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres salary
  export SALARY_EXPLORER_DB_URL="postgresql+psycopg://postgres@127.0.0.1:$pg_port/salary"
  echo "PostgreSQL on 127.0.0.1:$pg_port (data: $pg_data)"
fi

# ---- the replicas: same code, same database, one shared cookie secret ----
cookie_secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
servers=""
ports=()
for i in $(seq 1 "$replicas"); do
  port=$(free_port)
  SALARY_EXPLORER_REPLICA=app$i STREAMLIT_SERVER_COOKIE_SECRET=$cookie_secret python3 -m streamlit run app.py --server.port "$port" \
    --server.address 127.0.0.1 --server.headless true --server.fileWatcherType none \
    --browser.gatherUsageStats false >"$work/app$i.log" 2>&1 &
  pids+=($!)
  ports+=("$port")
  servers+="    server app$i 127.0.0.1:$port cookie app$i check inter 2s fall 2 rise 1"$'\n'
  echo "replica app$i on 127.0.0.1:$port (log: $work/app$i.log)"
done
for i in "${!ports[@]}"; do wait_health "http://127.0.0.1:${ports[$i]}" 90 "${pids[$i]}"; done

# ---- HAProxy: deploy/haproxy.cfg with this run's ports ----
python3 - "$proxy_port" "$work/haproxy.cfg" "$servers" <<'PY'
import sys
port, out, servers = sys.argv[1], sys.argv[2], sys.argv[3]
text = open("deploy/haproxy.cfg").read().replace("bind 127.0.0.1:8500", f"bind 127.0.0.1:{port}")
head, rest = text.split("    # >>> servers", 1)
_, tail = rest.split("    # <<< servers", 1)
open(out, "w").write(head + "    # >>> servers\n" + servers + "    # <<< servers" + tail)
PY
"$haproxy_bin" -c -q -f "$work/haproxy.cfg"
"$haproxy_bin" -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
proxy_pid=$!
pids+=("$proxy_pid")
wait_health "http://127.0.0.1:$proxy_port" 30 "$proxy_pid"
echo "ready: http://127.0.0.1:$proxy_port  ($replicas replica(s); Ctrl-C stops everything)"
# A replica that dies is taken out by the proxy's health check; the others keep serving.
wait "$proxy_pid" || true
echo "haproxy stopped; see $work/haproxy.log" >&2
