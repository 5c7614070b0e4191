// tt.requestAuthCode as a web app uses it: Feishu's React sample asks for
// the code in h5sdk.ready, with no h5sdk.config, and hands it to its
// backend, which exchanges it once.
import { test, expect, configure, openApp } from "./helpers.mjs";

const APP_ID = "cli_a1b2c3d4e5f60718";

// The React sample's sign-in, in a script right after ttshim's: it shows
// the code it got, or the failure.
async function openSignInPage(page, appId = APP_ID) {
  const html = `<!doctype html><meta charset="utf-8"><title>Sign in</title>
<script src="/dist/ttshim.js"></script>
<p id="status" role="status">Signing in…</p>
<script>
  const status = document.getElementById("status");
  window.h5sdk.ready(() => {
    window.tt.requestAuthCode({
      appId: ${JSON.stringify(appId)},
      success: (info) => { status.textContent = "code " + info.code; },
      fail: (error) => { status.textContent = "failed " + error.errno + ": " + error.errString; },
    });
  });
</script>`;
  await page.route("**/sign-in.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto("/sign-in.html");
  return page.getByRole("status");
}

test("the React sample's h5sdk.ready + requestAuthCode, with no h5sdk.config, gets a code the backend exchanges once", async ({ app: page }) => {
  const status = await openSignInPage(page);
  await expect(status).toHaveText(/^code [\w-]{23,}$/);
  const code = (await status.textContent()).slice("code ".length);
  const seen = await page.evaluate((c) => {
    const session = ttShim.exchangeCode(c);
    let again;
    try { ttShim.exchangeCode(c); again = "exchanged twice"; } catch (e) { again = e.message; }
    return { session, again, me: ttShim.config().users.find((u) => u.openId === ttShim.config().currentUser) };
  }, code);
  expect(seen.session).toEqual({ openId: seen.me.openId, unionId: seen.me.unionId, sessionKey: "" });
  expect(seen.again).toBe(`code "${code}" has already been used`);
});

test("another app's appId shows the failure with errno 104 and errCode 10200", async ({ app: page }) => {
  const status = await openSignInPage(page, "cli_other");
  await expect(status).toHaveText(
    `failed 104: Parameter error. invalid appId "cli_other", this app is ${APP_ID} (error code: 10200)`);
});

test("with callbacks it returns undefined and calls success then complete; without, it returns a Promise", async ({ app: page }) => {
  await openApp(page);
  const seen = await page.evaluate(async (appId) => {
    const order = [];
    let returned;
    await new Promise((resolve) => {
      returned = tt.requestAuthCode({
        appId,
        success: (res) => order.push(["success", res]),
        complete: (res) => { order.push(["complete", res]); resolve(); },
      });
    });
    const promise = tt.requestAuthCode({ appId });
    return { returned, order, isPromise: promise instanceof Promise, resolved: await promise };
  }, APP_ID);
  expect(seen.returned).toBeUndefined();
  const answer = { errMsg: "requestAuthCode:ok", code: expect.stringMatching(/^[\w-]{23,}$/) };
  expect(seen.order).toEqual([["success", answer], ["complete", answer]]);
  expect(seen.order[0][1]).toBe(seen.order[1][1]);
  expect(seen.isPromise).toBe(true);
  expect(seen.resolved).toEqual(answer);
  expect(seen.resolved.code).not.toBe(seen.order[0][1].code);
});

test("a wrong or missing appId fails through fail and complete, or rejects, with errno, errString and errMsg", async ({ app: page }) => {
  await openApp(page);
  const seen = await page.evaluate(async () => {
    const viaCallbacks = await new Promise((resolve) => {
      const got = [];
      tt.requestAuthCode({ appId: "cli_other", fail: (r) => got.push(r), complete: (r) => { got.push(r); resolve(got); } });
    });
    const rejected = await tt.requestAuthCode({ appId: "cli_other" }).catch((r) => r);
    const missing = await tt.requestAuthCode({}).catch((r) => r);
    const wrongType = await tt.requestAuthCode({ appId: 42 }).catch((r) => r);
    return { viaCallbacks, rejected, missing, wrongType };
  });
  const errString = `Parameter error. invalid appId "cli_other", this app is ${APP_ID} (error code: 10200)`;
  const wrongApp = { errMsg: "requestAuthCode:fail " + errString, errno: 104, errString, errCode: 10200 };
  expect(seen.viaCallbacks).toEqual([wrongApp, wrongApp]);
  expect(seen.rejected).toEqual(wrongApp);
  expect(seen.missing).toEqual({ errMsg: "requestAuthCode:fail Parameter error. appId cannot be empty", errno: 104,
    errString: "Parameter error. appId cannot be empty" });
  expect(seen.wrongType).toMatchObject({ errno: 104, errString: "Parameter error. appId is of wrong type" });
});

test("a gadget does not have it: errno 103, and canIUse says so", async ({ app: page }) => {
  await openApp(page, { mode: "gadget" });
  const seen = await page.evaluate(async (appId) => ({
    result: await tt.requestAuthCode({ appId }).catch((r) => r),
    canIUse: tt.canIUse("requestAuthCode"),
  }), APP_ID);
  expect(seen.result).toEqual({
    errMsg: "requestAuthCode:fail feature not support: tt.requestAuthCode is not available to gadgets on pc 7.45.0",
    errno: 103,
    errString: "feature not support: tt.requestAuthCode is not available to gadgets on pc 7.45.0",
  });
  expect(seen.canIUse).toBe(false);
});

test("the sign-in guide's fallback: below V6.9.0 requestAccess answers 103, and requestAuthCode signs in instead", async ({ page }) => {
  await configure(page, { client: { version: "6.8.0" } });
  await openApp(page);
  const seen = await page.evaluate(async (appId) => {
    const access = await tt.requestAccess({ appID: appId, scopeList: [] }).catch((r) => r.errno);
    const { code } = await tt.requestAuthCode({ appId });
    return { access, exchanged: ttShim.exchangeCode(code).openId === ttShim.config().currentUser };
  }, APP_ID);
  expect(seen).toEqual({ access: 103, exchanged: true });
});

test("ttShim.calls() logs each call with its appId, outcome and answer", async ({ app: page }) => {
  await openApp(page);
  const calls = await page.evaluate(async (appId) => {
    await tt.requestAuthCode({ appId });
    await tt.requestAuthCode({ appId: "cli_other" }).catch(() => {});
    return ttShim.calls("requestAuthCode");
  }, APP_ID);
  expect(calls).toEqual([
    { api: "tt.requestAuthCode", args: { appId: APP_ID }, outcome: "ok", time: expect.any(Number),
      result: { errMsg: "requestAuthCode:ok", code: expect.stringMatching(/^[\w-]{23,}$/) } },
    { api: "tt.requestAuthCode", args: { appId: "cli_other" }, outcome: "fail", time: expect.any(Number),
      result: expect.objectContaining({ errno: 104, errCode: 10200 }) },
  ]);
});
