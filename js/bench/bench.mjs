// make bench: ttshim's size, boot time, per-call time and memory, next to a
// hand-written JS mock of the same APIs (js/bench/mock.js). It prints figures
// and checks none of them; it stops with an error only when a measurement is
// void (a call failed, a page did not boot). docs/benchmarks.md's "Benchmarks (`make
// bench`)" explains each figure and the targets of issue 7.
//
// One Chromium run (Debian's /usr/bin/chromium, playwright.config.mjs's
// arguments) with a persistent profile in a temporary directory, against
// wasm/cmd/serve on a free loopback port. Every timed figure is the median,
// min and max over BENCH_PAGES (default 10) fresh pages.
//
// Environment: BENCH_PAGES (default 10); BENCH_ONLY=fresh prints the size,
// the fresh-context boot table, the code compiled during boot and the small
// suite's only; BENCH_BUDGET_S (default 300): the whole bench's time budget.
// The 1,000,000-call memory run comes last and stops, saying so, before a
// further step would take the bench past it.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { CHROMIUM_LAUNCH } from "../test/chromium.mjs";
import { freshContextFigures } from "./fresh.mjs";
import { lazyCompileFigures } from "./lazycompile.mjs";
import { suiteOverheadFigures } from "./suite.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = CHROMIUM_LAUNCH.executablePath;
const PAGES = positiveInteger("BENCH_PAGES", 10);
const BUDGET_S = positiveInteger("BENCH_BUDGET_S", 300);
const CALLS = 10_000; // timed sequential calls per API and page
// Untimed calls before them, at least WARMUP and for at least WARMUP_MS:
// on a fresh page V8 optimises the call path (Go's large wasm functions
// and the loader's) on a background thread for a few hundred milliseconds,
// and until then a call costs two to four times as much. The timed calls
// show the steady cost; the first WARMUP calls of the first case, on a
// fresh page, are printed on their own.
const WARMUP = 2_000;
const WARMUP_MS = 500;
const MEMORY_STEP = 100_000; // the memory run's calls per page.evaluate
const MEMORY_TARGET = 1_000_000;
const MEMORY_BATCH = 1_000; // calls in flight at once in the memory run
const IMPLS = ["ttshim", "mock"];
// Boot also times an empty Go program loaded the same way (js/bench/floor.html):
// the part of ttshim's boot that is Go's own start.
const BOOT_IMPLS = [...IMPLS, "floor"];
const started = performance.now();

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} should be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

// ---- figures ------------------------------------------------------------------

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function stats(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

const grouped = (n) => Math.round(n).toLocaleString("en-US");
const fixed = (n, digits) => n.toFixed(digits);

function bytes(n) {
  return `${grouped(n).padStart(11)} B  (${(n / 1e6).toFixed(2)} MB, ${(n / 2 ** 20).toFixed(2)} MiB)`;
}

// "median [min … max]" in a fixed width, so the columns line up.
function spread(s, digits, width = 26) {
  return `${fixed(s.median, digits)} [${fixed(s.min, digits)} … ${fixed(s.max, digits)}]`.padEnd(width);
}

function ratio(a, b) {
  return `${(a.median / b.median).toFixed(2)}×`;
}

const print = (line = "") => console.log(line);
const progress = (line) => process.stderr.write(`  … ${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---- the server ---------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// startServer runs `go run ./wasm/cmd/serve` in a process group of its own,
// so stop() ends both go and the server binary it starts.
async function startServer() {
  const port = await freePort();
  const child = spawn("go", ["run", "./wasm/cmd/serve", "-addr", `127.0.0.1:${port}`, "-root", "."], {
    cwd: ROOT, detached: true, stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  let exited = null;
  const gone = new Promise((resolve) => child.on("exit", (code, signal) => { exited = signal || `exit ${code}`; resolve(); }));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`wasm/cmd/serve stopped (${exited}):\n${stderr}`);
    try {
      const res = await fetch(`${origin}/index.html`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wasm/cmd/serve did not answer on ${origin} within 120 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, stop };
}

// ---- in the page ----------------------------------------------------------------

// Installed before the page's scripts on the per-call and memory pages (not
// on the boot pages): it keeps every WebAssembly.Memory an instance exports
// (Go's is exports.mem), so the bench can read its size; the loader itself
// exposes nothing.
function captureWasmMemory() {
  const memories = [];
  Object.defineProperty(globalThis, "__benchWasmMemories", { value: memories });
  const keep = (instance) => {
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory && !memories.includes(value)) memories.push(value);
    }
  };
  const wrap = (name, instanceOf) => {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      keep(instanceOf(result));
      return result;
    };
  };
  wrap("instantiateStreaming", (result) => result.instance);
  wrap("instantiate", (result) => (result instanceof WebAssembly.Instance ? result : result.instance));
}

// timeCalls runs at least `warmup` untimed calls, for at least `warmupMs`,
// then `n` timed ones, each awaited before the next; it returns the
// milliseconds the first `warmup` calls and the timed ones took. A failing
// call rejects, which voids the run.
async function timeCalls({ api, form, n, warmup, warmupMs, openid }) {
  const promised = {
    "tt.getSystemInfo": () => tt.getSystemInfo(),
    "tt.enterProfile": () => tt.enterProfile({ openid }),
    "Taro.getUserProfile": () => Taro.getUserProfile({ desc: "bench" }),
    "benchMock.getUserProfilePlain": () => benchMock.getUserProfilePlain({ desc: "bench" }),
  }[api];
  const check = (result) => {
    if (!result || !/:ok$/.test(result.errMsg)) throw new Error(api + " answered " + JSON.stringify(result));
  };
  // The callback form: each success callback makes the next call.
  const chain = (count) => new Promise((resolve, reject) => {
    let left = count;
    const next = (result) => {
      if (result) check(result);
      if (left-- === 0) return resolve();
      tt.getSystemInfo({ success: next, fail: (r) => reject(new Error(api + " failed: " + JSON.stringify(r))) });
    };
    next();
  });
  const sequence = async (count) => {
    for (let i = 0; i < count; i++) check(await promised());
  };
  const run = form === "callback" ? chain : sequence;
  const t0 = performance.now();
  await run(warmup);
  const firstMs = performance.now() - t0;
  while (performance.now() - t0 < warmupMs) await run(100);
  const t1 = performance.now();
  await run(n);
  return { firstMs, ms: performance.now() - t1 };
}

// callMany makes n tt.getSystemInfo calls in Promise form, `batch` at a time.
async function callMany({ n, batch }) {
  const t0 = performance.now();
  for (let done = 0; done < n; done += batch) {
    const calls = [];
    for (let i = 0; i < batch; i++) calls.push(tt.getSystemInfo());
    const results = await Promise.all(calls);
    const last = results[results.length - 1];
    if (last.errMsg !== "getSystemInfo:ok") throw new Error("tt.getSystemInfo answered " + JSON.stringify(last));
  }
  return performance.now() - t0;
}

// ---- pages ---------------------------------------------------------------------

function pageURL(origin, impl, openid) {
  return `${origin}/js/bench/${impl}.html?openid=${encodeURIComponent(openid)}`;
}

// load opens url in a fresh page and waits for the first tt.enterProfile
// result, which the page stamps with performance.now() (the floor page
// stamps the moment its Go program's main runs).
async function load(context, url, { capture = false } = {}) {
  // A moment for the previous page's teardown, which would otherwise
  // compete for the CPU.
  await new Promise((r) => setTimeout(r, 100));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (capture) await page.addInitScript(captureWasmMemory);
  await page.goto(url);
  await page.waitForFunction(() => window.benchBoot, null, { timeout: 60_000 });
  const boot = await page.evaluate(() => window.benchBoot);
  if (url.includes("/floor.html") ? !boot.result.started : boot.result.errMsg !== "enterProfile:ok") {
    throw new Error(`${url}: the first result was ${JSON.stringify(boot.result)}`);
  }
  if (errors.length) throw new Error(`${url}: page errors: ${errors.join("; ")}`);
  return { page, ms: boot.ms };
}

async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => globalThis.__benchWasmMemories.map((m) => m.buffer.byteLength));
    return { wasm: wasm.reduce((a, b) => a + b, 0), memories: wasm.length, js: heap.usedSize };
  } finally {
    await cdp.detach();
  }
}

async function clearCache(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
  await page.close();
}

// statusesOf loads url in a fresh page and returns the HTTP status the
// server sent for each file (304 when the browser revalidated its copy).
async function statusesOf(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const statuses = {};
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on("Network.responseReceivedExtraInfo", (e) => { statuses[e.requestId] = e.statusCode; });
  await page.goto(url);
  await page.waitForFunction(() => window.benchBoot);
  await page.waitForTimeout(200);
  await cdp.detach();
  await page.close();
  const named = {};
  for (const [id, status] of Object.entries(statuses)) named[path.basename(urls.get(id) || "?")] = status;
  return named;
}

// ---- the bench --------------------------------------------------------------------

async function sizes() {
  print("Size (computed once; gzip level 9, brotli quality 11 with Node's zlib)");
  for (const file of ["dist/ttshim.wasm", "dist/ttshim-net.wasm", "dist/ttshim.js"]) {
    const raw = fs.readFileSync(path.join(ROOT, file));
    const gzip = zlib.gzipSync(raw, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }).length;
    print(`  ${file}${file === "dist/ttshim-net.wasm" ? " (the network module: loaded on a page's first tt.request, never at boot)" : ""}`);
    print(`    raw     ${bytes(raw.length)}`);
    print(`    gzip    ${bytes(gzip)}`);
    print(`    brotli  ${bytes(brotli)}`);
  }
  print();
}

async function bootFigures(context, origin, openid) {
  const samples = Object.fromEntries(BOOT_IMPLS.map((impl) => [impl, { cold: [], warm: [] }]));
  for (let i = 0; i < PAGES; i++) {
    for (const impl of i % 2 ? [...BOOT_IMPLS].reverse() : BOOT_IMPLS) {
      const url = pageURL(origin, impl, openid);
      await clearCache(context);
      const cold = await load(context, url);
      await cold.page.close();
      const warm = await load(context, url);
      await warm.page.close();
      samples[impl].cold.push(cold.ms);
      samples[impl].warm.push(warm.ms);
    }
  }
  progress(`boot: ${PAGES} cold and ${PAGES} warm loads each`);
  // What the warm loads got from the server, from one more pair of loads.
  const seen = {};
  for (const impl of IMPLS) {
    const url = pageURL(origin, impl, openid);
    await clearCache(context);
    seen[impl] = { cold: await statusesOf(context, url), warm: await statusesOf(context, url) };
  }
  // A fresh browser context (what a Playwright test gets) keeps its cache in
  // memory: its second load shows what that cache can hold.
  const browser = context.browser();
  if (browser) {
    const incognito = await browser.newContext();
    await statusesOf(incognito, pageURL(origin, "ttshim", openid));
    seen.context = await statusesOf(incognito, pageURL(origin, "ttshim", openid));
    await incognito.close();
  }
  const described = (s) => Object.entries(s).map(([file, status]) => `${file} ${status}`).join(", ");

  print("Boot: navigation start to the first tt.enterProfile result (ms, performance.now() in the page)");
  print(`  ${"".padEnd(12)}${"ttshim".padEnd(28)}${"JS mock".padEnd(28)}${"ttshim ÷ mock".padEnd(16)}` +
    `${"empty Go program".padEnd(28)}empty Go ÷ mock`);
  for (const kind of ["cold", "warm"]) {
    const t = stats(samples.ttshim[kind]);
    const m = stats(samples.mock[kind]);
    const f = stats(samples.floor[kind]);
    print(`  ${`${kind} cache`.padEnd(12)}${spread(t, 1, 28)}${spread(m, 1, 28)}${ratio(t, m).padEnd(16)}${spread(f, 1, 28)}${ratio(f, m)}`);
  }
  print("  empty Go program: js/bench/floor.html, where a Go program that does nothing but tell the page it started");
  print("  (wasm/cmd/benchfloor, loaded as the loader loads ttshim.wasm) stamps the time in main: Go's own start.");
  print("  cold: the browser cache (HTTP cache and code cache) cleared with CDP Network.clearBrowserCache, then a fresh page.");
  print("  warm: a second fresh page in the same profile right after. wasm/cmd/serve sends Cache-Control: no-cache and");
  print("  Last-Modified, so the browser revalidates each file and reuses its copy on 304. Server statuses seen:");
  for (const impl of IMPLS) {
    print(`    ${impl.padEnd(7)} cold: ${described(seen[impl].cold)}`);
    print(`    ${"".padEnd(7)} warm: ${described(seen[impl].warm)}`);
  }
  print("  The profile is a persistent one (launchPersistentContext, in a temporary directory), with a disk cache and a");
  print("  code cache as a developer's browser has. A fresh browser context, what each Playwright test gets, keeps its");
  print("  cache in memory; what its second load got:");
  if (seen.context) print(`    ttshim, second load in a fresh browser context: ${described(seen.context)}`);
  print();
}

const PER_CALL = [
  { label: "tt.getSystemInfo, Promise form", api: "tt.getSystemInfo", form: "promise" },
  { label: "tt.getSystemInfo, callback form", api: "tt.getSystemInfo", form: "callback" },
  { label: "tt.enterProfile, Promise form", api: "tt.enterProfile", form: "promise" },
  { label: "Taro.getUserProfile", api: "Taro.getUserProfile", form: "promise" },
];
const MOCK_ONLY = { label: "Taro.getUserProfile, mock without crypto", api: "benchMock.getUserProfilePlain", form: "promise" };

async function perCallFigures(context, origin, openid) {
  const samples = { ttshim: {}, mock: {} };
  const bootMemory = [];
  for (let i = 0; i < PAGES; i++) {
    for (const impl of i % 2 ? [...IMPLS].reverse() : IMPLS) {
      const { page } = await load(context, pageURL(origin, impl, openid), { capture: true });
      if (impl === "ttshim") {
        await page.evaluate(() => ttShim.ready);
        bootMemory.push(await memoryOf(page));
      }
      const cases = impl === "mock" ? [...PER_CALL, MOCK_ONLY] : PER_CALL;
      for (const c of cases) {
        const { firstMs, ms } = await page.evaluate(timeCalls,
          { api: c.api, form: c.form, n: CALLS, warmup: WARMUP, warmupMs: WARMUP_MS, openid });
        (samples[impl][c.label] ||= []).push((ms * 1000) / CALLS);
        if (c === PER_CALL[0]) (samples[impl].fresh ||= []).push((firstMs * 1000) / WARMUP);
      }
      await page.close();
    }
    progress(`per call: page ${i + 1} of ${PAGES} for each`);
  }

  print(`Per call: ${grouped(CALLS)} sequential calls, each awaited before the next, after at least ${grouped(WARMUP)} untimed ones`);
  print(`made for at least ${WARMUP_MS} ms (µs per call)`);
  print(`  ${"".padEnd(42)}${"ttshim".padEnd(28)}${"JS mock".padEnd(28)}ttshim ÷ mock`);
  for (const c of PER_CALL) {
    const t = stats(samples.ttshim[c.label]);
    const m = stats(samples.mock[c.label]);
    print(`  ${c.label.padEnd(42)}${spread(t, 2, 28)}${spread(m, 2, 28)}${ratio(t, m)}`);
  }
  const plain = stats(samples.mock[MOCK_ONLY.label]);
  const profile = stats(samples.ttshim["Taro.getUserProfile"]);
  print(`  ${MOCK_ONLY.label.padEnd(42)}${"(as above)".padEnd(28)}${spread(plain, 2, 28)}${ratio(profile, plain)}`);
  const freshT = stats(samples.ttshim.fresh);
  const freshM = stats(samples.mock.fresh);
  print(`  ${"tt.getSystemInfo, first calls on a page".padEnd(42)}${spread(freshT, 2, 28)}${spread(freshM, 2, 28)}${ratio(freshT, freshM)}`);
  print(`  The last row is the first ${grouped(WARMUP)} calls on a fresh page (the first case's warm-up), made while V8 optimises.`);
  print(`  Config {strict: false, consent: "allow", requireTap: false}; enterProfile's openid is ttShim.config().users[1].openId;`);
  print(`  getUserProfile's desc is "bench". The mock's Taro.getUserProfile signs (SHA-1) and encrypts (AES-128-CBC)`);
  print(`  with WebCrypto as ttshim does; the row without crypto answers fixed strings. The mock draws no card.`);
  print();
  return bootMemory;
}

async function memoryFigures(context, origin, openid, bootMemory) {
  const { page } = await load(context, pageURL(origin, "ttshim", openid), { capture: true });
  await page.evaluate(() => ttShim.ready);
  const atBoot = await memoryOf(page);
  const points = [];
  let done = 0;
  let elapsed = 0;
  let stopped = false;
  while (done < MEMORY_TARGET) {
    const n = Math.min(MEMORY_STEP, MEMORY_TARGET - done);
    elapsed += await page.evaluate(callMany, { n, batch: MEMORY_BATCH });
    done += n;
    if (done === MEMORY_STEP || done === MEMORY_TARGET) points.push({ calls: done, ms: elapsed, memory: await memoryOf(page) });
    progress(`memory: ${grouped(done)} calls in ${seconds(elapsed)}`);
    // The next step would take about as long as the average one so far;
    // a few seconds more close the browser and the server.
    const nextStep = (elapsed / done) * Math.min(MEMORY_STEP, MEMORY_TARGET - done);
    if (done < MEMORY_TARGET && performance.now() - started + nextStep + 5_000 > BUDGET_S * 1000) {
      stopped = true;
      if (done !== MEMORY_STEP) points.push({ calls: done, ms: elapsed, memory: await memoryOf(page) });
      break;
    }
  }
  await page.close();

  const inMiB = (values) => stats(values.map((v) => v / 2 ** 20));
  const memories = [...new Set(bootMemory.map((m) => m.memories))].join(", ");
  const row = (label, wasm, js, note = "") => print(`  ${label.padEnd(28)}${wasm.padEnd(28)}${js.padEnd(28)}${note}`);
  print("Memory (ttshim), in MiB: the WebAssembly.Memory's size (Go's exports.mem, caught by wrapping");
  print("WebAssembly.instantiate and instantiateStreaming in an init script), and the JS heap used");
  print("(CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage; the wasm memory is not part of it)");
  row("", "wasm memory", "JS heap used");
  row(`after boot (${PAGES} pages)`, spread(inMiB(bootMemory.map((m) => m.wasm)), 1), spread(inMiB(bootMemory.map((m) => m.js)), 2),
    `WebAssembly.Memory instances per page: ${memories}`);
  const made = stopped ? `${grouped(done)} (of the planned ${grouped(MEMORY_TARGET)})` : grouped(MEMORY_TARGET);
  print(`  one more fresh page, ${made} tt.getSystemInfo calls (Promise form, ${grouped(MEMORY_BATCH)} in flight at a time):`);
  const one = (n, digits) => fixed(n / 2 ** 20, digits);
  row("after boot", one(atBoot.wasm, 1), one(atBoot.js, 2));
  for (const p of points) {
    row(`after ${grouped(p.calls)} calls`, one(p.memory.wasm, 1), one(p.memory.js, 2),
      `${seconds(p.ms)} for the calls so far, ${(p.ms * 1000 / p.calls).toFixed(1)} µs per call`);
  }
  if (points.length > 1) {
    const first = points[0];
    const last = points[points.length - 1];
    const change = (a, b) => `${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(1)} %`;
    row(`change ${grouped(first.calls)} → ${grouped(last.calls)}`, change(first.memory.wasm, last.memory.wasm), change(first.memory.js, last.memory.js));
  }
  const last = points[points.length - 1];
  print(`  The ${grouped(MEMORY_TARGET)} calls run on one page, not ${PAGES}: at this speed, ${PAGES} pages would take about ` +
    `${seconds(last.ms * (MEMORY_TARGET / last.calls) * PAGES)}, against a budget of ${BUDGET_S} s for the whole bench.`);
  if (stopped) {
    const needed = 1.1 * ((performance.now() - started) / 1000 + (elapsed / done) * (MEMORY_TARGET - done) / 1000) + 5;
    print(`  NOT COMPLETE: stopped after ${grouped(done)} of ${grouped(MEMORY_TARGET)} calls, to keep the bench within BENCH_BUDGET_S=${BUDGET_S} s.` +
      ` ${grouped(MEMORY_TARGET)} calls would take about ${seconds(elapsed * MEMORY_TARGET / done)};` +
      ` BENCH_BUDGET_S=${Math.ceil(needed / 30) * 30} make bench runs them all.`);
  }
  print();
}

async function main() {
  for (const file of ["dist/ttshim.js", "dist/ttshim.wasm", "dist/ttshim-net.wasm", "dist/bench-floor.js", "dist/bench-floor.wasm"]) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: make bench builds it`);
  }
  print("ttshim bench (make bench): figures only, nothing is checked. median [min … max] over fresh pages.");
  print();
  await sizes();

  const server = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ttshim-bench-"));
  let context;
  const cleanUp = async () => {
    if (context) await context.close().catch(() => {});
    await server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
    process.once(signal, () => { cleanUp().finally(() => process.exit(code)); });
  }
  try {
    // A persistent profile has a disk cache and a code cache, as a
    // developer's browser has; bootFigures also shows what a fresh browser
    // context's in-memory cache keeps.
    context = await chromium.launchPersistentContext(profile, CHROMIUM_LAUNCH);
    for (const page of context.pages()) await page.close();
    const version = context.browser() ? context.browser().version() : "?";

    // The pages call tt.enterProfile before ttShim.config() exists, so this
    // first load passes the default tenant's users[1] (docs/configuration.md) and reads the
    // openid the timed pages use from ttShim.config(). It also brings the
    // files into the OS's page cache.
    const first = await load(context, pageURL(server.origin, "ttshim", "ou_b876aa59f6638f66a20342e40ceafdf8"));
    await first.page.evaluate(() => ttShim.ready);
    const openid = await first.page.evaluate(() => ttShim.config().users[1].openId);
    await first.page.close();
    print(`Chromium ${version} (${CHROMIUM}), ${PAGES} fresh pages per figure${PAGES < 10 ? ` (BENCH_PAGES=${PAGES}: fewer than the 10 the figures are meant for)` : ""},` +
      ` server: go run ./wasm/cmd/serve on ${server.origin}`);
    print();

    await freshContextFigures({ origin: server.origin, openid, pages: PAGES, print, progress, stats, spread });
    await lazyCompileFigures({ origin: server.origin, openid, print, progress });
    await suiteOverheadFigures({ origin: server.origin, openid, print, progress, stats, spread });
    if (process.env.BENCH_ONLY === "fresh") return;
    await bootFigures(context, server.origin, openid);
    const bootMemory = await perCallFigures(context, server.origin, openid);
    await memoryFigures(context, server.origin, openid, bootMemory);
  } finally {
    await cleanUp();
  }
  print(`Total time: ${seconds(performance.now() - started)}`);
}

main().catch((e) => {
  console.error(`bench: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
