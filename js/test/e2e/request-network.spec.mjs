// The network module, ttshim-net.wasm: the loader fetches it on the page's
// first tt.request that reaches the network, once, and never at boot.
// Requests made while it loads each end once; if it cannot load, they fail
// with 305.
import { test, expect } from "@playwright/test";
import { openApp, consoleMessages } from "./helpers.mjs";
import { startServer, until } from "./request-helpers.mjs";

let server;
test.beforeAll(async () => { server = await startServer(); });
test.afterAll(async () => { await server.close(); });
test.beforeEach(() => server.forget());

// wasmFetches lists the paths of the .wasm files the page fetches.
function wasmFetches(page) {
  const paths = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) paths.push(new URL(r.url()).pathname); });
  return paths;
}

// holdNetModule holds the network module's response back until release().
async function holdNetModule(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route("**/ttshim-net.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a page that never reaches the network never fetches ttshim-net.wasm", async ({ page }) => {
  const wasm = wasmFetches(page);
  await openApp(page, { strict: false });
  const answered = await page.evaluate(async () => {
    await tt.getSystemInfo();
    ttShim.override("request", { statusCode: 200, data: "canned" }, { times: 1 });
    const overridden = await tt.request({ url: "/overridden" });
    const refused = await tt.request({ url: "ftp://x" }).catch((e) => e.errno);
    await new Promise((r) => setTimeout(r, 300));
    return { overridden: overridden.data, refused };
  });
  expect(answered).toEqual({ overridden: "canned", refused: 104 });
  expect(wasm).toEqual(["/dist/ttshim.wasm"]);
});

test("the first request after boot loads ttshim-net.wasm once, and later ones reuse it", async ({ page }) => {
  const messages = consoleMessages(page);
  const wasm = wasmFetches(page);
  await openApp(page);
  expect(wasm).toEqual(["/dist/ttshim.wasm"]);
  const results = await page.evaluate(async (origin) => {
    const first = await tt.request({ url: origin + "/json" });
    const later = await Promise.all([
      Taro.request({ url: origin + "/text" }),
      tt.request({ url: origin + "/bytes", responseType: "arraybuffer" }),
    ]);
    return [first.data, later[0].data, [...new Uint8Array(later[1].data)]];
  }, server.origin);
  expect(results).toEqual([{ hello: "world", list: [1, 2] }, "plain text, not JSON", [0, 1, 2, 127, 128, 200, 254, 255]]);
  expect(wasm).toEqual(["/dist/ttshim.wasm", "/dist/ttshim-net.wasm"]);
  expect(messages.filter((m) => m.type === "error")).toEqual([]);
});

test("requests made while ttshim-net.wasm loads each end once; one aborted meanwhile never goes out", async ({ page }) => {
  const wasm = wasmFetches(page);
  const release = await holdNetModule(page);
  await openApp(page);
  await page.evaluate((origin) => {
    const ends = (window.ends = []);
    const track = (name, task) => {
      task.then((r) => ends.push([name, r.errMsg]), (e) => ends.push([name, e.errMsg]));
      return task;
    };
    track("json", tt.request({ url: origin + "/json" }));
    window.aborted = track("aborted", tt.request({ url: origin + "/hang?t=queued" }));
    track("echo", Taro.request({ url: origin + "/echo", method: "POST", data: { a: 1 } }));
  }, server.origin);
  expect(await until(() => wasm.includes("/dist/ttshim-net.wasm"))).toBe(true);
  await page.evaluate(() => window.aborted.abort());
  release();
  await page.waitForFunction(() => window.ends.length === 3);
  await page.waitForTimeout(300); // time for a second answer, which must not come
  expect(await page.evaluate(() => window.ends.sort())).toEqual([
    ["aborted", "request:fail abort"], ["echo", "request:ok"], ["json", "request:ok"],
  ]);
  expect(server.seen.map((r) => r.url).sort()).toEqual(["/echo", "/json"]);
  expect(wasm).toEqual(["/dist/ttshim.wasm", "/dist/ttshim-net.wasm"]);
});

test("a request that times out while ttshim-net.wasm loads fails with 302", async ({ page }) => {
  const release = await holdNetModule(page);
  await openApp(page);
  const result = await page.evaluate((url) => tt.request({ url, timeout: 200 }).catch((e) => e), server.origin + "/json");
  expect(result).toEqual({ errMsg: "request:fail timeout", errno: 302, errString: "timeout" });
  release();
  expect(await page.evaluate((url) => tt.request({ url }).then((r) => r.statusCode), server.origin + "/json")).toBe(200);
  expect(server.seen.map((r) => r.url)).toEqual(["/json"]);
});

test("when ttshim-net.wasm cannot load, requests fail with 305 and say why", async ({ page }) => {
  const wasm = wasmFetches(page);
  await page.route("**/ttshim-net.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  await openApp(page);
  const results = await page.evaluate((url) => Promise.all([
    tt.request({ url }).catch((e) => e),
    Taro.request({ url }).catch((e) => e),
  ]), server.origin + "/json");
  const errString = `network failure: cannot load ${new URL("/dist/ttshim-net.wasm", page.url())}: Error: HTTP 404`;
  for (const result of results) expect(result).toEqual({ errMsg: "request:fail " + errString, errno: 305, errString });
  // It is not fetched again.
  const again = await page.evaluate((url) => tt.request({ url }).catch((e) => e.errString), server.origin + "/json");
  expect(again).toBe(errString);
  expect(wasm).toEqual(["/dist/ttshim.wasm", "/dist/ttshim-net.wasm"]);
  expect(server.seen).toEqual([]);
});
