#!/usr/bin/env bash
# Adds a migration named $1 for every module (or only the modules given after it) and every
# provider: Migrations/Sqlite, Migrations/PostgreSql, Migrations/SqlServer. No database is needed.
#   scripts/add-migration.sh AddCaseTable Cases
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName [Module ...]}
shift
modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(Directory Cases SupportInterventions Reporting Identity)
dotnet tool restore >/dev/null
dotnet build src/Host/CaseManagement.Host -v q -nologo >/dev/null
for module in "${modules[@]}"; do
  for provider in Sqlite PostgreSql SqlServer; do
    dotnet ef migrations add "$name" --no-build \
      --project "src/Modules/$module/CaseManagement.$module" \
      --startup-project src/Host/CaseManagement.Host \
      --context "${provider}${module}DbContext" \
      --output-dir "Persistence/Migrations/$provider" >/dev/null
    echo "added $name: $module / $provider"
  done
done
dotnet build src/Host/CaseManagement.Host -v q -nologo >/dev/null
