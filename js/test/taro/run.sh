#!/usr/bin/env bash
# `make taro`: ttshim/taro-plugin as a Taro user gets it. The app's own npm
# project (js/test/taro/app, installed by make from its package-lock.json)
# gets the ttshim tarball unpacked into its node_modules; Taro's CLI builds
# the app for H5 with the plugin (webpack5 runner; vite runner with
# `inject: true`), and taro.spec.mjs opens each build with and without ttshim.
# TARO_DEV=1 also starts the webpack5 --watch dev server and opens it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
app="$repo/js/test/taro/app"
work=$(mktemp -d "${TMPDIR:-/tmp}/ttshim-taro.XXXXXX")
dev=""
trap '[ -n "$dev" ] && kill -- -"$dev" 2>/dev/null; rm -rf "$work"' EXIT

cd "$repo"
npm pack --pack-destination "$work" --loglevel=error >/dev/null
rm -rf "$app/node_modules/ttshim"
mkdir -p "$app/node_modules/ttshim"
tar -xzf "$work"/ttshim-*.tgz -C "$app/node_modules/ttshim" --strip-components=1
spec() { npx playwright test -c js/test/taro/playwright.config.mjs; }

# build RUNNER OUTPUT [ENV…]: a production build (the vite runner puts an
# absolute outputRoot under the app, so OUTPUT is relative to it).
build() {
  local runner=$1 output=$2 started=$SECONDS
  shift 2
  (cd "$app" && rm -rf "$output" node_modules/.cache/ttshim-taro-plugin &&
    env "$@" TARO_COMPILER="$runner" TARO_OUTPUT="$output" NODE_ENV=production npx --no-install taro build --type h5 >"$work/build.log" 2>&1) ||
    { cat "$work/build.log" >&2; exit 1; }
  grep -q "Written by ttshim/taro-plugin" "$app/node_modules/.cache/ttshim-taro-plugin/taro.mjs"
  echo "taro: the $runner production build took $((SECONDS - started)) s"
}

build webpack5 dist-webpack5
TARO_BUILD="$app/dist-webpack5" spec
build vite dist-vite TTSHIM_INJECT=1
TARO_BUILD="$app/dist-vite" TARO_INJECT=1 spec

if [ "${TARO_DEV:-}" = 1 ]; then
  port=${TARO_PORT:-10086}
  started=$SECONDS
  # Its own process group (setsid does not fork here), which the trap ends.
  (cd "$app" && TARO_PORT=$port exec setsid npx --no-install taro build --type h5 --watch >"$work/dev.log" 2>&1) &
  dev=$!
  until curl -sf "http://127.0.0.1:$port/" >/dev/null; do
    kill -0 "$dev" 2>/dev/null || { cat "$work/dev.log" >&2; exit 1; }
    sleep 1
  done
  echo "taro: the webpack5 dev server answered after $((SECONDS - started)) s"
  TARO_URL="http://127.0.0.1:$port" spec
fi
