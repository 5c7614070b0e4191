// What a call needs before it works: authentication (h5sdk.config for web
// apps, a login for gadgets), a client version that has the API, and a
// jsApiList that names it.
import { test, expect, configure, openApp, openAuthenticatedApp, openProfile, openIdOf, expectCardAt } from "./helpers.mjs";

const GADGET = "/web/fixtures/gadget.html";

// The gadget page shows the last result as JSON.
async function expectResult(page, expected) {
  const result = page.getByLabel("result");
  await expect(result).not.toBeEmpty();
  expect(JSON.parse(await result.textContent())).toEqual(expected);
}

test.describe("missing prerequisite", () => {
  test("a web app without h5sdk.config fails with errno 105 naming h5sdk.config", async ({ app: page }) => {
    await openApp(page);
    const { ok, result } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(false);
    expect(result).toEqual({
      errMsg: "enterProfile:fail Authentication failed. Call h5sdk.config before tt.enterProfile",
      errno: 105,
      errString: "Authentication failed. Call h5sdk.config before tt.enterProfile",
    });
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a web app whose h5sdk.config failed is still not authenticated", async ({ app: page }) => {
    await openApp(page);
    const config = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()), signature: "0".repeat(40), jsApiList: [] }));
    expect(config.ok).toBe(false);
    const { result } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(result.errno).toBe(105);
  });

  test("a gadget without tt.requestAccess fails with 105, and works after tt.requestAccess", async ({ page }) => {
    await page.goto(GADGET);
    await page.getByRole("button", { name: "Open profile" }).click();
    await expectResult(page, {
      errMsg: "enterProfile:fail Authentication failed. Call tt.requestAccess before tt.enterProfile",
      errno: 105,
      errString: "Authentication failed. Call tt.requestAccess before tt.enterProfile",
    });
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("status")).toHaveText("requestAccess:ok");
    await page.getByRole("button", { name: "Open profile" }).click();
    await expect(page.getByLabel("result")).toHaveText('{"errMsg":"enterProfile:ok"}');
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });

  test("tt.requestAccess({scopeList: []}) in a gadget needs no appID and answers a code", async ({ app: page }) => {
    await openApp(page, { mode: "gadget" });
    const result = await page.evaluate(() => tt.requestAccess({ scopeList: [] }));
    expect(result).toEqual({ errMsg: "requestAccess:ok", code: expect.stringMatching(/^[\w-]{23,}$/), state: "" });
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(true);
  });

  test("a gadget on client 6.8.0 must call tt.login, which then lets enterProfile work", async ({ page }) => {
    await configure(page, { client: { version: "6.8.0" } });
    await page.goto(GADGET);
    await page.getByRole("button", { name: "Open profile" }).click();
    await expectResult(page, {
      errMsg: "enterProfile:fail Authentication failed. Call tt.login before tt.enterProfile",
      errno: 105,
      errString: "Authentication failed. Call tt.login before tt.enterProfile",
    });
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("status")).toHaveText("login:ok");
    await page.getByRole("button", { name: "Open profile" }).click();
    await expect(page.getByLabel("result")).toHaveText('{"errMsg":"enterProfile:ok"}');
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });

  test("a gadget on client 6.8.0 has no tt.requestAccess (errno 103)", async ({ app: page }) => {
    await openApp(page, { mode: "gadget", client: { version: "6.8.0" } });
    const result = await page.evaluate(() => tt.requestAccess({ scopeList: [] }).catch((r) => r));
    expect(result.errno).toBe(103);
    expect(result.errString).toBe("feature not support: tt.requestAccess is not available to gadgets on pc 6.8.0");
    expect(await page.evaluate(() => tt.canIUse("requestAccess"))).toBe(false);
  });

  test("with strict false a web app needs no h5sdk.config", async ({ app: page }) => {
    await openApp(page, { strict: false });
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
    expect(ok).toBe(true);
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });
});

test.describe("version gating", () => {
  test("web app on client 3.9.0: errno 103 and canIUse('enterProfile') is false", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { version: "3.9.0" } });
    const { ok, result } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(false);
    expect(result).toEqual({
      errMsg: "enterProfile:fail feature not support: tt.enterProfile is not available to web apps on pc 3.9.0",
      errno: 103,
      errString: "feature not support: tt.enterProfile is not available to web apps on pc 3.9.0",
    });
    expect(await page.evaluate(() => tt.canIUse("enterProfile"))).toBe(false);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("web app on client 4.0.0: enterProfile works and canIUse is true", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { version: "4.0.0" } });
    expect(await page.evaluate(() => tt.canIUse("enterProfile"))).toBe(true);
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
    expect(ok).toBe(true);
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });

  test("versions compare numerically: 10.0.0 is newer than 4.0.0", async ({ app: page }) => {
    await openApp(page, { client: { version: "10.0.0" } });
    expect(await page.evaluate(() => tt.canIUse("enterProfile"))).toBe(true);
  });

  test("Harmony 7.34.0: enterProfile fails with errno 103", async ({ app: page }) => {
    // Not authenticated: there is no h5sdk.config on this client either, and
    // a missing API is reported before a missing prerequisite.
    await openApp(page, { client: { platform: "harmony", version: "7.34.0" } });
    const { result } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(result.errno).toBe(103);
    expect(result.errString).toBe("feature not support: tt.enterProfile is not available to web apps on harmony 7.34.0");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  // canIUse itself must answer on every client, so it can say false.
  test("Harmony 7.34.0: canIUse('enterProfile') answers false", async ({ app: page }) => {
    await openApp(page, { client: { platform: "harmony", version: "7.34.0" } });
    expect(await page.evaluate(() => tt.canIUse("enterProfile"))).toBe(false);
  });

  test("Harmony 7.35.0: enterProfile shows the full-screen profile", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { platform: "harmony", version: "7.35.0" } });
    expect(await page.evaluate(() => tt.canIUse("enterProfile"))).toBe(true);
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(true);
    await expect(page.getByRole("dialog", { name: "李娜" })).toHaveAttribute("aria-modal", "true");
  });

  test("gadget on client 3.7.0: the card shows but no callback runs and the Promise never settles", async ({ app: page }) => {
    await openApp(page, { mode: "gadget", client: { version: "3.7.0" } });
    await page.evaluate(() => tt.login());
    const openid = await openIdOf(page, "李娜");
    await page.evaluate((id) => {
      window.answered = [];
      tt.enterProfile({
        openid: id, left: 100, top: 200,
        success: () => answered.push("success"),
        fail: () => answered.push("fail"),
        complete: () => answered.push("complete"),
      });
      tt.enterProfile({ openid: id, left: 100, top: 200 }).then(
        () => answered.push("resolved"), () => answered.push("rejected"));
    }, openid);
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
    const answered = await page.evaluate(async () => { await testkit.afterEarlierCalls(); return answered; });
    expect(answered).toEqual([]);
  });

  test("gadget on client 3.8.0: callbacks run", async ({ app: page }) => {
    await openApp(page, { mode: "gadget", client: { version: "3.8.0" } });
    await page.evaluate(() => tt.login());
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(true);
  });
});

test.describe("jsApiList", () => {
  test("a list without enterProfile makes it fail with 2601002 (error code 333445)", async ({ app: page }) => {
    await openAuthenticatedApp(page, undefined, ["getSystemInfo"]);
    const { ok, result } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(false);
    expect(result).toEqual({
      errMsg: "enterProfile:fail Authentication failed. enterProfile is not in h5sdk.config's jsApiList (error code: 333445)",
      errno: 2601002,
      errString: "Authentication failed. enterProfile is not in h5sdk.config's jsApiList (error code: 333445)",
    });
    const info = await page.evaluate(() => tt.getSystemInfo());
    expect(info.errMsg).toBe("getSystemInfo:ok");
  });

  test("a list naming enterProfile allows it", async ({ app: page }) => {
    await openAuthenticatedApp(page, undefined, ["enterProfile"]);
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "李娜") });
    expect(ok).toBe(true);
  });

  test("an unknown JSAPI in the list fails h5sdk.config with errorCode 333446", async ({ app: page }) => {
    await openApp(page);
    const { ok, result } = await page.evaluate(async () =>
      testkit.config({ ...(await testkit.sign()), jsApiList: ["enterProfile", "teleport"] }));
    expect(ok).toBe(false);
    expect(result).toEqual({
      errorCode: 333446,
      errorMessage: 'JSAPI "teleport" does not exist',
      errno: 2601002,
      errString: 'Authentication failed. JSAPI "teleport" does not exist (error code: 333446)',
    });
  });
});

test.describe("tt.requestAccess in a web app", () => {
  test("needs no h5sdk.config, and its code is exchanged once by the backend", async ({ app: page }) => {
    await openApp(page);
    const seen = await page.evaluate(async () => {
      const { appId } = ttShim.config().app;
      const res = await tt.requestAccess({ scopeList: [], appID: appId, state: "s1" });
      const session = ttShim.exchangeCode(res.code);
      let again;
      try { ttShim.exchangeCode(res.code); again = "exchanged twice"; } catch (e) { again = e.message; }
      return { errMsg: res.errMsg, state: res.state, openId: session.openId, me: ttShim.config().currentUser, again };
    });
    expect(seen.errMsg).toBe("requestAccess:ok");
    expect(seen.state).toBe("s1");
    expect(seen.openId).toBe(seen.me);
    expect(seen.again).toContain("already been used");
  });

  test("without appID fails with errno 104 naming appID", async ({ app: page }) => {
    await openApp(page);
    const result = await page.evaluate(() => tt.requestAccess({ scopeList: [] }).catch((r) => r));
    expect(result).toMatchObject({ errno: 104, errString: "Parameter error. appID cannot be empty" });
  });

  test("with another app's appID fails with errno 2700001", async ({ app: page }) => {
    await openApp(page);
    const result = await page.evaluate(() => tt.requestAccess({ scopeList: [], appID: "cli_0000000000000000" }).catch((r) => r));
    expect(result.errno).toBe(2700001);
  });
});
