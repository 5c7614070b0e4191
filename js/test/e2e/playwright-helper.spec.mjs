// ttshim/playwright, the package's Playwright helper: installTtShim puts
// ttshim into pages of any origin that never included it (served here from
// memory, on fake origins), into their frames, and under a strict CSP; the
// ttshim fixture drives it from the test, across navigations.
import { test as base, expect } from "@playwright/test";
import { test, installTtShim, startTtshimFileServer, TTSHIM_WASM_PATH } from "ttshim/playwright";
import { consoleMessages, pageErrors } from "./helpers.mjs";

const APP = "https://app.example.test";
const WIDGET = "https://widget.example.test";
const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";

// serve answers the given URLs from memory (HTML unless a fulfil object is
// given) and leaves every other request, ttshim's wasm included, alone.
async function serve(target, files) {
  await target.route((url) => url.href in files, (route) => {
    const file = files[route.request().url()];
    return route.fulfill(typeof file === "string" ? { contentType: "text/html", body: file } : file);
  });
}

// A page that records what existed when its own first script ran.
const PLAIN = `<!doctype html><title>plain</title>
<script>window.seen = { tt: typeof tt, h5sdk: typeof h5sdk, Taro: typeof Taro, ttShim: typeof ttShim };</script>
<h1>No ttshim here</h1>`;

const errorsOf = (messages) => messages.filter((m) => m.type === "error");

base.describe("installTtShim", () => {
  base("on a page: a page that never included ttshim has it before its own scripts run", async ({ page }) => {
    const messages = consoleMessages(page);
    const errors = pageErrors(page);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await serve(page, { [APP + "/"]: PLAIN });
    await installTtShim(page, { client: { language: "en_US" } });
    await page.goto(APP + "/");
    expect(await page.evaluate(() => window.seen)).toEqual({ tt: "object", h5sdk: "object", Taro: "object", ttShim: "object" });
    await page.evaluate(() => ttShim.ready);
    expect(await page.evaluate(() => ttShim.config().client.language)).toBe("en_US");
    expect(requests).toEqual([APP + "/", APP + TTSHIM_WASM_PATH]);
    // The wasm URL is handed over and taken back: no global stays behind.
    expect(await page.evaluate(() => "__ttshimWasmURL" in window)).toBe(false);
    expect(errorsOf(messages)).toEqual([]);
    expect(errors).toEqual([]);
  });

  base("on a context: every page of it, a popup too", async ({ browser }) => {
    const context = await browser.newContext();
    try {
      await serve(context, { [APP + "/"]: PLAIN, [APP + "/popup.html"]: PLAIN });
      await installTtShim(context, { client: { platform: "ios" } });
      const first = await context.newPage();
      const second = await context.newPage();
      await first.goto(APP + "/");
      await second.goto(APP + "/");
      const [popup] = await Promise.all([
        first.waitForEvent("popup"),
        first.evaluate((url) => { window.open(url); }, APP + "/popup.html"),
      ]);
      await popup.waitForLoadState();
      for (const page of [first, second, popup]) {
        expect(await page.evaluate(() => window.seen.tt), page.url()).toBe("object");
        expect(await page.evaluate(() => ttShim.ready.then(() => ttShim.config().client.platform))).toBe("ios");
      }
    } finally {
      await context.close();
    }
  });

  base("on any origin: http and https, with any host", async ({ page }) => {
    const origins = ["http://plain.example.test", "https://shop.example.test:8443", "http://10.0.0.1"];
    await serve(page, Object.fromEntries(origins.map((o) => [o + "/", PLAIN])));
    await installTtShim(page, { strict: false });
    for (const origin of origins) {
      await page.goto(origin + "/");
      const platform = await page.evaluate(async () => (await tt.getSystemInfo()).platform);
      expect(platform, origin).toBe("windows_nt");
    }
  });

  base("in frames: every http(s) frame has its own; about:blank, srcdoc and data: frames are skipped cleanly", async ({ page }) => {
    const messages = consoleMessages(page);
    const errors = pageErrors(page);
    await serve(page, {
      [APP + "/"]: `<!doctype html><title>frames</title>
        <iframe name="same" src="/frame.html"></iframe>
        <iframe name="cross" src="${WIDGET}/widget.html"></iframe>
        <iframe name="blank"></iframe>
        <iframe name="srcdoc" srcdoc="<p>srcdoc</p>"></iframe>
        <iframe name="data" src="data:text/html,<p>data</p>"></iframe>`,
      [APP + "/frame.html"]: PLAIN,
      [WIDGET + "/widget.html"]: PLAIN,
    });
    await installTtShim(page, { strict: false });
    await page.goto(APP + "/");
    await page.waitForLoadState("load");
    const seen = {};
    for (const name of ["same", "cross", "blank", "srcdoc", "data"]) {
      const frame = page.frame({ name });
      seen[name] = await frame.evaluate(async () => {
        if (typeof ttShim === "undefined") return typeof tt;
        await ttShim.ready;
        return (await tt.getSystemInfo()).platform + " " + location.origin;
      });
    }
    expect(seen).toEqual({
      same: "windows_nt " + APP,
      cross: "windows_nt " + WIDGET,
      blank: "undefined",
      srcdoc: "undefined",
      data: "undefined",
    });
    // Each frame is its own client: the call log of one is not the other's.
    expect(await page.frame({ name: "cross" }).evaluate(() => ttShim.calls().length)).toBe(1);
    expect(await page.evaluate(() => ttShim.calls().length)).toBe(0);
    expect(errorsOf(messages)).toEqual([]);
    expect(errors).toEqual([]);
  });

  base("a document with no origin (about:blank, setContent) has no ttshim and no console error", async ({ page }) => {
    const messages = consoleMessages(page);
    await installTtShim(page);
    await page.setContent("<p>about:blank</p>");
    expect(await page.evaluate(() => [typeof tt, typeof ttShim])).toEqual(["undefined", "undefined"]);
    await page.goto("data:text/html,<p>data</p>");
    expect(await page.evaluate(() => typeof ttShim)).toBe("undefined");
    expect(errorsOf(messages)).toEqual([]);
  });

  base("the first tt.request loads the network module from next to the wasm, once", async ({ page, browser }) => {
    const API = { json: { from: "the app's api" } };
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await serve(page, { [APP + "/"]: PLAIN, [APP + "/api"]: API });
    await installTtShim(page);
    await page.goto(APP + "/");
    await page.evaluate(() => ttShim.ready);
    expect(requests).toEqual(["/", TTSHIM_WASM_PATH]);
    const data = await page.evaluate(async () => [(await tt.request({ url: "/api" })).data, (await Taro.request({ url: "/api" })).data]);
    expect(data).toEqual([API.json, API.json]);
    expect(requests).toEqual(["/", TTSHIM_WASM_PATH, "/__ttshim__/ttshim-net.wasm", "/api", "/api"]);

    // With a path of the test's choosing, the module is next to that path.
    const other = await browser.newPage();
    try {
      const paths = [];
      other.on("request", (r) => { if (r.url().endsWith(".wasm")) paths.push(new URL(r.url()).pathname); });
      await serve(other, { [APP + "/"]: PLAIN, [APP + "/api"]: API });
      await installTtShim(other, undefined, { path: "/assets/shim/core.wasm" });
      await other.goto(APP + "/");
      expect(await other.evaluate(async () => (await tt.request({ url: "/api" })).data)).toEqual(API.json);
      expect(paths).toEqual(["/assets/shim/core.wasm", "/assets/shim/ttshim-net.wasm"]);
    } finally {
      await other.close();
    }
  });

  base("with a file server, a loopback page fetches the wasm from it and an https page gets it from memory", async ({ browser }) => {
    const LOOPBACK = new URL("/helper-loopback.html", test.info().project.use.baseURL).href;
    const server = await startTtshimFileServer();
    const context = await browser.newContext();
    try {
      await installTtShim(context, { strict: false }, { server });
      const bootOf = async (url) => {
        const page = await context.newPage();
        await serve(page, { [url]: PLAIN });
        await page.goto(url);
        return page.evaluate(() => ttShim.ready.then(() => "ready", (e) => e.message));
      };
      expect(await bootOf(LOOPBACK)).toBe("ready");
      expect(await bootOf(APP + "/")).toBe("ready");
      // Once the server is gone, the loopback page's wasm has nowhere to come
      // from, and the https page still boots: each took the path it says.
      await server.close();
      expect(await bootOf(LOOPBACK)).toContain("cannot load");
      expect(await bootOf(APP + "/")).toBe("ready");
    } finally {
      await context.close();
      await server.close();
    }
  });

  base("a page that includes ttshim.js itself keeps one runtime: its own copy does nothing", async ({ page }) => {
    const messages = consoleMessages(page);
    const wasm = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
    await installTtShim(page, { client: { language: "en_US" } });
    await page.goto("/web/fixtures/app.html"); // <script src="/dist/ttshim.js"> and the test kit
    await page.evaluate(() => testkit.authenticate());
    expect(await page.evaluate(() => ({
      language: ttShim.config().client.language,
      calls: ttShim.calls().map((c) => c.api + " " + c.outcome),
    }))).toEqual({ language: "en_US", calls: ["h5sdk.config ok"] });
    expect(wasm).toEqual([TTSHIM_WASM_PATH]);
    expect(messages.filter((m) => m.type === "warning").map((m) => m.text))
      .toEqual(["ttshim: already installed in this page; this second copy does nothing."]);
    expect(errorsOf(messages)).toEqual([]);
  });

  base("refuses a second install in the same page or context", async ({ page, browser }) => {
    await installTtShim(page.context());
    await expect(installTtShim(page)).rejects.toThrow("already installed in this page's context");
    await expect(installTtShim(page.context())).rejects.toThrow("already installed in this context");
    const other = await browser.newPage();
    try {
      await installTtShim(other);
      await expect(installTtShim(other)).rejects.toThrow("already installed in this page");
      await expect(installTtShim(other.context())).rejects.toThrow("already installed in this context's page");
    } finally {
      await other.close();
    }
    await expect(installTtShim({})).rejects.toThrow(TypeError);
    await expect(installTtShim(other, "en_US")).rejects.toThrow(TypeError);
  });

  base.describe("a page with a strict Content-Security-Policy", () => {
    const page = (csp) => ({
      [APP + "/"]: {
        contentType: "text/html",
        headers: { "content-security-policy": csp },
        body: `<!doctype html><title>csp</title>
          <script>window.inlineRan = true;</script>
          <script src="/app.js"></script>`,
      },
      [APP + "/app.js"]: {
        contentType: "text/javascript",
        body: `tt.getSystemInfo().then((r) => { document.title = r.platform; }, (r) => { document.title = r.errMsg; });`,
      },
    });

    base("still gets ttshim: the init script is exempt, the wasm is same-origin and compiles", async ({ page: tab }) => {
      const messages = consoleMessages(tab);
      await serve(tab, page("script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; default-src 'self'"));
      await installTtShim(tab, { strict: false });
      await tab.goto(APP + "/");
      await tab.evaluate(() => ttShim.ready);
      await expect(tab).toHaveTitle("windows_nt");
      // The policy is enforced all the same: the page's inline script did not run.
      expect(await tab.evaluate(() => window.inlineRan)).toBeUndefined();
      const refused = errorsOf(messages).map((m) => m.text);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/inline script violates the following Content Security Policy directive/);
    });

    base("without 'wasm-unsafe-eval', ttShim.ready says the wasm could not compile", async ({ page: tab }) => {
      await serve(tab, page("script-src 'self'"));
      await installTtShim(tab, { strict: false });
      await tab.goto(APP + "/");
      const message = await tab.evaluate(() => ttShim.ready.then(() => "ready", (e) => e.message));
      expect(message).toContain(`ttshim: cannot load ${APP}${TTSHIM_WASM_PATH}: CompileError`);
    });
  });

  base("a route of the test's own that answers the reserved path wins over ttshim's", async ({ page }) => {
    await installTtShim(page);
    await page.route(APP + "/**", (route) => route.fulfill({ status: 404, body: "" }));
    await serve(page, { [APP + "/"]: PLAIN });
    await page.goto(APP + "/");
    const message = await page.evaluate(() => ttShim.ready.then(() => "ready", (e) => e.message));
    expect(message).toBe(`ttshim: cannot load ${APP}${TTSHIM_WASM_PATH}: Error: HTTP 404`);
  });
});

// ---- the fixture -------------------------------------------------------------

// Two documents of the app, and one that calls an API and moves on at once.
const FIRST = `<!doctype html><title>first</title>
<script>tt.getSystemInfo();</script>
<a href="/second.html">second</a>
<button type="button" onclick="tt.getSystemInfo(); location.href = '/second.html'">call and leave</button>`;
const SECOND = `<!doctype html><title>second</title>
<script>tt.enterProfile({ openid: "${LI_NA}", left: 1, top: 2 });</script>`;

test.describe("the ttshim fixture", () => {
  test.use({ ttshimConfig: { strict: false, requireTap: false, client: { language: "en_US" }, app: { appName: "Helper Test" } } });

  test.beforeEach(async ({ page }) => {
    await serve(page, { [APP + "/"]: PLAIN, [APP + "/first.html"]: FIRST, [APP + "/second.html"]: SECOND });
  });

  test("installs into the test's page, configured by test.use({ttshimConfig})", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.ready();
    const config = await ttshim.config();
    expect(config.client.language).toBe("en_US");
    expect(config.app.appName).toBe("Helper Test");
  });

  test("installs even when the test does not ask for ttshim", async ({ page }) => {
    await page.goto(APP + "/");
    expect(await page.evaluate(() => ttShim.ready.then(() => ttShim.config().client.language))).toBe("en_US");
  });

  test("the fixture follows the log through ttShim.on: on window it adds only beforeunload and pagehide", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.ready();
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    await cdp.detach();
    // resize is ttshim's own (docs/production.md, "What it changes in a page").
    expect(listeners.map((l) => l.type).sort()).toEqual(["beforeunload", "pagehide", "resize"]);
  });

  test("before any navigation the page has no ttshim, and the methods say so", async ({ ttshim }) => {
    await expect(ttshim.calls()).rejects.toThrow(/ttshim is not in this document \(about:blank\).*page\.goto/);
  });

  test("configure applies a patch, and rejects a bad one with the page's TypeError", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.configure({ client: { platform: "ios" } });
    expect(await page.evaluate(async () => (await tt.getSystemInfo()).platform)).toBe("ios");
    const error = await ttshim.configure({ client: { platfrom: "ios" } }).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('unknown key "client.platfrom" (did you mean "client.platform"?)');
  });

  test("calls(api) reads the current document's log", async ({ page, ttshim }) => {
    await page.goto(APP + "/first.html");
    await page.evaluate(() => tt.enterProfile({ openid: "ou_b876aa59f6638f66a20342e40ceafdf8", left: 3, top: 4 }));
    expect((await ttshim.calls()).map((c) => c.api)).toEqual(["tt.getSystemInfo", "tt.enterProfile"]);
    expect(await ttshim.calls("enterProfile")).toEqual([expect.objectContaining({
      api: "tt.enterProfile", outcome: "ok", args: { openid: LI_NA, left: 3, top: 4 },
    })]);
  });

  test("override: an object, an errno, {times: 1}, and restore", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.override("getSystemInfo", { platform: "mocked" }, { times: 1 });
    await ttshim.override("tt.enterProfile", { errno: 1234, errString: "no card today" });
    const seen = await page.evaluate(async () => {
      const settle = (p) => p.then((r) => r, (r) => r);
      return [
        (await tt.getSystemInfo()).platform,
        (await tt.getSystemInfo()).platform,
        await settle(tt.enterProfile({ openid: "ou_b876aa59f6638f66a20342e40ceafdf8" })),
      ];
    });
    expect(seen).toEqual(["mocked", "windows_nt", { errMsg: "enterProfile:fail no card today", errno: 1234, errString: "no card today" }]);
    await ttshim.restore("enterProfile");
    expect(await page.evaluate(async () => (await tt.enterProfile({ openid: "ou_b876aa59f6638f66a20342e40ceafdf8" })).errMsg)).toBe("enterProfile:ok");
    const log = await ttshim.calls();
    expect(log.map((c) => [c.api, c.outcome, !!c.overridden])).toEqual([
      ["tt.getSystemInfo", "ok", true],
      ["tt.getSystemInfo", "ok", false],
      ["tt.enterProfile", "fail", true],
      ["tt.enterProfile", "ok", false],
    ]);
  });

  test("override with a Node function: it runs in Node, gets the option and answers asynchronously", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    const received = [];
    await ttshim.override("enterProfile", async (option, { api, page: from }) => {
      received.push({ option, api, samePage: from === page });
      await new Promise((resolve) => setTimeout(resolve, 10));
      return option.openid === "ou_nobody" ? { errno: 404, errString: "nobody" } : {};
    });
    const results = await page.evaluate(() => Promise.all([
      tt.enterProfile({ openid: "ou_b876aa59f6638f66a20342e40ceafdf8", left: 5 }).then((r) => r.errMsg),
      Taro.enterProfile({ openid: "ou_nobody", success() {} }).then((r) => r.errMsg, (r) => r.errMsg),
    ]));
    expect(results).toEqual(["enterProfile:ok", "enterProfile:fail nobody"]);
    expect(received).toEqual([
      { option: { openid: LI_NA, left: 5 }, api: "enterProfile", samePage: true },
      { option: { openid: "ou_nobody" }, api: "enterProfile", samePage: true },
    ]);
    expect((await ttshim.calls()).map((c) => [c.api, c.outcome, c.overridden])).toEqual([
      ["tt.enterProfile", "ok", true], ["Taro.enterProfile", "fail", true],
    ]);
  });

  test("a Node function that throws fails the call with errno 100; a sync API cannot take one", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.override("getSystemInfo", () => { throw new Error("boom"); }, { times: 1 });
    const failed = await page.evaluate(() => tt.getSystemInfo().then((r) => r, (r) => r));
    expect(failed.errno).toBe(100);
    expect(failed.errString).toContain("it rejected with Error: boom");
    await expect(ttshim.override("getSystemInfoSync", () => ({}))).rejects.toThrow(TypeError);
    await ttshim.override("getSystemInfoSync", { platform: "sync-mock" });
    expect(await page.evaluate(() => tt.getSystemInfoSync().platform)).toBe("sync-mock");
  });

  test("dialogs and answer", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    const profile = page.evaluate(() => Taro.getUserProfile({ desc: "Show your name" }));
    await expect.poll(() => ttshim.dialogs()).toEqual([expect.objectContaining({
      api: "Taro.getUserProfile", consent: expect.objectContaining({ appName: "Helper Test", desc: "Show your name" }),
    })]);
    await ttshim.answer("allow");
    expect((await profile).userInfo.nickName).toBe("Zhang Wei");
    expect(await ttshim.dialogs()).toEqual([]);
    expect((await ttshim.calls("getUserProfile"))[0].dialog).toEqual({ kind: "consent", answer: "allow", answeredBy: "ttShim.answer" });
    await expect(ttshim.answer("allow")).rejects.toThrow(Error);
  });

  test("session and reset", async ({ page, ttshim }) => {
    await page.goto(APP + "/first.html");
    const before = await ttshim.session();
    expect(before.openId).toBe((await ttshim.config()).users[0].openId);
    await ttshim.override("getSystemInfo", { platform: "mocked" });
    await ttshim.configure({ client: { platform: "android" } });
    await ttshim.reset();
    expect(await ttshim.calls()).toEqual([]);
    expect((await ttshim.session()).sessionKey).not.toBe(before.sessionKey);
    expect(await page.evaluate(async () => (await tt.getSystemInfo()).platform)).toBe("windows_nt");
  });

  test("after a navigation the methods act on the new document, and earlier documents' logs are kept", async ({ page, ttshim }) => {
    await page.goto(APP + "/first.html");
    await page.getByRole("link", { name: "second" }).click();
    await page.waitForURL(APP + "/second.html");
    expect((await ttshim.calls()).map((c) => c.api)).toEqual(["tt.enterProfile"]);
    expect((await ttshim.calls({ allDocuments: true })).map((c) => c.api)).toEqual(["tt.getSystemInfo", "tt.enterProfile"]);
    expect((await ttshim.calls("getSystemInfo", { allDocuments: true })).map((c) => c.api)).toEqual(["tt.getSystemInfo"]);
    await page.reload();
    // A document's calls are handled, and logged, once its ttshim runs.
    await ttshim.ready();
    await page.goto(APP + "/first.html");
    expect((await ttshim.calls({ allDocuments: true })).map((c) => c.api))
      .toEqual(["tt.getSystemInfo", "tt.enterProfile", "tt.enterProfile", "tt.getSystemInfo"]);
  });

  test("a call made just before the page leaves is kept", async ({ page, ttshim }) => {
    for (let i = 0; i < 3; i++) {
      await page.goto(APP + "/first.html");
      await ttshim.ready();
      await page.getByRole("button", { name: "call and leave" }).click();
      await page.waitForURL(APP + "/second.html");
      await ttshim.ready();
    }
    const log = (await ttshim.calls({ allDocuments: true })).map((c) => c.api.slice(3));
    expect(log).toEqual(Array(3).fill(["getSystemInfo", "getSystemInfo", "enterProfile"]).flat());
  });

  test("after ttshim.reset(), a call made just before the page leaves is still kept", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.reset();
    // The fixture's listeners outlive the reset: calls send the log's
    // changes to Node, both in one message, in a task of their own.
    const sent = await page.evaluate(async () => {
      const binding = window.__ttshimPlaywright;
      let messages = 0;
      window.__ttshimPlaywright = (kind, ...args) => { if (kind === "log") messages++; return binding(kind, ...args); };
      tt.getSystemInfo();
      Taro.getEnv();
      const atOnce = messages;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { atOnce, later: messages };
    });
    expect(sent).toEqual({ atOnce: 0, later: 1 });
    for (let i = 0; i < 3; i++) {
      await page.goto(APP + "/first.html");
      await ttshim.ready();
      await page.evaluate(() => ttShim.reset());
      await page.getByRole("button", { name: "call and leave" }).click();
      await page.waitForURL(APP + "/second.html");
      await ttshim.ready();
    }
    const log = (await ttshim.calls({ allDocuments: true })).map((c) => c.api);
    expect(log).toEqual(["tt.getSystemInfo", "Taro.getEnv", ...Array(3).fill(["tt.getSystemInfo", "tt.enterProfile"]).flat()]);
  });

  test("a call a Node function answered is kept after the page moves on", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await ttshim.override("getSystemInfo", async () => ({ platform: "node" }));
    expect(await page.evaluate(async () => (await tt.getSystemInfo()).platform)).toBe("node");
    await page.goto(APP + "/second.html");
    const kept = await ttshim.calls("getSystemInfo", { allDocuments: true });
    expect(kept.map((c) => [c.outcome, c.overridden, c.result.platform])).toEqual([["ok", true, "node"]]);
  });

  test("a dialog answered by a click is kept with its answer after the page moves on", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    const profile = page.evaluate(() => Taro.getUserProfile({ desc: "Show your name" }).then((r) => r.errMsg));
    await page.getByRole("dialog", { name: "Helper Test" }).getByRole("button", { name: "Allow" }).click();
    expect(await profile).toBe("getUserProfile:ok");
    await page.goto(APP + "/second.html");
    const kept = await ttshim.calls("getUserProfile", { allDocuments: true });
    expect(kept.map((c) => [c.outcome, c.dialog.answeredBy])).toEqual([["ok", "user"]]);
  });

  test("frame(frame) acts on a frame's own ttshim", async ({ page, ttshim }) => {
    await serve(page, { [APP + "/frames.html"]: `<iframe name="widget" src="${WIDGET}/widget.html"></iframe>`, [WIDGET + "/widget.html"]: PLAIN });
    await page.goto(APP + "/frames.html");
    const widget = ttshim.frame(page.frame({ name: "widget" }));
    await widget.override("getSystemInfo", (option, { frame }) => ({ platform: new URL(frame.url()).host }));
    expect(await page.frame({ name: "widget" }).evaluate(async () => (await tt.getSystemInfo()).platform)).toBe("widget.example.test");
    expect(await page.evaluate(async () => (await tt.getSystemInfo()).platform)).toBe("windows_nt");
    expect((await widget.calls()).map((c) => c.overridden)).toEqual([true]);
    expect((await ttshim.calls()).map((c) => !!c.overridden)).toEqual([false]);
    expect(() => ttshim.frame(page.frameLocator("iframe"))).toThrow(TypeError);
  });
});
