#!/usr/bin/env bash
# 500 concurrent survey respondents against two Zicht nodes on one PostgreSQL (issue 13), with wrk:
#   1. baseline: GET /v/bedankt (the thank-you page: same pipeline, no database), the bare page,
#   2. views:    GET /v/{token} (the form behind a one-time link),
#   3. submits:  POST /v/{token}, every link once, 14 answers, one transaction with the audit chain.
# Each run drives both nodes at once (one wrk per node, half the connections each). Afterwards the
# database is compared with what wrk saw: every 302 stored exactly once, no link used without its response.
#   scripts/bench-respondents.sh [seconds per run, default 60] [connections, default 500]
# PostgreSQL: a throwaway cluster on port 5439 (created and dropped; needs root), or BENCH_PG="Host=…;Username=…;Password=…"
# for an existing server (a database of its own is created and dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"; conns="${2:-500}"; half=$(( conns / 2 ))
work="$(mktemp -d /tmp/zicht-respondents.XXXXXX)"
sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"; cluster="zichtbench$$"; own_cluster=""
nodes=()
cleanup() {
  for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
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
db="zicht_respondents_$$"
PGPASSWORD="$pg_password" psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "CREATE DATABASE $db" >/dev/null

export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$PWD/src/Zicht" Database__Provider=Postgres
# 50 connections per node: two nodes stay below PostgreSQL's 100 default connections with room for psql.
export ConnectionStrings__Zicht="$BENCH_PG;Database=$db;Maximum Pool Size=50"
export Zicht__PseudonymKey=bench-only Zicht__AuditKey=bench-only-audit-key-not-for-production
export Zicht__Feedback__PublicRequestsPerMinute=100000000 Zicht__StaffRequestsPerMinute=100000000
export Zicht__MigrateOnStart=false Logging__LogLevel__Default=Warning
dotnet build src/Zicht -c Release -nologo -v q -clp:ErrorsOnly >&2
dll=src/Zicht/bin/Release/net10.0/Zicht.dll
dotnet "$dll" migrate >/dev/null
links=$(( secs * ${BENCH_LINKS_PER_SECOND:-300} ))
case_id="$(dotnet "$dll" surveys bench prepare --links "$links" --out "$work/tokens.txt" | tail -1)"
awk 'NR % 2 == 1' "$work/tokens.txt" > "$work/tokens-a.txt"; awk 'NR % 2 == 0' "$work/tokens.txt" > "$work/tokens-b.txt"
ports=(5191 5192)
for port in "${ports[@]}"; do
  ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll" serve > "$work/node-$port.log" 2>&1 &
  nodes+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
done
a="http://127.0.0.1:${ports[0]}"; b="http://127.0.0.1:${ports[1]}"

# One anonymous antiforgery pair serves every POST on both nodes (the key ring is shared in the database).
first="$(head -1 "$work/tokens.txt")"
page="$(curl -s -c "$work/jar" "$a/v/$first")"
af="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
cookie="$(awk '$6 ~ /^zicht.af/ { print $6 "=" $7 }' "$work/jar")"
printf 'Pages checked: survey %s, antiforgery %s\n' "$(grep -c 'survey-item' <<<"$page")" "${af:+present}"

# Both nodes at once; wrk's timeout raised so a slow answer counts in the latency, not as an error.
both() { # name, then wrk arguments with @NODE@ and @TOKENS@ as placeholders
  local name="$1"; shift; local runs=()
  for node in a b; do
    local url; url="$([ "$node" = a ] && echo "$a" || echo "$b")"
    local args=("${@//@NODE@/$url}"); args=("${args[@]//@TOKENS@/$work/tokens-$node.txt}")
    wrk -t1 -c"$half" -d"${secs}s" --timeout 60s --latency "${args[@]}" > "$work/$name-$node.txt" 2>&1 &
    runs+=($!)
  done
  wait "${runs[@]}" # only the two wrk runs: the nodes are background jobs of this shell too
}
load() { cat /proc/loadavg | cut -d' ' -f1-3; }
declare -A loads
loads[baseline]="$(load)"; both baseline "@NODE@/v/bedankt"; loads[baseline]+=" → $(load)"
loads[views]="$(load)"; both views -s scripts/bench/survey-view.lua @NODE@ -- @TOKENS@; loads[views]+=" → $(load)"
loads[submits]="$(load)"; both submits -s scripts/bench/survey-submit.lua @NODE@ -- @TOKENS@ "$cookie" "$af" 1; loads[submits]+=" → $(load)"

sum() { awk -v k="$2" '$1 == k { s += $2 } END { printf "%.2f", s }' "$work/$1-a.txt" "$work/$1-b.txt"; }
rps() { awk '/^Requests\/sec/ { s += $2 } END { printf "%.2f", s }' "$work/$1-a.txt" "$work/$1-b.txt"; }
p99() { awk '$1 == "99%" { print $2 }' "$work/$1-a.txt" "$work/$1-b.txt" | tr '\n' ' '; }
p50() { awk '$1 == "50%" { print $2 }' "$work/$1-a.txt" "$work/$1-b.txt" | tr '\n' ' '; }
requests() { awk '/requests in/ { s += $1 } END { print s }' "$work/$1-a.txt" "$work/$1-b.txt"; }
non2xx() { awk '/Non-2xx/ { s += $4 } END { print s + 0 }' "$work/$1-a.txt" "$work/$1-b.txt"; }
socket() { awk '/Socket errors/ { gsub(",", ""); s += $4 + $6 + $8 + $10 } END { print s + 0 }' "$work/$1-a.txt" "$work/$1-b.txt"; }
echo "== wrk, ${secs}s per run, $conns connections ($half per node, one wrk per node), 2 nodes, PostgreSQL $pg_version, loopback, $(nproc) cores =="
for name in baseline views submits; do
  printf '%-9s %9s req/s  %8s requests  p50 %-17s p99 %-17s (node a, node b)  non-2xx/3xx %s  socket errors %s  load %s\n' \
    "$name" "$(rps "$name")" "$(requests "$name")" "$(p50 "$name")" "$(p99 "$name")" "$(non2xx "$name")" "$(socket "$name")" "${loads[$name]}"
done
awk -v b="$(rps baseline)" -v v="$(rps views)" -v s="$(rps submits)" 'BEGIN { printf "ratio view/bare page %.2f   submission/bare page %.2f\n", v / b, s / b }'
ok="$(sum submits SUBMITTED_OK | cut -d. -f1)"; other="$(sum submits SUBMITTED_OTHER | cut -d. -f1)"; ran_out="$(sum submits RAN_OUT | cut -d. -f1)"
echo "submissions answered 302 (stored): $ok, other answers: $other, requests after the links ran out: $ran_out"
for pid in "${nodes[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done; nodes=()
counted="$(dotnet "$dll" surveys bench count --case "$case_id" | grep "^used=" || true)"
echo "database: $counted"
used="$(sed 's/used=\([0-9]*\).*/\1/' <<<"$counted")"; responses="$(sed 's/.*responses=\([0-9]*\).*/\1/' <<<"$counted")"
errors_in_logs="$(cat "$work"/node-*.log | grep -c 'fail:' || true)"
echo "errors logged by the nodes: $errors_in_logs"
# wrk stops after the duration with up to one request per connection in flight: the server may still
# store those, wrk never counts them. Lost = acknowledged (302) but not stored; partial = link used
# without its response (or the reverse).
lost=$(( ok > responses ? ok - responses : 0 ))
echo "acknowledged $ok, stored $responses (in flight when wrk stopped: $(( responses - ok )), at most $conns)"
if [ "$lost" -eq 0 ] && [ "$used" = "$responses" ] && [ $(( responses - ok )) -le "$conns" ]; then
  echo "lost responses: 0; partial submissions: 0"
else
  echo "MISMATCH: lost $lost; database says $counted" >&2; exit 1
fi
