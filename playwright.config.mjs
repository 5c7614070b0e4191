// End-to-end tests in Debian's Chromium (Playwright's own browser download
// cannot work here), against the repository served on loopback.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./js/test/chromium.mjs";

const port = Number(process.env.E2E_PORT || 18080);

export default defineConfig({
  testDir: "js/test/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `go run ./wasm/cmd/serve -addr 127.0.0.1:${port} -root .`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
