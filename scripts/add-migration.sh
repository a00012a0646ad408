#!/usr/bin/env bash
# Adds a migration for BOTH databases (one set each), so they never drift apart.
#   scripts/add-migration.sh AddSafetyPlans
# Before the first release, `scripts/add-migration.sh --reset` rebuilds the single Initial migration.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
name="${1:?usage: scripts/add-migration.sh NAME | --reset}"
if [ "$name" = "--reset" ]; then
  rm -rf src/Zicht/Data/Migrations
  name=Initial
fi
dotnet build src/Zicht -v q -nologo >/dev/null
for target in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Zicht --context "${target}ZichtDb" \
    --output-dir "Data/Migrations/$target"
done
