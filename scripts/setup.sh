#!/usr/bin/env bash
# One-command install for a new machine: Node dependencies (the versions in the lockfile)
# and, for the browser tests only, Debian's chromium with CJK fonts.
# Needs Node >= 20.9 and npm >= 11 (install scripts are allowed per package.json "allowScripts":
# better-sqlite3 builds natively; onnxruntime-node's CUDA download is skipped, its CPU binaries ship in the package).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium and fonts-noto-cjk (browser tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "setup: chromium not found; install it (Debian: apt-get install chromium fonts-noto-cjk) to run the browser tests" >&2
  fi
fi

# `npm install`, not `npm ci`: npm 11.19's `npm ci` rejects the lockfile it wrote itself (it
# leaves out optional packages for other platforms, e.g. @rollup/rollup-android-*, then reports
# them missing). With the committed lockfile present, `npm install` installs those versions.
ONNXRUNTIME_NODE_INSTALL=skip npm install --no-audit --no-fund
echo "setup: done. Next: npm run demo"
