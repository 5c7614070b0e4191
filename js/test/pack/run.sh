#!/usr/bin/env bash
# `make pack`: the npm package as a user gets it. npm pack (whose prepack
# runs `make build`) into a temporary folder, install the tarball into a fresh
# project, then type-check a consumer (no skipLibCheck) and run a Playwright test there that
# imports ttshim/playwright from node_modules, and start ttshim/open-platform
# and `npx ttshim` from there; then build and serve a Vite app and a webpack
# app with ttshim/vite and ttshim/webpack (bundlers.spec.mjs). @playwright/test
# and the bundlers are linked from the repository's node_modules, so nothing
# is downloaded.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ttshim-pack.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$repo"
npm pack --pack-destination "$work" --loglevel=error >/dev/null
tarball=$(cd "$work" && ls ttshim-*.tgz)
echo "pack: $tarball"
tar -tzf "$work/$tarball" | sed 's|^package/||' | sort >"$work/files"
for needed in package.json LICENSE README.md dist/ttshim.js dist/ttshim.js.map dist/ttshim.mjs dist/ttshim.mjs.map dist/ttshim.wasm dist/ttshim-net.wasm \
    dist/ttshim-openplatform.wasm dist/wasm_exec.js bin/ttshim.mjs js/openplatform.mjs js/playwright.mjs js/playwright-openplatform.mjs js/playwright-inpage.mjs js/playwright-matchers.mjs js/playwright-startcheck.mjs \
    js/runtime.mjs js/vite.mjs js/webpack.mjs $(cd types && ls *.d.ts | sed 's|^|types/|'); do
  grep -qx "$needed" "$work/files" || { echo "pack: the tarball lacks $needed" >&2; exit 1; }
done
echo "pack: $(wc -l <"$work/files") files: $(tr '\n' ' ' <"$work/files")"
# The package as linters of packages see it: its package.json and files
# (publint), and every JS entry point's types, resolved as TypeScript does
# (attw; ESM only, as the package is; the wasm files are not modules).
node "$repo/node_modules/publint/src/cli.js" --strict "$work/$tarball"
node "$repo/node_modules/@arethetypeswrong/cli/dist/index.js" "$work/$tarball" --profile esm-only \
  --exclude-entrypoints ./ttshim.wasm ./ttshim-net.wasm >"$work/attw.txt" 2>&1 || { cat "$work/attw.txt" >&2; exit 1; }
echo "pack: publint and attw find nothing to fix"

mkdir "$work/project"
cd "$work/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$work/$tarball"
mkdir -p node_modules/@playwright
for linked in @playwright/test vite webpack webpack-dev-middleware html-webpack-plugin; do
  ln -s "$repo/node_modules/$linked" "node_modules/$linked"
done
cp "$repo/js/test/pack/playwright.config.mjs" "$repo/js/test/pack/packaged.spec.mjs" "$repo/js/test/pack/usage.mts" \
  "$repo/js/test/pack/openplatform.mjs" .

node "$repo/node_modules/typescript/bin/tsc" --noEmit --strict --target ES2022 --lib ES2022,DOM \
  --module NodeNext --moduleResolution NodeNext --types node --typeRoots "$repo/node_modules/@types" usage.mts
echo "pack: the declarations type-check in a consumer"

# Go's wasm_exec.js in the package is Go's own, byte for byte; the Open
# Platform then starts with only node's directory on the PATH (no go there).
cmp node_modules/ttshim/dist/wasm_exec.js "${WASM_EXEC:?make pack names the wasm_exec.js of Go in WASM_EXEC}"
PATH="$(dirname "$(command -v node)")" node openplatform.mjs
npx --no-install ttshim --help | grep -q '^usage: ttshim init' || { echo "pack: npx ttshim --help printed no usage" >&2; exit 1; }
npx --no-install ttshim init public >/dev/null
cmp public/ttshim.wasm node_modules/ttshim/dist/ttshim.wasm
echo "pack: npx ttshim runs the installed bin, and init copies the runtime"

# The README's first screen as a user copies it: the page in public/ (next
# to the runtime init copied) and its Playwright test in tests/.
node "$repo/js/test/pack/quickstart.mjs" "$repo/README.md"
node node_modules/@playwright/test/cli.js test -c playwright.config.mjs packaged.spec.mjs tests/

# The bundler plugins as an app uses them: its dev server and its builds.
started=$SECONDS
cp -r "$repo/js/test/pack/apps" "$repo/js/test/pack/bundlers.spec.mjs" .
node node_modules/@playwright/test/cli.js test -c playwright.config.mjs bundlers.spec.mjs
echo "pack: the Vite and webpack apps took $((SECONDS - started)) s"
