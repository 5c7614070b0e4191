// The Taro global: Taro on the Lark platform wraps tt's APIs, so each
// returns a Promise that settles after success/fail and complete ran, and
// rejects even when fail was given.
import { test, expect } from "@playwright/test";
import { configure, expectCardAt, openApp, openAuthenticatedApp, openIdOf } from "./helpers.mjs";

test("Taro.enterProfile opens the card, then success, complete, and the Promise settles", async ({ page }) => {
  await openAuthenticatedApp(page);
  const openid = await openIdOf(page, "李娜");
  const { order, settled, returned } = await page.evaluate(async (id) => {
    const order = [];
    const promise = Taro.enterProfile({
      openid: id, left: 100, top: 200,
      success: (res) => order.push("success " + res.errMsg),
      complete: (res) => order.push("complete " + res.errMsg),
    });
    const returned = typeof promise.then;
    const settled = await promise;
    order.push("resolved");
    return { order, settled, returned };
  }, openid);
  expect(returned).toBe("function");
  expect(order).toEqual(["success enterProfile:ok", "complete enterProfile:ok", "resolved"]);
  expect(settled).toEqual({ errMsg: "enterProfile:ok" });
  await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  const logged = await page.evaluate(() => ttShim.calls("Taro.enterProfile").map((c) => c.api));
  expect(logged).toEqual(["Taro.enterProfile"]);
});

test("a Taro call rejects with the fail object even when fail was given", async ({ page }) => {
  await openAuthenticatedApp(page);
  const { order, rejected } = await page.evaluate(async () => {
    const order = [];
    const rejected = await Taro.enterProfile({
      fail: (res) => order.push("fail"),
      complete: () => order.push("complete"),
    }).then(() => "resolved", (res) => res);
    order.push("rejected");
    return { order, rejected };
  });
  expect(order).toEqual(["fail", "complete", "rejected"]);
  expect(rejected).toEqual({
    errMsg: "enterProfile:fail parameter error: parameter.openid should be String instead of Undefined",
    errno: 104,
    errString: "parameter error: parameter.openid should be String instead of Undefined",
  });
});

test("Taro words a non-object option as Taro does", async ({ page }) => {
  await openAuthenticatedApp(page);
  const rejected = await page.evaluate(() => Taro.getSystemInfo(5).catch((res) => res));
  expect(rejected.errMsg).toBe("getSystemInfo:fail parameter error: parameter should be Object instead of Number");
});

test("Taro.getSystemInfoSync and Taro.canIUse answer like their tt twins", async ({ page }) => {
  await openAuthenticatedApp(page, { client: { platform: "ios", version: "3.9.0" } });
  const answers = await page.evaluate(() => ({
    platform: Taro.getSystemInfoSync().platform,
    enterProfile: Taro.canIUse("enterProfile"),
    requestAccess: Taro.canIUse("requestAccess"),
  }));
  expect(answers).toEqual({ platform: "ios", enterProfile: false, requestAccess: false });
});

test("a gadget's Taro.login gives a code the backend can exchange", async ({ page }) => {
  await openApp(page, { mode: "gadget", client: { version: "6.8.0" } });
  const session = await page.evaluate(async () => {
    const { code } = await Taro.login();
    await Taro.checkSession();
    return ttShim.exchangeCode(code);
  });
  const current = await page.evaluate(() => ttShim.session());
  expect(session).toEqual(current);
});

test("a page's own Taro object keeps its members and gains ttshim's APIs", async ({ page }) => {
  await page.addInitScript(() => {
    window.Taro = { ownHelper: () => "the app's own", ENV_TYPE: { WEB: "WEB" } };
  });
  await configure(page, { acceptAnySignature: true });
  await page.goto("/web/fixtures/app.html");
  await page.evaluate(() => ttShim.ready);
  const seen = await page.evaluate(() => ({
    own: Taro.ownHelper(),
    env: Taro.ENV_TYPE,
    added: typeof Taro.enterProfile,
  }));
  expect(seen).toEqual({ own: "the app's own", env: { WEB: "WEB" }, added: "function" });
});
