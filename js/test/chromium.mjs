// How ttshim's own tests and benchmarks launch Debian's Chromium
// (Playwright's browser download cannot work here): the end-to-end tests
// (playwright.config.mjs), the wasm Go tests (wasmtest.mjs) and make bench.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

// The end-to-end suite's launch: V8 compiles each wasm function on its
// first call instead of all of ttshim.wasm up front. Most tests boot a fresh
// page and call a handful of APIs, so this takes ~15 % off the suite on two
// cores. make bench keeps CHROMIUM_LAUNCH: it measures what a user's
// browser does.
export const E2E_LAUNCH = {
  ...CHROMIUM_LAUNCH,
  args: [...CHROMIUM_LAUNCH.args, "--js-flags=--wasm-lazy-compilation"],
};
