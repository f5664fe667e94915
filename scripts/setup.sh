#!/usr/bin/env bash
# One-command install for a new machine: Node dependencies (the versions in the lockfile)
# and, for the browser tests only, Debian's chromium with CJK fonts.
# Needs Node >= 20.9 and npm >= 11 (install scripts are allowed per package.json "allowScripts":
# better-sqlite3 builds natively, @ffmpeg-installer/@ffprobe-installer chmod their binaries; onnxruntime-node's
# CUDA download is skipped, its CPU binaries ship in the package).
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

# Exactly the versions in the committed lockfile (`npm ci` also refuses a lockfile that disagrees
# with package.json). Install scripts run only for the packages package.json "allowScripts" names.
ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
# The build (dist/): what the `callqa` bin and `npm pack` use; `npm run demo` runs from source.
npm run build --silent
echo "setup: done. Next: npm run demo"
