// Loader tests without a browser: dist/ttshim.js runs in a bare VM context
// whose fetch fails, which shows what the page gets synchronously and how
// calls end when the runtime cannot start.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const loader = readFileSync(new URL("../../dist/ttshim.js", import.meta.url), "utf8");
// The registry as mkref writes it (`make build`), from the Go registry by
// another path than the manifest the loader embeds: what the page gets is
// checked against it, not against itself.
const registry = JSON.parse(readFileSync(new URL("../../dist/registry.json", import.meta.url), "utf8"));

function page(globals = {}) {
  const logged = { warn: [], error: [] };
  const context = {
    console: { log() {}, warn: (m) => logged.warn.push(m), error: (m) => logged.error.push(m) },
    document: { currentScript: { src: "http://app.test/dist/ttshim.js", dataset: {} } },
    location: { href: "http://app.test/page.html" },
    fetch: async () => { throw new TypeError("Failed to fetch"); },
    TextEncoder, TextDecoder, URL, crypto: globalThis.crypto, performance,
    queueMicrotask, setTimeout, WebAssembly,
    ...globals,
  };
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(loader, context);
  return { window: context, logged };
}

test("defines tt, h5sdk, Taro and ttShim synchronously, and nothing else", () => {
  const { window } = page();
  assert.equal(typeof window.tt.enterProfile, "function");
  assert.equal(typeof window.Taro.enterProfile, "function");
  assert.equal(typeof window.h5sdk.config, "function");
  assert.equal(typeof window.h5sdk.ready, "function");
  assert.equal(window.ttShim.installed, true);
  assert.ok(window.ttShim.apis.includes("tt.enterProfile"));
  for (const name of ["Go", "fs", "process", "path"]) assert.equal(name in window, false, name);
});

test("every registry API has a stub at its name, h5sdk's legacy paths included", () => {
  const { window } = page();
  assert.deepEqual([...window.ttShim.apis], registry.map((entry) => entry.full));
  for (const full of [...registry.map((entry) => entry.full), "h5sdk.biz.util.openLink", "tt.showToast", "Taro.getEnv", "h5sdk.config"]) {
    const stub = full.split(".").reduce((owner, key) => owner && owner[key], window);
    assert.equal(typeof stub, "function", full);
  }
});

test("a call made before a runtime that never starts still fails through its own channel", async () => {
  const { window, logged } = page();
  const order = [];
  window.tt.enterProfile({ openid: "ou_x", fail: (res) => order.push(["fail", res]), complete: () => order.push(["complete"]) });
  const promised = window.tt.getSystemInfo();
  const h5 = [];
  window.h5sdk.error((res) => h5.push(["error", res]));
  window.h5sdk.config({ appId: "cli_x", onFail: (res) => h5.push(["onFail", res]) });
  const wasm = "cannot load http://app.test/dist/ttshim.wasm: TypeError: Failed to fetch";
  await assert.rejects(window.ttShim.ready, { message: "ttshim: " + wasm });
  const rejected = await promised.then(() => null, (res) => res);
  assert.equal(rejected.errMsg, "getSystemInfo:fail ttshim did not start: " + wasm);
  assert.equal(rejected.errno, 102);
  assert.deepEqual(order.map(([name]) => name), ["fail", "complete"]);
  assert.equal(order[0][1].errMsg, "enterProfile:fail ttshim did not start: " + wasm);
  // h5sdk.config's failure has its own shape, errorCode and errorMessage.
  const configFailure = {
    errorCode: 1012, errorMessage: "ttshim did not start: " + wasm, errno: 2601002,
    errString: "Authentication failed. ttshim did not start: " + wasm + " (error code: 1012)",
  };
  assert.deepEqual(JSON.parse(JSON.stringify(h5)), [["onFail", configFailure], ["error", configFailure]]);
  assert.equal(logged.error[0], "ttshim: " + wasm);
});

test("the loader fetches the data-config file alongside the wasm, and nothing else at boot", async () => {
  const fetched = [];
  const { window } = page({
    document: { currentScript: { src: "http://app.test/dist/ttshim.js", dataset: { config: "conf/app.json" } } },
    fetch: async (url) => { fetched.push(String(url)); throw new TypeError("Failed to fetch"); },
  });
  await assert.rejects(window.ttShim.ready, { message: "ttshim: cannot load http://app.test/dist/ttshim.wasm: TypeError: Failed to fetch" });
  assert.deepEqual(fetched.sort(), ["http://app.test/conf/app.json", "http://app.test/dist/ttshim.wasm"]);
});

test("synchronous APIs and controls say why they cannot answer yet", () => {
  const { window } = page();
  assert.throws(() => window.tt.getSystemInfoSync(), /still loading: await ttShim.ready first/);
  assert.throws(() => window.ttShim.calls(), /still loading: await ttShim.ready first/);
});

test("a page that already has a real client's tt is left alone", async () => {
  const real = { enterProfile() { return "real"; } };
  const { window, logged } = page({ tt: real });
  assert.equal(window.tt, real);
  assert.equal("h5sdk" in window, false);
  assert.equal(window.ttShim.installed, false);
  assert.match(logged.warn[0], /already has a tt object/);
  await assert.rejects(window.ttShim.ready, /installs nothing/);
});

test("force: true replaces an existing tt", () => {
  const { window } = page({ tt: {}, ttShimConfig: { force: true } });
  assert.equal(typeof window.tt.enterProfile, "function");
  assert.equal(window.ttShim.installed, true);
});

test("a page's own Taro keeps its members and gains ttshim's APIs", () => {
  const own = { navigateTo() { return "app's own"; }, ENV_TYPE: { WEB: "WEB" } };
  const { window } = page({ Taro: own });
  assert.equal(window.Taro, own);
  assert.equal(window.Taro.navigateTo(), "app's own");
  assert.deepEqual(window.Taro.ENV_TYPE, { WEB: "WEB" });
  assert.equal(typeof window.Taro.getSystemInfo, "function");
  // navigateTo is not simulated: the page's own stays, and what it lacks comes.
  assert.equal(typeof window.Taro.showToast, "function");
});

test("Taro calls return a Promise even with callbacks, and it rejects after fail ran", async () => {
  const { window } = page();
  const order = [];
  const promise = window.Taro.enterProfile({ openid: "x", fail: () => order.push("fail"), complete: () => order.push("complete") });
  assert.equal(typeof promise.then, "function");
  await promise.then(() => order.push("resolved"), () => order.push("rejected"));
  assert.deepEqual(order, ["fail", "complete", "rejected"]);
});

test("Taro gets Taro's ENV_TYPE, and getEnv answers once the runtime runs", () => {
  const { window } = page();
  assert.equal(window.Taro.ENV_TYPE.WEB, "WEB");
  assert.equal(window.Taro.ENV_TYPE.TT, "TT");
  assert.ok(Object.isFrozen(window.Taro.ENV_TYPE));
  assert.throws(() => window.Taro.getEnv(), /Taro.getEnv answers synchronously, and the runtime is still loading/);
});

test("ttShim.kindOf reports how each API answers, from the registry", () => {
  const { window } = page();
  assert.equal(window.ttShim.kindOf("tt.enterProfile"), "async");
  assert.equal(window.ttShim.kindOf("Taro.getUserProfile"), "taro");
  assert.equal(window.ttShim.kindOf("Taro.getEnv"), "sync");
  assert.equal(window.ttShim.kindOf("h5sdk.config"), "h5config");
  assert.equal(window.ttShim.kindOf("tt.teleport"), undefined);
  for (const entry of registry) assert.equal(window.ttShim.kindOf(entry.full), entry.kind, entry.full);
});

test("ttShim.isSimulated tells the simulated APIs from those answered errno 103, before the runtime", () => {
  const { window } = page();
  assert.equal(window.ttShim.isSimulated("tt.enterProfile"), true);
  assert.equal(window.ttShim.isSimulated("h5sdk.config"), true);
  assert.equal(window.ttShim.isSimulated("tt.startAccelerometer"), false);
  assert.equal(window.ttShim.isSimulated("h5sdk.biz.navigation.setMenu"), false);
  assert.equal(window.ttShim.isSimulated("h5sdk.biz.util.openLink"), true); // as tt.openSchema
  assert.equal(window.ttShim.isSimulated("tt.onAccelerometerChange"), false);
  // Full names only, as kindOf takes them.
  assert.equal(window.ttShim.isSimulated("enterProfile"), undefined);
  assert.equal(window.ttShim.isSimulated("tt.teleport"), undefined);
  for (const entry of registry) assert.equal(window.ttShim.isSimulated(entry.full), entry.simulated, entry.full);
});

test("ttShim.answer takes a choice, a list of ids, an index or an object of fields, and says so otherwise", () => {
  const { window } = page();
  for (const bad of [undefined, null, NaN, Infinity, true, () => "allow"]) {
    assert.throws(() => window.ttShim.answer(bad), { name: "TypeError", message: /decision should be a choice string, a list of ids, an item's index or an object of fields/ });
  }
  for (const good of ["allow", ["ou_1"], 2, { inputValue: "hi" }]) {
    assert.throws(() => window.ttShim.answer(good), /still loading/);
  }
});
