// ttShim.calls(): the log a test reads to see what the app asked for.
import { test, expect, openAuthenticatedApp, openProfile, openIdOf } from "./helpers.mjs";

test("an enterProfile call is logged with its args (no functions), outcome, result and time", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const openid = await openIdOf(page, "李娜");
  const { before, after } = await page.evaluate(async (id) => {
    const before = Date.now();
    await new Promise((resolve) => tt.enterProfile({ openid: id, left: 100, top: 200, success: resolve, fail: resolve }));
    return { before, after: Date.now() };
  }, openid);
  const entries = await page.evaluate(() => ttShim.calls("tt.enterProfile"));
  expect(entries).toEqual([{
    api: "tt.enterProfile",
    args: { openid, left: 100, top: 200 },
    outcome: "ok",
    result: { errMsg: "enterProfile:ok" },
    time: expect.any(Number),
  }]);
  expect(entries[0].time).toBeGreaterThanOrEqual(before);
  expect(entries[0].time).toBeLessThanOrEqual(after);
});

test("a failed call is logged with outcome fail and the fail object", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  await openProfile(page, { openid: 5 });
  const [entry] = await page.evaluate(() => ttShim.calls("enterProfile"));
  expect(entry).toMatchObject({
    api: "tt.enterProfile",
    args: { openid: 5 },
    outcome: "fail",
    result: { errno: 104, errString: "Parameter error. openid is of wrong type" },
  });
});

test("calls are listed oldest first and filter by full or bare name", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const openid = await openIdOf(page, "李娜");
  await page.evaluate(async (id) => {
    await tt.getSystemInfo();
    await tt.enterProfile({ openid: id, left: 1 });
    await tt.getSystemInfo();
    await tt.enterProfile({ openid: id, left: 2 });
  }, openid);
  const all = await page.evaluate(() => ttShim.calls().map((c) => c.api));
  expect(all).toEqual(["h5sdk.config", "tt.getSystemInfo", "tt.enterProfile", "tt.getSystemInfo", "tt.enterProfile"]);
  const full = await page.evaluate(() => ttShim.calls("tt.enterProfile").map((c) => c.args.left));
  const bare = await page.evaluate(() => ttShim.calls("enterProfile").map((c) => c.args.left));
  expect(full).toEqual([1, 2]);
  expect(bare).toEqual([1, 2]);
  expect(await page.evaluate(() => ttShim.calls("chooseContact"))).toEqual([]);
});

test("the h5sdk.config entry carries what the page sent, less its callbacks", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const [entry] = await page.evaluate(() => ttShim.calls("h5sdk.config"));
  expect(entry).toMatchObject({
    api: "h5sdk.config",
    outcome: "ok",
    args: { appId: "cli_a1b2c3d4e5f60718", jsApiList: [], signature: expect.stringMatching(/^[0-9a-f]{40}$/) },
  });
  expect(entry.args).not.toHaveProperty("onSuccess");
});

test("the log is a copy: changing it does not change the next answer", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const lengths = await page.evaluate(() => {
    const first = ttShim.calls();
    first.length = 0;
    return ttShim.calls().length;
  });
  expect(lengths).toBe(1);
});
