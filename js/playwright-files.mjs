// ttshim/playwright's files: the built loader and wasm modules, read once
// per worker, and the loopback server the fixture serves the wasm from.
//
// Why a server: route.fulfill hands the 7 MB wasm to the browser through
// the protocol (base64, in one piece), so every test's page waits for it
// and cannot compile it while it streams. A route that continues the
// request to a loopback server lets Chromium fetch it itself, as it
// fetches a <script src> (docs/benchmarks.md, "Through ttshim/playwright").
import { readFile } from "node:fs/promises";
import http from "node:http";
import { fileURLToPath } from "node:url";

const LOADER_URL = new URL("../dist/ttshim.js", import.meta.url);
const WASM_URL = new URL("../dist/ttshim.wasm", import.meta.url);
const NET_WASM_URL = new URL("../dist/ttshim-net.wasm", import.meta.url);

async function readBuilt(url) {
  try {
    return await readFile(url);
  } catch (e) {
    throw new Error(`ttshim/playwright: cannot read ${fileURLToPath(url)} (${e.code || e.message}); ` +
      "in a checkout of ttshim, run `make build` first", { cause: e });
  }
}

/** How the wasm is served, from the loopback server or by route.fulfill. */
export const WASM_HEADERS = Object.freeze({
  "content-type": "application/wasm",
  "cache-control": "no-store",
  // A sandboxed frame's origin is opaque, so its fetch is cross-origin.
  "access-control-allow-origin": "*",
});

/** The built files: {loader: string, wasm: Buffer, netWasm: Buffer}. */
export async function readTtshimFiles() {
  const [loader, wasm, netWasm] = await Promise.all([readBuilt(LOADER_URL), readBuilt(WASM_URL), readBuilt(NET_WASM_URL)]);
  return { loader: loader.toString("utf8"), wasm, netWasm };
}

/**
 * Serves ttshim.wasm and ttshim-net.wasm from memory on a free loopback
 * port: {origin, files, close()}. installTtShim(target, config, {server})
 * then lets the browser fetch the wasm from it.
 *
 * @param {{wasm: Buffer, netWasm: Buffer}} [files] what readTtshimFiles() gave; read when absent
 */
export async function startTtshimFileServer(files) {
  const built = files || await readTtshimFiles();
  const byPath = new Map([["/ttshim.wasm", built.wasm], ["/ttshim-net.wasm", built.netWasm]]);
  const server = http.createServer((req, res) => {
    const body = byPath.get(new URL(req.url, "http://ttshim").pathname);
    if (!body || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("ttshim serves ttshim.wasm and ttshim-net.wasm only\n");
      return;
    }
    res.writeHead(200, { ...WASM_HEADERS, "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  // Idle keep-alive sockets would hold close() up until they time out.
  const close = () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, files: built, close };
}
