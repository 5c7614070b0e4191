// What tt.getSystemInfo reports follows the window and the configuration
// the moment they change, though ttshim answers repeated calls from memory.
import { test, expect, openAuthenticatedApp } from "./helpers.mjs";

test("a resize shows in the very next call", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  await page.evaluate(() => tt.getSystemInfo());
  for (const width of [700, 701, 1024]) {
    await page.setViewportSize({ width, height: 500 });
    const [info, sync] = await page.evaluate(async () => [await tt.getSystemInfo(), tt.getSystemInfoSync()]);
    expect(info).toMatchObject({ windowWidth: width, windowHeight: 500, safeArea: { right: width, bottom: 500 } });
    expect(sync).toMatchObject({ windowWidth: width, windowHeight: 500 });
  }
});

test("the theme follows prefers-color-scheme at once", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  expect((await page.evaluate(() => tt.getSystemInfo())).theme).toBe("light");
  await page.emulateMedia({ colorScheme: "dark" });
  expect((await page.evaluate(() => tt.getSystemInfo())).theme).toBe("dark");
  await page.emulateMedia({ colorScheme: "light" });
  expect((await page.evaluate(() => tt.getSystemInfoSync())).theme).toBe("light");
});

test("each call gets its own object, however often the answer repeats", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const seen = await page.evaluate(async () => {
    const first = await tt.getSystemInfo();
    first.platform = "changed by the page";
    first.safeArea.width = -1;
    const second = await new Promise((resolve) => tt.getSystemInfo({ success: resolve }));
    const sync = tt.getSystemInfoSync();
    sync.safeArea.height = -1;
    return { second, sync: tt.getSystemInfoSync(), distinct: first !== second && first.safeArea !== second.safeArea };
  });
  expect(seen.distinct).toBe(true);
  expect(seen.second.platform).toBe("windows_nt");
  expect(seen.second.safeArea.width).toBeGreaterThan(0);
  expect(seen.sync.safeArea.height).toBeGreaterThan(0);
});

test("ttShim.configure changes the next answer, and every call is logged", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const seen = await page.evaluate(async () => {
    const before = [await tt.getSystemInfo(), await tt.getSystemInfo()];
    ttShim.configure({ client: { platform: "android", language: "en_US" } });
    const after = await tt.getSystemInfo();
    const canIUse = [tt.canIUse("getSystemInfo"), tt.canIUse("getSystemInfo")];
    return { before, after, canIUse, logged: ttShim.calls("getSystemInfo").length };
  });
  expect(seen.before.map((info) => info.platform)).toEqual(["windows_nt", "windows_nt"]);
  expect(seen.after).toMatchObject({ platform: "android", appName: "Lark", language: "en_US" });
  expect(seen.canIUse).toEqual([true, true]);
  expect(seen.logged).toBe(3);
});

test("ttShim.reset forgets remembered answers with the rest", async ({ page }) => {
  await openAuthenticatedApp(page, { strict: false });
  const seen = await page.evaluate(async () => {
    ttShim.configure({ client: { platform: "ios" } });
    const before = await tt.getSystemInfo();
    ttShim.reset();
    return { before: before.platform, after: (await tt.getSystemInfo()).platform, taro: (await Taro.getSystemInfo()).benchmarkLevel };
  });
  expect(seen).toEqual({ before: "ios", after: "windows_nt", taro: -1 });
});
