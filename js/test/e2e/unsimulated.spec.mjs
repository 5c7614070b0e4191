// The APIs Feishu documents and ttshim does not simulate yet: each call
// fails through the API's own channel with errno 103 and an errString
// naming ttShim.override, is logged as "unsimulated", and warns once per
// API by the configuration's "unsimulated" rule; ttShim.override answers
// it as any API. h5sdk's legacy three-part names call back onSuccess or
// onFail.
import { test, expect } from "@playwright/test";
import { openApp, consoleMessages, pageErrors } from "./helpers.mjs";

const WEBAPP = { strict: false };
const GADGET = { strict: false, mode: "gadget" };
const notSimulated = (full) => `${full} is not simulated by ttshim yet: answer it with ttShim.override("${full}", …)`;
const failure = (name, full) => ({ errMsg: `${name}:fail ${notSimulated(full)}`, errno: 103, errString: notSimulated(full) });
const fromTtshim = (messages) => messages.filter((m) => m.text.startsWith("ttshim: ")).map((m) => [m.type, m.text]);

test("a call fails with errno 103 naming ttShim.override, with callbacks and as a Promise, and the log says it was unsimulated", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, WEBAPP);
  const answers = await page.evaluate(async () => {
    const seen = [];
    const returned = tt.getSetting({ title: "saved", success: (r) => seen.push(["success", r]), fail: (r) => seen.push(["fail", r]),
      complete: (r) => seen.push(["complete", r]) });
    const rejected = await tt.getSetting({ title: "saved again" }).then(() => "resolved", (r) => r);
    const taro = await Taro.getSetting({ title: "saved" }).then(() => "resolved", (r) => r);
    return { returned: typeof returned, seen, rejected, taro, calls: ttShim.calls("getSetting") };
  });
  const tt = failure("getSetting", "tt.getSetting");
  expect(answers.returned).toBe("undefined");
  expect(answers.seen).toEqual([["fail", tt], ["complete", tt]]);
  expect(answers.rejected).toEqual(tt);
  expect(answers.taro).toEqual(failure("getSetting", "Taro.getSetting"));
  expect(answers.calls.map(({ api, args, outcome, result }) => ({ api, args, outcome, result }))).toEqual([
    { api: "tt.getSetting", args: { title: "saved" }, outcome: "unsimulated", result: tt },
    { api: "tt.getSetting", args: { title: "saved again" }, outcome: "unsimulated", result: tt },
    { api: "Taro.getSetting", args: { title: "saved" }, outcome: "unsimulated", result: failure("getSetting", "Taro.getSetting") },
  ]);
  expect(errors).toEqual([]);
});

test("the rule: a warning once per API by default, an error under \"error\", nothing under \"fail\"; reset starts over", async ({ page }) => {
  const messages = consoleMessages(page);
  await openApp(page, WEBAPP);
  const callTwice = () => page.evaluate(async () => {
    for (const call of [() => tt.getSetting({ title: "a" }), () => tt.getSetting({ title: "b" }), () => tt.openSetting()]) {
      await call().catch(() => {});
    }
  });
  await callTwice();
  expect(fromTtshim(messages)).toEqual([["warning", "ttshim: " + notSimulated("tt.getSetting")],
    ["warning", "ttshim: " + notSimulated("tt.openSetting")]]);
  for (const [rule, expected] of [["error", [["error", "ttshim: " + notSimulated("tt.getSetting")], ["error", "ttshim: " + notSimulated("tt.openSetting")]]],
    ["fail", []], ["warn", [["warning", "ttshim: " + notSimulated("tt.getSetting")], ["warning", "ttshim: " + notSimulated("tt.openSetting")]]]]) {
    messages.length = 0;
    await page.evaluate((r) => { ttShim.reset(); ttShim.configure({ strict: false, unsimulated: r }); }, rule);
    await callTwice();
    expect(fromTtshim(messages), rule).toEqual(expected);
  }
  expect(await page.evaluate(() => ttShim.config().unsimulated)).toBe("warn");
});

test("ttShim.override answers an unsimulated API as any other, in its log and with no warning", async ({ page }) => {
  const messages = consoleMessages(page);
  await openApp(page, WEBAPP);
  const answers = await page.evaluate(async () => {
    ttShim.override("getSetting", { shown: true }, { times: 2 });
    const tt1 = await tt.getSetting({ title: "saved" });
    const taro = await Taro.getSetting({ title: "saved" });
    const after = await tt.getSetting({ title: "saved" }).catch((e) => e.errno);
    ttShim.override("tt.getChatInfo", (option) => ({ found: option.openChatId === "oc_1" }));
    const modal = await tt.getChatInfo({ openChatId: "oc_1", chatType: 0 });
    return { tt1, taro, after, modal, calls: ttShim.calls().map(({ api, outcome, overridden }) => [api, outcome, !!overridden]) };
  });
  expect(answers.tt1).toEqual({ errMsg: "getSetting:ok", shown: true });
  expect(answers.taro).toEqual({ errMsg: "getSetting:ok", shown: true });
  expect(answers.after).toBe(103);
  expect(answers.modal).toEqual({ errMsg: "getChatInfo:ok", found: true });
  expect(answers.calls).toEqual([["tt.getSetting", "ok", true], ["Taro.getSetting", "ok", true],
    ["tt.getSetting", "unsimulated", false], ["tt.getChatInfo", "ok", true]]);
  expect(fromTtshim(messages)).toEqual([["warning", "ttshim: " + notSimulated("tt.getSetting")]]);
});

test("a sync API throws its failure and takes what its page says; a listener takes a function and throws for anything else", async ({ page }) => {
  await openApp(page, GADGET);
  const answers = await page.evaluate(() => {
    const attempt = (call) => {
      try {
        return { returned: call() };
      } catch (e) {
        return { threw: { message: e.message, errno: e.errno, errString: e.errString } };
      }
    };
    const sync = attempt(() => tt.getStorageSync("token"));
    const listener = attempt(() => tt.onThemeChange(() => {}));
    const notAFunction = attempt(() => tt.onThemeChange("dark"));
    ttShim.override("getStorageSync", "stored");
    ttShim.override("onThemeChange", {});
    const overridden = [attempt(() => tt.getStorageSync("token")), attempt(() => tt.onThemeChange(() => {}))];
    return { sync, listener, notAFunction, overridden, logged: ttShim.calls().map(({ api, args, outcome }) => [api, args, outcome]) };
  });
  expect(answers.sync).toEqual({ threw: { message: `getStorageSync:fail ${notSimulated("tt.getStorageSync")}`, errno: 103,
    errString: notSimulated("tt.getStorageSync") } });
  expect(answers.listener).toEqual({ returned: undefined });
  expect(answers.notAFunction).toEqual({ threw: { message: "onThemeChange:fail Parameter error. callback should be Function instead of String",
    errno: 104, errString: "Parameter error. callback should be Function instead of String" } });
  expect(answers.overridden).toEqual([{ returned: "stored" }, { returned: undefined }]);
  expect(answers.logged.slice(0, 3)).toEqual([["tt.getStorageSync", "token", "unsimulated"],
    ["tt.onThemeChange", null, "unsimulated"], ["tt.onThemeChange", "dark", "fail"]]);
});

test("h5sdk's legacy names call back onSuccess or onFail, as their new APIs answer, or as a Promise", async ({ page }) => {
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
