// The device APIs as a page sees them: the network events a test's
// ttShim.configure sends, the clipboard and the screen, and openSchema,
// whose outcome the test decides. Their rules are Go's tests
// (wasm/shim/device_test.go and beside it); here, that a page gets them.
import { test, expect, openApp, openAuthenticatedApp, pageErrors } from "./helpers.mjs";

const PHONE_GADGET = { mode: "gadget", client: { platform: "android" } };

// heard is what the page's listeners have been called with, in order.
const heard = (page) => page.evaluate(() => window.__heard);

test("the page's network listeners hear each change a test makes, until they are dropped", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, PHONE_GADGET);
  await page.evaluate(() => {
    window.__heard = [];
    window.__first = (res) => __heard.push(["first", res]);
    tt.onNetworkStatusChange(__first);
    tt.onNetworkStatusChange(__first); // added once
    tt.onNetworkStatusChange((res) => __heard.push(["second", res]));
    Taro.onNetworkStatusChange((res) => __heard.push(["taro", res.isConnected]));
    tt.onNetworkQualityChange((res) => __heard.push(["quality", res.networkQualityType]));
  });
  await page.evaluate(() => ttShim.configure({ device: { network: { type: "none" } } }));
  const offline = { isConnected: false, networkType: "none" };
  await expect.poll(() => heard(page)).toEqual([
    ["first", offline], ["second", offline], ["taro", false], ["quality", "unavailable"],
  ]);
  expect(await page.evaluate(async () => (await tt.getNetworkType()).networkType)).toBe("none");

  await page.evaluate(() => {
    __heard.length = 0;
    tt.offNetworkStatusChange(__first);
    tt.offNetworkQualityChange(); // every quality listener
    ttShim.configure({ device: { network: { type: "4g", quality: "weak" } } });
  });
  const online = { isConnected: true, networkType: "4g" };
  await expect.poll(() => heard(page)).toEqual([["second", online], ["taro", true]]);
  expect(await page.evaluate(async () => (await tt.getNetworkQualityType()).networkQualityType)).toBe("weak");

  // The listeners are the page's: reset keeps them, and they hear the
  // device go back to the one the page booted with.
  await page.evaluate(() => { __heard.length = 0; ttShim.reset(); });
  await expect.poll(() => heard(page)).toEqual([["second", { isConnected: true, networkType: "wifi" }], ["taro", true]]);
  expect(errors).toEqual([]);
});

test("the clipboard round-trips from the configured text, and the screen keeps what the page set", async ({ app: page }) => {
  await openApp(page, { ...PHONE_GADGET, device: { clipboard: "from the test", brightness: 0.3 } });
  const seen = await page.evaluate(async () => {
    const before = (await tt.getClipboardData()).data;
    await tt.setClipboardData({ data: "copied by the page" });
    const after = (await Taro.getClipboardData()).data;
    const refused = await tt.setClipboardData({ data: 42 }).catch((r) => r.errMsg);
    const brightness = (await tt.getScreenBrightness()).value;
    await Taro.setScreenBrightness({ value: 0.9 });
    await tt.setKeepScreenOn({ keepScreenOn: true });
    const tooBright = await tt.setScreenBrightness({ value: 2 }).catch((r) => r.errno);
    return { before, after, refused, brightness, tooBright, now: (await tt.getScreenBrightness()).value, device: ttShim.config().device };
  });
  expect(seen).toMatchObject({
    before: "from the test", after: "copied by the page",
    refused: "setClipboardData:fail Parameter error. data is of wrong type",
    brightness: 0.3, tooBright: 104, now: 0.9,
    device: { clipboard: "copied by the page", brightness: 0.9, keepScreenOn: true },
  });
  // A phone call and a vibration draw nothing; the log is their record.
  await page.evaluate(() => Promise.all([tt.makePhoneCall({ phoneNumber: "+86 188 8888 8888" }), tt.vibrateShort()]));
  expect(await page.evaluate(() => ttShim.calls().slice(-2).map(({ api, args, outcome }) => [api, args, outcome]))).toEqual([
    ["tt.makePhoneCall", { phoneNumber: "+86 188 8888 8888" }, "ok"], ["tt.vibrateShort", null, "ok"],
  ]);
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("openSchema opens nothing: the log shows what was asked, and the configuration whether it opens", async ({ app: page }) => {
  await openAuthenticatedApp(page, { device: { openSchema: "block" } });
  const url = page.url();
  const answers = await page.evaluate(async () => {
    const outcome = (p) => p.then((r) => r.errMsg, (r) => [r.errno, r.errString]);
    const empty = await outcome(tt.openSchema({ schema: "" }));
    const script = await outcome(tt.openSchema({ schema: "javascript:alert(1)" }));
    const blocked = await outcome(tt.openSchema({ schema: "https://open.feishu.cn/", external: true }));
    ttShim.reset(); // the page booted blocking; reset also forgets the previous call's time
    await testkit.authenticate([]);
    ttShim.configure({ device: { openSchema: "open" } });
    const opened = await outcome(h5sdk.biz.util.openLink({ url: "https://open.feishu.cn/" }));
    return { empty, script, blocked, opened, log: ttShim.calls("openLink").map(({ args, outcome }) => [args, outcome]) };
  });
  expect(answers).toEqual({
    empty: [1406002, "empty schema param"],
    script: [1406004, "schema invalid: javascript: URIs are not opened"],
    blocked: [1406003, 'not in the white list: "https://open.feishu.cn/"'],
    opened: "biz.util.openLink:ok",
    log: [[{ url: "https://open.feishu.cn/" }, "ok"]],
  });
  expect(page.url()).toBe(url);
});

test("device.pageClipboard: the clipboard APIs use the browser's, and say so when it refuses", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, { ...PHONE_GADGET, device: { pageClipboard: true } });
  await page.evaluate(() => navigator.clipboard.writeText("copied in another app"));
  expect(await page.evaluate(async () => (await tt.getClipboardData()).data)).toBe("copied in another app");
  await page.evaluate(() => Taro.setClipboardData({ data: "从页面复制" }));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("从页面复制");
  await context.clearPermissions();
  const refused = await page.evaluate(() => tt.getClipboardData().catch((r) => [r.errno, r.errString]));
  expect(refused[0]).toBe(102);
  expect(refused[1]).toMatch(/^internal error: the browser refused its clipboard: NotAllowedError/);
});
