# Sourced by scripts/test.sh and bench/run.sh: throwaway PostgreSQL and RabbitMQ servers on
# loopback, installed with apt-get when missing, data under $work, stopped by stop_servers.
# Needs: $work (a temp folder), $pg_port, $rabbit_port. Sets CM_TEST_* variables for the clients.

rabbit_node="cm$$@localhost"
pg_bin=""
epmd_was_running=0

log() { printf '[servers] %s\n' "$*" >&2; }

install_servers() {
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  # Not a server, but the tests need it: the typeface of Reporting's PDF exports (Vietnamese letters).
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf ] || missing+=(fonts-dejavu-core)
  # The browser the web application's tests drive (Playwright cannot download one here), with Vietnamese glyphs.
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null || { log "apt-get install failed"; return 1; }
  fi
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
}

# start_postgres [extra server settings...]: e.g. "-c fsync=off" for tests.
start_postgres() {
  mkdir -p "$work/pg" "$work/pgsock" "$work/pglog" && chown postgres:postgres "$work/pg" "$work/pgsock" "$work/pglog"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pglog/initdb.log" 2>&1 \
    || { cat "$work/pglog/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pglog/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pgsock -c max_connections=300 $*" \
    start >/dev/null || { cat "$work/pglog/postgres.log" >&2; return 1; }
  export CM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"
  export CM_TEST_PG_BIN="$pg_bin"
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
  # rabbitmqctl wait fails on a pid file caught half-written: wait until it holds a whole number first.
  for _ in $(seq 600); do grep -qsE '^[0-9]+$' "$work/rabbit/rabbit.pid" && break; sleep 0.2; done
  if ! rabbit_env timeout 150 /usr/sbin/rabbitmqctl -n "$rabbit_node" wait --timeout 120 "$work/rabbit/rabbit.pid" >"$work/rabbit-wait.log" 2>&1; then
    cat "$work/rabbit-wait.log" >&2; return 1
  fi
  export CM_TEST_RABBITMQ_PORT="$rabbit_port"
  export CM_TEST_RABBITMQCTL="env RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmqctl -n $rabbit_node"
  log "RabbitMQ on 127.0.0.1:$rabbit_port (node $rabbit_node)"
}

stop_servers() {
  if [ -n "$pg_bin" ] && [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1
  fi
  if [ -f "$work/rabbit/rabbit.pid" ]; then
    rabbit_env timeout 30 /usr/sbin/rabbitmqctl -n "$rabbit_node" shutdown >/dev/null 2>&1 \
      || kill "$(cat "$work/rabbit/rabbit.pid")" 2>/dev/null
    [ "$epmd_was_running" = 1 ] || pkill -x epmd
  fi
}
