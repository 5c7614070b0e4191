// A page that tampers with ttshim's globals or with the built-ins after
// ttshim loaded: calls through saved references still work, the log stays
// right, and ttShim.reset() puts ttshim's own globals back.
import { test, expect } from "@playwright/test";
import { openApp, consoleMessages, pageErrors } from "./helpers.mjs";

const GADGET = { mode: "gadget", strict: false };
const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";

// Runs in the page: every member of tt, h5sdk, Taro and ttShim as they are
// now, and the objects themselves, kept in window.ownGlobals; mismatches()
// names what differs from them.
function keepOwnGlobals() {
  const names = ["tt", "h5sdk", "Taro", "ttShim"];
  const kept = Object.fromEntries(names.map((name) => [name, { object: window[name], members: { ...window[name] } }]));
  window.ownGlobals = {
    kept,
    mismatches() {
      const wrong = [];
      for (const name of names) {
        if (window[name] !== kept[name].object) wrong.push(name);
        for (const [key, value] of Object.entries(kept[name].members)) {
          if (!window[name] || window[name][key] !== value) wrong.push(name + "." + key);
        }
      }
      return wrong;
    },
  };
}

test.describe("a page that deletes or replaces ttshim's members and globals", () => {
  test("cannot break calls made through saved references, nor the log", async ({ page }) => {
    await openApp(page, GADGET);
    const seen = await page.evaluate(async () => {
      const saved = {
        getSystemInfo: tt.getSystemInfo, login: tt.login, getSystemInfoSync: tt.getSystemInfoSync,
        taroLogin: Taro.login, getEnv: Taro.getEnv, calls: ttShim.calls, override: ttShim.override,
        kindOf: ttShim.kindOf, isSimulated: ttShim.isSimulated,
      };
      tt.getSystemInfo = null;
      delete tt.login;
      tt.getSystemInfoSync = () => "the page's";
      Taro.login = undefined;
      delete Taro.getEnv;
      ttShim.calls = () => [];
      ttShim.kindOf = null;
      delete ttShim.isSimulated;
      delete ttShim.restore;
      h5sdk.config = 1;
      window.tt = {};
      window.Taro = { page: true };
      window.h5sdk = undefined;
      window.ttShim = { installed: "the page's" };

      saved.override("getSystemInfoSync", { platform: "overridden" }, { times: 1 });
      const answers = {
        promise: (await saved.getSystemInfo()).errMsg,
        callback: await new Promise((resolve) => saved.login({ success: (res) => resolve(res.errMsg) })),
        overriddenSync: saved.getSystemInfoSync().platform,
        sync: saved.getSystemInfoSync().platform,
        taro: (await saved.taroLogin()).errMsg,
        env: saved.getEnv(),
        registry: [saved.kindOf("tt.startAccelerometer"), saved.isSimulated("tt.startAccelerometer"), saved.isSimulated("tt.login")],
      };
      return { answers, log: saved.calls().map((c) => `${c.api} ${c.outcome}`) };
    });
    expect(seen).toEqual({
      answers: {
        promise: "getSystemInfo:ok",
        callback: "login:ok",
        overriddenSync: "overridden",
        sync: "windows_nt",
        taro: "login:ok",
        env: "lark",
        registry: ["async", false, true],
      },
      log: [
        "tt.getSystemInfo ok", "tt.login ok", "tt.getSystemInfoSync ok", "tt.getSystemInfoSync ok", "Taro.login ok", "Taro.getEnv ok",
      ],
    });
  });
});

test.describe("a page that replaces built-ins after ttshim loaded", () => {
  test("changes nothing in ttshim: calls, overrides, the log and the card still work", async ({ page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    const seen = await page.evaluate(async (openid) => {
      const saved = { calls: ttShim.calls, override: ttShim.override };
      const SavedPromise = Promise;
      const broken = (name) => function () { throw new Error("the page's own " + name); };
      const replaced = [
        [Promise.prototype, "then"], [JSON, "stringify"], [JSON, "parse"], [Object, "keys"], [Object, "assign"],
        [Object, "entries"], [Reflect, "get"], [Reflect, "apply"], [Reflect, "set"], [window, "queueMicrotask"],
        [window, "TextDecoder"], [window, "TextEncoder"], [window, "Promise"], [window, "reportError"],
      ].map(([owner, name]) => [owner, name, owner[name]]);
      for (const [owner, name] of replaced) owner[name] = broken(name);
      try {
        saved.override("checkSession", async () => ({ overridden: true }), { times: 1 });
        const answers = {
          promise: (await tt.getSystemInfo()).errMsg,
          callback: await new SavedPromise((resolve) => tt.login({ success: (res) => resolve(res.errMsg) })),
          sync: tt.getSystemInfoSync().platform,
          canIUse: tt.canIUse("login"),
          override: (await tt.checkSession()).overridden,
          taro: (await Taro.getSystemInfo({ success() {} })).errMsg,
          failure: await (async () => {
            try {
              await tt.login(5);
            } catch (res) {
              return res.errno;
            }
          })(),
          card: (await tt.enterProfile({ openid, left: 10, top: 20 })).errMsg,
        };
        return { answers, log: saved.calls().map((c) => `${c.api} ${c.outcome}`) };
      } finally {
        for (const [owner, name, original] of replaced) owner[name] = original;
      }
    }, LI_NA);
    expect(seen).toEqual({
      answers: {
        promise: "getSystemInfo:ok",
        callback: "login:ok",
        sync: "windows_nt",
        canIUse: true,
        override: true,
        taro: "getSystemInfo:ok",
        failure: 104,
        card: "enterProfile:ok",
      },
      log: [
        "tt.getSystemInfo ok", "tt.login ok", "tt.getSystemInfoSync ok", "tt.canIUse ok",
        "tt.checkSession ok", "Taro.getSystemInfo ok", "tt.login fail", "tt.enterProfile ok",
      ],
    });
    await expect(page.getByRole("dialog", { name: "李娜" }).getByRole("heading")).toHaveText("李娜");
    expect(errors).toEqual([]);
  });

  test("a callback's throw still reaches the page when the page replaced reportError", async ({ page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    const completed = await page.evaluate(async () => {
      const original = window.reportError;
      window.reportError = () => { throw new Error("the page's own reportError"); };
      try {
        return await new Promise((resolve) => tt.getSystemInfo({
          success() { throw new Error("from success"); },
          complete: (res) => resolve(res.errMsg),
        }));
      } finally {
        window.reportError = original;
      }
    });
    expect(completed).toBe("getSystemInfo:ok");
    await expect.poll(() => errors).toEqual(["from success"]);
  });
});

test.describe("ttShim.reset()", () => {
  test("puts back tt, h5sdk, Taro and ttShim with ttshim's own members", async ({ page }) => {
    await openApp(page, GADGET);
    await page.evaluate(keepOwnGlobals);
    const seen = await page.evaluate(async () => {
      const reset = ttShim.reset;
      tt.getSystemInfo = null;
      delete tt.login;
      tt.extra = "the page's";
      h5sdk.ready = () => {};
      delete Taro.ENV_TYPE;
      Taro.getEnv = () => "the page's";
      ttShim.calls = () => [];
      delete ttShim.isSimulated;
      window.h5sdk = {};
      window.ttShim = { installed: "the page's" };
      const before = ownGlobals.mismatches();
      reset();
      return {
        before,
        after: ownGlobals.mismatches(),
        extra: tt.extra,
        works: (await tt.getSystemInfo()).errMsg,
        env: Taro.getEnv(),
        log: ttShim.calls().map((c) => c.api),
      };
    });
    expect(seen.before).toEqual(expect.arrayContaining(["h5sdk", "ttShim", "tt.getSystemInfo", "tt.login", "Taro.ENV_TYPE", "Taro.getEnv"]));
    expect(seen).toMatchObject({
      after: [],
      // A member the page added is the page's business.
      extra: "the page's",
      works: "getSystemInfo:ok",
      env: "lark",
      log: ["tt.getSystemInfo", "Taro.getEnv"],
    });
  });

  test("puts ttshim's objects back when the page replaced or removed them", async ({ page }) => {
    await openApp(page, GADGET);
    await page.evaluate(keepOwnGlobals);
    const seen = await page.evaluate(() => {
      const reset = ttShim.reset;
      window.tt = { realClient: "maybe" };
      delete window.Taro;
      window.h5sdk = null;
      delete window.ttShim;
      reset();
      return ownGlobals.mismatches();
    });
    expect(seen).toEqual([]);
  });

  test("keeps a Taro the page put in place, and adds ttshim's APIs to it", async ({ page }) => {
    await openApp(page, GADGET);
    const seen = await page.evaluate(() => {
      const own = { getSystemInfo: Taro.getSystemInfo, ENV_TYPE: Taro.ENV_TYPE };
      const appsTaro = { appOwn: true, getSystemInfo: "the app's" };
      window.Taro = appsTaro;
      ttShim.reset();
      return {
        same: window.Taro === appsTaro,
        appOwn: Taro.appOwn,
        getSystemInfo: Taro.getSystemInfo === own.getSystemInfo,
        // It had no ENV_TYPE, so it gets ttshim's.
        envType: Taro.ENV_TYPE === own.ENV_TYPE,
      };
    });
    expect(seen).toEqual({ same: true, appOwn: true, getSystemInfo: true, envType: true });
  });

  test("with a page's own Taro from before ttshim: its members stay, ttshim's come back", async ({ page }) => {
    await page.addInitScript(() => {
      window.Taro = { appOwn: "kept", ENV_TYPE: { WEB: "WEB", OWN: "the app's" } };
    });
    await openApp(page, GADGET);
    await page.evaluate(keepOwnGlobals);
    const seen = await page.evaluate(() => {
      delete Taro.login;
      window.Taro = undefined;
      ttShim.reset();
      return { mismatches: ownGlobals.mismatches(), appOwn: Taro.appOwn, env: Taro.ENV_TYPE.OWN };
    });
    expect(seen).toEqual({ mismatches: [], appOwn: "kept", env: "the app's" });
  });

  test("says in the console what the page locked, and puts back the rest", async ({ page }) => {
    const messages = consoleMessages(page);
    await openApp(page, GADGET);
    await page.evaluate(keepOwnGlobals);
    const seen = await page.evaluate(() => {
      Object.defineProperty(window, "h5sdk", { value: { locked: true }, writable: false, configurable: false });
      tt.getSystemInfo = null;
      Object.freeze(tt);
      Taro.login = null;
      ttShim.reset();
      return { mismatches: ownGlobals.mismatches(), h5sdk: h5sdk.locked };
    });
    expect(seen).toEqual({ mismatches: ["tt.getSystemInfo", "h5sdk", "h5sdk.biz", "h5sdk.config", "h5sdk.device", "h5sdk.ready", "h5sdk.error"], h5sdk: true });
    expect(messages.filter((m) => m.type === "warning").map((m) => m.text))
      .toEqual(["ttshim: ttShim.reset() could not put back tt.getSystemInfo, h5sdk: the page locked them"]);
  });

  test("a `var tt` the page declared before a forced ttshim is assigned back", async ({ page }) => {
    const url = "/web/fixtures/var-tt.html";
    await page.route("**" + url, (route) => route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>var tt</title>
        <script>var tt = { the: "page" }; window.ttShimConfig = { force: true, mode: "gadget", strict: false };</script>
        <script src="/dist/ttshim.js"></script>`,
    }));
    await openApp(page, undefined, url);
    const seen = await page.evaluate(() => {
      const own = tt;
      tt = { the: "page again" };
      ttShim.reset();
      return { locked: Object.getOwnPropertyDescriptor(window, "tt").configurable, same: tt === own, works: typeof tt.getSystemInfo };
    });
    expect(seen).toEqual({ locked: false, same: true, works: "function" });
  });
});
