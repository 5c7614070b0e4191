// The loader's one hook for a harness that injects it with no script element
// of its own (ttshim/playwright's init script): globalThis.__ttshimWasmURL,
// read when the loader runs, names the wasm, resolved against the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const loader = readFileSync(new URL("../../dist/ttshim.js", import.meta.url), "utf8");

function run({ currentScript = null, wasmURL } = {}) {
  const fetched = [];
  const context = {
    console: { log() {}, warn() {}, error() {} },
    document: { currentScript },
    location: { href: "https://app.example.test/shop/page.html" },
    fetch: async (url) => { fetched.push(url); throw new TypeError("Failed to fetch"); },
    TextEncoder, TextDecoder, URL, crypto: globalThis.crypto, performance,
    queueMicrotask, setTimeout, WebAssembly,
  };
  if (wasmURL !== undefined) context.__ttshimWasmURL = wasmURL;
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(loader, context);
  return { window: context, fetched };
}

test("an injected loader fetches the wasm the harness names, on the page's origin", async () => {
  const { window, fetched } = run({ wasmURL: "/__ttshim__/ttshim.wasm" });
  await assert.rejects(window.ttShim.ready, { message: /cannot load https:\/\/app\.example\.test\/__ttshim__\/ttshim\.wasm: / });
  assert.deepEqual(fetched, ["https://app.example.test/__ttshim__/ttshim.wasm"]);
});

test("the harness's URL wins over the script's data-wasm", async () => {
  const script = { src: "https://cdn.example.test/ttshim.js", dataset: { wasm: "other.wasm" } };
  const { window, fetched } = run({ currentScript: script, wasmURL: "/__ttshim__/ttshim.wasm" });
  await window.ttShim.ready.catch(() => {});
  assert.deepEqual(fetched, ["https://cdn.example.test/__ttshim__/ttshim.wasm"]);
});

test("without it, nothing changes: the wasm next to the script, or the page", async () => {
  const script = { src: "https://cdn.example.test/lib/ttshim.js", dataset: {} };
  const beside = run({ currentScript: script });
  await beside.window.ttShim.ready.catch(() => {});
  assert.deepEqual(beside.fetched, ["https://cdn.example.test/lib/ttshim.wasm"]);
  const injected = run({ wasmURL: "" });
  await injected.window.ttShim.ready.catch(() => {});
  assert.deepEqual(injected.fetched, ["https://app.example.test/shop/ttshim.wasm"]);
});
