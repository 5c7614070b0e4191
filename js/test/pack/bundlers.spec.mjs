// ttshim/vite and ttshim/webpack from the installed package (see run.sh):
// a Vite app and a webpack app, each served by its dev server and opened in
// Chromium, where the app shows what tt answered; and their production
// builds, which hold no file of ttshim's.
import { readdir, readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { build, createServer, preview } from "vite";
import webpack from "webpack";
import devMiddleware from "webpack-dev-middleware";
import ttshim from "ttshim/vite";
import TtShimWebpackPlugin from "ttshim/webpack";
import webpackConfig from "./apps/webpack/webpack.config.mjs";

const viteRoot = fileURLToPath(new URL("./apps/vite/", import.meta.url));
const RUNTIME = ["ttshim.js", "ttshim.js.map", "ttshim.mjs", "ttshim.mjs.map", "ttshim.wasm", "ttshim-net.wasm"];
const APP_SAYS = /^getSystemInfo:ok on \w+$/;
const AT_ROOT = /^\/ttshim\.wasm$/;

// opensApp loads url and checks what the app shows, and that the wasm came
// as wasm from a URL path that wasmPath matches.
async function opensApp(page, url, wasmPath) {
  const wasm = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/ttshim.wasm"));
  await page.goto(url);
  await expect(page.locator("#result")).toHaveText(APP_SAYS);
  const response = await wasm;
  expect(new URL(response.url()).pathname).toMatch(wasmPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/wasm");
  expect((await response.body()).equals(await readFile(new URL("./node_modules/ttshim/dist/ttshim.wasm", import.meta.url)))).toBe(true);
}

// filesOf lists every file under dir, and whether any holds the loader's
// banner.
async function filesOf(dir) {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const banner = [];
  for (const name of names) if ((await readFile(name, "utf8")).includes("Not for production.")) banner.push(name);
  return { names: names.map((name) => name.slice(dir.length).replace(/^\//, "")), banner };
}

function withoutTtShim({ names, banner }) {
  expect(names.filter((name) => RUNTIME.some((file) => name.endsWith(file)))).toEqual([]);
  expect(banner).toEqual([]);
}

test("vite dev serves ttshim with the plugin, to its script or to the app's import of either loader", async ({ page }) => {
  const injected = await createServer({ root: viteRoot, server: { port: 0, host: "127.0.0.1" } });
  await injected.listen();
  try {
    await opensApp(page, injected.resolvedUrls.local[0], AT_ROOT);
    // The plugin's script comes after the page's configuration, and before
    // the app's import, which is a second copy that does nothing.
    await expect(page.locator("head > script").last()).toHaveAttribute("src", "/ttshim.js");
  } finally {
    await injected.close();
  }

  // Without the script, the app imports ttshim: the ES module finds the
  // wasm next to itself in node_modules, the classic loader next to the
  // page, where the plugin serves it.
  const imported = await createServer({ root: viteRoot, configFile: false, logLevel: "warn", plugins: [ttshim({ inject: false })], server: { port: 0, host: "127.0.0.1" } });
  await imported.listen();
  try {
    await opensApp(page, imported.resolvedUrls.local[0], /\/node_modules\/ttshim\/dist\/ttshim\.wasm$/);
    await expect(page.locator("script[src$='ttshim.js']")).toHaveCount(0);
    await opensApp(page, `${imported.resolvedUrls.local[0]}classic.html`, AT_ROOT);
  } finally {
    await imported.close();
  }
});

test("vite build leaves ttshim out; vite build --mode test (build: true) puts it in, and vite preview serves it", async ({ page }) => {
  await build({ root: viteRoot, build: { outDir: "dist-production" } });
  const production = await filesOf(join(viteRoot, "dist-production"));
  expect(production.names).toContain("index.html");
  withoutTtShim(production);

  await build({ root: viteRoot, mode: "test", build: { outDir: "dist-test" } });
  expect((await filesOf(join(viteRoot, "dist-test"))).names).toEqual(expect.arrayContaining(RUNTIME));
  const server = await preview({ root: viteRoot, mode: "test", build: { outDir: "dist-test" }, preview: { port: 0, host: "127.0.0.1" } });
  try {
    await opensApp(page, server.resolvedUrls.local[0], AT_ROOT);
  } finally {
    await server.close();
  }
});

test("webpack's dev middleware serves ttshim with the plugin, and html-webpack-plugin's page loads it", async ({ page }) => {
  const compiler = webpack(webpackConfig({}, { mode: "development" }));
  const middleware = devMiddleware(compiler);
  const server = createHttpServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await new Promise((resolve) => middleware.waitUntilValid(resolve));
    await opensApp(page, `http://127.0.0.1:${server.address().port}/`, AT_ROOT);
    // After the page's configuration, before the bundle.
    await expect(page.locator("head > script:not([src])")).toHaveCount(1);
    await expect(page.locator("head > script[src]").first()).toHaveAttribute("src", "ttshim.js");
  } finally {
    await new Promise((resolve) => middleware.close(resolve));
    await new Promise((resolve) => server.close(resolve));
  }
});

test("webpack's development build has ttshim; its production build leaves it out unless build: true", async () => {
  const run = (config) => new Promise((resolve, reject) => webpack(config, (error, stats) => {
    if (error || stats.hasErrors()) reject(error || new Error(stats.toString("errors-only")));
    else resolve(config.output.path);
  }));
  const development = await filesOf(await run(webpackConfig({}, { mode: "development" })));
  expect(development.names).toEqual(expect.arrayContaining([...RUNTIME, "index.html", "main.js"]));

  const production = await filesOf(await run(webpackConfig({}, { mode: "production" })));
  expect(production.names).toEqual(expect.arrayContaining(["index.html", "main.js"]));
  withoutTtShim(production);

  const config = webpackConfig({}, { mode: "production" });
  config.output.path += "-test";
  config.plugins = [new HtmlWebpackPlugin(), new TtShimWebpackPlugin({ build: true })];
  const test = await filesOf(await run(config));
  expect(test.names).toEqual(expect.arrayContaining(RUNTIME));
  // The minimizer left the loader as the package ships it.
  const loader = await readFile(join(config.output.path, "ttshim.js"));
  expect(loader.equals(await readFile(new URL("./node_modules/ttshim/dist/ttshim.js", import.meta.url)))).toBe(true);
  expect(await readFile(join(config.output.path, "index.html"), "utf8")).toMatch(/<script src="?ttshim\.js"?>/);
});
