// ttShim.on / ttShim.off: "call" when a call is logged, "settle" when one
// that waited settles, "dialog" when a dialog opens or is answered,
// "reset" when ttShim.reset() clears the log; each in a microtask after
// the change.
import { test, expect } from "@playwright/test";
import { APP, openApp, pageErrors } from "./helpers.mjs";

const OPEN = { strict: false, client: { language: "en_US" } };

// listen collects every event in window.__events, as [type, ...what it says].
async function listen(page) {
  await page.evaluate(() => {
    window.__events = [];
    window.__listener = (e) => __events.push([e.type, e.api, e.outcome ?? e.dialog].filter((v) => v !== undefined));
    for (const type of ["call", "settle", "dialog", "reset"]) ttShim.on(type, __listener);
  });
}

const events = (page) => page.evaluate(() => __events);

test("a call that opens a dialog: call, dialog opened; answered: dialog, then settle", async ({ page }) => {
  await openApp(page, OPEN);
  await listen(page);
  const profile = page.evaluate(() => Taro.getUserProfile({ desc: "Show your name" }).then((r) => r.errMsg));
  await expect.poll(() => events(page)).toEqual([
    ["call", "Taro.getUserProfile", "pending"],
    ["dialog", "Taro.getUserProfile", { kind: "consent", answer: null }],
  ]);
  await page.getByRole("dialog", { name: "ttshim Demo" }).getByRole("button", { name: "Allow" }).click();
  expect(await profile).toBe("getUserProfile:ok");
  expect((await events(page)).slice(2)).toEqual([
    ["dialog", "Taro.getUserProfile", { kind: "consent", answer: "allow", answeredBy: "user" }],
    ["settle", "Taro.getUserProfile", "ok"],
  ]);
});

test("every logged call is an event: async, sync, listener, overridden, in order", async ({ page }) => {
  await openApp(page, OPEN);
  await listen(page);
  await page.evaluate(async () => {
    ttShim.override("tt.getSystemInfo", { errno: 103, errString: "mocked" }, { times: 1 });
    await tt.getSystemInfo().catch(() => {});
    tt.getSystemInfoSync();
    try {
      tt.onThemeChange(() => {}); // a listener this client lacks: it throws, and is logged
    } catch {}
    await tt.getSystemInfo();
    await tt.enterProfile({ openid: "nobody" }).catch(() => {});
  });
  expect(await events(page)).toEqual([
    ["call", "tt.getSystemInfo", "fail"],
    ["call", "tt.getSystemInfoSync", "ok"],
    ["call", "tt.onThemeChange", "fail"],
    ["call", "tt.getSystemInfo", "ok"],
    ["call", "tt.enterProfile", "fail"],
  ]);
  expect((await page.evaluate(() => ttShim.calls())).map((c) => [c.api, c.outcome])).toEqual(
    (await events(page)).map(([, api, outcome]) => [api, outcome]));
});

test("a call's event comes in a microtask after it, where the listener may use ttShim", async ({ page }) => {
  await openApp(page, OPEN);
  const seen = await page.evaluate(async () => {
    const seen = [];
    let inside = true;
    ttShim.on("call", (e) => seen.push({ inside, logged: ttShim.calls(e.api).length }));
    tt.getSystemInfoSync();
    tt.getSystemInfoSync();
    inside = false;
    await Promise.resolve();
    return seen;
  });
  expect(seen).toEqual([{ inside: false, logged: 2 }, { inside: false, logged: 2 }]);
});

test("off removes a listener; a listener that throws is reported and stops no other", async ({ page }) => {
  await openApp(page, OPEN);
  const errors = pageErrors(page);
  const counts = await page.evaluate(async () => {
    const counts = { kept: 0, removed: 0 };
    const removed = () => counts.removed++;
    ttShim.on("call", () => { throw new Error("listener boom"); });
    ttShim.on("call", () => counts.kept++);
    ttShim.on("call", removed);
    ttShim.on("call", removed); // the same listener twice is one
    await tt.getSystemInfo();
    ttShim.off("call", removed);
    await tt.getSystemInfo();
    return counts;
  });
  expect(counts).toEqual({ kept: 2, removed: 1 });
  expect(errors).toEqual(["listener boom", "listener boom"]);
});

test("reset: the waiting calls settle as dismissed, then reset; listeners stay", async ({ page }) => {
  await openApp(page, OPEN);
  await listen(page);
  await page.evaluate(() => {
    Taro.getUserProfile({ desc: "x" }).catch(() => {});
  });
  await expect.poll(() => events(page)).toHaveLength(2);
  await page.evaluate(() => ttShim.reset());
  await page.evaluate(() => tt.getSystemInfo());
  expect((await events(page)).slice(2)).toEqual([
    ["dialog", "Taro.getUserProfile", { kind: "consent", answer: "deny", answeredBy: "ttShim.reset" }],
    ["settle", "Taro.getUserProfile", "fail"],
    ["reset"],
    ["call", "tt.getSystemInfo", "ok"],
  ]);
});

test("a request settles when its answer comes", async ({ page }) => {
  await page.route("**/api/answer", (route) => route.fulfill({ json: { ok: 1 } }));
  await openApp(page, OPEN);
  await listen(page);
  await page.evaluate(() => tt.request({ url: "/api/answer" }));
  expect(await events(page)).toEqual([["call", "tt.request", "pending"], ["settle", "tt.request", "ok"]]);
});

test("on and off need no runtime, and take only a known type and a function", async ({ page }) => {
  await page.addInitScript(() => {
    window.__early = [];
    document.addEventListener("DOMContentLoaded", () => {
      ttShim.on("call", (e) => __early.push(e.api));
      tt.getSystemInfo();
    });
  });
  await page.goto(APP);
  await expect.poll(() => page.evaluate(() => __early)).toEqual(["tt.getSystemInfo"]);
  const thrown = await page.evaluate(() => [() => ttShim.on("calls", () => {}), () => ttShim.off("call", "fn"), () => ttShim.on()]
    .map((f) => { try { f(); return null; } catch (e) { return `${e.name}: ${e.message}`; } }));
  expect(thrown).toEqual([
    'TypeError: ttShim.on(type, listener): type should be one of "call", "settle", "dialog", "reset", "close", not "calls"',
    "TypeError: ttShim.off(type, listener): listener should be a function",
    'TypeError: ttShim.on(type, listener): type should be one of "call", "settle", "dialog", "reset", "close", not "undefined"',
  ]);
});
