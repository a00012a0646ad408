#!/usr/bin/env bash
# Load benchmark of the public survey pages with wrk, on loopback only:
#   1. a minimal page (the static thank-you page: same pipeline, no database) as the baseline,
#   2. survey page views (GET /v/{token}: token hash lookup, instrument, form),
#   3. submissions (POST /v/{token}: antiforgery, validation, one transaction per response),
# then checks that every submission wrk saw succeed is stored exactly once (zero lost responses).
#   scripts/bench-surveys.sh [seconds per run, default 10] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"; conns="${2:-16}"; port=5199; base="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/zicht-bench.XXXXXX)"
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$PWD/src/Zicht"
export Database__Provider=Sqlite ConnectionStrings__Zicht="Data Source=$work/bench.db"
export Zicht__PseudonymKey=bench-only Zicht__Feedback__PublicRequestsPerMinute=100000000
export Zicht__AuditKey=bench-only-audit-key-not-for-production Zicht__StaffRequestsPerMinute=100000000
export Logging__LogLevel__Default=Warning
dotnet build src/Zicht -c Release -nologo -v q -clp:ErrorsOnly >&2
dll=src/Zicht/bin/Release/net10.0/Zicht.dll
dotnet "$dll" migrate >/dev/null
links=$(( secs * 2000 ))
case_id="$(dotnet "$dll" surveys bench prepare --links "$links" --out "$work/tokens.txt" | tail -1)"
ASPNETCORE_URLS="$base" dotnet "$dll" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done

# One anonymous antiforgery pair serves every POST: for a signed-out visitor it is not user-bound.
first="$(head -1 "$work/tokens.txt")"
page="$(curl -s -c "$work/jar" "$base/v/$first")"
af="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
cookie="$(awk '$6 ~ /^zicht.af/ { print $6 "=" $7 }' "$work/jar")"
printf 'Pages checked: survey %s, antiforgery %s\n' "$(grep -c 'survey-item' <<<"$page")" "${af:+present}"

run() { wrk -t2 -c"$conns" -d"${secs}s" --latency "$@"; }
rps() { awk '/^Requests\/sec/ { print $2 }' <<<"$1"; }
p99() { awk '$1 == "99%" { print $2 }' <<<"$1"; }
errors() { awk '/Non-2xx/ { print $4 } END { }' <<<"$1"; }
baseline="$(run "$base/v/bedankt")"
views="$(run -s scripts/bench/survey-view.lua "$base" -- "$work/tokens.txt")"
submits="$(run -s scripts/bench/survey-submit.lua "$base" -- "$work/tokens.txt" "$cookie" "$af" 2)"
echo "== wrk, ${secs}s per run, 2 threads, $conns connections, loopback, $(nproc) cores =="
for name in baseline views submits; do
  out="${!name}"
  printf '%-10s %10s req/s   p99 %8s   non-2xx/3xx %s\n' "$name" "$(rps "$out")" "$(p99 "$out")" "$(errors "$out")"
done
b="$(rps "$baseline")"; v="$(rps "$views")"; s="$(rps "$submits")"
ok="$(awk '/^SUBMITTED_OK/ { print $2 }' <<<"$submits")"
other="$(awk '/^SUBMITTED_OTHER/ { print $2 }' <<<"$submits")"
awk -v b="$b" -v v="$v" -v s="$s" 'BEGIN { printf "ratio view/minimal %.2f   submission/minimal %.2f\n", v / b, s / b }'
echo "submissions answered 302 (stored): $ok, other answers: $other, requests after the links ran out: $(awk '/^RAN_OUT/ { print $2 }' <<<"$submits")"
kill "$server"; wait "$server" 2>/dev/null || true
counted="$(dotnet "$dll" surveys bench count --case "$case_id" | grep "^used=" || true)"
echo "database: $counted"
used="$(sed 's/used=\([0-9]*\).*/\1/' <<<"$counted")"
responses="$(sed 's/.*responses=\([0-9]*\).*/\1/' <<<"$counted")"
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
