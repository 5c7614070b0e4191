// make bench's fresh-context boot (docs/benchmarks.md, "Fresh-context
// boot"): what every Playwright test pays, as each gets a fresh browser
// context with no HTTP cache and no code cache. Side by side in one run:
// ttshim from a <script src>, the empty Go program loaded the same way, the
// JS mock, and ttshim through ttshim/playwright's installTtShim, with the
// wasm from the loopback server (the fixture's default) and from
// route.fulfill (its fallback). The phases come from the performance marks
// the loader leaves (ttshim:fetch, compiled, run, main, booted, ready) and
// the wasm's resource timing.
import { chromium } from "@playwright/test";
import { installTtShim, startTtshimFileServer } from "../playwright.mjs";
import { CHROMIUM_LAUNCH } from "../test/chromium.mjs";

const CONFIG = { strict: false, consent: "allow", requireTap: false }; // as js/bench/ttshim.html sets it

const IMPLS = [
  { key: "ttshim", label: "ttshim <script>", page: "ttshim" },
  { key: "floor", label: "empty Go program", page: "floor" },
  { key: "mock", label: "JS mock", page: "mock" },
  { key: "loopback", label: "helper, loopback", page: "helper", install: "loopback" },
  { key: "fulfill", label: "helper, fulfill", page: "helper", install: "fulfill" },
];

// Each phase: its label and how it is read from one sample.
const PHASES = [
  ["navigation → first result", (s) => s.firstResult],
  ["navigation → wasm fetch start", (s) => s.marks.fetch],
  ["wasm fetch start → arrived", (s) => s.wasmEnd === undefined ? undefined : s.wasmEnd - s.marks.fetch],
  ["wasm fetch start → compiled", (s) => s.marks.compiled - s.marks.fetch],
  ["run start → main", (s) => s.marks.main - s.marks.run],
  ["main → booted", (s) => s.marks.booted - s.marks.main],
  ["booted → ready", (s) => s.marks.ready - s.marks.booted],
];

// readBoot runs in the page once it has its first result.
async function readBoot() {
  if (globalThis.ttShim) await globalThis.ttShim.ready;
  const marks = {};
  for (const e of performance.getEntriesByType("mark")) {
    if (e.name.startsWith("ttshim:")) marks[e.name.slice("ttshim:".length)] = e.startTime;
  }
  const wasm = performance.getEntriesByType("resource").find((e) => /\.wasm$/.test(new URL(e.name).pathname));
  return { boot: window.benchBoot, marks, wasmEnd: wasm ? wasm.responseEnd : undefined };
}

async function sample(browser, server, impl, url) {
  const context = await browser.newContext();
  try {
    if (impl.install) await installTtShim(context, CONFIG, impl.install === "loopback" ? { server } : {});
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => window.benchBoot, null, { timeout: 60_000 });
    const { boot, marks, wasmEnd } = await page.evaluate(readBoot);
    const ok = impl.key === "floor" ? boot.result.started : boot.result.errMsg === "enterProfile:ok";
    if (!ok || errors.length) throw new Error(`${impl.label}: first result ${JSON.stringify(boot.result)}; page errors: ${errors.join("; ")}`);
    return { firstResult: boot.ms, marks, wasmEnd };
  } finally {
    await context.close();
  }
}

/**
 * Prints the fresh-context boot table.
 * @param {{origin: string, openid: string, pages: number, print: Function, progress: Function,
 *   spread: Function, median: Function}} options
 */
export async function freshContextFigures({ origin, openid, pages, print, progress, stats, spread }) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const server = await startTtshimFileServer();
  const samples = Object.fromEntries(IMPLS.map((impl) => [impl.key, []]));
  try {
    for (let i = 0; i < pages; i++) {
      // Each round starts with the next one, so none always goes first.
      const order = IMPLS.map((_, k) => IMPLS[(k + i) % IMPLS.length]);
      for (const impl of order) {
        await new Promise((r) => setTimeout(r, 100)); // the last context's teardown
        const url = `${origin}/js/bench/${impl.page}.html?openid=${encodeURIComponent(openid)}`;
        samples[impl.key].push(await sample(browser, server, impl, url));
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }
  progress(`fresh-context boot: ${pages} fresh contexts each`);

  const width = 24;
  print("Fresh-context boot: each sample a new browser context (no HTTP cache, no code cache), as a Playwright test has (ms)");
  print(`  ${"".padEnd(32)}${IMPLS.map((impl) => impl.label.padEnd(width)).join("")}`);
  const medians = {};
  for (const [label, read] of PHASES) {
    const cells = IMPLS.map((impl) => {
      const values = samples[impl.key].map(read).filter((v) => Number.isFinite(v));
      if (values.length === 0) return "–".padEnd(width);
      const s = stats(values);
      (medians[impl.key] ||= {})[label] = s.median;
      return spread(s, 0, width);
    });
    print(`  ${label.padEnd(32)}${cells.join("")}`);
  }
  const first = PHASES[0][0];
  const floor = medians.floor[first];
  print(`  ${"first result ÷ empty Go".padEnd(32)}${IMPLS.map((impl) => `${(medians[impl.key][first] / floor).toFixed(2)}×`.padEnd(width)).join("")}`);
  print("  Marks: ttshim:fetch before the wasm's fetch, compiled when instantiateStreaming settles, run before go.run,");
  print("  main at the start of Go's main, booted when main has started the shim, ready when ttShim.ready resolves.");
  print("  arrived: the wasm's resource timing responseEnd. The mock has no wasm; the empty Go program has no shim to boot.");
  print("  helper: installTtShim(context, config) before the page, as the fixture does; loopback: the route continues the");
  print("  wasm's request to a loopback server (startTtshimFileServer, the fixture's default on loopback hosts);");
  print("  fulfill: route.fulfill from memory (the fixture's fallback: https pages, other hosts, a remote browser).");
  print();
}
