// ttShim.override and ttShim.restore from the page: a test's answers win
// over the built-in behaviour, for tt and Taro, in both call forms, and the
// call log marks them.
import { test, expect, configure, openApp, openIdOf } from "./helpers.mjs";

test("an object answers success with its fields, skipping every built-in check", async ({ app: page }) => {
  await openApp(page); // strict and unauthenticated: the built-in answer would be 105
  const result = await page.evaluate(() => {
    ttShim.override("tt.enterProfile", { extra: 1 });
    return tt.enterProfile({ openid: "ou_nobody" });
  });
  expect(result).toEqual({ extra: 1, errMsg: "enterProfile:ok" });
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("{errno, errString} fails through fail, then complete, in callback form", async ({ app: page }) => {
  await openApp(page);
  const order = await page.evaluate(() => new Promise((resolve) => {
    ttShim.override("getSystemInfo", { errno: 305, errString: "network failure", errCode: 7 });
    const order = [];
    const returned = tt.getSystemInfo({
      success: () => order.push("success"),
      fail: (res) => order.push(["fail", res]),
      complete: (res) => { order.push(["complete", res.errMsg]); resolve({ order, returned }); },
    });
  }));
  expect(order.returned).toBeUndefined();
  expect(order.order).toEqual([
    ["fail", { errno: 305, errString: "network failure", errCode: 7, errMsg: "getSystemInfo:fail network failure" }],
    ["complete", "getSystemInfo:fail network failure"],
  ]);
});

test("a function gets the option; a Promise it returns is awaited", async ({ app: page }) => {
  await openApp(page, { strict: false });
  const results = await page.evaluate(async () => {
    ttShim.override("tt.requestAccess", (option) => ({ code: "code-for-" + option.state }));
    ttShim.override("tt.login", async () => {
      await new Promise((r) => setTimeout(r, 20));
      return { errno: 1000001, errString: "login server error" };
    });
    return [
      await tt.requestAccess({ scopeList: [], state: "s1", appID: "x" }),
      await tt.login().catch((e) => e),
    ];
  });
  expect(results).toEqual([
    { code: "code-for-s1", errMsg: "requestAccess:ok" },
    { errno: 1000001, errString: "login server error", errMsg: "login:fail login server error" },
  ]);
});

test("{times: 1} answers once, then the built-in behaviour returns", async ({ app: page }) => {
  await openApp(page, { mode: "gadget" });
  const results = await page.evaluate(async () => {
    ttShim.override("tt.checkSession", { errno: 105, errString: "session is empty" }, { times: 1 });
    await tt.login();
    return [
      await tt.checkSession().then((r) => r.errMsg, (e) => e.errMsg),
      await tt.checkSession().then((r) => r.errMsg, (e) => e.errMsg),
    ];
  });
  expect(results).toEqual(["checkSession:fail session is empty", "checkSession:ok"]);
});

test("the newest override wins; when it is used up, the earlier one answers again", async ({ app: page }) => {
  await openApp(page, { strict: false });
  const models = await page.evaluate(async () => {
    ttShim.override("getSystemInfo", { model: "first" });
    ttShim.override("getSystemInfo", { model: "second" }, { times: 2 });
    const models = [];
    for (let i = 0; i < 4; i++) models.push((await tt.getSystemInfo()).model);
    return models;
  });
  expect(models).toEqual(["second", "second", "first", "first"]);
});

test("tt.X covers its Taro twin, counted together; Taro.X covers only Taro", async ({ app: page }) => {
  await openApp(page, { strict: false });
  const results = await page.evaluate(async () => {
    ttShim.override("tt.getSystemInfo", { model: "shared" }, { times: 2 });
    const first = [(await Taro.getSystemInfo()).model, (await tt.getSystemInfo()).model, (await Taro.getSystemInfo()).model];
    ttShim.override("Taro.getSystemInfo", { model: "taro only" });
    const second = [(await Taro.getSystemInfo()).model, (await tt.getSystemInfo()).model];
    return { first, second };
  });
  expect(results.first).toEqual(["shared", "shared", "PC"]);
  expect(results.second).toEqual(["taro only", "PC"]);
});

test("Taro's rules still apply: fail, complete, then a rejection with the fail object", async ({ app: page }) => {
  await openApp(page);
  const { order, rejected } = await page.evaluate(async () => {
    ttShim.override("getUserProfile", { errno: 107, errString: "auth deny" });
    const order = [];
    const rejected = await Taro.getUserProfile({
      desc: "x",
      fail: () => order.push("fail"),
      complete: () => order.push("complete"),
    }).then(() => "resolved", (e) => e);
    order.push("settled");
    return { order, rejected };
  });
  expect(order).toEqual(["fail", "complete", "settled"]);
  expect(rejected).toEqual({ errno: 107, errString: "auth deny", errMsg: "getUserProfile:fail auth deny" });
  await expect(page.getByRole("dialog")).toHaveCount(0); // no popup: the override answered
});

test("the call log marks overridden calls and records their args and result", async ({ app: page }) => {
  await openApp(page, { strict: false });
  const openid = await openIdOf(page, "李娜");
  const calls = await page.evaluate(async (id) => {
    ttShim.override("enterProfile", { via: "override" }, { times: 1 });
    await tt.enterProfile({ openid: id, left: 1, success() {} });
    await tt.enterProfile({ openid: id });
    return ttShim.calls("tt.enterProfile");
  }, openid);
  expect(calls).toHaveLength(2);
  expect(calls[0]).toMatchObject({
    api: "tt.enterProfile", args: { openid, left: 1 }, outcome: "ok", overridden: true,
    result: { via: "override", errMsg: "enterProfile:ok" },
  });
  expect(calls[1].overridden).toBeUndefined();
  expect(calls[1].outcome).toBe("ok");
});

test("sync APIs return the answer, or throw it when it carries errno", async ({ app: page }) => {
  await openApp(page);
  const results = await page.evaluate(() => {
    ttShim.override("tt.canIUse", false);
    ttShim.override("getSystemInfoSync", { platform: "ios" }, { times: 1 });
    ttShim.override("Taro.getEnv", "WEAPP");
    const out = [tt.canIUse("enterProfile"), tt.getSystemInfoSync(), Taro.getEnv()];
    ttShim.override("getSystemInfoSync", { errno: 102, errString: "internal error" });
    try {
      tt.getSystemInfoSync();
    } catch (e) {
      out.push([e instanceof Error, e.message, e.errno]);
    }
    ttShim.override("getSystemInfoSync", () => Promise.resolve({}));
    try {
      tt.getSystemInfoSync();
    } catch (e) {
      out.push([e.name, e.message]);
    }
    out.push(ttShim.calls().map((c) => [c.api, c.outcome, c.overridden]));
    return out;
  });
  expect(results.slice(0, 5)).toEqual([
    false,
    { platform: "ios" },
    "WEAPP",
    [true, "getSystemInfoSync:fail internal error", 102],
    ["TypeError", "ttShim.override: tt.getSystemInfoSync is synchronous, so its responder cannot answer with a Promise"],
  ]);
  expect(results[5]).toEqual([
    ["tt.canIUse", "ok", true],
    ["tt.getSystemInfoSync", "ok", true],
    ["Taro.getEnv", "ok", true],
    ["tt.getSystemInfoSync", "fail", true],
  ]);
});

test("a responder that throws, rejects or answers a non-object fails the call with errno 100", async ({ app: page }) => {
  await openApp(page);
  const failures = await page.evaluate(async () => {
    const out = [];
    ttShim.override("getSystemInfo", () => { throw new RangeError("boom"); }, { times: 1 });
    out.push(await tt.getSystemInfo().catch((e) => e));
    ttShim.override("getSystemInfo", () => Promise.reject(new Error("nope")), { times: 1 });
    out.push(await tt.getSystemInfo().catch((e) => e));
    ttShim.override("getSystemInfo", () => 42, { times: 1 });
    out.push(await tt.getSystemInfo().catch((e) => e));
    ttShim.override("getSystemInfo", { errno: "305" }, { times: 1 });
    out.push(await tt.getSystemInfo().catch((e) => e));
    return out.map((e) => [e.errno, e.errString]);
  });
  expect(failures).toEqual([
    [100, "ttShim.override's responder failed: it threw RangeError: boom"],
    [100, "ttShim.override's responder failed: it rejected with Error: nope"],
    [100, "ttShim.override's responder failed: it answered number, not an object"],
    [100, "ttShim.override's responder failed: errno should be a number"],
  ]);
});

test("unknown APIs, bad responders and bad times are refused with clear errors", async ({ app: page }) => {
  await openApp(page);
  const errors = await page.evaluate(() => {
    const attempt = (fn) => {
      try {
        fn();
        return "no error";
      } catch (e) {
        return [e.name, e.message];
      }
    };
    return [
      attempt(() => ttShim.override("tt.teleport", {})),
      attempt(() => ttShim.override("tt.getUserProfile", {})),
      attempt(() => ttShim.override("enterProfile", 5)),
      attempt(() => ttShim.override("enterProfile")),
      attempt(() => ttShim.override("enterProfile", {}, { times: 0 })),
      attempt(() => ttShim.override("enterProfile", {}, { times: 1.5 })),
      attempt(() => ttShim.restore("teleport")),
    ];
  });
  expect(errors).toEqual([
    ["Error", 'ttShim.override: there is no API named "tt.teleport" (see ttShim.apis)'],
    ["Error", 'ttShim.override: there is no API named "tt.getUserProfile" (see ttShim.apis)'],
    ["TypeError", "ttShim.override(api, responder): responder should be an object of fields, {errno, errString}, or a function returning either"],
    ["TypeError", "ttShim.override(api, responder): responder should be an object of fields, {errno, errString}, or a function returning either"],
    ["TypeError", "ttShim.override(api, responder, {times}): times should be a positive integer"],
    ["TypeError", "ttShim.override(api, responder, {times}): times should be a positive integer"],
    ["Error", 'ttShim.restore: there is no API named "teleport" (see ttShim.apis)'],
  ]);
});

test("restore(api) and restore() bring the built-in behaviour back; reset() does too", async ({ page }) => {
  await openApp(page, { strict: false });
  const models = await page.evaluate(async () => {
    const model = async () => (await tt.getSystemInfo()).model;
    const version = async () => (await Taro.getSystemInfo()).version;
    ttShim.override("getSystemInfo", { model: "fake", version: "0" });
    const out = [await model()];
    ttShim.restore("tt.getSystemInfo");
    out.push(await model(), await version());
    ttShim.override("getSystemInfo", { model: "fake" });
    ttShim.restore();
    out.push(await model());
    ttShim.override("getSystemInfo", { model: "fake" });
    ttShim.reset();
    out.push(await model());
    return out;
  });
  expect(models).toEqual(["fake", "PC", "7.45.0", "PC", "PC"]);
});

test("an override set before the runtime is ready answers the first calls", async ({ page }) => {
  await configure(page, { strict: false });
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      ttShim.override("getSystemInfo", { model: "early" });
      window.early = tt.getSystemInfo();
    });
  });
  await page.goto("/web/fixtures/app.html");
  expect((await page.evaluate(() => window.early)).model).toBe("early");
  const logged = await page.evaluate(() => ttShim.calls("getSystemInfo").map((c) => c.overridden));
  expect(logged).toEqual([true]);
});

test("h5sdk.config can be overridden: onSuccess, then h5sdk.ready", async ({ app: page }) => {
  await openApp(page);
  const order = await page.evaluate(() => new Promise((resolve) => {
    const order = [];
    ttShim.override("h5sdk.config", { session_key: "fake" });
    h5sdk.config({ onSuccess: (res) => order.push(["onSuccess", res]) });
    h5sdk.ready(() => { order.push("ready"); resolve(order); });
  }));
  expect(order).toEqual([["onSuccess", { session_key: "fake", errMsg: "config:ok" }], "ready"]);
});
