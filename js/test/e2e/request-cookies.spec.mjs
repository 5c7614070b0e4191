// Cookies and tt.request: the page's fetch sends its cookies to its own
// origin only (credentials "same-origin"). To read what arrives, the page
// here is served by the test's own node:http server, which also serves
// ttshim (dist/ from disk), so a relative request is same-origin to it.
import { test, expect } from "@playwright/test";
import { openApp } from "./helpers.mjs";
import { startServer } from "./request-helpers.mjs";

let server;
test.beforeAll(async () => { server = await startServer(); });
test.afterAll(async () => { await server.close(); });
test.beforeEach(() => server.forget());

test("a same-origin relative request carries the page's cookies", async ({ page }) => {
  await page.goto(server.origin + "/page.html");
  const result = await page.evaluate(async () => {
    await ttShim.ready;
    document.cookie = "sid=abc123; path=/";
    document.cookie = "theme=dark; path=/";
    return tt.request({ url: "/echo?from=page", method: "POST", data: { a: 1 } });
  });
  expect(result).toMatchObject({ errMsg: "request:ok", statusCode: 200 });
  const [seen] = server.requestsTo("/echo");
  expect(seen).toMatchObject({ method: "POST", url: "/echo?from=page", body: '{"a":1}' });
  expect(seen.headers.cookie).toBe("sid=abc123; theme=dark");
  // The page's own origin: no CORS preflight was needed.
  expect(server.preflights).toEqual([]);
  // And the log has the URL resolved against this page.
  const [entry] = await page.evaluate(() => ttShim.calls("tt.request"));
  expect(entry.request).toMatchObject({ method: "POST", url: server.origin + "/echo?from=page", status: 200 });
});

test("Taro.request sends them too", async ({ page }) => {
  await page.goto(server.origin + "/page.html");
  await page.evaluate(async () => {
    await ttShim.ready;
    document.cookie = "token=t1; path=/";
    await Taro.request({ url: "echo" });
  });
  expect(server.requestsTo("/echo")[0].headers.cookie).toBe("token=t1");
});

test("a cross-origin request carries no cookies", async ({ page, context }) => {
  // The server's origin has a cookie, but the page is on another origin
  // (the repository's test server): fetch leaves credentials out.
  await context.addCookies([{ name: "sid", value: "server-side", url: server.origin }]);
  await openApp(page);
  const result = await page.evaluate((url) => tt.request({ url }), server.origin + "/echo");
  expect(result.statusCode).toBe(200);
  expect(server.requestsTo("/echo")[0].headers).not.toHaveProperty("cookie");
});
