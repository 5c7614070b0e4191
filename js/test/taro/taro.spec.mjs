// ttshim/taro-plugin in a real Taro 4 React H5 app built by Taro's CLI (see
// run.sh): with ttshim in the page, the app's own Taro.login and
// Taro.getUserProfile reach it; without, the same build gets Taro H5's
// answers. run.sh runs this file once per build: TARO_BUILD is a build's
// folder, or TARO_URL the --watch dev server; TARO_INJECT=1 a build made
// with `inject: true`, which holds ttshim itself.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { test, expect } from "@playwright/test";
import { installTtShim } from "ttshim/playwright";

const { TARO_BUILD, TARO_URL } = process.env;
const INJECTED = process.env.TARO_INJECT === "1";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".map": "application/json", ".wasm": "application/wasm" };
const NOT_SUPPORTED = "暂时不支持 API";
const CONFIG = { mode: "gadget", client: { language: "en_US" } };

let server, origin = TARO_URL;
test.beforeAll(async () => {
  if (origin) return;
  server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url, "http://x").pathname).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(TARO_BUILD, path.endsWith("/") ? path + "index.html" : path));
      res.writeHead(200, { "content-type": TYPES[extname(path) || ".html"] || "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
test.afterAll(() => server && new Promise((resolve) => server.close(resolve)));

const errorsOf = (page) => {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
};

test("with ttshim in the page, the app's Taro.login and Taro.getUserProfile reach it, and the signature verifies", async ({ page }) => {
  const errors = errorsOf(page);
  if (INJECTED) await page.addInitScript((config) => { window.ttShimConfig = config; }, CONFIG);
  else await installTtShim(page, CONFIG);
  await page.goto(origin + "/");
  await page.getByText("Get profile").click();
  // The click may come before the runtime has booted (its calls wait for it); config() may not.
  const appName = await page.evaluate(async () => { await ttShim.ready; return ttShim.config().app.appName; });
  const popup = page.getByRole("dialog", { name: appName });
  await popup.getByRole("button", { name: "Allow" }).click();
  await expect(popup).toHaveCount(0);

  await expect(page.locator("#answer")).toHaveText("getUserProfile:ok");
  await expect(page.locator("#nickname")).toHaveText("Zhang Wei");
  const rawData = await page.locator("#raw-data").textContent();
  expect(JSON.parse(rawData).nickName).toBe("Zhang Wei");
  // The app's backend: the login code, exchanged for the session's key.
  const code = await page.locator("#login").textContent();
  const { sessionKey } = await page.evaluate((code) => ttShim.exchangeCode(code), code);
  expect(sessionKey).toBeTruthy();
  expect(await page.locator("#signature").textContent()).toBe(createHash("sha1").update(rawData + sessionKey).digest("hex"));
  expect((await page.evaluate(() => ttShim.calls())).map((call) => call.api)).toEqual(["Taro.login", "Taro.getUserProfile"]);
  expect(errors).toEqual([]);
});

test("without ttshim, the same build gets Taro H5's answers", async ({ page }) => {
  const errors = errorsOf(page);
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  // The injected runtime, as a page that does not load it.
  if (INJECTED) await page.route("**/ttshim.js", (route) => route.abort());
  await page.goto(origin + "/");
  await page.getByText("Get profile").click();
  if (TARO_URL) {
    // A development build's stub fails, so the app stops at the login.
    await expect(page.locator("#answer")).toHaveText(`login:fail ${NOT_SUPPORTED}`);
    await expect(page.locator("#login")).toHaveText("");
  } else {
    // A production build's stub succeeds with its errMsg, and warns.
    await expect(page.locator("#answer")).toHaveText(NOT_SUPPORTED);
    await expect(page.locator("#login")).toHaveText(NOT_SUPPORTED);
    expect(warnings.filter((text) => text === NOT_SUPPORTED)).toHaveLength(2);
  }
  await expect(page.locator("#nickname")).toHaveText("");
  expect(await page.evaluate(() => typeof window.ttShim)).toBe("undefined");
  expect(errors).toEqual([]);
});
