// h5sdk.config as a web app uses it: the signature its backend computes,
// onSuccess/onFail, and the ready/error queues in either order.
import { test, expect } from "@playwright/test";
import { openApp, openProfile, openIdOf } from "./helpers.mjs";

test("a correct signature succeeds with a session_key and authenticates the page", async ({ page }) => {
  await openApp(page);
  const { ok, result } = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()), jsApiList: [] }));
  expect(ok).toBe(true);
  expect(result).toEqual({ session_key: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) });
  expect((await openProfile(page, { openid: await openIdOf(page, "李娜") })).ok).toBe(true);
});

test("the signature ignores the URL's #fragment", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => { location.hash = "#/profile/42"; });
  const { ok } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign({ url: location.href.split("#")[0] })), jsApiList: [] }));
  expect(ok).toBe(true);
});

test("a wrong signature calls onFail with errorCode 333441 and the h5sdk.error callback", async ({ page }) => {
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

test("ready callbacks do not run when config fails", async ({ page }) => {
  await openApp(page);
  const readyRan = await page.evaluate(async () => {
    let ran = false;
    h5sdk.ready(() => { ran = true; });
    await testkit.config({ ...(await testkit.sign()), signature: "nope", jsApiList: [] });
    await testkit.afterEarlierCalls();
    return ran;
  });
  expect(readyRan).toBe(false);
});

test("ready registered before config runs once config succeeds", async ({ page }) => {
  await openApp(page);
  const order = await page.evaluate(async () => {
    const order = [];
    h5sdk.ready(() => order.push("ready"));
    const signed = await testkit.sign();
    await new Promise((resolve) => h5sdk.config({
      ...signed, jsApiList: [], onSuccess: () => { order.push("onSuccess"); resolve(); },
    }));
    await testkit.afterEarlierCalls();
    return order;
  });
  expect(order).toEqual(["onSuccess", "ready"]);
});

test("ready registered after success runs at once", async ({ page }) => {
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

test("error registered after a failure runs at once with that failure", async ({ page }) => {
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

test("a timestamp more than 10 minutes old fails with errorCode 333444", async ({ page }) => {
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

test("a timestamp 9 minutes old is still valid", async ({ page }) => {
  await openApp(page);
  const { ok } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign({ timestamp: Date.now() - 9 * 60 * 1000 })), jsApiList: [] }));
  expect(ok).toBe(true);
});

test("reusing a nonce, timestamp and signature fails with errorCode 333443", async ({ page }) => {
  await openApp(page);
  const [first, second] = await page.evaluate(async () => {
    const signed = await testkit.sign();
    return [await testkit.config({ ...signed, jsApiList: [] }), await testkit.config({ ...signed, jsApiList: [] })];
  });
  expect(first.ok).toBe(true);
  expect(second.ok).toBe(false);
  expect(second.result).toMatchObject({ errorCode: 333443, errno: 2601002 });
});

test("acceptAnySignature: true accepts any signature", async ({ page }) => {
  await openApp(page, { acceptAnySignature: true });
  const { ok, result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), signature: "whatever the backend sent", jsApiList: [] }));
  expect(ok).toBe(true);
  expect(result.session_key).toEqual(expect.any(String));
});

test("an appId that does not start with cli_ fails with errorCode 333430", async ({ page }) => {
  await openApp(page);
  const { result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), appId: "app_123", jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333430, errno: 2601002 });
});

test("another app's appId fails with errorCode 333440", async ({ page }) => {
  await openApp(page);
  const { result } = await page.evaluate(async () =>
    testkit.config({ ...(await testkit.sign()), appId: "cli_0000000000000000", jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333440, errno: 2601002 });
});

test("a page outside the app's trusted domains fails with errorCode 333448", async ({ page }) => {
  await openApp(page, { app: { domains: ["app.example.com"] } });
  const { result } = await page.evaluate(async () => testkit.config({ ...(await testkit.sign()), jsApiList: [] }));
  expect(result).toMatchObject({ errorCode: 333448, errno: 2601002 });
});

test("a missing jsApiList fails with errorCode 1012", async ({ page }) => {
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
