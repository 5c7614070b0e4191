// tt.request and Taro.request in the browser, through the page's own fetch,
// against a node:http server of the test's own (request-helpers.mjs) on
// another origin of 127.0.0.1: bodies, headers, query and body encoding,
// statuses, ArrayBuffers, relative URLs, the call log and overrides.
// How requests end early is in request-abort.spec.mjs, cookies in
// request-cookies.spec.mjs.
import { test, expect, openApp } from "./helpers.mjs";
import { startServer, BYTES, EXPOSED, HIDDEN } from "./request-helpers.mjs";

let server;
test.beforeAll(async () => { server = await startServer(); });
test.afterAll(async () => { await server.close(); });
test.beforeEach(() => server.forget());

// call runs tt.request (or api) in Promise form in the page: {ok, result}.
function call(page, option, api = "tt") {
  return page.evaluate(([o, ns]) => testkit.settle(window[ns].request(o)), [option, api]);
}

test("a JSON body arrives parsed, text and invalid JSON as text, dataType text keeps text", async ({ app: page }) => {
  await openApp(page);
  const json = await call(page, { url: server.origin + "/json" });
  expect(json).toEqual({
    ok: true,
    result: {
      errMsg: "request:ok",
      statusCode: 200,
      header: expect.objectContaining({ "content-type": "application/json; charset=utf-8" }),
      data: { hello: "world", list: [1, 2] },
    },
  });
  expect((await call(page, { url: server.origin + "/text" })).result.data).toBe("plain text, not JSON");
  expect((await call(page, { url: server.origin + "/not-json" })).result.data).toBe("{broken");
  expect((await call(page, { url: server.origin + "/json", dataType: "text" })).result.data)
    .toBe('{"hello":"world","list":[1,2]}');
});

test("headers go out as text, and come back with lower-case names", async ({ page }) => {
  await openApp(page);
  const { ok, result } = await call(page, {
    url: server.origin + "/echo",
    header: { "X-Custom-Req": "abc", "X-Num": 42, "X-Flag": true },
  });
  expect(ok).toBe(true);
  expect(result.data.headers).toMatchObject({ "x-custom-req": "abc", "x-num": "42", "x-flag": "true" });
  // A custom request header makes the browser ask first (a CORS preflight).
  expect(server.preflights).toContainEqual({ path: "/echo", method: "GET" });
  for (const name of Object.keys(result.header)) expect(name).toBe(name.toLowerCase());
});

test("a custom response header is visible only when the server exposes it", async ({ app: page }) => {
  await openApp(page);
  const { result } = await call(page, { url: server.origin + "/headers" });
  // The page's own CORS rule, not ttshim's: fetch shows a cross-origin page
  // only the safelisted headers and those in Access-Control-Expose-Headers.
  expect(result.header[EXPOSED.toLowerCase()]).toBe("shown");
  expect(result.header).not.toHaveProperty(HIDDEN.toLowerCase());
  expect(result.header["content-type"]).toBe("application/json; charset=utf-8");
});

test("GET data becomes the query, in the page's key order, after the URL's own query", async ({ app: page }) => {
  await openApp(page);
  const { ok } = await call(page, {
    url: server.origin + "/echo?keep=1",
    data: { z: "a b", a: 1, yes: true, o: { k: [1, "v"] }, u: "é&=/?#+" },
  });
  expect(ok).toBe(true);
  const [seen] = server.requestsTo("/echo");
  expect(seen.method).toBe("GET");
  expect(seen.url).toBe("/echo?keep=1&z=a%20b&a=1&yes=true&o=%7B%22k%22%3A%5B1%2C%22v%22%5D%7D&u=%C3%A9%26%3D%2F%3F%23%2B");
  expect(seen.body).toBe("");
  // A string is appended as it is.
  await call(page, { url: server.origin + "/echo", data: "raw=1&x" });
  expect(server.requestsTo("/echo")[1].url).toBe("/echo?raw=1&x");
});

test("POST data is the JSON body as the page wrote it; form-encoded when the header says so", async ({ app: page }) => {
  await openApp(page);
  const json = await call(page, { url: server.origin + "/echo", method: "POST", data: { z: 1, a: { b: [1, "x"] }, s: "é" } });
  expect(json.result.data).toMatchObject({ method: "POST", body: '{"z":1,"a":{"b":[1,"x"]},"s":"é"}' });
  expect(json.result.data.headers["content-type"]).toBe("application/json");

  const form = await call(page, {
    url: server.origin + "/echo",
    method: "PUT",
    header: { "Content-Type": "application/x-www-form-urlencoded" },
    data: { name: "a b", n: 2 },
  });
  expect(form.result.data).toMatchObject({ method: "PUT", url: "/echo", body: "name=a%20b&n=2" });
  expect(form.result.data.headers["content-type"]).toBe("application/x-www-form-urlencoded");

  const text = await call(page, { url: server.origin + "/echo", method: "PATCH", data: "as it is" });
  expect(text.result.data).toMatchObject({ method: "PATCH", body: "as it is" });

  const del = await call(page, { url: server.origin + "/echo", method: "DELETE" });
  expect(del.result.data).toMatchObject({ method: "DELETE", body: "" });
});

test("404 and 500 answer request:ok with their statusCode", async ({ app: page }) => {
  await openApp(page);
  for (const status of [201, 404, 500]) {
    const { ok, result } = await call(page, { url: `${server.origin}/status/${status}` });
    expect(ok).toBe(true);
    expect(result).toMatchObject({ errMsg: "request:ok", statusCode: status, data: { status } });
    expect(result).not.toHaveProperty("errno");
  }
});

test('responseType "arraybuffer" answers an ArrayBuffer of the bytes received', async ({ app: page }) => {
  await openApp(page);
  const result = await page.evaluate(async (url) => {
    const res = await tt.request({ url, responseType: "arraybuffer" });
    return { isBuffer: res.data instanceof ArrayBuffer, bytes: Array.from(new Uint8Array(res.data)), statusCode: res.statusCode };
  }, server.origin + "/bytes");
  expect(result).toEqual({ isBuffer: true, bytes: BYTES, statusCode: 200 });
  // Taro's twin, and the callback form, alike.
  const viaCallback = await page.evaluate((url) => new Promise((resolve) => {
    Taro.request({ url, responseType: "arraybuffer", success: (res) => resolve(Array.from(new Uint8Array(res.data))) });
  }), server.origin + "/bytes");
  expect(viaCallback).toEqual(BYTES);
});

test("a relative URL resolves against the page's URL", async ({ page, baseURL }) => {
  await openApp(page); // /web/fixtures/app.html on the repository's test server
  const { ok, result } = await call(page, { url: "/web/fixtures/bad-key.json" });
  expect(ok).toBe(true);
  expect(result).toMatchObject({ statusCode: 200, data: { client: { platfrom: "ios" } } });
  const sibling = await call(page, { url: "bad-key.json?x=1" });
  expect(sibling.result.data).toEqual({ client: { platfrom: "ios" } });
  const urls = await page.evaluate(() => ttShim.calls("tt.request").map((c) => c.request.url));
  expect(urls).toEqual([`${baseURL}/web/fixtures/bad-key.json`, `${baseURL}/web/fixtures/bad-key.json?x=1`]);
});

test("the call log has the request: method, resolved URL, status, duration and when it settled", async ({ app: page }) => {
  await openApp(page);
  const before = Date.now();
  await call(page, { url: server.origin + "/status/404?q=1", method: "PUT", data: { a: 1 } });
  const [entry] = await page.evaluate(() => ttShim.calls("request"));
  expect(entry).toMatchObject({
    api: "tt.request",
    args: { url: server.origin + "/status/404?q=1", method: "PUT", data: { a: 1 } },
    outcome: "ok",
    result: { errMsg: "request:ok", statusCode: 404, data: { status: 404 } },
    request: { method: "PUT", url: server.origin + "/status/404?q=1", status: 404 },
  });
  expect(entry.time).toBeGreaterThanOrEqual(before - 1000);
  expect(entry.settled).toBeGreaterThanOrEqual(entry.time);
  expect(entry.request.durationMs).toBe(entry.settled - entry.time);

  // While the network works, the entry is pending.
  const pending = await page.evaluate(async (url) => {
    const task = Taro.request({ url });
    const [entry] = ttShim.calls("Taro.request");
    task.abort();
    await task.catch(() => {});
    return { entry, after: ttShim.calls("Taro.request")[0] };
  }, server.origin + "/hang");
  expect(pending.entry).toMatchObject({ outcome: "pending", request: { method: "GET", url: server.origin + "/hang", durationMs: 0 } });
  expect(pending.entry).not.toHaveProperty("settled");
  expect(pending.entry.request).not.toHaveProperty("status");
  expect(pending.after).toMatchObject({ outcome: "fail", result: { errno: 301 } });
  expect(pending.after.settled).toBeGreaterThanOrEqual(pending.after.time);
});

test("ttShim.override answers tt.request and Taro.request without the network", async ({ app: page }) => {
  await openApp(page);
  const results = await page.evaluate(async (url) => {
    ttShim.override("request", { statusCode: 200, header: {}, data: { mocked: true } });
    return [await tt.request({ url }), await Taro.request({ url, method: "POST", data: { a: 1 } }), ttShim.calls("request")];
  }, server.origin + "/json");
  expect(results[0]).toEqual({ statusCode: 200, header: {}, data: { mocked: true }, errMsg: "request:ok" });
  expect(results[1]).toEqual(results[0]);
  expect(results[2].map((c) => [c.api, c.overridden])).toEqual([["tt.request", true], ["Taro.request", true]]);
  expect(server.requestsTo("/json")).toEqual([]);
  // Restored, the network answers again.
  const real = await page.evaluate(async (url) => { ttShim.restore("request"); return (await tt.request({ url })).data; }, server.origin + "/json");
  expect(real).toEqual({ hello: "world", list: [1, 2] });
  expect(server.requestsTo("/json")).toHaveLength(1);
});

test("Taro.request resolves with the answer; on failure it runs fail, complete, then rejects", async ({ app: page }) => {
  await openApp(page);
  const ok = await call(page, { url: server.origin + "/json" }, "Taro");
  expect(ok).toMatchObject({ ok: true, result: { errMsg: "request:ok", statusCode: 200, data: { hello: "world" } } });

  const failed = await page.evaluate(async () => {
    const order = [];
    const task = Taro.request({
      url: "ftp://x",
      success: () => order.push("success"),
      fail: (res) => order.push(["fail", res.errno]),
      complete: (res) => order.push(["complete", res.errMsg]),
    });
    const hasAbort = typeof task.abort === "function" && typeof task.then === "function";
    const rejected = await task.then(() => "resolved", (e) => e);
    order.push("rejected");
    return { order, rejected, hasAbort };
  });
  expect(failed.hasAbort).toBe(true);
  const errString = 'parameter error: url "ftp://x" is not an http or https URL';
  expect(failed.order).toEqual([["fail", 104], ["complete", "request:fail " + errString], "rejected"]);
  expect(failed.rejected).toEqual({ errMsg: "request:fail " + errString, errno: 104, errString });
});

// The loader tags what JSON cannot carry (NaN, functions…) for Go's type
// checks; the body must still be what JSON.stringify would write.
test("data the page cannot write as JSON goes out as JSON.stringify would write it", async ({ app: page }) => {
  await openApp(page);
  const body = await page.evaluate(async (url) => {
    const data = { a: 1, n: NaN, inf: Infinity, f() {}, list: [1, NaN] };
    return (await tt.request({ url, method: "POST", data })).data.body;
  }, server.origin + "/echo");
  expect(body).toBe(JSON.stringify({ a: 1, n: NaN, inf: Infinity, f() {}, list: [1, NaN] }));
});
