#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing and we may (root).
# redis-server is not started here: the tests run their own on a free port.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v wget >/dev/null 2>&1 || need+=(wget)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v npm >/dev/null 2>&1 || need+=(npm)
# drops root's permission bypass in tests/test_unlistable_folders.py (CI runs as root)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)  # fetches replayweb.page for its test
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]} (install them: sudo apt-get install ${need[*]}); tests that need them will be skipped." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
