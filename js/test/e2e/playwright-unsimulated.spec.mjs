// ttshim/playwright under the "unsimulated" rule "error": a call to an API
// ttshim does not simulate yet, from any page or frame of the test, fails
// the test when it ends; an override, or another rule, lets it pass.
import { test, expect } from "ttshim/playwright";

const APP = "https://app.example.test/";
const PAGE = `<!doctype html><title>app</title><h1>app</h1>`;

test.beforeEach(async ({ page }) => {
  await page.route(APP, (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
});

// accelerometerOnce calls tt.startAccelerometer and waits for the console's word on it,
// so that only the fixture is left to decide the test. The accelerometer
// is on phones only: the configurations below are Android's.
async function accelerometerOnce(page) {
  const logged = page.waitForEvent("console", (m) => m.text().includes("tt.startAccelerometer is not simulated"));
  await page.goto(APP);
  const answer = await page.evaluate(() => ttShim.ready.then(() => tt.startAccelerometer({ interval: "game" }).catch((e) => e.errno)));
  expect(answer).toBe(103);
  return (await logged).type();
}

test.describe('under "error"', () => {
  test.use({ ttshimConfig: { strict: false, client: { platform: "android" }, unsimulated: "error" } });

  test("an unsimulated call fails the test", async ({ page }) => {
    test.fail(true, "the fixture fails the test at its end");
    expect(await accelerometerOnce(page)).toBe("error");
  });

  test("an overridden one does not", async ({ page, ttshim }) => {
    await page.goto(APP);
    await ttshim.override("startAccelerometer", {});
    expect(await page.evaluate(() => tt.startAccelerometer({ interval: "game" }))).toEqual({ errMsg: "startAccelerometer:ok" });
  });
});

test.describe('under "warn", the default', () => {
  test.use({ ttshimConfig: { strict: false, client: { platform: "android" } } });

  test("an unsimulated call only warns", async ({ page }) => {
    expect(await accelerometerOnce(page)).toBe("warning");
  });
});
