#!/usr/bin/env bash
# 200 signed-in caseworkers, each opening their own case page, against two Zicht nodes on one PostgreSQL (issue 13):
# the same run with read-auditing off (the benchmark-only switch, decision 088) and on. One wrk per node, half the
# connections each; every connection cycles over that node's caseworkers, each request with its own worker's cookie.
#   scripts/bench-caseworkers.sh [seconds per run, default 30] [caseworkers = connections, default 200]
# PostgreSQL: a throwaway cluster on port 5439 (created and dropped; needs root), or BENCH_PG="Host=…;Username=…;Password=…".
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"; workers="${2:-200}"; half=$(( workers / 2 ))
work="$(mktemp -d /tmp/zicht-caseworkers.XXXXXX)"
sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"; cluster="zichtbench$$"; own_cluster=""
nodes=()
stop_nodes() { for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; nodes=(); }
cleanup() {
  stop_nodes
  if [ -n "$own_cluster" ]; then sudo_ pg_dropcluster "$pg_version" "$cluster" --stop >/dev/null 2>&1 || true
  elif [ -n "${db:-}" ]; then PGPASSWORD="$pg_password" psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${BENCH_PG:-}" ]; then
  sudo_ pg_createcluster "$pg_version" "$cluster" -p 5439 --start -o max_connections=200 >/dev/null
  sudo_ su postgres -c "psql -q -p 5439 -c \"ALTER USER postgres PASSWORD 'zicht'\"" >/dev/null
  own_cluster=1; BENCH_PG="Host=127.0.0.1;Port=5439;Username=postgres;Password=zicht"
fi
field() { tr ';' '\n' <<<"$BENCH_PG" | awk -F= -v k="$1" 'tolower($1) == tolower(k) { print $2 }'; }
pg_host="$(field Host)"; pg_port="$(field Port)"; pg_user="$(field Username)"; pg_password="$(field Password)"
db="zicht_caseworkers_$$"
PGPASSWORD="$pg_password" psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "CREATE DATABASE $db" >/dev/null
sql() { PGPASSWORD="$pg_password" psql -qtA -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -c "$1"; }

# "Benchmark" is the only environment in which the read-auditing switch is honoured (ReadAuditing.cs).
export ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_CONTENTROOT="$PWD/src/Zicht" Database__Provider=Postgres
export ConnectionStrings__Zicht="$BENCH_PG;Database=$db;Maximum Pool Size=50"
export Zicht__PseudonymKey=bench-only Zicht__AuditKey=bench-only-audit-key-not-for-production
export Zicht__Feedback__PublicRequestsPerMinute=100000000 Zicht__StaffRequestsPerMinute=100000000 Zicht__SignIn__AttemptsPerMinute=100000000
export Zicht__MigrateOnStart=false Logging__LogLevel__Default=Warning
dotnet build src/Zicht -c Release -nologo -v q -clp:ErrorsOnly >&2
dll=src/Zicht/bin/Release/net10.0/Zicht.dll
dotnet "$dll" migrate >/dev/null
password="Bench-caseworker-$$-2026"
dotnet "$dll" bench caseworkers --count "$workers" --password "$password" --out "$work/workers.txt" | tail -1
ports=(5193 5194)
start_nodes() { # extra environment for both nodes, e.g. Zicht__Bench__ReadAuditingOff=true
  for port in "${ports[@]}"; do
    env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll" serve >> "$work/node-$port.log" 2>&1 &
    nodes+=($!)
  done
  for port in "${ports[@]}"; do
    for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
  done
}
start_nodes Zicht__Bench__ReadAuditingOff=false

# Sign every caseworker in (on the node that will serve them): the cookie header of their session.
sign_in() { # user case port
  local jar="$work/jar-$1" page af
  page="$(curl -s -c "$jar" "http://127.0.0.1:$3/aanmelden")"
  af="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Input.UserName=$1" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$af" "http://127.0.0.1:$3/aanmelden"
  printf '%s\t%s\n' "$(awk 'NF >= 7 && $1 !~ /^#/ || $1 ~ /^#HttpOnly_/ { print $6 "=" $7 }' "$jar" | paste -sd';' | sed 's/;/; /g')" "$2"
}
i=0; signing=()
while read -r user case; do
  node=$(( i % 2 )); i=$(( i + 1 ))
  sign_in "$user" "$case" "${ports[$node]}" >> "$work/cookies-$node.txt" < /dev/null &
  signing+=($!)
  if [ "${#signing[@]}" -ge 8 ]; then wait "${signing[@]}"; signing=(); fi # only the sign-ins: the nodes are jobs too
done < "$work/workers.txt"
if [ "${#signing[@]}" -gt 0 ]; then wait "${signing[@]}"; fi
a="http://127.0.0.1:${ports[0]}"; b="http://127.0.0.1:${ports[1]}"
first="$(head -1 "$work/cookies-0.txt")"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${first%%$'\t'*}" "$a/dossiers/${first##*$'\t'}")"
signed="$(grep -c 'zicht.auth=' "$work"/cookies-*.txt | awk -F: '{ s += $2 } END { print s }')"
echo "Signed in: $signed of $workers caseworkers; first case page answers $status"
[ "$signed" = "$workers" ] || { echo "not every caseworker could sign in" >&2; exit 1; }
[ "$status" = 200 ] || { echo "sign-in failed" >&2; exit 1; }

both() { # run name [seconds]
  local runs=() d="${2:-$secs}"
  wrk -t1 -c"$half" -d"${d}s" --timeout 60s --latency -s scripts/bench/case-open.lua "$a" -- "$work/cookies-0.txt" > "$work/$1-a.txt" 2>&1 & runs+=($!)
  wrk -t1 -c"$half" -d"${d}s" --timeout 60s --latency -s scripts/bench/case-open.lua "$b" -- "$work/cookies-1.txt" > "$work/$1-b.txt" 2>&1 & runs+=($!)
  wait "${runs[@]}"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
declare -A loads
# Each run on freshly started nodes (the switch is read at start), each after a warm-up of its own.
stop_nodes; start_nodes Zicht__Bench__ReadAuditingOff=true; both warmup-off 10
reads_before="$(sql "SELECT count(*) FROM \"AuditTrail\" WHERE \"Action\" = 'Read'")"
loads[off]="$(load)"; both off; loads[off]+=" → $(load)"
reads_after_off="$(sql "SELECT count(*) FROM \"AuditTrail\" WHERE \"Action\" = 'Read'")"
stop_nodes; start_nodes Zicht__Bench__ReadAuditingOff=false; both warmup-on 10
reads_before_on="$(sql "SELECT count(*) FROM \"AuditTrail\" WHERE \"Action\" = 'Read'")"
loads[on]="$(load)"; both on; loads[on]+=" → $(load)"
sleep 8 # one more seal interval
reads_on="$(sql "SELECT count(*) FROM \"AuditTrail\" WHERE \"Action\" = 'Read'")"
unsealed="$(sql "SELECT count(*) FROM \"AuditTrail\" WHERE \"Unsealed\"")"
stop_nodes

rps() { awk '/^Requests\/sec/ { s += $2 } END { printf "%.2f", s }' "$work/$1-a.txt" "$work/$1-b.txt"; }
p99() { awk '$1 == "99%" { print $2 }' "$work/$1-a.txt" "$work/$1-b.txt" | tr '\n' ' '; }
p50() { awk '$1 == "50%" { print $2 }' "$work/$1-a.txt" "$work/$1-b.txt" | tr '\n' ' '; }
count() { awk -v k="$2" '$1 == k { s += $2 } END { print s + 0 }' "$work/$1-a.txt" "$work/$1-b.txt"; }
socket() { awk '/Socket errors/ { gsub(",", ""); s += $4 + $6 + $8 + $10 } END { print s + 0 }' "$work/$1-a.txt" "$work/$1-b.txt"; }
echo "== wrk, ${secs}s per run, $workers signed-in caseworkers ($half per node, one wrk per node), 2 nodes, PostgreSQL $pg_version, loopback, $(nproc) cores =="
for name in off on; do
  printf 'read-auditing %-3s %8s pages/s  200: %6s  other: %s  socket errors: %s  p50 %-17s p99 %-17s (node a, node b)  load %s\n' \
    "$name" "$(rps "$name")" "$(count "$name" OK_200)" "$(count "$name" NOT_200)" "$(socket "$name")" "$(p50 "$name")" "$(p99 "$name")" "${loads[$name]}"
done
awk -v off="$(rps off)" -v on="$(rps on)" 'BEGIN { printf "on/off: %.0f%% (target >= 70%%)\n", 100 * on / off }'
echo "read lines written: during the off run $(( reads_after_off - reads_before )), during the on run $(( reads_on - reads_before_on )) (case pages answered 200: $(count on OK_200)); unsealed 8 s after the run: $unsealed"
echo "errors logged by the nodes: $(cat "$work"/node-*.log | grep -c 'fail:' || true)"
dotnet "$dll" verify-audit 2>&1 | tail -1
