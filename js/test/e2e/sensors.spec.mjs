// The Wi-Fi APIs, the compass and onLocationChangeError as a page sees
// them: what the configuration says, and the events a test's
// ttShim.configure sends. Their rules are Go's tests (wasm/shim/wifi_test.go,
// compass_test.go, locationchangeerror_test.go); here, that a page gets them.
import { test, expect } from "@playwright/test";
import { openApp, pageErrors } from "./helpers.mjs";

const ANDROID = { strict: false, client: { platform: "android" } };

// heard is what the page's listeners have been called with, in order.
const heard = (page) => page.evaluate(() => window.__heard);

test("the compass tells its listeners where the test turns the device, while it is started", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, { ...ANDROID, compass: { direction: 90 } });
  await page.evaluate(async () => {
    window.__heard = [];
    tt.onCompassChange((res) => __heard.push(["tt", res]));
    Taro.onCompassChange((res) => __heard.push(["taro", res.direction]));
    await tt.startCompass();
  });
  await expect.poll(() => heard(page)).toEqual([["tt", { direction: 90 }], ["taro", 90]]);

  await page.evaluate(() => { __heard.length = 0; ttShim.configure({ compass: { direction: 181.5 } }); });
  await expect.poll(() => heard(page)).toEqual([["tt", { direction: 181.5 }], ["taro", 181.5]]);

  // Stopped, it says nothing; after that, only a later turn is heard.
  await page.evaluate(async () => {
    __heard.length = 0;
    await Taro.stopCompass();
    ttShim.configure({ compass: { direction: 10 } });
    await tt.startCompass();
    ttShim.configure({ compass: { direction: 20 } });
  });
  await expect.poll(() => heard(page)).toEqual([["tt", { direction: 10 }], ["taro", 10], ["tt", { direction: 20 }], ["taro", 20]]);
  expect(errors).toEqual([]);
});

test("Wi-Fi: the person allows the location scope, then the page sees the configured network and scan", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, ANDROID);
  await page.evaluate(() => {
    window.__heard = [];
    tt.onGetWifiList((res) => __heard.push(res.wifiList.map((w) => [w.SSID, w.signalStrength])));
    window.pending = testkit.settle(tt.getConnectedWifi());
  });
  const prompt = page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" });
  await prompt.getByRole("button", { name: "允许" }).click();
  // Android 10 and later give no secure.
  expect(await page.evaluate(() => window.pending)).toEqual({ ok: true, result: {
    errMsg: "getConnectedWifi:ok", SSID: "ttshim-office", BSSID: "02:1a:11:f0:6c:01", signalStrength: 80,
  } });
  const seen = await page.evaluate(async () => ({
    status: (await tt.getWifiStatus()).status,
    list: (await tt.getWifiList()).errMsg,
  }));
  expect(seen).toEqual({ status: "on", list: "getWifiList:ok" });
  await expect.poll(() => heard(page)).toEqual([[["ttshim-office", 80], ["ttshim-guest", 55]]]);

  // The test disconnects, then turns the radio off.
  const after = await page.evaluate(async () => {
    const fail = (p) => p.then((r) => r.errMsg, (r) => [r.errno, r.errString]);
    ttShim.configure({ wifi: { connected: false } });
    const disconnected = await fail(Taro.getConnectedWifi());
    ttShim.configure({ wifi: { enabled: false } });
    __heard.length = 0;
    await tt.getWifiList();
    return { disconnected, status: (await tt.getWifiStatus()).status, off: await fail(tt.getConnectedWifi()) };
  });
  expect(after).toEqual({ disconnected: [1506001, "Wi-Fi not connected"], status: "off", off: [1506001, "Wi-Fi not connected"] });
  await expect.poll(() => heard(page)).toEqual([[]]);
  expect(errors).toEqual([]);
});

test("onLocationChangeError hears locating fail during updates, and onLocationChange hears it work again", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, { ...ANDROID, permissions: { "scope.userLocation": "allow" } });
  await page.evaluate(async () => {
    window.__heard = [];
    tt.onLocationChange((res) => __heard.push(["moved", res.latitude]));
    Taro.onLocationChangeError((res) => __heard.push(["failed", res]));
    await tt.startLocationUpdate();
    ttShim.configure({ location: { error: "network" } });
    ttShim.configure({ location: { latitude: 31.2 } }); // unheard: locating fails
    ttShim.configure({ location: { error: "" } });
  });
  await expect.poll(() => heard(page)).toEqual([
    ["moved", 39.908722], ["failed", { errno: 1700002, errString: "Network error" }], ["moved", 31.2],
  ]);
  // offLocationChangeError without a function drops them all.
  await page.evaluate(() => {
    __heard.length = 0;
    tt.offLocationChangeError();
    ttShim.configure({ location: { error: "unavailable" } });
    ttShim.configure({ location: { error: "" } });
  });
  await expect.poll(() => heard(page)).toEqual([["moved", 31.2]]);
  expect(errors).toEqual([]);
});
