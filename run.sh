#!/usr/bin/env bash
# Runs Kvu.Bot on this machine, talking to a local Teams client:
#   Azurite (Azure Table storage)       127.0.0.1:10002   data kept in .azurite/ between runs
#   the bot (dotnet run, dev mode)      127.0.0.1:3978    POST /api/messages, GET /health
#   Microsoft 365 Agents Playground     localhost:56150   the page to open; Teams data from .m365agentsplayground.yml
# Logs go to .logs/, overwritten on each run. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/prerequisites.sh

ROOT=$(pwd)
LOG_DIR="$ROOT/.logs"
# Where the Playground writes its own log (the activities it relayed, why it rejected its config file);
# by default devTools/m365agentsplayground.log.
PLAYGROUND_OWN_LOG="$LOG_DIR/playground-devtools.log"
AZURITE_PORT=10002
BOT_PORT=3978
PLAYGROUND_PORT=56150
BOT_START_TIMEOUT=${BOT_START_TIMEOUT:-120}

# --- the services --------------------------------------------------------------------------------

# Each service runs in a process group of its own (setsid; job control where there is no setsid), so that
# Ctrl-C reaches only this script, and stopping a service stops its children too (dotnet run starts the bot
# as a child process).
if command -v setsid >/dev/null 2>&1; then
  NEW_GROUP=(setsid)
else
  NEW_GROUP=()
  set -m
fi

declare -A PIDS=() LOGS=()
STOPPING=0

start() { # start NAME LOGFILE COMMAND...
  local name=$1 log=$2
  shift 2
  "${NEW_GROUP[@]}" "$@" </dev/null >"$log" 2>&1 &
  PIDS[$name]=$!
  LOGS[$name]=$log
}

alive() { kill -0 "${PIDS[$1]}" 2>/dev/null; }

# stop NAME SIGNAL: signal the service's process group, wait up to 15 s, then kill what is left.
stop() {
  local name=$1 signal=$2 pid=${PIDS[$1]:-} i
  [[ -n "$pid" ]] || return 0
  kill "-$signal" -- "-$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    say "$name did not stop within 15 s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  unset "PIDS[$name]"
}

stop_all() {
  ((STOPPING == 0)) || return 0
  STOPPING=1
  trap - INT TERM
  ((${#PIDS[@]} == 0)) || say "Stopping the Playground, the bot and Azurite"
  # The Playground ignores SIGTERM once a browser has been connected; SIGINT stops it.
  stop playground INT
  stop bot TERM
  stop azurite TERM
}

# died NAME: say which service stopped and where to read why.
died() {
  local name=$1 code=0
  wait "${PIDS[$name]}" 2>/dev/null || code=$?
  unset "PIDS[$name]"
  printf '\033[31mFout / error:\033[0m %s stopped unexpectedly (exit code %s). Its log: %s\n' "$name" "$code" "${LOGS[$name]}" >&2
  tail -n 15 "${LOGS[$name]}" | sed 's/^/    /' >&2
  if [[ $name == playground && -f $PLAYGROUND_OWN_LOG ]]; then
    # An invalid .m365agentsplayground.yml makes it exit just after "Listening"; the reason is only here.
    printf 'The Playground'"'"'s own log, %s:\n' "$PLAYGROUND_OWN_LOG" >&2
    grep -E '^error' "$PLAYGROUND_OWN_LOG" | tail -n 5 | sed 's/^/    /' >&2 || true
  fi
}

http_ok() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
  else
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
  fi
}

listening() { port_holder "$1" >/dev/null; }

# wait_until NAME SECONDS TEST...: retry TEST until it succeeds; stop everything if NAME dies or time runs out.
wait_until() {
  local name=$1 seconds=$2 i
  shift 2
  for ((i = 0; i < seconds * 4; i++)); do
    "$@" && return 0
    if ! alive "$name"; then
      died "$name"
      exit 1
    fi
    sleep 0.25
  done
  tail -n 15 "${LOGS[$name]}" | sed 's/^/    /' >&2
  fail "$name was not ready within $seconds s. Its log: ${LOGS[$name]}"
}

# --- main ----------------------------------------------------------------------------------------

require_dotnet
require_node
install_npm_packages

busy=0
for service in "Azurite Table:$AZURITE_PORT" "bot:$BOT_PORT" "Agents Playground:$PLAYGROUND_PORT"; do
  if holder=$(port_holder "${service##*:}"); then
    printf 'Port %s (%s) is already in use by %s\n' "${service##*:}" "${service%:*}" "$holder" >&2
    busy=1
  fi
done
# The Playground would silently take another port, and the bot would then talk to nobody.
((busy == 0)) || fail "free the port(s) above (an earlier run.sh still running?), then run this again."

mkdir -p "$LOG_DIR"
rm -f "$PLAYGROUND_OWN_LOG"  # it appends; start each run afresh like the others
trap 'echo; stop_all; say "Stopped"; exit 0' INT TERM
trap 'code=$?; stop_all; exit $code' EXIT

say "Starting Azurite's Table service on 127.0.0.1:$AZURITE_PORT (data in .azurite/)"
start azurite "$LOG_DIR/azurite.log" \
  node_modules/.bin/azurite-table --location "$ROOT/.azurite" --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" --disableTelemetry
wait_until azurite 30 listening "$AZURITE_PORT"

say "Building the bot"
if ! dotnet build Kvu.Bot/Kvu.Bot.csproj --nologo -v quiet >"$LOG_DIR/build.log" 2>&1; then
  grep -E ': error ' "$LOG_DIR/build.log" | sort -u | head -n 20 >&2 || true
  fail "the build failed; the whole output is in $LOG_DIR/build.log"
fi

say "Starting the bot on http://127.0.0.1:$BOT_PORT (Development, no MicrosoftAppId: dev mode)"
# Empty app credentials win over any in user-secrets: the Playground only talks to a bot in dev mode.
# --no-launch-profile: a launchSettings.json must not change the URL or the environment.
start bot "$LOG_DIR/bot.log" \
  env ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" ASPNETCORE_ENVIRONMENT=Development \
  MicrosoftAppId= MicrosoftAppPassword= MicrosoftAppTenantId= Conversations__Locale=nl-NL \
  dotnet run --project Kvu.Bot/Kvu.Bot.csproj --no-build --no-launch-profile
wait_until bot "$BOT_START_TIMEOUT" http_ok "http://127.0.0.1:$BOT_PORT/health"

say "Starting the Agents Playground on port $PLAYGROUND_PORT"
start playground "$LOG_DIR/playground.log" \
  env TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$PLAYGROUND_OWN_LOG" \
  node_modules/.bin/agentsplayground -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --disable-telemetry -p "$PLAYGROUND_PORT"
wait_until playground 30 http_ok "http://127.0.0.1:$PLAYGROUND_PORT/"

echo
say "Ready: open http://localhost:$PLAYGROUND_PORT in your browser. Ctrl-C stops everything."
# The dashboard tab as the Playground's user (tenant and object id of .m365agentsplayground.yml), through the
# development sign-in that only exists without an app id (README, "The dashboard tab").
echo "    Dashboard tab: http://localhost:$BOT_PORT/dashboard/?devUser=6f1c2e4a-2b7d-4c1e-9a8f-3d5e7b9c0a11/0b7e5f1a-6c2d-4e8f-9a1b-2c3d4e5f6a01"
echo "    Logs: $LOG_DIR/ (azurite.log, bot.log, playground.log, playground-devtools.log)"
echo

while true; do
  for name in azurite bot playground; do
    if ! alive "$name"; then
      died "$name"
      exit 1
    fi
  done
  # sleep in the background: a trapped Ctrl-C interrupts wait at once, not after the sleep.
  sleep 1 &
  wait $! || true
done
