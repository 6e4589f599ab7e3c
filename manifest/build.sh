#!/usr/bin/env bash
# Builds manifest/build/kvu-bot.zip, the Teams app package. See manifest/README.md for the variables.
# Needs Node.js and the repository's npm packages (npm ci at the repository root).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -d "$here/../node_modules/fflate" || ! -d "$here/../node_modules/@microsoft/app-manifest" ]]; then
  echo "kvu-bot package not built: run 'npm ci' in $(cd "$here/.." && pwd) first" >&2
  exit 1
fi
exec node "$here/build.cjs"
