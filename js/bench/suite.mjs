// make bench's suite overhead (docs/benchmarks.md, "A small suite"): what a
// Playwright suite of 30 tests, each making 5 calls, pays per test, timed
// as a test runner times it: from the test's new context to its close.
// Side by side in one run: ttshim and the JS mock each in a fresh context
// per test, and ttshim in one page that every test starts with
// ttShim.reset(), as a suite that shares a page does.
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../test/chromium.mjs";

const TESTS = 30;
const CALLS = 5;

const MODES = [
  { key: "ttshim", label: "ttshim, fresh context", page: "ttshim" },
  { key: "mock", label: "JS mock, fresh context", page: "mock" },
  { key: "shared", label: "ttshim, shared page + reset", page: "ttshim", shared: true },
];

// oneTest is a test's body: the page's calls, each its own page.evaluate
// as a test makes them.
async function oneTest(page) {
  for (let i = 0; i < CALLS; i++) {
    const result = await page.evaluate(() => tt.getSystemInfo());
    if (result.errMsg !== "getSystemInfo:ok") throw new Error("getSystemInfo answered " + JSON.stringify(result));
  }
}

async function open(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchBoot, null, { timeout: 60_000 });
  return page;
}

async function runMode(browser, mode, url) {
  const times = [];
  let shared = null;
  if (mode.shared) {
    const context = await browser.newContext();
    shared = { context, page: await open(context, url) };
  }
  try {
    for (let i = 0; i < TESTS; i++) {
      const started = performance.now();
      if (shared) {
        await shared.page.evaluate(() => ttShim.reset());
        await oneTest(shared.page);
      } else {
        const context = await browser.newContext();
        try {
          await oneTest(await open(context, url));
        } finally {
          await context.close();
        }
      }
      times.push(performance.now() - started);
    }
  } finally {
    await shared?.context.close();
  }
  return times;
}

/**
 * Prints the suite-overhead table.
 * @param {{origin: string, openid: string, print: Function, progress: Function, stats: Function, spread: Function}} options
 */
export async function suiteOverheadFigures({ origin, openid, print, progress, stats, spread }) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const results = {};
  try {
    for (const mode of MODES) {
      results[mode.key] = await runMode(browser, mode, `${origin}/js/bench/${mode.page}.html?openid=${encodeURIComponent(openid)}`);
    }
  } finally {
    await browser.close();
  }
  progress(`suite overhead: ${TESTS} tests × ${CALLS} calls per way`);

  const width = 30;
  print(`A small suite: ${TESTS} tests × ${CALLS} calls (tt.getSystemInfo, each its own page.evaluate), one after another (ms)`);
  print(`  ${"".padEnd(18)}${MODES.map((m) => m.label.padEnd(width)).join("")}`);
  print(`  ${"per test".padEnd(18)}${MODES.map((m) => spread(stats(results[m.key]), 0, width)).join("")}`);
  const total = (key) => results[key].reduce((a, b) => a + b, 0);
  print(`  ${"the suite".padEnd(18)}${MODES.map((m) => `${Math.round(total(m.key))}`.padEnd(width)).join("")}`);
  print(`  ${"÷ JS mock".padEnd(18)}${MODES.map((m) => `${(total(m.key) / total("mock")).toFixed(2)}×`.padEnd(width)).join("")}`);
  print("  A test: its new context, the page's load until its first call's result, its calls, the context's close;");
  print("  shared: one page booted before the suite, and ttShim.reset() before each test's calls.");
  print();
}
