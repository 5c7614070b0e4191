// The tt call contract: callbacks or a Promise, always asynchronous, bad
// input answered with errno 104, and a throwing callback stopping nothing.
import { test, expect, openApp, openAuthenticatedApp, openProfile, openIdOf, expectCardAt, pageErrors } from "./helpers.mjs";

test.describe("callback form", () => {
  test("success then complete receive the same object, and the call returns undefined", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const seen = await page.evaluate((id) => new Promise((resolve) => {
      const order = [];
      let successArg;
      const returned = tt.enterProfile({
        openid: id, left: 100, top: 200,
        success(res) { order.push("success"); successArg = res; },
        fail() { order.push("fail"); },
        complete(res) {
          order.push("complete");
          resolve({ order, returnedUndefined: returned === undefined, same: res === successArg, res });
        },
      });
    }), openid);
    expect(seen).toEqual({
      order: ["success", "complete"], returnedUndefined: true, same: true, res: { errMsg: "enterProfile:ok" },
    });
  });

  test("fail then complete receive the same failure object", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const seen = await page.evaluate(() => new Promise((resolve) => {
      const order = [];
      let failArg;
      tt.enterProfile({
        success() { order.push("success"); },
        fail(res) { order.push("fail"); failArg = res; },
        complete(res) { order.push("complete"); resolve({ order, same: res === failArg, res }); },
      });
    }));
    expect(seen).toEqual({
      order: ["fail", "complete"],
      same: true,
      res: {
        errMsg: "enterProfile:fail Parameter error. openid cannot be empty",
        errno: 104,
        errString: "Parameter error. openid cannot be empty",
      },
    });
  });

  test("only complete given: the call still returns undefined and complete runs", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const seen = await page.evaluate((id) => new Promise((resolve) => {
      let returned = "not yet";
      returned = tt.enterProfile({ openid: id, complete: (res) => resolve({ returned: String(returned), res }) });
    }), openid);
    expect(seen).toEqual({ returned: "undefined", res: { errMsg: "enterProfile:ok" } });
  });

  test("callbacks run after the call returns, never inside it", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const seen = await page.evaluate((id) => new Promise((resolve) => {
      let returned = false;
      const flags = {};
      tt.enterProfile({
        openid: id,
        success() { flags.success = returned; },
        complete() { flags.complete = returned; resolve(flags); },
      });
      returned = true;
    }), openid);
    expect(seen).toEqual({ success: true, complete: true });
  });

  test("a failing call (no h5sdk.config yet) also answers after it returns", async ({ app: page }) => {
    await openApp(page);
    const seen = await page.evaluate(() => new Promise((resolve) => {
      let returned = false;
      tt.enterProfile({ openid: "x", fail: (res) => resolve({ returnedFirst: returned, errno: res.errno }) });
      returned = true;
    }));
    expect(seen).toEqual({ returnedFirst: true, errno: 105 });
  });
});

test.describe("Promise form", () => {
  test("with no callbacks the call returns a Promise that resolves with the success object", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const seen = await page.evaluate(async (id) => {
      const returned = tt.enterProfile({ openid: id, left: 100, top: 200 });
      return { isPromise: returned instanceof Promise, value: await returned };
    }, openid);
    expect(seen).toEqual({ isPromise: true, value: { errMsg: "enterProfile:ok" } });
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });

  test("a failure rejects with the plain fail object, not an Error", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const seen = await page.evaluate(async () => {
      try {
        await tt.enterProfile({ left: 1 });
        return "resolved";
      } catch (reason) {
        return {
          isError: reason instanceof Error,
          plainObject: Object.getPrototypeOf(reason) === Object.prototype,
          reason,
        };
      }
    });
    expect(seen).toEqual({
      isError: false,
      plainObject: true,
      reason: {
        errMsg: "enterProfile:fail Parameter error. openid cannot be empty",
        errno: 104,
        errString: "Parameter error. openid cannot be empty",
      },
    });
  });

  test("the Promise settles after the call returns", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const seen = await page.evaluate((id) => {
      let returned = false;
      const settled = tt.enterProfile({ openid: id }).then(() => returned);
      returned = true;
      return settled;
    }, openid);
    expect(seen).toBe(true);
  });
});

test.describe("bad input fails with errno 104 naming the parameter", () => {
  const cases = [
    { title: "no openid", option: {}, errString: "Parameter error. openid cannot be empty" },
    { title: "empty openid", option: { openid: "" }, errString: "Parameter error. openid cannot be empty" },
    { title: "openid 5", option: { openid: 5 }, errString: "Parameter error. openid is of wrong type" },
    { title: 'left "x"', option: { openid: "LI_NA", left: "x" }, errString: "Parameter error. left is of wrong type" },
    { title: "top true", option: { openid: "LI_NA", top: true }, errString: "Parameter error. top is of wrong type" },
  ];
  for (const { title, option, errString } of cases) {
    test(title, async ({ app: page }) => {
      await openAuthenticatedApp(page);
      const openid = await openIdOf(page, "李娜");
      const resolved = JSON.parse(JSON.stringify(option).replace('"LI_NA"', JSON.stringify(openid)));
      const { ok, result } = await openProfile(page, resolved);
      expect(ok).toBe(false);
      expect(result).toEqual({ errMsg: "enterProfile:fail " + errString, errno: 104, errString });
      await expect(page.getByRole("dialog")).toHaveCount(0);
    });
  }

  test("left NaN", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const result = await page.evaluate((id) => tt.enterProfile({ openid: id, left: NaN }).catch((r) => r), openid);
    expect(result).toEqual({
      errMsg: "enterProfile:fail Parameter error. left is of wrong type",
      errno: 104,
      errString: "Parameter error. left is of wrong type",
    });
  });

  test("top Infinity", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const result = await page.evaluate((id) => tt.enterProfile({ openid: id, top: Infinity }).catch((r) => r), openid);
    expect(result.errno).toBe(104);
    expect(result.errString).toBe("Parameter error. top is of wrong type");
  });

  test("the option is a number", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const result = await page.evaluate(() => tt.enterProfile(5).catch((r) => r));
    expect(result).toEqual({
      errMsg: "enterProfile:fail Parameter error. parameter should be Object instead of Number",
      errno: 104,
      errString: "Parameter error. parameter should be Object instead of Number",
    });
  });

  test("the option is a string", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const result = await page.evaluate(() => tt.enterProfile("ou_someone").catch((r) => r));
    expect(result.errno).toBe(104);
    expect(result.errString).toBe("Parameter error. parameter should be Object instead of String");
  });

  test("a getter that throws on openid", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const result = await page.evaluate(() => {
      const option = { get openid() { throw new Error("getter broke"); } };
      return tt.enterProfile(option).catch((r) => r);
    });
    expect(result.errno).toBe(104);
    expect(result.errString).toBe("Parameter error. openid cannot be read: Error: getter broke");
  });

  test("a getter that throws on a callback", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const result = await page.evaluate(() => {
      const option = { openid: "x", get success() { throw new Error("getter broke"); } };
      return tt.enterProfile(option).then(() => "resolved", (r) => r);
    });
    expect(result.errno).toBe(104);
    expect(result.errString).toContain("success");
    expect(result.errString).toContain("getter broke");
  });

  test("the runtime answers normally after every kind of bad input", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const errnos = await page.evaluate(async () => {
      const bad = [{}, { openid: 5 }, { openid: "x", left: "x" }, { openid: "x", left: NaN }, 5,
        { get openid() { throw new Error("getter broke"); } }];
      const out = [];
      for (const option of bad) out.push(await tt.enterProfile(option).then(() => 0, (r) => r.errno));
      return out;
    });
    expect(errnos).toEqual([104, 104, 104, 104, 104, 104]);
    const { ok, result } = await openProfile(page, { openid, left: 100, top: 200 });
    expect({ ok, result }).toEqual({ ok: true, result: { errMsg: "enterProfile:ok" } });
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });
});

test.describe("a callback that throws", () => {
  test("becomes a page error, complete still runs, and the next call works", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    const completed = await page.evaluate((id) => new Promise((resolve) => {
      tt.enterProfile({
        openid: id,
        success() { throw new Error("the app's success handler broke"); },
        complete: (res) => resolve(res),
      });
    }), openid);
    expect(completed).toEqual({ errMsg: "enterProfile:ok" });
    await expect.poll(() => errors).toEqual(["the app's success handler broke"]);
    const next = await openProfile(page, { openid: await openIdOf(page, "王芳"), left: 20, top: 30 });
    expect(next).toEqual({ ok: true, result: { errMsg: "enterProfile:ok" } });
    await expectCardAt(page.getByRole("dialog", { name: "王芳" }), 20, 30);
  });

  test("a throwing fail callback does not stop complete either", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openAuthenticatedApp(page);
    const completed = await page.evaluate(() => new Promise((resolve) => {
      tt.enterProfile({
        fail() { throw new Error("the app's fail handler broke"); },
        complete: (res) => resolve(res.errno),
      });
    }));
    expect(completed).toBe(104);
    await expect.poll(() => errors).toEqual(["the app's fail handler broke"]);
  });
});

test.describe("sync APIs", () => {
  test("getSystemInfoSync throws an Error carrying errMsg, errno and errString when it fails", async ({ app: page }) => {
    await openApp(page);
    const thrown = await page.evaluate(() => {
      try {
        tt.getSystemInfoSync();
        return "returned";
      } catch (e) {
        return { isError: e instanceof Error, message: e.message, errMsg: e.errMsg, errno: e.errno, errString: e.errString };
      }
    });
    expect(thrown).toEqual({
      isError: true,
      message: "getSystemInfoSync:fail Authentication failed. Call h5sdk.config before tt.getSystemInfoSync",
      errMsg: "getSystemInfoSync:fail Authentication failed. Call h5sdk.config before tt.getSystemInfoSync",
      errno: 105,
      errString: "Authentication failed. Call h5sdk.config before tt.getSystemInfoSync",
    });
  });
});
