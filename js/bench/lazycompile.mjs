// make bench's count of the wasm code V8 compiles on the page's own thread
// during boot (docs/benchmarks.md, "Code compiled during boot"). Chromium
// compiles a wasm function lazily, with Liftoff, the first time it runs, on
// the thread that runs it: what Go executes before main and on the way to
// the first result is compiled while the page waits. The bench's timed
// phases move by tens of milliseconds from run to run on a loaded machine;
// this count moves little, so it shows what a change to the boot path costs.
//
// V8 reports each compilation on the browser's stdout
// (--trace-wasm-compilation-times). Playwright's launch keeps that output to
// itself, so this starts Chromium itself and connects to it over CDP.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { CHROMIUM_LAUNCH } from "../test/chromium.mjs";

const PAGES = [
  { key: "ttshim", label: "ttshim <script>" },
  { key: "floor", label: "empty Go program" },
];
// After the first result the page is idle; what is still compiled after
// this long is not part of the boot.
const SETTLE_MS = 500;
const LIFTOFF = /Compiled function \S+ using Liftoff, took (\d+) (μs|ms) .*bodysize (\d+)/;

// startTracingChromium starts Chromium with V8's compilation trace on:
// {browser, lines, stop()}, lines being what it printed on stdout so far.
async function startTracingChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ttshim-bench-trace-"));
  const child = spawn(CHROMIUM_LAUNCH.executablePath, [...CHROMIUM_LAUNCH.args, `--user-data-dir=${profile}`,
    "--remote-debugging-port=0", "--js-flags=--trace-wasm-compilation-times", "about:blank"], { stdio: ["ignore", "pipe", "pipe"] });
  const lines = [];
  const stdout = readline.createInterface({ input: child.stdout });
  stdout.on("line", (line) => lines.push(line));
  const stdoutClosed = new Promise((resolve) => stdout.once("close", resolve));
  const stop = async () => {
    child.kill();
    await stdoutClosed;
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Chromium did not print its DevTools endpoint within 30 s")), 30_000);
      child.once("exit", (code) => reject(new Error(`Chromium exited (${code}) before its DevTools endpoint`)));
      readline.createInterface({ input: child.stderr }).on("line", (line) => {
        const m = /DevTools listening on (ws:\S+)/.exec(line);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
    });
    return { browser: await chromium.connectOverCDP(endpoint), lines, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function countBoot(page, origin, openid) {
  const { browser, lines, stop } = await startTracingChromium();
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/js/bench/${page.key}.html?openid=${encodeURIComponent(openid)}`);
    await tab.waitForFunction(() => window.benchBoot, null, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await context.close();
    await browser.close();
  } finally {
    // Every renderer's stdout has reached lines once the browser's is closed.
    await stop();
  }
  const compiled = { functions: 0, bytes: 0, ms: 0 };
  for (const line of lines) {
    const m = LIFTOFF.exec(line);
    if (!m) continue;
    compiled.functions++;
    compiled.bytes += Number(m[3]);
    compiled.ms += Number(m[1]) / (m[2] === "ms" ? 1 : 1000);
  }
  if (compiled.functions === 0) {
    throw new Error(`${page.label}: Chromium reported no Liftoff compilation; its --trace-wasm-compilation-times output changed?`);
  }
  return compiled;
}

/**
 * Prints how much wasm code each page compiles during its boot.
 * @param {{origin: string, openid: string, print: Function, progress: Function}} options
 */
export async function lazyCompileFigures({ origin, openid, print, progress }) {
  const counts = {};
  for (const page of PAGES) counts[page.key] = await countBoot(page, origin, openid);
  progress("code compiled during boot: one fresh browser each");

  const width = 24;
  print("Code compiled during boot: wasm functions V8 compiles on the page's thread, from the fetch until the page is idle");
  print(`  ${"".padEnd(32)}${PAGES.map((p) => p.label.padEnd(width)).join("")}`);
  const row = (label, cell) => print(`  ${label.padEnd(32)}${PAGES.map((p) => cell(counts[p.key]).padEnd(width)).join("")}`);
  row("functions", (c) => c.functions.toLocaleString("en-US"));
  row("code (body bytes)", (c) => `${(c.bytes / 1000).toFixed(1)} KB`);
  row("Liftoff's own time (ms)", (c) => c.ms.toFixed(1));
  print("  Chromium compiles each wasm function with Liftoff the first time it runs (lazy compilation, V8's default);");
  print("  run start → main and main → ready wait for it. One page each; Liftoff's time is its own report, and noisy.");
  print();
}
