#!/usr/bin/env bash
# Kvu.Bot: measure turn latency, Table requests per turn and the rate-limited fan-out on this machine, print one
# table and append it to docs/performance.md with the date and the machine. Separate from the tests; ~2 minutes.
#   ./bench.sh                      the full run
#   ./bench.sh --seconds 8          longer measured window per load level (default 4)
#   ./bench.sh --variants KvuTables --levels 100 --no-record     a part, for profiling
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
require_node
install_npm_packages

record=(--record docs/performance.md)
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-record" ]]; then record=(); else args+=("$arg"); fi
done

say "Building Kvu.Bot.Bench (Release)"
dotnet build Kvu.Bot.Bench/Kvu.Bot.Bench.csproj -c Release --nologo -v quiet
say "Running the bench (Azurite, the bot and a fake Bot Connector, all on loopback)"
dotnet Kvu.Bot.Bench/bin/Release/net10.0/Kvu.Bot.Bench.dll "${args[@]}" "${record[@]}"
