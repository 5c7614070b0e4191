// How ttshim's own tests and benchmarks launch Debian's Chromium
// (Playwright's browser download cannot work here): the end-to-end tests
// (playwright.config.mjs), the wasm Go tests (wasmtest.mjs) and make bench.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};
