// Runs a Go test binary built for js/wasm (GOOS=js GOARCH=wasm go test -c)
// in Debian's Chromium, for the packages that need a page: wasm/ui and
// wasm/bridge. It serves the binary and Go's wasm_exec.js on loopback, runs
// the binary with -test.v and any flags given after it, copies what it
// writes to stdout and stderr, and exits with its exit code.
//
//   node js/test/wasmtest.mjs ui.test.wasm [-test.run=Card]
//
// WASM_EXEC names wasm_exec.js (default: the one in `go env GOROOT`),
// CHROMIUM the browser, WASMTEST_TIMEOUT_MS the time allowed (120 s).
//
// The page offers the tests one thing Go cannot do from inside it:
// wasmtestEmulateMedia(options), Playwright's page.emulateMedia, which
// returns a Promise (for the UI's light and dark schemes).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./chromium.mjs";

const [wasmPath, ...testFlags] = process.argv.slice(2);
if (!wasmPath) {
  console.error("usage: node js/test/wasmtest.mjs <test.wasm> [test flags]");
  process.exit(2);
}
const wasmExec = process.env.WASM_EXEC ||
  `${execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim()}/lib/wasm/wasm_exec.js`;
const timeoutMs = Number(process.env.WASMTEST_TIMEOUT_MS || 120_000);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>go test</title>
<link rel="icon" href="data:,"><script src="/wasm_exec.js"></script></head><body></body></html>`;
const files = {
  "/": ["text/html; charset=utf-8", page],
  "/wasm_exec.js": ["text/javascript", readFileSync(wasmExec)],
  "/test.wasm": ["application/wasm", readFileSync(wasmPath)],
};
const server = createServer((req, res) => {
  const file = files[req.url];
  res.writeHead(file ? 200 : 404, { "Content-Type": file ? file[0] : "text/plain" });
  res.end(file ? file[1] : "not found");
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

const browser = await chromium.launch(CHROMIUM_LAUNCH);
let code;
try {
  code = await run(await browser.newPage());
} finally {
  await browser.close();
  server.close();
}
process.exitCode = code;

// run starts the binary and resolves with its exit code: the code it exits
// with, or 1 when the page fails it or it runs out of time.
async function run(tab) {
  let exited;
  const exit = new Promise((resolve) => { exited = resolve; });
  // What the binary writes comes as bytes, in order, through one binding,
  // so a UTF-8 character split over two writes arrives whole.
  await tab.exposeFunction("wasmtestWrite", (fd, bytes) => {
    (fd === 2 ? process.stderr : process.stdout).write(Buffer.from(bytes));
  });
  await tab.exposeFunction("wasmtestExit", (status) => exited(status));
  await tab.exposeFunction("wasmtestEmulateMedia", (options) => tab.emulateMedia(options));
  tab.on("console", (msg) => process.stderr.write(`console.${msg.type()}: ${msg.text()}\n`));
  tab.on("pageerror", (error) => {
    process.stderr.write(`wasmtest: uncaught in the page: ${error.stack || error}\n`);
    exited(1);
  });
  tab.on("crash", () => {
    process.stderr.write("wasmtest: the page crashed\n");
    exited(1);
  });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.evaluate(async (argv) => {
    globalThis.fs.writeSync = (fd, buf) => {
      globalThis.wasmtestWrite(fd, Array.from(buf));
      return buf.length;
    };
    const go = new globalThis.Go();
    go.argv = ["test.wasm", ...argv];
    go.exit = (status) => globalThis.wasmtestExit(status);
    const { instance } = await WebAssembly.instantiateStreaming(fetch("/test.wasm"), go.importObject);
    // Not awaited: the binary runs on after this evaluate returns, and
    // reports its end through wasmtestExit.
    go.run(instance).catch((error) => {
      globalThis.wasmtestWrite(2, Array.from(new TextEncoder().encode(`wasmtest: ${error.stack || error}\n`)));
      globalThis.wasmtestExit(1);
    });
  }, ["-test.v", ...testFlags]);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write(`wasmtest: ${wasmPath} did not finish within ${timeoutMs} ms\n`);
      resolve(1);
    }, timeoutMs);
  });
  try {
    return await Promise.race([exit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
