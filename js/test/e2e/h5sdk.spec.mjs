// h5sdk.config as a web app uses it: the signature its backend computes,
// onSuccess/onFail, and the ready/error queues in either order.
import { test, expect, configure, openApp, openProfile, openIdOf } from "./helpers.mjs";

test("a correct signature succeeds with a session_key and authenticates the page", async ({ app: page }) => {
  await openApp(page);
  const { ok, result } = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()), jsApiList: [] }));
  expect(ok).toBe(true);
  expect(result).toEqual({ session_key: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) });
  expect((await openProfile(page, { openid: await openIdOf(page, "李娜") })).ok).toBe(true);
});

test("the signature ignores the URL's #fragment", async ({ app: page }) => {
  await openApp(page);
  await page.evaluate(() => { location.hash = "#/profile/42"; });
  const { ok } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign({ url: location.href.split("#")[0] })), jsApiList: [] }));
  expect(ok).toBe(true);
});

test("a wrong signature calls onFail with errorCode 333441 and the h5sdk.error callback", async ({ app: page }) => {
  await openApp(page);
  const seen = await page.evaluate(async () => {
    const viaError = new Promise((resolve) => h5sdk.error(resolve));
    const signed = await testkit.sign();
    const viaOnFail = testkit.config({ ...signed, signature: "0123456789abcdef0123456789abcdef01234567", jsApiList: [] });
    return { onFail: await viaOnFail, error: await viaError };
  });
  expect(seen.onFail.ok).toBe(false);
  expect(seen.onFail.result).toMatchObject({
    errorCode: 333441,
    errorMessage: expect.stringMatching(/^invalid signature: /),
    errno: 2601002,
    errString: expect.stringMatching(/^Authentication failed\. invalid signature: .* \(error code: 333441\)$/),
  });
  expect(seen.error).toEqual(seen.onFail.result);
});

test("ready callbacks registered while a config is in flight do not run when it fails", async ({ app: page }) => {
  await openApp(page);
  const readyRan = await page.evaluate(async () => {
    let ran = false;
    const failed = testkit.config({ ...(await testkit.sign()), signature: "nope", jsApiList: [] });
    h5sdk.ready(() => { ran = true; });
    await failed;
    await testkit.afterEarlierCalls();
    return ran;
  });
  expect(readyRan).toBe(false);
});

test("ready registered while a config is in flight runs after its onSuccess", async ({ app: page }) => {
  await openApp(page);
  const order = await page.evaluate(async () => {
    const order = [];
    const signed = await testkit.sign();
    await new Promise((resolve) => {
      h5sdk.config({ ...signed, jsApiList: [], onSuccess: () => { order.push("onSuccess"); resolve(); } });
      h5sdk.ready(() => order.push("ready"));
    });
    await testkit.afterEarlierCalls();
    return order;
  });
  expect(order).toEqual(["onSuccess", "ready"]);
});

test("with no config in flight, ready runs at once, before any config, and the page is not authenticated", async ({ page }) => {
  await openApp(page);
  const seen = await page.evaluate(async () => {
    const ran = await new Promise((resolve) => h5sdk.ready(() => resolve(true)));
    const profile = await tt.enterProfile({ openid: "ou_x" }).catch((e) => e.errno);
    return { ran, profile };
  });
  expect(seen).toEqual({ ran: true, profile: 105 });
});

// earlyPage calls h5sdk in an inline script right after ttshim's, so
// before the runtime has booted.
async function openEarlyPage(page, script, config) {
  if (config) await configure(page, config);
  const html = `<!doctype html><meta charset="utf-8"><title>h5sdk before boot</title>
<script src="/dist/ttshim.js"></script>
<script>window.order = []; ${script}</script>`;
  await page.route("**/h5sdk-early.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto("/h5sdk-early.html");
  return page.evaluate(async () => {
    await ttShim.ready;
    await new Promise((resolve) => setTimeout(resolve, 50)); // past every microtask of the boot
    return window.order;
  });
}

test("ready registered before boot runs at boot when no config was called", async ({ app: page }) => {
  const order = await openEarlyPage(page, `h5sdk.ready(() => order.push("ready"));
    ttShim.ready.then(() => order.push("ttShim.ready"));`);
  expect(order).toEqual(["ready", "ttShim.ready"]);
});

// A config called before boot, which ready then waits for.
const readyThenConfig = (signature) => `h5sdk.ready(() => order.push("ready"));
  h5sdk.config({ appId: "cli_a1b2c3d4e5f60718", timestamp: Date.now(), nonceStr: "n", signature: "${signature}", jsApiList: [],
    onSuccess: () => order.push("onSuccess"), onFail: (err) => order.push("onFail " + err.errorCode) });`;

test("a config called before boot makes ready wait for its onSuccess", async ({ page }) => {
  const order = await openEarlyPage(page, readyThenConfig("any, as acceptAnySignature"), { acceptAnySignature: true });
  expect(order).toEqual(["onSuccess", "ready"]);
});

test("ready waiting for a config called before boot goes on waiting after its onFail", async ({ app: page }) => {
  expect(await openEarlyPage(page, readyThenConfig("wrong"))).toEqual(["onFail 333441"]);
});

test("ready registered after success runs at once", async ({ app: page }) => {
  await openApp(page);
  const ran = await page.evaluate(async () => {
    await testkit.authenticate();
    let ran = false;
    h5sdk.ready(() => { ran = true; });
    await testkit.afterEarlierCalls();
    return ran;
  });
  expect(ran).toBe(true);
});

test("error registered after a failure runs at once with that failure", async ({ app: page }) => {
  await openApp(page);
  const seen = await page.evaluate(async () => {
    await testkit.config({ ...(await testkit.sign()), signature: "nope", jsApiList: [] });
    const errors = [];
    h5sdk.error((err) => errors.push(err));
    await testkit.afterEarlierCalls();
    return errors;
  });
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ errorCode: 333441, errno: 2601002 });
});

test("a timestamp more than 10 minutes old fails with errorCode 333444", async ({ app: page }) => {
  await openApp(page);
  const { ok, result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign({ timestamp: Date.now() - 11 * 60 * 1000 })), jsApiList: [] }));
  expect(ok).toBe(false);
  expect(result).toMatchObject({
    errorCode: 333444,
    errorMessage: expect.stringContaining("signature expired"),
    errno: 2601002,
  });
});

test("a timestamp 9 minutes old is still valid", async ({ app: page }) => {
  await openApp(page);
  const { ok } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign({ timestamp: Date.now() - 9 * 60 * 1000 })), jsApiList: [] }));
  expect(ok).toBe(true);
});

test("reusing a nonce, timestamp and signature fails with errorCode 333443", async ({ app: page }) => {
  await openApp(page);
  const [first, second] = await page.evaluate(async () => {
    const signed = await testkit.sign();
    return [await testkit.config({ ...signed, jsApiList: [] }), await testkit.config({ ...signed, jsApiList: [] })];
  });
  expect(first.ok).toBe(true);
  expect(second.ok).toBe(false);
  expect(second.result).toMatchObject({ errorCode: 333443, errno: 2601002 });
});

test("acceptAnySignature: true accepts any signature", async ({ app: page }) => {
  await openApp(page, { acceptAnySignature: true });
  const { ok, result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), signature: "whatever the backend sent", jsApiList: [] }));
  expect(ok).toBe(true);
  expect(result.session_key).toEqual(expect.any(String));
});

test("an appId that does not start with cli_ fails with errorCode 333430", async ({ app: page }) => {
  await openApp(page);
  const { result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), appId: "app_123", jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333430, errno: 2601002 });
});

test("another app's appId fails with errorCode 333440", async ({ app: page }) => {
  await openApp(page);
  const { result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), appId: "cli_0000000000000000", jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333440, errno: 2601002 });
});

test("a page outside the app's trusted domains fails with errorCode 333448", async ({ app: page }) => {
  await openApp(page, { app: { domains: ["app.example.com"] } });
  const { result } = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()), jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333448, errno: 2601002 });
});

test("a missing jsApiList fails with errorCode 1012", async ({ app: page }) => {
  await openApp(page);
  const { result } = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()) }));
  expect(result).toMatchObject({ errorCode: 1012, errno: 2601002, errorMessage: expect.stringContaining("jsApiList") });
});

test("a ready callback that throws is a page error and the next ready callback still runs", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openApp(page);
  const ran = await page.evaluate(async () => {
    const ran = [];
    h5sdk.ready(() => { throw new Error("the app's ready handler broke"); });
    h5sdk.ready(() => ran.push("second"));
    await testkit.authenticate();
    await testkit.afterEarlierCalls();
    return ran;
  });
  expect(ran).toEqual(["second"]);
  await expect.poll(() => errors).toEqual(["the app's ready handler broke"]);
});
