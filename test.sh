#!/usr/bin/env bash
# Kvu.Bot: set up what the tests need on this machine, then run every test.
#   ./test.sh                 all tests
#   ./test.sh --filter X      passed on to dotnet test (e.g. --filter FullyQualifiedName~Storage)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
require_node
install_npm_packages
install_chromium
install_office

results="TestResults"
mkdir -p "$results"
log="$results/dotnet-test.log"
set +e
# A test that hangs (a wait nothing ends) is stopped after 5 minutes and named, instead of holding CI until it times out.
dotnet test Kvu.sln --nologo --results-directory "$results" --logger "trx;LogFileName=kvu.trx" --blame-hang --blame-hang-timeout 5m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line that any CI can read: "N passed, N failed".
summary=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1 || true)
passed=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
failed=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
if [[ "$summary" =~ Passed:\ *[0-9]+ ]]; then
  echo "Tests: ${passed} passed, ${failed} failed"
fi
exit "$status"
