// The example suite, written as an app's own tests would be: ttshim comes
// from the package (`ttshim/playwright`), and the app is served from memory
// by page.route on its own origin, so there is no server to start.
//
//   npx playwright test -c web/example-suite/playwright.config.mjs   (or `make example`)
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  outputDir: "../../test-results/example-suite",
  fullyParallel: true,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    browserName: "chromium",
    // Debian's Chromium: Playwright's own browser download cannot work here.
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
});
