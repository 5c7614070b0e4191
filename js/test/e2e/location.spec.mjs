// The permission prompt, the settings page, the scanner, the location
// picker and openLocation's map as a person uses them: by clicks and the
// keyboard, on an Android web app (strict off, so no h5sdk.config first).
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const ANDROID = { strict: false, client: { platform: "android" } };

// start makes a call in Promise form and keeps it, to read once answered.
function start(page, api, option) {
  return page.evaluate(([a, o]) => {
    window.pending = testkit.settle(tt[a](o));
  }, [api, option]);
}

const settled = (page) => page.evaluate(() => window.pending);

test("the permission prompt asks once, remembers, and getSetting reports it", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, ANDROID);
  await start(page, "authorize", { scope: "scope.userLocation" });
  const prompt = page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole("button", { name: "拒绝" })).toBeFocused();
  await prompt.getByRole("button", { name: "允许" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "authorize:ok" } });
  await expect(prompt).toHaveCount(0);

  // Decided: no prompt the second time. Escape denies another scope.
  expect((await page.evaluate(() => testkit.settle(tt.authorize({ scope: "scope.userLocation" })))).ok).toBe(true);
  await start(page, "authorize", { scope: "scope.record" });
  await expect(page.getByRole("dialog", { name: "ttshim Demo 申请使用你的麦克风" })).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: false,
    result: { errMsg: "authorize:fail auth deny", errno: 107, errString: "auth deny" } });
  const setting = await page.evaluate(() => tt.getSetting());
  expect(setting.authSetting).toEqual({ "scope.userLocation": true, "scope.record": false });
  expect(errors).toEqual([]);
});

test("openSetting shows a switch per decided scope; flipping one changes what the APIs do", async ({ page }) => {
  await openApp(page, { ...ANDROID, permissions: { "scope.userLocation": "allow", "scope.camera": "deny" } });
  await start(page, "openSetting");
  const settings = page.getByRole("dialog", { name: "权限设置" });
  const location = settings.getByRole("switch", { name: "地理位置" });
  await expect(location).toBeChecked();
  await expect(settings.getByRole("switch", { name: "摄像头" })).not.toBeChecked();
  await location.click();
  await expect(location).not.toBeChecked();
  await settings.getByRole("button", { name: "完成" }).click();
  const { result } = await settled(page);
  expect(result.authSetting).toEqual({ "scope.userLocation": false, "scope.camera": false });
  const located = await page.evaluate(() => testkit.settle(tt.getLocation()));
  expect(located.result.errno).toBe(107);
  expect((await page.evaluate(() => ttShim.config())).permissions["scope.userLocation"]).toBe("deny");
  // reset forgets the session's decisions, back to the configured ones.
  await page.evaluate(() => ttShim.reset());
  expect((await page.evaluate(() => tt.getSetting())).authSetting).toEqual({ "scope.userLocation": true, "scope.camera": false });
});

test("the scanner reads what the person types, as the type they choose, or cancels", async ({ app: page }) => {
  await openApp(page, { ...ANDROID, client: { platform: "android", language: "en_US" } });
  await start(page, "scanCode", { scanType: ["qrCode", "barCode"], barCodeInput: true });
  const scanner = page.getByRole("dialog", { name: "Scan" });
  await expect(scanner.getByRole("combobox", { name: "Code type" })).toHaveValue("0");
  // Recognize with nothing typed says so and keeps the scanner open.
  await scanner.getByRole("button", { name: "Recognize" }).click();
  await expect(scanner.getByRole("alert")).toHaveText("Enter the code's content");
  await scanner.getByRole("button", { name: "Enter barcode manually" }).click();
  await expect(scanner.getByRole("textbox", { name: "Code content" })).toBeFocused();
  await page.keyboard.type("6901234567892");
  await page.keyboard.press("Enter");
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "scanCode:ok", result: "6901234567892" } });
  const logged = await page.evaluate(() => ttShim.calls("scanCode")[0].dialog);
  expect(logged).toEqual({ kind: "scan", answer: { result: "6901234567892", scanType: "barCode" }, answeredBy: "user" });

  await start(page, "scanCode", { scanType: ["qrCode"], barCodeInput: true });
  await expect(scanner.getByRole("button", { name: "Enter barcode manually" })).toBeHidden();
  await scanner.getByRole("button", { name: "Cancel" }).click();
  expect(await settled(page)).toEqual({ ok: false,
    result: { errMsg: "scanCode:fail User canceled scanning", errno: 1505002, errString: "User canceled scanning" } });
  // A test answers the same scanner with ttShim.answer; PC has none.
  await start(page, "scanCode");
  await page.evaluate(() => ttShim.answer({ result: "https://example.cn", scanType: "qrCode" }));
  expect((await settled(page)).result.result).toBe("https://example.cn");
  await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
  expect((await page.evaluate(() => testkit.settle(tt.scanCode()))).result.errno).toBe(103);
});

test("getLocation asks for the location scope, then answers the configured position", async ({ app: page }) => {
  await openApp(page, { ...ANDROID, location: { latitude: 31.2304, longitude: 121.4737, accuracy: 20 } });
  await start(page, "getLocation", { type: "wgs84" });
  await expect(page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" })).toBeVisible();
  await page.evaluate(() => ttShim.answer("allow"));
  const { ok, result } = await settled(page);
  expect(ok).toBe(true);
  expect(result).toMatchObject({ errMsg: "getLocation:ok", latitude: 31.2304, longitude: 121.4737, accuracy: 20,
    horizontalAccuracy: 20, verticalAccuracy: 0, type: "gcj02" });
  expect(typeof result.timestamp).toBe("number");
  await page.evaluate(() => ttShim.configure({ location: { error: "timeout" } }));
  const timedOut = await page.evaluate(() => testkit.settle(tt.getLocation({ timeout: 30 })));
  expect(timedOut.result).toMatchObject({ errno: 1700003, errString: "Location request timed out (30 s)" });
});

test("chooseLocation: prompt, then a map where the person renames the place and sends it", async ({ app: page }) => {
  await openApp(page, ANDROID);
  await start(page, "chooseLocation");
  await page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" }).getByRole("button", { name: "允许" }).click();
  const picker = page.getByRole("dialog", { name: "选择位置" });
  const name = picker.getByRole("textbox", { name: "名称" });
  await expect(name).toHaveValue("天安门广场");
  await expect(picker.getByRole("textbox", { name: "地址" })).toHaveValue("北京市东城区东长安街");
  await name.fill("故宫博物院");
  await picker.getByRole("spinbutton", { name: "纬度" }).fill("39.916345");
  await picker.getByRole("button", { name: "发送" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "chooseLocation:ok", name: "故宫博物院",
    address: "北京市东城区东长安街", latitude: 39.916345, longitude: 116.397499, type: "gcj02" } });
  // Remembered permission: the map comes at once; Escape leaves without sending.
  await start(page, "chooseLocation");
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  expect((await settled(page)).result).toEqual({
    errMsg: "chooseLocation:fail The user exited the location selection page without sending location",
    errno: 1700007, errString: "The user exited the location selection page without sending location" });
});

test("openLocation shows the place on a map until the person closes it", async ({ app: page }) => {
  await openApp(page, { ...ANDROID, client: { platform: "ios", language: "en_US" } });
  const res = await page.evaluate(() => tt.openLocation({ latitude: 30.492121, longitude: 114.410324,
    name: "<b>Poly</b> Center", address: "Guanshan Avenue, Wuhan", scale: 12 }));
  expect(res).toEqual({ errMsg: "openLocation:ok" });
  const map = page.getByRole("dialog", { name: "<b>Poly</b> Center" });
  await expect(map.getByRole("heading")).toHaveText("<b>Poly</b> Center");
  await expect(map).toContainText("Guanshan Avenue, Wuhan");
  await expect(map).toContainText("Latitude: 30.492121 · Longitude: 114.410324");
  await expect(map).toContainText("Zoom level 12");
  await map.getByRole("button", { name: "Close" }).click();
  await expect(map).toHaveCount(0);
  const bad = await page.evaluate(() => testkit.settle(tt.openLocation({ latitude: 91, longitude: 0 })));
  expect(bad.result).toMatchObject({ errno: 104, errString: "Parameter error. latitude should be from -90 to 90, got 91" });
  expect(await page.evaluate(() => ttShim.calls("openLocation")[0].args.name)).toBe("<b>Poly</b> Center");
  // reverseGeocode knows the configured places, 500 m around each.
  const here = await page.evaluate(() => tt.reverseGeocode({ latitude: 39.909, longitude: 116.3975 }));
  expect(here).toMatchObject({ country: "中国", district: "东城区", building: "天安门广场" });
  const nowhere = await page.evaluate(() => testkit.settle(tt.reverseGeocode({ latitude: 30.492121, longitude: 114.410324 })));
  expect(nowhere.result.errno).toBe(1700008);
});

test("location updates reach onLocationChange when the device moves, until stopped", async ({ page }) => {
  await openApp(page, { ...ANDROID, permissions: { "scope.userLocation": "allow" } });
  await page.evaluate(() => {
    window.heard = [];
    window.listener = (res) => window.heard.push([res.latitude, res.longitude, res.type]);
    tt.onLocationChange(window.listener);
  });
  await page.evaluate(() => tt.startLocationUpdate());
  await expect.poll(() => page.evaluate(() => window.heard)).toEqual([[39.908722, 116.397499, "gcj02"]]);
  await page.evaluate(() => ttShim.configure({ location: { latitude: 31.2304, longitude: 121.4737 } }));
  await expect.poll(() => page.evaluate(() => window.heard.length)).toBe(2);
  expect(await page.evaluate(() => window.heard[1])).toEqual([31.2304, 121.4737, "gcj02"]);
  await page.evaluate(() => tt.stopLocationUpdate());
  await page.evaluate(() => ttShim.configure({ location: { latitude: 1 } }));
  await page.evaluate(() => testkit.afterEarlierCalls());
  expect(await page.evaluate(() => window.heard.length)).toBe(2);
  // offLocationChange drops the listener.
  await page.evaluate(() => { tt.offLocationChange(window.listener); return tt.startLocationUpdate(); });
  await page.evaluate(() => testkit.afterEarlierCalls());
  expect(await page.evaluate(() => window.heard.length)).toBe(2);
});

test("reset closes a waiting prompt as denied; answers pre-answer the map", async ({ page }) => {
  await openApp(page, { ...ANDROID, answers: { chooseLocation: { name: "Preset", latitude: 1, longitude: 2 } } });
  await start(page, "getLocation");
  await expect(page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" })).toBeVisible();
  await page.evaluate(() => ttShim.reset());
  expect((await settled(page)).result.errno).toBe(107);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await start(page, "chooseLocation");
  await page.getByRole("dialog", { name: "ttshim Demo 申请使用你的地理位置" }).getByRole("button", { name: "允许" }).click();
  expect((await settled(page)).result).toMatchObject({ name: "Preset", latitude: 1, longitude: 2 });
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
