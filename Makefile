# ttshim — see README.md. `make serve` and `make test` are the two commands.
SHELL := /bin/bash
GO ?= go
PORT ?= 8080
CHROMIUM ?= /usr/bin/chromium
GOROOT := $(shell $(GO) env GOROOT)
WASM_EXEC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))
GO_SOURCES := $(shell find wasm -name '*.go' -o -name '*.css' -o -name '*.html') go.mod go.sum
# The loader's ES modules, which mkloader bundles with esbuild.
LOADER_MODULES := $(wildcard js/loader/*.js)

.PHONY: build serve test vet unit wasmtest jstest e2e example pack taro taro-dev bench size deps clean generate generated

build: dist/ttshim.js dist/ttshim.mjs dist/ttshim.wasm dist/ttshim-net.wasm dist/ttshim-openplatform.wasm dist/wasm_exec.js dist/registry.json

# What is derived from the registry and committed: the catalog of Feishu's
# documented APIs (from ../shared/spec/feishu and @tarojs/taro's
# declarations), then the declarations, their check and docs/api.md.
SPEC ?= ../shared/spec/feishu
generate: node_modules/.package-lock.json
	$(GO) run ./wasm/cmd/mkcatalog -spec $(SPEC)
	$(GO) run ./wasm/cmd/mkref -write

# make test fails when a committed derived file is stale.
generated: node_modules/.package-lock.json
	$(GO) run ./wasm/cmd/mkcatalog -spec $(SPEC) -check
	$(GO) run ./wasm/cmd/mkref -check

# The registry for the tests: the hostile-input suite and the
# documented-names check are made from it.
dist/registry.json: $(GO_SOURCES)
	@mkdir -p dist
	$(GO) run ./wasm/cmd/mkref -json $@

# wasm/ui is built without inlining: 360 KB less wasm to fetch and
# compile, and no more functions run at boot; its cost is the DOM's, not
# its calls'. Without inlining anywhere in ttshim the module is 800 KB
# smaller still, but boot runs 110 functions more, each compiled on first
# call, and starts later (docs/benchmarks.md, "Code compiled during boot").
WASM_GCFLAGS = -gcflags=ttshim/wasm/ui=-l

# Both modules the loader starts go through packwasm, which takes the Go
# runtime's findfunctab out of their data for the loader to write back
# (js/loader/functab.js): 9 % of ttshim.wasm.
dist/ttshim.wasm: $(GO_SOURCES)
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_GCFLAGS) -o $@.tmp ./wasm/cmd/ttshim
	$(GO) run ./wasm/cmd/packwasm $@.tmp && mv $@.tmp $@

# The network module, which the loader loads on the page's first tt.request.
dist/ttshim-net.wasm: $(GO_SOURCES)
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@.tmp ./wasm/cmd/ttshim-net
	$(GO) run ./wasm/cmd/packwasm $@.tmp && mv $@.tmp $@

# The Open Platform for Node (js/openplatform.mjs), which runs it with Go's
# wasm_exec.js as Go ships it: the package carries a copy, as npm users
# have no Go.
dist/ttshim-openplatform.wasm: $(GO_SOURCES)
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./wasm/cmd/ttshim-openplatform

dist/wasm_exec.js: $(WASM_EXEC)
	@mkdir -p dist
	cp $< $@

# The classic script and the ES module build, each with its source map,
# from one run of mkloader.
dist/ttshim.js dist/ttshim.mjs &: $(LOADER_MODULES) $(GO_SOURCES) $(WASM_EXEC)
	@mkdir -p dist
	$(GO) run ./wasm/cmd/mkloader -wasm-exec $(WASM_EXEC) -loader js/loader -outdir dist

# CONFIG= names a data-config file for the Open Platform's tenant.
serve: build
	$(GO) run ./wasm/cmd/serve -addr 127.0.0.1:$(PORT) -root . $(if $(CONFIG),-config $(CONFIG))

# The Taro app's npm install (mostly waiting on the registry) runs beside
# the other checks, and make taro after them.
TEST_CHECKS := vet unit wasmtest build jstest types generated e2e example pack
test:
	@mkdir -p dist; \
	$(MAKE) --no-print-directory $(TARO_APP)/node_modules/.package-lock.json >dist/taro-install.log 2>&1 & install=$$!; \
	$(MAKE) --no-print-directory $(TEST_CHECKS) || { wait $$install; exit 1; }; \
	wait $$install || { echo "the Taro app's npm install failed:"; cat dist/taro-install.log; exit 1; }; \
	$(MAKE) --no-print-directory taro

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	@unformatted=$$(gofmt -l wasm); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

unit:
	$(GO) test ./...

# wasm/bridge and wasm/ui work on a page, so their Go tests run in Chromium:
# each package's test binary, built for js/wasm, in a page of its own
# (js/test/wasmtest.mjs).
WASMTEST_PACKAGES := bridge ui
wasmtest: deps
	@mkdir -p dist/wasmtest
	@for pkg in $(WASMTEST_PACKAGES); do \
	  echo "wasmtest: ./wasm/$$pkg"; \
	  GOOS=js GOARCH=wasm $(GO) test -c -o dist/wasmtest/$$pkg.test.wasm ./wasm/$$pkg && \
	  CHROMIUM=$(CHROMIUM) WASM_EXEC=$(WASM_EXEC) node js/test/wasmtest.mjs dist/wasmtest/$$pkg.test.wasm || exit 1; \
	done

jstest: deps build
	node --test js/test/*.test.mjs

# The TypeScript declarations (types/): against @tarojs/taro's and in use
# (types/test/tsconfig.json, which needs skipLibCheck for @tarojs/taro),
# then our own declarations (types/*.d.ts), which that skipLibCheck leaves unchecked.
# PHONY here, as the types/ directory would otherwise count as the target.
.PHONY: types
types: node_modules/.package-lock.json
	npx tsc -p types/test/tsconfig.json
	npx tsc -p types/test/tsconfig.declarations.json

# The test server takes a free loopback port, so a busy one cannot fail the run.
e2e: deps build
	E2E_PORT=$${E2E_PORT:-$$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')} \
	CHROMIUM=$(CHROMIUM) TTSHIM_SPEC=$(abspath $(SPEC)) npx playwright test

# The example suite: an app's own tests, with ttshim from ttshim/playwright
# and the app served by routes (no server).
example: deps build
	CHROMIUM=$(CHROMIUM) npx playwright test -c web/example-suite/playwright.config.mjs

# The npm package as a user installs it: npm pack, install the tarball into a
# fresh project, and run a Playwright test and the Open Platform there.
pack: deps build
	CHROMIUM=$(CHROMIUM) WASM_EXEC=$(WASM_EXEC) js/test/pack/run.sh

# ttshim/taro-plugin in a Taro 4 React app built by Taro's CLI for H5 (the
# app's own npm project, js/test/taro/app), opened with and without ttshim:
# webpack5 and vite builds (in test), and (taro-dev) the webpack5 --watch
# dev server, which test leaves out: it adds about a minute.
TARO_APP := js/test/taro/app
taro taro-dev: deps build $(TARO_APP)/node_modules/.package-lock.json
	CHROMIUM=$(CHROMIUM) $(if $(filter taro-dev,$@),TARO_DEV=1) js/test/taro/run.sh

# npm install, which keeps to the lock file: npm ci refuses it, as
# @tarojs/binding's optional per-platform packages for other platforms are
# not in it.
$(TARO_APP)/node_modules/.package-lock.json: $(TARO_APP)/package.json $(TARO_APP)/package-lock.json
	cd $(TARO_APP) && npm install --no-audit --no-fund --loglevel=error

# Figures for issue 7 (size, boot, per call, memory), next to a hand-written
# JS mock and, for boot, an empty Go program; it checks nothing and is not
# part of test. See js/bench/.
bench: deps build dist/bench-floor.wasm dist/bench-floor.js
	CHROMIUM=$(CHROMIUM) node js/bench/bench.mjs

# What ttshim.wasm is made of, by package and largest function: a build
# that keeps the name section (-s strips it), read by wasm/cmd/wasmsize.
size:
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -o dist/ttshim-names.wasm ./wasm/cmd/ttshim
	$(GO) run ./wasm/cmd/packwasm dist/ttshim-names.wasm
	$(GO) run ./wasm/cmd/wasmsize dist/ttshim-names.wasm

dist/bench-floor.wasm: wasm/cmd/benchfloor/main.go go.mod go.sum
	@mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./wasm/cmd/benchfloor

dist/bench-floor.js: js/bench/floor.js
	@mkdir -p dist
	cat $(WASM_EXEC) js/bench/floor.js > $@

# What a fresh Debian machine lacks: Chromium from Debian (Playwright's own
# browser download cannot work here) and the npm packages.
deps: node_modules/.package-lock.json
	@command -v $(CHROMIUM) >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@# Chinese and Japanese texts (the client's UI, the tenant's names) need a CJK font to show as more than boxes.
	@fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; }

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

clean:
	rm -rf dist test-results playwright-report
