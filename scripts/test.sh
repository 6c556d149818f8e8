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
rabbit_node="cmtest$$@localhost"
pg_bin=""
epmd_was_running=0

log() { printf '[test.sh] %s\n' "$*" >&2; }

install_servers() {
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null || { log "apt-get install failed"; exit 1; }
  fi
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
}

start_postgres() {
  mkdir -p "$work/pg" "$work/pgsock" "$work/pglog" && chown postgres:postgres "$work/pg" "$work/pgsock" "$work/pglog"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pglog/initdb.log" 2>&1 \
    || { cat "$work/pglog/initdb.log" >&2; return 1; }
  # Durability is not under test here: fsync off makes the throwaway cluster fast.
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pglog/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$work/pglog/postgres.log" >&2; return 1; }
  log "PostgreSQL on 127.0.0.1:$pg_port"
}

rabbit_env() {
  env RABBITMQ_NODENAME="$rabbit_node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$rabbit_port" \
    RABBITMQ_DIST_PORT=$((rabbit_port - 20000)) ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_MNESIA_BASE="$work/rabbit/mnesia" RABBITMQ_LOG_BASE="$work/rabbit/log" \
    RABBITMQ_PID_FILE="$work/rabbit/rabbit.pid" RABBITMQ_ENABLED_PLUGINS_FILE="$work/rabbit/enabled_plugins" \
    RABBITMQ_CONFIG_FILE="$work/rabbit/rabbitmq" "$@"
}

start_rabbitmq() {
  pgrep -x epmd >/dev/null && epmd_was_running=1
  mkdir -p "$work/rabbit/mnesia" "$work/rabbit/log" && echo "[]." >"$work/rabbit/enabled_plugins"
  chown -R rabbitmq:rabbitmq "$work/rabbit"
  rabbit_env /usr/sbin/rabbitmq-server -detached >/dev/null 2>&1
  if ! rabbit_env timeout 60 /usr/sbin/rabbitmqctl -n "$rabbit_node" wait --timeout 60 "$work/rabbit/rabbit.pid" >"$work/rabbit-wait.log" 2>&1; then
    cat "$work/rabbit-wait.log" >&2; return 1
  fi
  log "RabbitMQ on 127.0.0.1:$rabbit_port (node $rabbit_node)"
}

cleanup() {
  local code=$?
  if [ -n "$pg_bin" ] && [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
  fi
  if [ -f "$work/rabbit/rabbit.pid" ]; then
    rabbit_env timeout 30 /usr/sbin/rabbitmqctl -n "$rabbit_node" shutdown >/dev/null 2>&1 \
      || kill "$(cat "$work/rabbit/rabbit.pid")" 2>/dev/null
    [ "$epmd_was_running" = 1 ] || pkill -x epmd
  fi
  rm -rf "$work"
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_servers
start_postgres || exit 1
start_rabbitmq || exit 1

export CM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"
export CM_TEST_RABBITMQ_PORT="$rabbit_port"
export CM_TEST_RABBITMQCTL="$(printf 'env RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmqctl -n %s' "$rabbit_node")"

cd "$root"
dotnet test CaseManagement.sln --logger "trx" --results-directory "$work/results" "$@" 2>&1 | tee "$work/test-output.log"
status=${PIPESTATUS[0]}

summary=$(python3 - "$work/results" <<'PY'
import glob, re, sys
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = re.search(r"<Counters ([^>]*)/>", open(path, encoding="utf-8").read())
    if counters:
        values = dict(re.findall(r'(\w+)="(\d+)"', counters.group(1)))
        passed += int(values.get("passed", 0))
        failed += int(values.get("failed", 0)) + int(values.get("error", 0)) + int(values.get("timeout", 0)) + int(values.get("aborted", 0))
        skipped += int(values.get("notExecuted", 0))
line = f"tests: {passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
PY
)
if [ "$status" -ne 0 ] && [[ "$summary" == *", 0 failed"* ]]; then
  # The run failed outside any test (build error, crashed test host): count it as a failure.
  summary="${summary/, 0 failed/, 1 failed}"
fi
echo "$summary"
exit "$status"
