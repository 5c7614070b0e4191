// A soak: 400,000 mixed calls in one page. Every call settles exactly
// once, and neither Go's memory nor the JS heap keeps growing. It checks
// for a leak, not for speed: nothing here is timed.
import { test, expect } from "@playwright/test";
import { openApp } from "./helpers.mjs";

// 400,000 calls, four times the first measurement, show a leak in make
// test; make bench measures memory out to 1,000,000.
const TOTAL = 400_000;
const FIRST = 100_000;

// Runs before the page's scripts: keeps every WebAssembly.Memory an
// instance exports (Go's is exports.mem), as js/bench/bench.mjs does, since
// the loader exposes none.
function captureWasmMemory() {
  const memories = [];
  Object.defineProperty(globalThis, "__soakWasmMemories", { value: memories });
  const keep = (instance) => {
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory && !memories.includes(value)) memories.push(value);
    }
  };
  for (const [name, instanceOf] of [
    ["instantiateStreaming", (result) => result.instance],
    ["instantiate", (result) => (result instanceof WebAssembly.Instance ? result : result.instance)],
  ]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      keep(instanceOf(result));
      return result;
    };
  }
}

// The page's side of the soak, installed once: soak.run(from, to) makes
// calls [from, to) and records, per call, every callback and settlement in
// seen[i] (success +1, fail +4, complete +16, the Promise's fulfilment +1
// or rejection +4 — as +64 and +128 for Taro with callbacks, whose Promise
// settles besides them), next to what that call should get.
function installSoak(total) {
  const seen = new Uint8Array(total);
  const expected = new Uint8Array(total);
  const bump = (i, by) => () => { seen[i] += by; };
  const callbacks = (i) => ({ success: bump(i, 1), fail: bump(i, 4), complete: bump(i, 16) });
  const settled = (i, promise, ok = 1, failed = 4) => { promise.then(bump(i, ok), bump(i, failed)); };
  const sync = (i, value, want) => { seen[i] += value === want ? 1 : 8; };
  // Each kind: the call, what it should get, and its name in the log.
  const kinds = [
    [(i) => settled(i, tt.getSystemInfo()), 1, "tt.getSystemInfo"],
    [(i) => tt.getSystemInfo(callbacks(i)), 1 + 16, "tt.getSystemInfo"],
    [(i) => settled(i, Taro.getSystemInfo()), 1, "Taro.getSystemInfo"],
    [(i) => sync(i, tt.getSystemInfoSync().platform, "windows_nt"), 1, "tt.getSystemInfoSync"],
    [(i) => sync(i, tt.canIUse("getSystemInfo"), true), 1, "tt.canIUse"],
    [(i) => tt.login(callbacks(i)), 1 + 16, "tt.login"],
    [(i) => settled(i, tt.checkSession()), 1, "tt.checkSession"],
    [(i) => settled(i, Taro.login(callbacks(i)), 64, 128), 1 + 16 + 64, "Taro.login"],
    // Parameter errors (errno 104): a number for the option, a number for openid.
    [(i) => settled(i, tt.login(42)), 4, "tt.login"],
    [(i) => tt.enterProfile({ openid: 5, ...callbacks(i) }), 4 + 16, "tt.enterProfile"],
    [(i) => settled(i, Taro.getSystemInfo(17)), 4, "Taro.getSystemInfo"],
    [(i) => settled(i, Taro.enterProfile({ openid: 5, ...callbacks(i) }), 64, 128), 4 + 16 + 128, "Taro.enterProfile"],
    [(i) => sync(i, Taro.canIUse("getUserProfile"), true), 1, "Taro.canIUse"],
  ];
  window.soak = {
    async run(from, to, batch = 1000) {
      for (let start = from; start < to; start += batch) {
        const end = Math.min(to, start + batch);
        for (let i = start; i < end; i++) {
          const [call, want] = kinds[i % kinds.length];
          expected[i] = want;
          call(i);
        }
        // Calls are answered in order: once this one has settled, every
        // earlier call has delivered its callbacks and settled its Promise.
        await tt.getSystemInfo();
      }
    },
    // The APIs the last n calls of run(…, to) were made to, and the
    // batch's closing tt.getSystemInfo.
    lastNames(to, n) {
      const names = [];
      for (let i = to - n; i < to; i++) names.push(kinds[i % kinds.length][2]);
      return [...names, "tt.getSystemInfo"];
    },
    // The calls in [0, upTo) whose record differs from what they should get.
    mismatches(upTo) {
      const wrong = [];
      let count = 0;
      for (let i = 0; i < upTo; i++) {
        if (seen[i] === expected[i]) continue;
        count++;
        if (wrong.length < 5) wrong.push({ call: i, kind: i % kinds.length, seen: seen[i], expected: expected[i] });
      }
      return { count, first: wrong };
    },
  };
}

async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => globalThis.__soakWasmMemories.map((m) => m.buffer.byteLength));
    return { memories: wasm.length, wasm: wasm.reduce((a, b) => a + b, 0), js: heap.usedSize };
  } finally {
    await cdp.detach();
  }
}

test("400,000 mixed calls each settle once, and memory stays flat", async ({ page }) => {
  // About 15 s on a busy 2-core machine; the limit only stops a hang.
  test.setTimeout(300_000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(captureWasmMemory);
  await openApp(page, { mode: "gadget", strict: false });
  await page.evaluate(installSoak, TOTAL);

  await page.evaluate(([from, to]) => soak.run(from, to), [0, FIRST]);
  expect(await page.evaluate((n) => soak.mismatches(n), FIRST)).toEqual({ count: 0, first: [] });
  const early = await memoryOf(page);
  expect(early.memories).toBe(1);

  for (let from = FIRST; from < TOTAL; from += 100_000) {
    await page.evaluate(([a, b]) => soak.run(a, b), [from, from + 100_000]);
  }
  expect(await page.evaluate((n) => soak.mismatches(n), TOTAL)).toEqual({ count: 0, first: [] });
  const late = await memoryOf(page);

  // Go's memory never shrinks, so it is a high-water mark; 1 MiB of slack
  // keeps a small heap's noise from failing the check.
  const MiB = 1 << 20;
  const figures = `after ${FIRST} calls ${JSON.stringify(early)}, after ${TOTAL} ${JSON.stringify(late)}`;
  expect(late.wasm, "Go's memory: " + figures).toBeLessThanOrEqual(early.wasm * 1.1 + MiB);
  expect(late.js, "the JS heap: " + figures).toBeLessThanOrEqual(early.js * 1.1 + MiB);
  expect(errors).toEqual([]);
  // The log keeps the newest 10,000 calls, the last ones in order.
  const log = await page.evaluate(() => ttShim.calls().map((entry) => entry.api));
  expect(log).toHaveLength(10_000);
  expect(log.slice(-27)).toEqual(await page.evaluate((n) => soak.lastNames(n, 26), TOTAL));
});
