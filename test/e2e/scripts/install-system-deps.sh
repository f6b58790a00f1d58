#!/bin/sh
# Debian packages the editor tests need: Chromium (driven by playwright-core; no browser download),
# Neovim (the second LSP client), ripgrep and libkrb5-dev (code-server's native modules build against them).
set -eu
if command -v chromium >/dev/null && command -v nvim >/dev/null && command -v rg >/dev/null && [ -e /usr/include/gssapi/gssapi.h ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium neovim ripgrep libkrb5-dev
