// Tests an author could write: a misspelt key in ttshimConfig, the option
// spelt as the page's global, a page whose ttshim cannot load, and a valid
// one. js/test/startcheck.test.mjs expects all but the last to fail with
// the reason.
import { test, expect } from "ttshim/playwright";

const APP = "https://app.example.test/";

test.beforeEach(async ({ page }) => {
  await page.route(APP, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><h1>app</h1>" }));
});

test.describe("a misspelt key", () => {
  test.use({ ttshimConfig: { client: { langauge: "en_US" } } });

  test("fails before the test runs", async ({ page }) => {
    test.info().annotations.push({ type: "ran" });
    await page.goto(APP);
    await expect(page.locator("h1")).toHaveText("app");
  });
});

test.describe("the page's spelling of the option", () => {
  test.use({ ttShimConfig: { strict: false } });

  test("fails before the test runs", async ({ page }) => {
    test.info().annotations.push({ type: "ran" });
    await page.goto(APP);
  });
});

test("a page whose ttshim cannot load fails the test with the reason", async ({ page }) => {
  await page.route("**/__ttshim__/ttshim.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(APP);
  await expect(page.locator("h1")).toHaveText("app");
});

test.describe("a valid configuration", () => {
  test.use({ ttshimConfig: { strict: false, client: { language: "en_US" } } });

  test("passes", async ({ page }) => {
    await page.goto(APP);
    expect(await page.evaluate(() => tt.getSystemInfo().then((info) => info.language))).toBe("en_US");
  });
});
