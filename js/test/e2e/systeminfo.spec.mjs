// tt.getSystemInfo, tt.getSystemInfoSync and tt.canIUse describe the
// configured client and the real browser window.
import { test, expect, openAuthenticatedApp, openApp } from "./helpers.mjs";

test("PC on Windows (the default)", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const info = await page.evaluate(() => tt.getSystemInfo());
  expect(info).toMatchObject({
    errMsg: "getSystemInfo:ok",
    platform: "windows_nt",
    system: expect.stringMatching(/^Windows/),
    model: "PC",
    version: "7.45.0",
    SDKVersion: "3.52.0",
    language: "zh_CN",
    appName: "Feishu",
    fontSizeSetting: 16,
  });
});

test("PC on a Mac", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { os: "mac" } });
  const info = await page.evaluate(() => tt.getSystemInfo());
  expect(info).toMatchObject({ platform: "darwin", model: "PC", system: expect.stringMatching(/^macOS/) });
});

test("iOS in English", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { platform: "ios", version: "7.30.1", language: "en_US" } });
  const info = await page.evaluate(() => tt.getSystemInfo());
  expect(info).toMatchObject({
    platform: "ios",
    system: expect.stringMatching(/^iOS/),
    brand: "Apple",
    version: "7.30.1",
    language: "en_US",
    appName: "Lark",
  });
  expect(info.model).not.toBe("PC");
  expect(info.statusBarHeight).toBeGreaterThan(0);
});

test("the window sizes are the browser's own", async ({ app: page }) => {
  await page.setViewportSize({ width: 900, height: 640 });
  await openAuthenticatedApp(page);
  const info = await page.evaluate(() => tt.getSystemInfo());
  expect(info).toMatchObject({ windowWidth: 900, windowHeight: 640, pixelRatio: 1 });
});

test("getSystemInfoSync returns the same fields as getSystemInfo, directly", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { platform: "android", language: "ja_JP" } });
  const [sync, async] = await page.evaluate(async () => [tt.getSystemInfoSync(), await tt.getSystemInfo()]);
  const { errMsg, ...asyncFields } = async;
  expect(errMsg).toBe("getSystemInfo:ok");
  expect(sync).toEqual(asyncFields); // the sync form returns the fields alone, no errMsg
  expect(sync).toMatchObject({ platform: "android", language: "ja_JP", appName: "Lark" });
});

test("canIUse answers for APIs and their parameters", async ({ app: page }) => {
  await openApp(page);
  const answers = await page.evaluate(() => [
    "enterProfile", "tt.enterProfile", "enterProfile.object.left", "enterProfile.object.top",
    "enterProfile.object.openid", "enterProfile.object.color", "teleport",
  ].map((schema) => [schema, tt.canIUse(schema)]));
  expect(Object.fromEntries(answers)).toEqual({
    "enterProfile": true,
    "tt.enterProfile": true,
    "enterProfile.object.left": true,
    "enterProfile.object.top": true,
    "enterProfile.object.openid": true,
    "enterProfile.object.color": false,
    "teleport": false,
  });
});

test("canIUse('enterProfile.object.left') is false where enterProfile is missing", async ({ app: page }) => {
  await openApp(page, { client: { version: "3.9.0" } });
  expect(await page.evaluate(() => tt.canIUse("enterProfile.object.left"))).toBe(false);
});

test("canIUse tells gadgets apart from web apps: tt.login is gadget-only", async ({ app: page }) => {
  await openApp(page);
  expect(await page.evaluate(() => tt.canIUse("login"))).toBe(false);
  await page.evaluate(() => ttShim.configure({ mode: "gadget" }));
  expect(await page.evaluate(() => tt.canIUse("login"))).toBe(true);
});
