// The packaged ttshim, as a project that installed it from its tarball sees
// it: ttshim/playwright comes from node_modules, and the wasm it serves is
// the one inside the package.
import { readFile, realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { test, expect, TTSHIM_WASM_PATH } from "ttshim/playwright";

const installed = new URL("./node_modules/ttshim/", import.meta.url);

// openPlatformConfig is a worker option: at the top of a file, not in a describe.
test.use({ ttshimConfig: { strict: false, client: { language: "en_US" } }, openPlatformConfig: { app: { appId: "cli_packagedfixture1" } } });

test("ttshim/playwright from the installed package puts ttshim into a page", async ({ page, ttshim }) => {
  // The import resolves inside this project's node_modules, not a checkout.
  const helper = await realpath(fileURLToPath(import.meta.resolve("ttshim/playwright")));
  expect(helper).toBe(await realpath(fileURLToPath(new URL("js/playwright.mjs", installed))));

  await page.route("https://packaged.example.test/", (route) => route.fulfill({
    contentType: "text/html",
    body: "<!doctype html><title>packaged</title><button onclick=\"tt.getSystemInfo().then((r) => { document.title = r.platform; })\">Ask</button>",
  }));
  const wasmResponse = page.waitForResponse((r) => r.url().endsWith(TTSHIM_WASM_PATH));
  await page.goto("https://packaged.example.test/");
  await ttshim.ready();
  const served = await (await wasmResponse).body();
  expect(served.equals(await readFile(new URL("dist/ttshim.wasm", installed)))).toBe(true);

  await ttshim.override("getSystemInfo", async () => ({ platform: "from-node" }), { times: 1 });
  await page.getByRole("button", { name: "Ask" }).click();
  await expect(page).toHaveTitle("from-node");
  expect((await ttshim.calls("getSystemInfo")).map((c) => c.overridden)).toEqual([true]);
  expect((await ttshim.config()).client.language).toBe("en_US");

  // The first tt.request loads the network module, from the package too.
  await page.route("https://packaged.example.test/api", (route) => route.fulfill({ json: { from: "the api" } }));
  const netResponse = page.waitForResponse((r) => r.url().endsWith("/__ttshim__/ttshim-net.wasm"));
  expect(await page.evaluate(() => tt.request({ url: "/api" }).then((r) => r.data))).toEqual({ from: "the api" });
  const servedNet = await (await netResponse).body();
  expect(servedNet.equals(await readFile(new URL("dist/ttshim-net.wasm", installed)))).toBe(true);
});

test("the openPlatform fixture serves the worker's tenant from the installed package", async ({ openPlatform }) => {
  const { app } = await openPlatform.tenant();
  expect(app.appId).toBe("cli_packagedfixture1");
  const response = await fetch(`${openPlatform.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ app_id: app.appId, app_secret: app.appSecret }),
  });
  expect(await response.json()).toMatchObject({ code: 0, tenant_access_token: expect.any(String) });
});
