// Where the wasm comes from in a page a bundler serves: a dev server's
// index.html fallback for ttshim.wasm is named for what it is, and
// window.ttShimConfig.wasmURL points the loader at the real file.
import { test, expect } from "@playwright/test";
import { configure } from "./helpers.mjs";

// A page as a bundler's dev server gives it: the loader copied to /assets/,
// and every unknown path answered with index.html.
const PAGE = `<!doctype html><title>bundled</title><script src="/assets/ttshim.js"></script>`;

async function serveBundled(page) {
  const loader = await (await page.request.get("/dist/ttshim.js")).body();
  await page.route("**/assets/**", (route) => (route.request().url().endsWith("/assets/ttshim.js")
    ? route.fulfill({ contentType: "text/javascript", body: loader })
    : route.fulfill({ contentType: "text/html", body: PAGE })));
  await page.route("**/bundled/", (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
}

const readyOutcome = (page) => page.evaluate(() => ttShim.ready.then(() => "ready", (e) => e.message));

test("an index.html fallback for ttshim.wasm is named for what it is, with the way out", async ({ page }) => {
  await serveBundled(page);
  await page.goto("/bundled/");
  const url = new URL("/assets/ttshim.wasm", page.url()).href;
  expect(await readyOutcome(page)).toBe(`ttshim: cannot load ${url}: Error: ${url} is not ttshim.wasm: the server answered ` +
    "an HTML page (an index.html fallback?); serve node_modules/ttshim/dist/ there (npx ttshim init <public-dir>), " +
    "or name where it is with window.ttShimConfig.wasmURL");
});

test("window.ttShimConfig.wasmURL names the wasm, against the page; Go never sees the key", async ({ page }) => {
  await serveBundled(page);
  await configure(page, { wasmURL: "../dist/ttshim.wasm", strict: false });
  const fetched = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) fetched.push(new URL(r.url()).pathname); });
  await page.goto("/bundled/");
  expect(await readyOutcome(page)).toBe("ready");
  expect(fetched).toEqual(["/dist/ttshim.wasm"]);
  expect(await page.evaluate(() => [ttShim.config().wasmURL, ttShim.config().strict])).toEqual([undefined, false]);
  // The network module comes from next to it.
  await page.route("**/api", (route) => route.fulfill({ json: { ok: true } }));
  await page.evaluate(() => tt.request({ url: "/api" }));
  expect(fetched).toEqual(["/dist/ttshim.wasm", "/dist/ttshim-net.wasm"]);
});

test("a wasmURL that is not a URL string fails the start, naming it", async ({ page }) => {
  await serveBundled(page);
  await configure(page, { wasmURL: 5 });
  await page.goto("/bundled/");
  expect(await readyOutcome(page)).toBe('ttshim: configuration error in window.ttShimConfig: "wasmURL" should be a URL string, got number');
});
