// Loading: the globals exist the moment the script runs, calls made before
// the runtime loads are answered in order, and a page that already has a
// tt (a real client) is left alone unless forced.
import { test, expect } from "@playwright/test";
import { APP, configure, openAuthenticatedApp, openProfile, openIdOf, expectCardAt, consoleMessages, pageErrors } from "./helpers.mjs";

const EARLY = "/web/fixtures/early.html";

test.describe("calls made before ttShim.ready", () => {
  test("are all answered, in the order they were made", async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(EARLY);
    await expect(page.getByLabel("answers").getByRole("listitem")).toHaveText([
      "h5sdk.config: ok",
      "enterProfile: enterProfile:ok",
      "getSystemInfo: getSystemInfo:ok windows_nt",
      "enterProfile without openid: enterProfile:fail Parameter error. openid cannot be empty",
    ]);
    expect(errors).toEqual([]);
  });

  test("the profile opened while loading shows at (100, 200)", async ({ page }) => {
    await page.goto(EARLY);
    await expectCardAt(page.getByRole("dialog", { name: "李雷" }), 100, 200);
  });

  test("were made while the runtime was still loading: sync and control calls threw", async ({ page }) => {
    await page.goto(EARLY);
    await expect(page.getByLabel("sync call")).toContainText("await ttShim.ready first");
    await expect(page.getByLabel("control call")).toContainText("await ttShim.ready first");
  });

  test("appear in the call log in order", async ({ page }) => {
    await page.goto(EARLY);
    await expect(page.getByLabel("answers").getByRole("listitem")).toHaveCount(4);
    const apis = await page.evaluate(() => ttShim.calls().map((c) => c.api + " " + c.outcome));
    expect(apis.slice(0, 4)).toEqual([
      "h5sdk.config ok", "tt.enterProfile ok", "tt.getSystemInfo ok", "tt.enterProfile fail",
    ]);
  });
});

test("tt, h5sdk and ttShim exist as soon as the script has run", async ({ page }) => {
  await page.goto(APP);
  const seen = await page.evaluate(() => ({
    enterProfile: typeof tt.enterProfile,
    config: typeof h5sdk.config,
    ready: ttShim.ready instanceof Promise,
    installed: ttShim.installed,
    apis: ttShim.apis.includes("tt.enterProfile") && ttShim.apis.includes("h5sdk.config"),
  }));
  expect(seen).toEqual({ enterProfile: "function", config: "function", ready: true, installed: true, apis: true });
});

test.describe("a page that already has a tt", () => {
  test("is left alone, with a console warning", async ({ page }) => {
    const messages = consoleMessages(page);
    await page.addInitScript(() => { window.tt = { realClient: true }; });
    const warning = page.waitForEvent("console", (m) => m.type() === "warning");
    await page.goto(APP);
    expect((await warning).text()).toContain("already has a tt object");
    const seen = await page.evaluate(() => ({
      realClient: tt.realClient,
      enterProfile: typeof tt.enterProfile,
      h5sdk: typeof window.h5sdk,
      installed: ttShim.installed,
    }));
    expect(seen).toEqual({ realClient: true, enterProfile: "undefined", h5sdk: "undefined", installed: false });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
  });

  test("ttShim.ready rejects, saying why", async ({ page }) => {
    await page.addInitScript(() => { window.tt = { realClient: true }; });
    await page.goto(APP);
    const message = await page.evaluate(() => ttShim.ready.then(() => "resolved", (e) => e.message));
    expect(message).toContain("already has a tt object");
  });

  test("gets nothing else: no other global, no wasm fetched, no listener, no element", async ({ page }) => {
    const fetched = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.addInitScript(() => { window.tt = { realClient: true }; });
    await page.goto(APP);
    await page.evaluate(() => ttShim.ready.catch(() => {}));
    const seen = await page.evaluate(() => ({
      globals: ["h5sdk", "Taro", "fs", "process", "path", "Go"].filter((name) => name in window),
      ttShim: Object.keys(ttShim),
      elements: document.querySelectorAll("ttshim-ui").length,
    }));
    expect(seen).toEqual({ globals: [], ttShim: ["installed", "ready"], elements: 0 });
    expect(fetched.filter((path) => path.endsWith(".wasm"))).toEqual([]);
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    expect(listeners.map((l) => l.type)).toEqual([]);
  });

  test("is replaced when ttShimConfig.force is true", async ({ page }) => {
    const messages = consoleMessages(page);
    await page.addInitScript(() => { window.tt = { realClient: true }; });
    await configure(page, { force: true });
    await page.goto(APP);
    await page.evaluate(() => ttShim.ready);
    const seen = await page.evaluate(() => ({
      realClient: tt.realClient,
      enterProfile: typeof tt.enterProfile,
      installed: ttShim.installed,
    }));
    expect(seen).toEqual({ realClient: undefined, enterProfile: "function", installed: true });
    expect(messages.filter((m) => m.type === "warning")).toEqual([]);
  });
});

test("a tt the page locked cannot be forced: ttshim says so and installs the rest", async ({ page }) => {
  const messages = consoleMessages(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "tt", { value: { realClient: true }, writable: false, configurable: false });
  });
  await configure(page, { force: true, strict: false });
  await page.goto(APP);
  await page.evaluate(() => ttShim.ready);
  const seen = await page.evaluate(async () => ({
    realClient: tt.realClient,
    taro: (await Taro.getSystemInfo()).errMsg,
  }));
  expect(seen).toEqual({ realClient: true, taro: "getSystemInfo:ok" });
  expect(messages.filter((m) => m.type === "warning").map((m) => m.text)).toEqual(["ttshim: could not install tt: the page locked them"]);
});

test("including the shim twice keeps the page's authentication", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await openAuthenticatedApp(page);
  const openid = await openIdOf(page, "李娜");
  await page.evaluate(() => new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = "/dist/ttshim.js";
    script.onload = resolve;
    document.head.append(script);
  }));
  await page.evaluate(() => ttShim.ready);
  expect(warnings).toContain("ttshim: already installed in this page; this second copy does nothing.");
  const { ok } = await openProfile(page, { openid, left: 100, top: 200 });
  expect(ok).toBe(true);
  await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
});

test("the ES module build installs ttshim as the script does, with the wasm from next to the module", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
  await page.route("**/web/fixtures/module-build.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>module</title>
<script>window.ttShimConfig = { strict: false };</script>
<script type="module">import "/dist/ttshim.mjs"; document.title = typeof tt.enterProfile + " " + (ttShim.ready instanceof Promise);</script>
</head><body></body></html>`,
  }));
  await page.goto("/web/fixtures/module-build.html");
  await expect(page).toHaveTitle("function true");
  expect(await page.evaluate(async () => { await ttShim.ready; return (await tt.getSystemInfo()).errMsg; })).toBe("getSystemInfo:ok");
  expect(wasm).toEqual(["/dist/ttshim.wasm"]);
});
