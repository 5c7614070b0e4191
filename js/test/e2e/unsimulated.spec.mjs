// The APIs Feishu documents and ttshim does not simulate yet: each call
// fails through the API's own channel with errno 103 and an errString
// naming ttShim.override, is logged as "unsimulated", and warns once per
// API by the configuration's "unsimulated" rule; ttShim.override answers
// it as any API. h5sdk's legacy three-part names call back onSuccess or
// onFail.
import { test, expect, openApp, consoleMessages, pageErrors } from "./helpers.mjs";

const WEBAPP = { strict: false };
// The accelerometer, the unsimulated example, is on phones only.
const PHONE = { strict: false, client: { platform: "android" } };
const GADGET_PHONE = { ...PHONE, mode: "gadget" };
const notSimulated = (full) => `${full} is not simulated by ttshim yet: answer it with ttShim.override("${full}", …)`;
const failure = (name, full) => ({ errMsg: `${name}:fail ${notSimulated(full)}`, errno: 103, errString: notSimulated(full) });
const fromTtshim = (messages) => messages.filter((m) => m.text.startsWith("ttshim: ")).map((m) => [m.type, m.text]);

test("a call fails with errno 103 naming ttShim.override, with callbacks and as a Promise, and the log says it was unsimulated", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, PHONE);
  const answers = await page.evaluate(async () => {
    const seen = [];
    const returned = tt.startAccelerometer({ interval: "game", success: (r) => seen.push(["success", r]), fail: (r) => seen.push(["fail", r]),
      complete: (r) => seen.push(["complete", r]) });
    const rejected = await tt.startAccelerometer({ interval: "ui" }).then(() => "resolved", (r) => r);
    const taro = await Taro.startAccelerometer({ interval: "game" }).then(() => "resolved", (r) => r);
    return { returned: typeof returned, seen, rejected, taro, calls: ttShim.calls("startAccelerometer") };
  });
  const tt = failure("startAccelerometer", "tt.startAccelerometer");
  expect(answers.returned).toBe("undefined");
  expect(answers.seen).toEqual([["fail", tt], ["complete", tt]]);
  expect(answers.rejected).toEqual(tt);
  expect(answers.taro).toEqual(failure("startAccelerometer", "Taro.startAccelerometer"));
  expect(answers.calls.map(({ api, args, outcome, result }) => ({ api, args, outcome, result }))).toEqual([
    { api: "tt.startAccelerometer", args: { interval: "game" }, outcome: "unsimulated", result: tt },
    { api: "tt.startAccelerometer", args: { interval: "ui" }, outcome: "unsimulated", result: tt },
    { api: "Taro.startAccelerometer", args: { interval: "game" }, outcome: "unsimulated", result: failure("startAccelerometer", "Taro.startAccelerometer") },
  ]);
  expect(errors).toEqual([]);
});

test("the rule: a warning once per API by default, an error under \"error\", nothing under \"fail\"; reset starts over", async ({ app: page }) => {
  const messages = consoleMessages(page);
  await openApp(page, PHONE);
  const callTwice = () => page.evaluate(async () => {
    for (const call of [() => tt.startAccelerometer({ interval: "ui" }), () => tt.startAccelerometer({ interval: "game" }),
      () => tt.stopAccelerometer()]) {
      await call().catch(() => {});
    }
  });
  await callTwice();
  expect(fromTtshim(messages)).toEqual([["warning", "ttshim: " + notSimulated("tt.startAccelerometer")],
    ["warning", "ttshim: " + notSimulated("tt.stopAccelerometer")]]);
  for (const [rule, expected] of [["error", [["error", "ttshim: " + notSimulated("tt.startAccelerometer")], ["error", "ttshim: " + notSimulated("tt.stopAccelerometer")]]],
    ["fail", []], ["warn", [["warning", "ttshim: " + notSimulated("tt.startAccelerometer")], ["warning", "ttshim: " + notSimulated("tt.stopAccelerometer")]]]]) {
    messages.length = 0;
    await page.evaluate((r) => { ttShim.reset(); ttShim.configure({ strict: false, client: { platform: "android" }, unsimulated: r }); }, rule);
    await callTwice();
    expect(fromTtshim(messages), rule).toEqual(expected);
  }
  expect(await page.evaluate(() => ttShim.config().unsimulated)).toBe("warn");
});

test("ttShim.override answers an unsimulated API as any other, in its log and with no warning", async ({ app: page }) => {
  const messages = consoleMessages(page);
  await openApp(page, PHONE);
  const answers = await page.evaluate(async () => {
    ttShim.override("startAccelerometer", { shown: true }, { times: 2 });
    const tt1 = await tt.startAccelerometer({ interval: "game" });
    const taro = await Taro.startAccelerometer({ interval: "game" });
    const after = await tt.startAccelerometer({ interval: "game" }).catch((e) => e.errno);
    ttShim.override("tt.getChatInfo", (option) => ({ found: option.openChatId === "oc_1" }));
    const modal = await tt.getChatInfo({ openChatId: "oc_1", chatType: 0 });
    return { tt1, taro, after, modal, calls: ttShim.calls().map(({ api, outcome, overridden }) => [api, outcome, !!overridden]) };
  });
  expect(answers.tt1).toEqual({ errMsg: "startAccelerometer:ok", shown: true });
  expect(answers.taro).toEqual({ errMsg: "startAccelerometer:ok", shown: true });
  expect(answers.after).toBe(103);
  expect(answers.modal).toEqual({ errMsg: "getChatInfo:ok", found: true });
  expect(answers.calls).toEqual([["tt.startAccelerometer", "ok", true], ["Taro.startAccelerometer", "ok", true],
    ["tt.startAccelerometer", "unsimulated", false], ["tt.getChatInfo", "ok", true]]);
  expect(fromTtshim(messages)).toEqual([["warning", "ttshim: " + notSimulated("tt.startAccelerometer")]]);
});

test("a sync API throws its failure and takes what its page says; a listener takes a function and throws for anything else", async ({ page }) => {
  await openApp(page, GADGET_PHONE);
  const answers = await page.evaluate(() => {
    const attempt = (call) => {
      try {
        return { returned: call() };
      } catch (e) {
        return { threw: { message: e.message, errno: e.errno, errString: e.errString } };
      }
    };
    const sync = attempt(() => tt.getStorageSync("token"));
    const listener = attempt(() => tt.onAccelerometerChange(() => {}));
    const notAFunction = attempt(() => tt.onAccelerometerChange("dark"));
    ttShim.override("getStorageSync", "stored");
    ttShim.override("onAccelerometerChange", {});
    const overridden = [attempt(() => tt.getStorageSync("token")), attempt(() => tt.onAccelerometerChange(() => {}))];
    return { sync, listener, notAFunction, overridden, logged: ttShim.calls().map(({ api, args, outcome }) => [api, args, outcome]) };
  });
  expect(answers.sync).toEqual({ threw: { message: `getStorageSync:fail ${notSimulated("tt.getStorageSync")}`, errno: 103,
    errString: notSimulated("tt.getStorageSync") } });
  expect(answers.listener).toEqual({ returned: undefined });
  expect(answers.notAFunction).toEqual({ threw: { message: "onAccelerometerChange:fail Parameter error. callback should be Function instead of String",
    errno: 104, errString: "Parameter error. callback should be Function instead of String" } });
  expect(answers.overridden).toEqual([{ returned: "stored" }, { returned: undefined }]);
  expect(answers.logged.slice(0, 3)).toEqual([["tt.getStorageSync", "token", "unsimulated"],
    ["tt.onAccelerometerChange", null, "unsimulated"], ["tt.onAccelerometerChange", "dark", "fail"]]);
});

test("h5sdk's legacy names call back onSuccess or onFail, as their new APIs answer, or as a Promise", async ({ app: page }) => {
  await openApp(page, WEBAPP);
  const answers = await page.evaluate(async () => {
    const callback = (fn, option) => new Promise((resolve) => {
      const returned = fn({ ...option, onSuccess: (r) => resolve({ onSuccess: r, returned }), onFail: (r) => resolve({ onFail: r, returned }) });
    });
    return {
      info: await callback(h5sdk.device.base.getSystemInfo),
      setMenu: await callback(h5sdk.biz.navigation.setMenu, { items: [] }),
      promise: await h5sdk.biz.navigation.setTitle({ title: "Home" }).then(() => "resolved", (r) => r),
      calls: ttShim.calls().map(({ api, args, outcome }) => [api, args, outcome]),
    };
  });
  expect(answers.info.onSuccess).toMatchObject({ errMsg: "device.base.getSystemInfo:ok", SDKVersion: "3.52.0", platform: "windows_nt" });
  expect(answers.setMenu.onFail).toEqual(failure("biz.navigation.setMenu", "h5sdk.biz.navigation.setMenu"));
  expect(answers.promise).toEqual(failure("biz.navigation.setTitle", "h5sdk.biz.navigation.setTitle"));
  expect(answers.calls).toEqual([["h5sdk.device.base.getSystemInfo", {}, "ok"],
    ["h5sdk.biz.navigation.setMenu", { items: [] }, "unsimulated"],
    ["h5sdk.biz.navigation.setTitle", { title: "Home" }, "unsimulated"]]);
});
