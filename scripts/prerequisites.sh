# Shared by run.sh and test.sh: check and install what Kvu.Bot needs, with a clear word when something is missing.
# Everything is installed from the project's own files (package.json / package-lock.json, the .csproj files).

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mFout / error:\033[0m %s\n' "$*" >&2; exit 1; }

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not installed. Install .NET 10 (https://dot.net) and run this again."
  local major
  major=$(dotnet --version 2>/dev/null | cut -d. -f1)
  [[ "${major:-0}" -ge 10 ]] || fail "Kvu.Bot needs the .NET 10 SDK; 'dotnet --version' says $(dotnet --version 2>/dev/null)."
}

require_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js is not installed (Azurite and the Agents Playground run on it). Install Node.js 20 or newer."
  command -v npm >/dev/null 2>&1 || fail "npm is not installed. Install Node.js 20 or newer, which brings npm."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)
  [[ "${major:-0}" -ge 20 ]] || fail "Azurite and the Agents Playground need Node.js 20 or newer; 'node --version' says $(node --version 2>/dev/null)."
}

# npm ci when node_modules is missing or was installed from another package-lock.json. The lock file's
# checksum is compared, not its date: a git checkout gives files arbitrary dates.
install_npm_packages() {
  local wanted stamp=node_modules/.kvu-package-lock.sha256
  wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ ! -f node_modules/.package-lock.json || ! -f $stamp || "$(cat "$stamp")" != "$wanted" ]]; then
    say "Installing pinned npm packages (Azurite, Agents Playground, validators)"
    npm ci --no-audit --no-fund --loglevel=error
    printf '%s\n' "$wanted" >"$stamp"
  fi
}

# Debian's Chromium for the end-to-end tests; Playwright must never download its own browser.
install_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  say "Installing Chromium (Debian package) for the end-to-end tests"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "Chromium is missing and you are not root: run 'sudo apt-get install -y chromium' first."
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || fail "Chromium is missing and this is not a Debian/Ubuntu machine: install Chromium at /usr/bin/chromium."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# LibreOffice (headless Writer) and poppler's pdftotext: the document tests open every generated .docx in a real
# office engine, convert it to PDF and read back the text a reader sees.
install_office() {
  # Carlito has Calibri's metrics (the documents' font): the PDF breaks lines and pages where Word does.
  command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi carlito && return 0
  say "Installing LibreOffice Writer (headless), the Carlito font and poppler-utils (Debian packages) for the document tests"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "LibreOffice is missing and you are not root: run 'sudo apt-get install -y libreoffice-writer-nogui fonts-crosextra-carlito poppler-utils' first."
    sudo="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || fail "LibreOffice is missing and this is not a Debian/Ubuntu machine: install LibreOffice (soffice) and poppler-utils (pdftotext)."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libreoffice-writer-nogui fonts-crosextra-carlito poppler-utils >/dev/null
}

# port_holder PORT: succeeds when something listens on TCP PORT (on any address) and prints what, e.g.
# "pid 1234 (node node_modules/.bin/azurite-table ...)"; fails when the port is free.
port_holder() {
  local port=$1 line pid=""
  if command -v ss >/dev/null 2>&1; then
    line=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
    [[ -n "$line" ]] || return 1
    pid=$(grep -o 'pid=[0-9]*' <<<"$line" | head -n 1 | cut -d= -f2 || true)
  elif command -v lsof >/dev/null 2>&1; then
    pid=$(lsof -nP -iTCP:"$port" -sTCP:LISTEN -t 2>/dev/null | head -n 1 || true)
    [[ -n "$pid" ]] || return 1
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || return 1
  fi
  if [[ -n "$pid" ]]; then
    printf 'pid %s (%s)' "$pid" "$(ps -o args= -p "$pid" 2>/dev/null | cut -c1-120)"
  else
    printf 'a process of another user'
  fi
}

# require_port_free PORT NAME: stop with a clear message naming what holds the port.
require_port_free() {
  local port=$1 name=$2 holder
  if holder=$(port_holder "$port"); then
    fail "port $port ($name) is already in use by $holder. Stop that process or free the port, then run this again."
  fi
}
