// Faults in the page's own callbacks: a callback that throws, at once or
// later, and a callback that calls the shim again. Each call stays on its
// own: its throw reaches the page as its own uncaught error, its other
// callbacks still run, the other calls are not touched, none is lost, and
// the log shows each call once.
import { test, expect, openApp, openAuthenticatedApp, pageErrors } from "./helpers.mjs";

const GADGET = { mode: "gadget", strict: false };

// The page's log of what ran, for each test to fill and read.
function installJournal() {
  window.journal = [];
  window.note = (text) => () => { journal.push(text); };
}

test.describe("callbacks that throw at once", () => {
  test("each throw is its own page error; complete, the Promise and the other calls go on", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    await page.evaluate(installJournal);
    const settled = await page.evaluate(async () => {
      const boom = (text) => () => { journal.push(text); throw new Error(text); };
      tt.getSystemInfo({ success: boom("A success"), complete: note("A complete") });
      tt.enterProfile({ openid: 5, fail: boom("B fail"), complete: note("B complete") });
      tt.login({ success: note("C success"), complete: boom("C complete") });
      const plain = tt.getSystemInfo().then(note("D resolved"));
      const taro = Taro.getSystemInfo({ success: boom("E success"), fail: note("E fail"), complete: note("E complete") })
        .then(note("E resolved"), note("E rejected"));
      const taroFail = Taro.enterProfile({ openid: 5, fail: boom("F fail"), complete: boom("F complete") })
        .then(note("F resolved"), note("F rejected"));
      tt.checkSession({ success: note("G success"), fail: note("G fail"), complete: note("G complete") });
      await Promise.all([plain, taro, taroFail]);
      await testkit.afterEarlierCalls();
      return journal;
    });
    expect(settled).toEqual([
      "A success", "A complete",
      "B fail", "B complete",
      "C success", "C complete",
      "E success", "E complete",
      "F fail", "F complete",
      "G success", "G complete",
      // Each call settled in a microtask of its own, queued as it was
      // made; the Promises' reactions come after them all.
      "D resolved", "E resolved", "F rejected",
    ]);
    await expect.poll(() => errors).toEqual(["A success", "B fail", "C complete", "E success", "F fail", "F complete"]);
    const log = await page.evaluate(() => ttShim.calls().map((c) => `${c.api} ${c.outcome}`));
    expect(log).toEqual([
      "tt.getSystemInfo ok", "tt.enterProfile fail", "tt.login ok", "tt.getSystemInfo ok", "Taro.getSystemInfo ok",
      "Taro.enterProfile fail", "tt.checkSession ok", "tt.getSystemInfo ok",
    ]);
  });

  test("h5sdk.config's onSuccess and ready callbacks that throw stop neither each other nor later calls", async ({ page }) => {
    const errors = pageErrors(page);
    await openApp(page);
    await page.evaluate(installJournal);
    const seen = await page.evaluate(async () => {
      const boom = (text) => () => { journal.push(text); throw new Error(text); };
      const option = await testkit.sign();
      // Registered while the config is in flight, they wait for its success.
      await new Promise((resolve) => {
        h5sdk.config({ ...option, jsApiList: [], onSuccess: boom("onSuccess") });
        h5sdk.ready(boom("ready 1"));
        h5sdk.ready(note("ready 2"));
        h5sdk.ready(resolve);
      });
      const info = await tt.getSystemInfo();
      return { journal, errMsg: info.errMsg };
    });
    expect(seen).toEqual({ journal: ["onSuccess", "ready 1", "ready 2"], errMsg: "getSystemInfo:ok" });
    await expect.poll(() => errors).toEqual(["onSuccess", "ready 1"]);
  });
});

test.describe("callbacks that throw later", () => {
  test("a throw in a timer, a rejected Promise or an async callback reaches the page once; nothing else is lost", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    await page.evaluate(installJournal);
    const settled = await page.evaluate(async () => {
      const timers = [];
      tt.getSystemInfo({
        success() {
          timers.push(new Promise((resolve) => setTimeout(() => { resolve(); throw new Error("from a timer"); })));
        },
        complete: note("A complete"),
      });
      tt.enterProfile({
        openid: 5,
        fail() { Promise.reject(new Error("from a rejected Promise")); },
        complete: note("B complete"),
      });
      tt.login({
        async success() {
          await null;
          throw new Error("from an async success");
        },
        complete: note("C complete"),
      });
      const taro = Taro.checkSession({
        complete: async () => { throw new Error("from an async complete"); },
      }).then(note("D resolved"), note("D rejected"));
      const plain = tt.getSystemInfo().then(note("E resolved"));
      await Promise.all([taro, plain, testkit.afterEarlierCalls()]);
      await Promise.all(timers);
      return journal;
    });
    expect(settled).toEqual(["A complete", "B complete", "C complete", "D resolved", "E resolved"]);
    await expect.poll(() => [...errors].sort()).toEqual([
      "from a rejected Promise", "from a timer", "from an async complete", "from an async success",
    ]);
    // Nothing more arrives later.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(errors).toHaveLength(4);
    const log = await page.evaluate(() => ttShim.calls().map((c) => `${c.api} ${c.outcome}`));
    expect(log).toEqual([
      "tt.getSystemInfo ok", "tt.enterProfile fail", "tt.login ok", "Taro.checkSession ok", "tt.getSystemInfo ok",
      "tt.getSystemInfo ok",
    ]);
  });
});

test.describe("callbacks that call the shim again", () => {
  test("a success callback's own async, sync and ttShim.calls() calls are answered and logged once", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    await page.evaluate(installJournal);
    const seen = await page.evaluate(() => new Promise((resolve) => {
      tt.login({
        success(outer) {
          const inside = {
            sync: tt.getSystemInfoSync().platform,
            canIUse: tt.canIUse("login"),
            taroEnv: Taro.getEnv(),
            log: ttShim.calls().map((c) => `${c.api} ${c.outcome}`),
          };
          tt.checkSession({
            success(inner) {
              Taro.getSystemInfo({ complete: note("depth 3 complete") }).then((third) => {
                resolve({ outer: outer.errMsg, inner: inner.errMsg, third: third.errMsg, inside, journal });
              });
              note("depth 2 success")();
            },
            complete: note("depth 2 complete"),
          });
          note("depth 1 success")();
        },
        complete: note("depth 1 complete"),
      });
    }));
    expect(seen).toEqual({
      outer: "login:ok",
      inner: "checkSession:ok",
      third: "getSystemInfo:ok",
      inside: {
        sync: "windows_nt",
        canIUse: true,
        taroEnv: "lark",
        log: ["tt.login ok", "tt.getSystemInfoSync ok", "tt.canIUse ok", "Taro.getEnv ok"],
      },
      journal: ["depth 1 success", "depth 1 complete", "depth 2 success", "depth 2 complete", "depth 3 complete"],
    });
    const log = await page.evaluate(() => ttShim.calls().map((c) => c.api));
    expect(log).toEqual([
      "tt.login", "tt.getSystemInfoSync", "tt.canIUse", "Taro.getEnv", "tt.checkSession", "Taro.getSystemInfo",
    ]);
    expect(errors).toEqual([]);
  });

  test("the callbacks of a call a click answered can call the shim, sync APIs included", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.textContent = "Get profile";
      button.addEventListener("click", () => {
        window.answered = new Promise((resolve) => {
          Taro.getUserProfile({
            desc: "for the faults test",
            success(res) {
              const sync = tt.getSystemInfoSync().platform;
              const log = ttShim.calls().map((c) => `${c.api} ${c.outcome}`);
              tt.getSystemInfo({ success: (next) => resolve({ nickName: res.userInfo.nickName, sync, log, next: next.errMsg }) });
              throw new Error("after the popup");
            },
          });
        });
      });
      document.body.append(button);
    });
    await page.getByRole("button", { name: "Get profile" }).click();
    await page.getByRole("dialog", { name: "ttshim Demo" }).getByRole("button", { name: "允许" }).click();
    expect(await page.evaluate(() => window.answered)).toEqual({
      nickName: "张伟",
      sync: "windows_nt",
      log: ["Taro.getUserProfile ok", "tt.getSystemInfoSync ok"],
      next: "getSystemInfo:ok",
    });
    await expect.poll(() => errors).toEqual(["after the popup"]);
  });

  test("a callback that calls the shim and then throws: its call is still answered, the throw still reported", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openAuthenticatedApp(page);
    const seen = await page.evaluate(() => new Promise((resolve) => {
      tt.getSystemInfo({
        success() {
          tt.getSystemInfo({ success: (res) => resolve(res.errMsg) });
          throw new Error("after calling again");
        },
      });
    }));
    expect(seen).toBe("getSystemInfo:ok");
    await expect.poll(() => errors).toEqual(["after calling again"]);
    const log = await page.evaluate(() => ttShim.calls().map((c) => c.api));
    expect(log).toEqual(["h5sdk.config", "tt.getSystemInfo", "tt.getSystemInfo"]);
  });

  test("100 calls, every third callback throwing and every other calling again: each settles once", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page, GADGET);
    const seen = await page.evaluate(async () => {
      const counts = new Array(200).fill(0);
      for (let i = 0; i < 100; i++) {
        tt.getSystemInfo({
          success() {
            counts[i]++;
            if (i % 2) tt.getSystemInfo({ success: () => { counts[100 + i]++; } });
            if (i % 3 === 0) throw new Error("call " + i);
          },
          complete() { counts[i] += 10; },
        });
      }
      // The calls made from callbacks come after the first 100; they in
      // turn are answered before a call made after them.
      await testkit.afterEarlierCalls();
      await testkit.afterEarlierCalls();
      return counts;
    });
    expect(seen.slice(0, 100)).toEqual(new Array(100).fill(11));
    expect(seen.slice(100)).toEqual(Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : 0)));
    await expect.poll(() => errors.length).toBe(34);
    expect(new Set(errors).size).toBe(34);
    const count = await page.evaluate(() => ttShim.calls("tt.getSystemInfo").length);
    expect(count).toBe(100 + 50 + 2);
  });
});
