#!/usr/bin/env bash
# Runs the benchmarks on demand (never in CI): builds Release, starts PostgreSQL (durable settings)
# and RabbitMQ on loopback like scripts/test.sh, runs every benchmark, or one with its options.
#   bench/run.sh                       every benchmark with default sizes
#   bench/run.sh cases --cases 20000   one benchmark (events|auth|units|cases|plans|reporting|web|notify|coldstart)
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
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null || exit 1   # the intake load generator
# Durable: fsync, synchronous commit and full-page writes stay on. Sized as docs/operations.md's "PostgreSQL for a
# province" advises (PostgreSQL's defaults are for a small shared machine: 128 MB of buffers, a
# checkpoint per 1 GB of WAL); CM_BENCH_PG_SETTINGS replaces the sizing ("" for PostgreSQL's defaults).
pg_sizing="-c shared_buffers=4GB -c max_wal_size=16GB -c checkpoint_timeout=30min"
# shellcheck disable=SC2086
start_postgres ${CM_BENCH_PG_SETTINGS-$pg_sizing} || exit 1
start_rabbitmq || exit 1

bench=bench/CaseManagement.Benchmarks/bin/Release/net10.0/CaseManagement.Benchmarks
host_dll="$root/src/Host/CaseManagement.Host/bin/Release/net10.0/CaseManagement.Host.dll"
if [ $# -gt 0 ]; then
  if [ "$1" = coldstart ]; then "$bench" coldstart "$host_dll" "${@:2}"; else "$bench" "$@"; fi
  exit $?
fi

"$bench" events
"$bench" auth 3000
"$bench" units 12000 2000
"$bench" cases --cases 1000000 --seconds 20
"$bench" plans
"$bench" reporting --cases 1000000
"$bench" web --cases 1000000
"$bench" notify
"$bench" coldstart "$host_dll" 5
