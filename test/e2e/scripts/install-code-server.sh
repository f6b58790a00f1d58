#!/bin/sh
# Installs code-server 4.100.3 (VS Code 1.100.3's server and web workbench, the last line that runs on
# Node 20) from the npm registry into an ignored cache folder, offline-safe:
# - @vscode/ripgrep's postinstall would download rg: its download cache is seeded with Debian's rg;
# - node-gyp builds against the local Node headers (/usr/include/node), not a download;
# - code-server's postinstall refuses root without unsafe-perm.
# Usage: install-code-server.sh [install-dir]   (default: .cache/code-server in the repository)
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DIR=${1:-$ROOT/.cache/code-server}
VERSION=4.100.3
RIPGREP_PIN=1.15.11
if [ -x "$DIR/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$VERSION\"" "$DIR/node_modules/code-server/package.json" 2>/dev/null; then
  exit 0
fi
mkdir -p "$DIR/.home" "$DIR/.tmp/vscode-ripgrep-cache-$RIPGREP_PIN"
cd "$DIR"
[ -f package.json ] || printf '{ "name": "code-server-cache", "private": true }\n' > package.json
export TMPDIR="$DIR/.tmp"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PIN/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export npm_config_yes=true
npm install --no-audit --no-fund --unsafe-perm --foreground-scripts "code-server@$VERSION"
HOME="$DIR/.home" "$DIR/node_modules/.bin/code-server" --version
