#!/usr/bin/env bash
# Renders the icon sources to the PNGs the app package ships (manifest/color.png, manifest/outline.png).
# A design-time step: the PNGs are committed, so building the package needs no browser.
# Needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"

render() {
  local svg="$1" png="$2" size="$3"
  # A transparent default background keeps the outline icon's background transparent;
  # scale factor 1 so the screenshot has exactly the window's size in pixels.
  "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=1 --default-background-color=00000000 \
    --window-size="${size},${size}" --screenshot="$png" "file://$svg" >/dev/null 2>&1
}

render "$here/color.svg" "$here/../color.png" 192
render "$here/outline.svg" "$here/../outline.png" 32
echo "Rendered color.png (192x192) and outline.png (32x32) in $(cd "$here/.." && pwd)"
