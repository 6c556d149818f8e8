#!/usr/bin/env bash
# Runs the benchmarks on demand (never in CI): builds Release, starts PostgreSQL (durable settings)
# and RabbitMQ on loopback like scripts/test.sh, runs the event pipeline and cold-start benchmarks.
#   bench/run.sh [events options: --events N --rate R --seconds S]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/casemanagement-bench.XXXXXX)
chmod 755 "$work"
pg_port=${CM_BENCH_PG_PORT:-54339}
rabbit_port=${CM_BENCH_RABBITMQ_PORT:-56739}
# shellcheck source=scripts/servers.sh
source "$root/scripts/servers.sh"
trap 'stop_servers; rm -rf "$work"' EXIT

cd "$root"
dotnet build -c Release bench/CaseManagement.Benchmarks -v q -nologo || exit 1
install_servers || exit 1
start_postgres || exit 1   # durable defaults: fsync and synchronous commit on
start_rabbitmq || exit 1

bench=bench/CaseManagement.Benchmarks/bin/Release/net10.0/CaseManagement.Benchmarks
"$bench" events "$@"
"$bench" auth 3000
"$bench" units 12000 2000
"$bench" cases --cases 1000000 --seconds 20
"$bench" plans
"$bench" reporting --cases 1000000
"$bench" coldstart "$root/src/Host/CaseManagement.Host/bin/Release/net10.0/CaseManagement.Host.dll" 5
