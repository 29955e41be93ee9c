#!/usr/bin/env bash
# Install Debian's chromium (and Arabic fonts for legible screenshots), then run the browser
# tests of the web UI (server.TestBrowser) against the real server on loopback.
# Screenshots go to $MARSAD_SCREENSHOTS (default: /tmp/marsad-screenshots); CI keeps them.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
fi
chromium --version

export MARSAD_BROWSER=1
export MARSAD_SCREENSHOTS="${MARSAD_SCREENSHOTS:-${TMPDIR:-/tmp}/marsad-screenshots}"
mkdir -p "$MARSAD_SCREENSHOTS"
go test -count=1 -run '^TestBrowser$' -v ./server/
echo "screenshots in $MARSAD_SCREENSHOTS"
