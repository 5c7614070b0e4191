// How tt.request and Taro.request end without an answer, in the browser: a
// timeout (302), RequestTask.abort() on the Promise and on the task the
// callback form returns (301), a call aborted while still queued before
// ttShim.ready, an unreachable port (305) and a bad url (104).
import { test, expect, openApp } from "./helpers.mjs";
import { startServer, deadOrigin, until } from "./request-helpers.mjs";

let server;
test.beforeAll(async () => { server = await startServer(); });
test.afterAll(async () => { await server.close(); });
test.beforeEach(() => server.forget());

const ABORT = { errMsg: "request:fail abort", errno: 301, errString: "abort" };

test("a request slower than its timeout fails with 302", async ({ app: page }) => {
  await openApp(page);
  // A first request loads the network module, which on a busy machine can
  // take longer than the timeout, so that the timed one does go out.
  await page.evaluate((url) => tt.request({ url }), server.origin + "/text");
  const { result, took } = await page.evaluate(async (url) => {
    const start = performance.now();
    const result = await tt.request({ url, timeout: 300 }).catch((e) => e);
    return { result, took: performance.now() - start };
  }, server.origin + "/hang?t=timeout");
  expect(result).toEqual({ errMsg: "request:fail timeout", errno: 302, errString: "timeout" });
  expect(took).toBeGreaterThanOrEqual(250);
  expect(took).toBeLessThan(5000);
  // The browser gave the request up too.
  expect(await until(() => server.closed.includes("/hang?t=timeout"))).toBe(true);
});

// sendUntilReceived starts tt.request({url: server.origin + path}) in the
// page as window.task, and waits until the server has it: the page's first
// request loads ttshim-net.wasm before it goes out.
async function sendUntilReceived(page, path) {
  await page.evaluate((url) => { window.task = tt.request({ url }); }, server.origin + path);
  expect(await until(() => server.seen.some((r) => r.url === path))).toBe(true);
}

test("the Promise's abort() fails the call with 301", async ({ app: page }) => {
  await openApp(page);
  await sendUntilReceived(page, "/hang");
  const result = await page.evaluate(() => {
    task.abort();
    return task.then(() => "resolved", (e) => e);
  });
  expect(result).toEqual(ABORT);
  expect(server.requestsTo("/hang")).toHaveLength(1);
});

// abort() must also give up the fetch itself, not only settle the call: the
// loader wakes Go after it, so the cancelled exchange aborts its fetch.
test("abort() also cancels the fetch: the server sees the request given up", async ({ app: page }) => {
  await openApp(page);
  await sendUntilReceived(page, "/hang?t=abort");
  await page.evaluate(async () => {
    task.abort();
    await task.catch(() => {});
  });
  expect(await until(() => server.closed.includes("/hang?t=abort"), 3000)).toBe(true);
});

test("with callbacks, tt.request returns a task whose abort() runs fail, then complete", async ({ app: page }) => {
  await openApp(page);
  const { order, shape } = await page.evaluate((url) => new Promise((resolve) => {
    const order = [];
    const task = tt.request({
      url,
      success: () => order.push("success"),
      fail: (res) => order.push(["fail", res]),
      complete: (res) => {
        order.push(["complete", res.errMsg]);
        resolve({ order, shape: { keys: Object.keys(task), isPromise: typeof task.then === "function" } });
      },
    });
    setTimeout(() => task.abort(), 100);
  }), server.origin + "/hang");
  expect(shape).toEqual({ keys: ["abort"], isPromise: false });
  expect(order).toEqual([["fail", ABORT], ["complete", "request:fail abort"]]);
});

test("Taro.request with callbacks still returns a Promise with abort()", async ({ app: page }) => {
  await openApp(page);
  const { order, rejected } = await page.evaluate(async (url) => {
    const order = [];
    const task = Taro.request({ url, fail: () => order.push("fail"), complete: () => order.push("complete") });
    task.abort();
    const rejected = await task.then(() => "resolved", (e) => e);
    order.push("rejected");
    return { order, rejected };
  }, server.origin + "/hang");
  expect(order).toEqual(["fail", "complete", "rejected"]);
  expect(rejected).toEqual(ABORT);
});

test("abort() after the answer changes nothing", async ({ app: page }) => {
  await openApp(page);
  const { result, calls } = await page.evaluate(async (url) => {
    const task = tt.request({ url });
    const result = await task;
    task.abort();
    task.abort();
    await testkit.afterEarlierCalls();
    return { result, calls: ttShim.calls("tt.request").map((c) => c.outcome) };
  }, server.origin + "/json");
  expect(result).toMatchObject({ errMsg: "request:ok", data: { hello: "world" } });
  expect(calls).toEqual(["ok"]);
});

test("ttShim.reset() aborts a pending request with 301, and the log starts over", async ({ app: page }) => {
  await openApp(page);
  const { result, calls } = await page.evaluate(async (url) => {
    const task = Taro.request({ url });
    await new Promise((r) => setTimeout(r, 100));
    ttShim.reset();
    const result = await task.catch((e) => e);
    return { result, calls: ttShim.calls() };
  }, server.origin + "/hang?t=reset");
  expect(result).toEqual(ABORT);
  expect(calls).toEqual([]);
});

test("a call aborted while queued before ttShim.ready fails with 301 once Go has it, and is logged", async ({ page }) => {
  const early = `<!doctype html><meta charset="utf-8"><title>early request</title>
<script src="/dist/ttshim.js"></script>
<script>
  window.early = tt.request({ url: ${JSON.stringify(server.origin + "/hang")} });
  window.readyBeforeAbort = false;
  ttShim.ready.then(() => { window.readyBeforeAbort = window.abortedAt === undefined; });
  window.early.abort();
  window.abortedAt = performance.now();
  window.outcome = window.early.then(() => "resolved", (e) => e);
</script>`;
  await page.route("**/request-early.html", (route) => route.fulfill({ contentType: "text/html", body: early }));
  await page.goto("/request-early.html");
  const { outcome, calls, readyBeforeAbort } = await page.evaluate(async () => {
    await ttShim.ready;
    return { outcome: await window.outcome, calls: ttShim.calls("tt.request"), readyBeforeAbort: window.readyBeforeAbort };
  });
  expect(readyBeforeAbort).toBe(false); // the abort came first
  expect(outcome).toEqual(ABORT);
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ api: "tt.request", outcome: "fail", result: ABORT, request: { method: "GET", url: server.origin + "/hang" } });
});

test("an unreachable port fails with 305", async ({ app: page }) => {
  await openApp(page);
  const dead = await deadOrigin();
  const results = await page.evaluate(async (url) => [
    await tt.request({ url }).catch((e) => e),
    await Taro.request({ url, method: "POST", data: { a: 1 } }).catch((e) => e),
  ], dead + "/nothing");
  for (const result of results) {
    expect(result.errno).toBe(305);
    expect(result.errString).toMatch(/^network failure: /);
    expect(result.errMsg).toBe("request:fail " + result.errString);
  }
});

test("a bad url or method fails at once with 104, in tt's and Taro's wording", async ({ app: page }) => {
  await openApp(page);
  const results = await page.evaluate(async () => {
    const settle = (p) => p.then(() => "resolved", (e) => e);
    return {
      ftp: await settle(tt.request({ url: "ftp://x" })),
      missing: await settle(tt.request({})),
      number: await settle(Taro.request({ url: 42 })),
      method: await settle(tt.request({ url: "/x", method: "get" })),
      timeout: await settle(Taro.request({ url: "/x", timeout: NaN })),
      taroEmpty: await settle(Taro.request({ url: "" })),
    };
  });
  const fail = (errString) => ({ errMsg: "request:fail " + errString, errno: 104, errString });
  expect(results).toEqual({
    ftp: fail('Parameter error. url "ftp://x" is not an http or https URL'),
    missing: fail("Parameter error. url cannot be empty"),
    number: fail("parameter error: parameter.url should be String instead of Number"),
    method: fail('Parameter error. method should be one of GET, POST, PUT, DELETE, HEAD, OPTIONS, PATCH, TRACE, CONNECT, not "get"'),
    timeout: fail("parameter error: parameter.timeout should be finite Number instead of NaN"),
    taroEmpty: fail("parameter error: parameter.url cannot be empty"),
  });
  expect(server.seen).toEqual([]);
});

// A header HTTP cannot carry is the page's parameter error, not a fault
// of the fetch underneath.
test("a header fetch cannot carry fails with 104", async ({ app: page }) => {
  await openApp(page);
  const results = await page.evaluate(async (url) => [
    await tt.request({ url, header: { "bad name": "x" } }).catch((e) => e),
    await tt.request({ url, header: { "X-A": "a\nb" } }).catch((e) => e),
  ], server.origin + "/echo");
  for (const result of results) expect(result.errno).toBe(104);
  expect(server.seen).toEqual([]);
});
