#!/usr/bin/env bash
# Runs every test project against throwaway PostgreSQL and RabbitMQ servers on loopback.
# Installs them with apt-get when missing, keeps their data in a temp folder, stops them on exit
# (also on failure or Ctrl+C), and ends with the line CI reads: "tests: N passed, M failed".
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Units]
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/casemanagement-tests.XXXXXX)
chmod 755 "$work"
pg_port=${CM_TEST_PG_PORT:-54329}
rabbit_port=${CM_TEST_RABBITMQ_PORT:-56729}
# shellcheck source=scripts/servers.sh
source "$root/scripts/servers.sh"

cleanup() {
  local code=$?
  stop_servers
  rm -rf "$work"
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_servers || exit 1
# Durability is not under test here: fsync off makes the throwaway cluster fast.
start_postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off || exit 1
start_rabbitmq || exit 1

cd "$root"
# One test project at a time (-m:1): the browser journeys and the integration tests each keep both cores busy, and
# their waits are for the system's work, not for a neighbour's.
dotnet test CaseManagement.sln -m:1 --logger "trx" --results-directory "$work/results" "$@" 2>&1 | tee "$work/test-output.log"
status=${PIPESTATUS[0]}

summary=$(python3 "$root/scripts/trx-summary.py" "$work/results")
if [ "$status" -ne 0 ] && [[ "$summary" == *", 0 failed"* ]]; then
  # The run failed outside any test (build error, crashed test host): count it as a failure.
  summary="${summary/, 0 failed/, 1 failed}"
fi
echo "$summary"
exit "$status"
