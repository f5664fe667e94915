#!/usr/bin/env bash
# The installable product, checked as a new user would use it: `npm pack` this checkout, install
# the tarball into an empty folder with `npm install --omit=dev` (devDependencies such as tsx and
# typescript absent), then with the network cut off (a network namespace without a route, when
# `unshare` can make one) run the installed `callqa`: --version, `run --demo` into a fresh
# database, and `serve` (GET /signin answers 200, then SIGTERM stops it).
#
#   bash scripts/dev/check-pack.sh            # packs (prepack runs `npm run build`)
#   bash scripts/dev/check-pack.sh --no-build # packs the dist/ already built (CI builds just before)
#   bash scripts/dev/check-pack.sh --compile-native  # also compiles better-sqlite3 again (see step 2)
#
# Prints the tarball's size and each step's time in seconds. Exits non-zero at the first failure,
# keeping the scratch folder for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=1
compile_native=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --compile-native) compile_native=1 ;;
    *) echo "check-pack: unknown option $arg (--no-build, --compile-native)" >&2; exit 2 ;;
  esac
done

secs() { echo $(( $(date +%s) - $1 )); }
step() { echo "check-pack: $*"; }
t0=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/callqa-pack.XXXXXX")
trap 'status=$?; if [ $status = 0 ]; then rm -rf "$work"; else echo "check-pack: FAILED (exit $status); scratch folder kept: $work" >&2; fi' EXIT

# 1. Pack.
t=$(date +%s)
if [ $build = 1 ]; then
  tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
else
  [ -x dist/scripts/cli/callqa.js ] || { echo "check-pack: --no-build but dist/scripts/cli/callqa.js is missing: run npm run build" >&2; exit 1; }
  tarball=$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)
fi
size_kb=$(( $(stat -c %s "$work/$tarball") / 1024 ))
files=$(tar -tzf "$work/$tarball" | wc -l)
step "packed $tarball: ${size_kb} KiB, $files files ($(secs "$t") s)"
# What must not ship: tests, benchmarks, training data, fixtures other than the demo, TypeScript sources.
if tar -tzf "$work/$tarball" | grep -E '\.test\.|/bench/|/training/|\.ts$|^package/fixtures/(noisy|paraphrase|asr)/' ; then
  echo "check-pack: the tarball holds the files above, which a user does not need" >&2
  exit 1
fi

# 2. Install into an empty folder: dependencies only, install scripts allowed (the user's
#    package.json "allowScripts"; npm refuses --allow-scripts in a project) for exactly the packages
#    the product needs: better-sqlite3 builds natively, the ffmpeg/ffprobe packages chmod.
t=$(date +%s)
app="$work/app"
mkdir "$app"
cat >"$app/package.json" <<'JSON'
{
  "name": "callqa-pack-check",
  "private": true,
  "allowScripts": { "better-sqlite3": true, "@ffmpeg-installer/linux-x64": true, "@ffprobe-installer/linux-x64": true }
}
JSON
# Dependencies are installed without their scripts, then the scripts of exactly those packages
# run (`npm rebuild`), as `npm install` would have run them. better-sqlite3's script compiles it
# from source with the local Node headers (its prebuilt-binary download from GitHub is the one
# non-npm network access an install would try): about a minute on two cores, the same compile
# `npm ci` did for this checkout a moment ago. When the installed better-sqlite3 is the very
# version this checkout built, for this same Node, its binary is copied instead — what is checked
# here is our package (its files, its dependency set, that it runs), not better-sqlite3's build;
# --compile-native compiles anyway.
(cd "$app" && ONNXRUNTIME_NODE_INSTALL=skip npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error "$work/$tarball")
sqlite_version() { node -p 'require(process.argv[1] + "/node_modules/better-sqlite3/package.json").version' "$1"; }
ours=node_modules/better-sqlite3/build/Release/better_sqlite3.node
native=(better-sqlite3)
if [ $compile_native = 0 ] && [ -f "$ours" ] && [ "$(sqlite_version "$PWD")" = "$(sqlite_version "$app")" ]; then
  mkdir -p "$app/node_modules/better-sqlite3/build/Release"
  cp "$ours" "$app/node_modules/better-sqlite3/build/Release/"
  native=()
  step "better-sqlite3 $(sqlite_version "$app"): this checkout's build of the same version reused (--compile-native to compile it)"
fi
(cd "$app" && npm_config_build_from_source=true npm rebuild --loglevel=error "${native[@]}" @ffmpeg-installer/linux-x64 @ffprobe-installer/linux-x64)
# It loads and answers in the installed folder, whichever way its binary got there.
(cd "$app" && node -e 'const db = new (require("better-sqlite3"))(":memory:"); if (db.prepare("SELECT 6 * 7 AS n").get().n !== 42) process.exit(1)') \
  || { echo "check-pack: better-sqlite3 does not load in the installed folder" >&2; exit 1; }
[ -x "$app/node_modules/@ffmpeg-installer/linux-x64/ffmpeg" ] || { echo "check-pack: ffmpeg is not executable (its install script did not run)" >&2; exit 1; }
for dev in tsx typescript vitest; do
  [ ! -e "$app/node_modules/$dev" ] || { echo "check-pack: devDependency $dev was installed" >&2; exit 1; }
done
step "installed with --omit=dev ($(secs "$t") s)"

# 3. Use it with no network (the npm registry was the only network needed).
offline=()
if unshare -rn true 2>/dev/null; then offline=(unshare -rn); else step "unshare unavailable: running with the network on"; fi
t=$(date +%s)
# shellcheck disable=SC2016 # expanded by the inner shell
"${offline[@]}" env npm_config_update_notifier=false APP="$app" WORK="$work" EXPECTED="$(node -p 'require("./package.json").version')" bash -euo pipefail -c '
  ip link set lo up 2>/dev/null || true   # loopback for serve, inside the namespace
  cd "$APP"
  version=$(npx --no-install callqa --version)
  [ "$version" = "$EXPECTED" ] || { echo "check-pack: callqa --version printed \"$version\", expected $EXPECTED" >&2; exit 1; }
  echo "check-pack: callqa --version: $version"

  db="$WORK/demo/demo.sqlite"
  # Its logs (stderr) are shown only if it fails.
  npx --no-install callqa run --demo --db "$db" --json >"$WORK/run.out" 2>"$WORK/run.log" \
    || { tail -n 40 "$WORK/run.log" >&2; echo "check-pack: callqa run --demo failed" >&2; exit 1; }
  # The demo month prints a line per history night, then the shipped night summary as JSON.
  sed -n "/^{\$/,\$p" "$WORK/run.out" >"$WORK/run.json"
  node -e "
    const s = JSON.parse(require(\"fs\").readFileSync(process.argv[1], \"utf8\"));
    if (!(s.calls.done > 0)) { console.error(\"check-pack: run --demo scored no call\", s.calls); process.exit(1); }
    console.log(\"check-pack: run --demo: \" + s.calls.done + \" calls done, \" + s.calls.failed + \" failed\");" "$WORK/run.json"

  # The log exists before the server starts: the background child opens it in its own time, and
  # the poll below must not read a file that is not there yet (under load it lost that race).
  : >"$WORK/serve.log"
  # The bin itself, not through npx: $! must be the server, so the SIGTERM below stops it (npx
  # exits on the signal and left the server running).
  ./node_modules/.bin/callqa serve --db "$db" --port 0 >>"$WORK/serve.log" 2>&1 &
  server=$!
  url=""
  for _ in $(seq 1 120); do
    url=$(sed -n "s|^callqa serving .* at \(http://[^ ]*\)/ .*|\1|p" "$WORK/serve.log")
    [ -n "$url" ] && break
    kill -0 $server 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "check-pack: serve exited early" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { cat "$WORK/serve.log" >&2; echo "check-pack: serve did not start in 60 s" >&2; kill $server; exit 1; }
  code=$(curl -s -o /dev/null -w "%{http_code}" "$url/signin")
  kill -TERM $server
  wait $server || true
  [ "$code" = 200 ] || { cat "$WORK/serve.log" >&2; echo "check-pack: GET /signin answered $code" >&2; exit 1; }
  echo "check-pack: serve: GET $url/signin answered 200, stopped by SIGTERM"
'
step "used offline: --version, run --demo, serve ($(secs "$t") s)"
step "passed in $(secs "$t0") s"
