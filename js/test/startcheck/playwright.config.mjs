// A suite that must fail, run by js/test/startcheck.test.mjs, which reads
// its JSON report: what ttshim/playwright's start checks tell a test author.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../chromium.mjs";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  outputDir: "../../../test-results/startcheck",
  workers: 1,
  timeout: 30_000,
  use: { browserName: "chromium", launchOptions: CHROMIUM_LAUNCH },
});
