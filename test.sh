#!/usr/bin/env bash
# Runs every test: formatting check, then the whole suite on SQLite and again on PostgreSQL
# (a throwaway cluster on port 5433), browser tests in Debian's headless Chromium included.
# Installs Chromium and PostgreSQL with apt when they are missing (needs root or sudo).
# Ends with one line: "N passed, N failed".
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"
results="$repo/test-results"
rm -rf "$results" && mkdir -p "$results"
sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pg_createcluster >/dev/null 2>&1 || need+=(postgresql)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ "${#need[@]}" -gt 0 ]; then
  echo "== Installing ${need[*]} (apt)"
  sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive sudo_ apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The PDF renderer runs Chromium as this unprivileged user when the tests run as root, so its sandbox works (decision 049).
if [ "$(id -u)" -eq 0 ] && ! id zichtpdf >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin zichtpdf
fi

echo "== Build"
dotnet tool restore >/dev/null
dotnet build Zicht.slnx -c Debug -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

failed_steps=0
echo "== Formatting (dotnet format --verify-no-changes)"
if ! dotnet format Zicht.slnx --verify-no-changes --no-restore -v q; then
  echo "Formatting differs: run 'dotnet format Zicht.slnx'."; failed_steps=$((failed_steps + 1))
fi

run_suite() { # name, extra env
  local name="$1"; shift
  echo "== Tests on $name"
  env "$@" ZICHT_SUITE_LOG="$results/$name-app.log" dotnet run --project tests/Zicht.Tests --no-build -- \
    --results-directory "$results/$name" --no-progress --no-ansi > "$results/$name.log" 2>&1
  local code=$?
  # The counts, and for each failed test its first lines (the message), so a CI log says what broke.
  sed 's/\x1b\[[0-9;]*m//g' "$results/$name.log" | awk '
    /^failed / { shown = 9 }
    shown > 0 { print; shown--; next }
    /^[ \t]+(total|failed|succeeded|skipped):/ { print }' | sed 's/^/   /'
  return $code
}

run_suite sqlite ZICHT_TEST_DB=sqlite

# PostgreSQL: a throwaway cluster, dropped afterwards.
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
sudo_ pg_dropcluster "$pg_version" zichttest --stop >/dev/null 2>&1 || true
sudo_ pg_createcluster "$pg_version" zichttest -p 5433 --start -o fsync=off -o synchronous_commit=off -o full_page_writes=off >/dev/null
sudo_ su postgres -c "psql -q -p 5433 -c \"ALTER USER postgres PASSWORD 'zicht'\"" >/dev/null
run_suite postgres ZICHT_TEST_DB=postgres "ZICHT_TEST_PG=Host=127.0.0.1;Port=5433;Username=postgres;Password=zicht"
sudo_ pg_dropcluster "$pg_version" zichttest --stop >/dev/null 2>&1 || true

# No secret may reach a log: the app's log lines of both runs (at production levels, tests/.../SuiteLog.cs)
# are scanned for the test and demo passwords, the test keys and feedback / staff-survey link tokens.
echo "== Secrets in the app's logs"
secrets='Test-password-123|Zicht-demo-2026|test-audit-key-kept-outside|test-pseudonym-key|/v/[A-Za-z0-9_-]{43}|personeelsbevraging/[0-9a-f-]{36}/invullen'
if cat "$results"/*-app.log 2>/dev/null | grep -E "$secrets" | head -5 | grep -q .; then
  echo "   A secret reached a log:"; cat "$results"/*-app.log | grep -E "$secrets" | head -5 | sed 's/^/   /'
  failed_steps=$((failed_steps + 1))
else
  echo "   none in $(cat "$results"/*-app.log 2>/dev/null | wc -l) log lines"
fi

passed=0; failed=0
for log in "$results"/sqlite.log "$results"/postgres.log; do
  clean="$(sed 's/\x1b\[[0-9;]*m//g' "$log")"
  p=$(grep -E "^\s+succeeded:" <<<"$clean" | tail -1 | grep -oE "[0-9]+" || echo 0)
  f=$(grep -E "^\s+failed:" <<<"$clean" | tail -1 | grep -oE "[0-9]+" || echo 0)
  t=$(grep -E "^\s+total:" <<<"$clean" | tail -1 | grep -oE "[0-9]+" || echo 0)
  [ "$t" = "0" ] && f=$((f + 1)) && echo "   $log: no tests ran (see the log)"
  passed=$((passed + p)); failed=$((failed + f))
done
failed=$((failed + failed_steps))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
