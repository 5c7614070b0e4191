// ttshim/open-platform: the simulated Feishu Open Platform (the server half
// of sign-in) on a node:http server, for npm users without Go.
//
//   import { startOpenPlatform } from "ttshim/open-platform";
//   const platform = await startOpenPlatform({ config: { app: { appId: "cli_x" } } });
//   // LARK_HOST=platform.url for your backend, or new lark.Client({ domain: platform.url, … })
//   await platform.close();
//
// Every request goes through the same Go implementation `make serve` runs
// natively (wasm/openplatform), built for js/wasm as
// dist/ttshim-openplatform.wasm and run with Go's wasm_exec.js, which the
// package carries unmodified as dist/wasm_exec.js. Each server has a Go
// instance, and so a tenant and a clock, of its own.
import { writeSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname } from "node:path";
import { webcrypto } from "node:crypto";
import { fileURLToPath } from "node:url";

const WASM_URL = new URL("../dist/ttshim-openplatform.wasm", import.meta.url);
const WASM_EXEC_URL = new URL("../dist/wasm_exec.js", import.meta.url);
// The name of the host object on the Go instance's global (TTSHIM_HOST).
const HOST = "ttshimOpenPlatform";
// No Open Platform request comes near this; a bigger one is a mistake.
const MAX_BODY_BYTES = 10 << 20;
const FILE_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

async function readBuilt(url, encoding) {
  try {
    return await readFile(url, encoding);
  } catch (e) {
    throw new Error(`ttshim/open-platform: cannot read ${fileURLToPath(url)} (${e.code || e.message}); ` +
      "in a checkout of ttshim, run `make build` first", { cause: e });
  }
}

// The compiled module and wasm_exec.js, read once and shared by every server.
let built;
function loadBuilt() {
  built ??= Promise.all([readBuilt(WASM_URL).then((bytes) => WebAssembly.compile(bytes)), readBuilt(WASM_EXEC_URL, "utf8")])
    .catch((e) => {
      built = undefined;
      throw e;
    });
  return built;
}

// startGo runs one Go instance with configJSON and resolves to its host
// object ({serve, stop}) once the configuration is applied.
async function startGo(configJSON, configSource, checkOnly = false) {
  const [module, wasmExec] = await loadBuilt();
  // wasm_exec.js runs as Go ships it, with a global of its own whose
  // prototype is Node's: its Go class and polyfills, Go's js.Global().Set
  // and the host land there, not on Node's global, and Go still finds
  // Object, Uint8Array and Date. Its fs is its own polyfill, which answers
  // at once (Node's asynchronous fs.write would block Go inside host.serve)
  // and which writes to Node's stdout and stderr here, by descriptor, where
  // it would console.log both. crypto is an own property: Node 18 has
  // webcrypto only as a module, and Node's global has it as a getter.
  const scope = Object.create(globalThis, { crypto: { value: webcrypto, writable: true, configurable: true } });
  // wasm_exec.js names fs freely (for the runtime's own writes): the polyfill.
  new Function("globalThis", "crypto", `"use strict";\nlet fs;\n${wasmExec}\nfs = globalThis.fs;`)(scope, webcrypto);
  scope.fs.writeSync = (fd, buf) => writeSync(fd, buf);
  const host = { config: configJSON, checkOnly };
  scope[HOST] = host;
  const go = new scope.Go();
  go.argv = ["ttshim-openplatform.wasm"];
  go.env = { TTSHIM_HOST: HOST };
  const booted = new Promise((resolve) => { host.booted = resolve; });
  const exited = go.run(await WebAssembly.instantiate(module, go.importObject));
  const ended = Symbol("ended");
  const error = await Promise.race([booted, exited.then(() => ended)]);
  if (checkOnly) {
    await exited;
    return { reason: error };
  }
  if (error === ended) throw new Error("startOpenPlatform: ttshim-openplatform.wasm ended before it started serving (its error is on stderr)");
  if (error) throw new Error(`startOpenPlatform: configuration error in ${configSource}: ${error}`);
  return { serve: host.serve, stop: () => { host.stop(); return exited; } };
}

// configLayerError checks config (a JS object) as one layer of a page's
// configuration, as window.ttShimConfig is: known keys with values of their
// kinds. It answers the reason it is refused, or "". What depends on other
// layers (currentUser in a data-config file's users) is not checked.
export async function configLayerError(config) {
  const { reason } = await startGo(JSON.stringify(config), "the configuration", true);
  return reason;
}

// configJSONOf reads the config option: a JS object, a JSON file's path or none.
async function configJSONOf(config) {
  if (config === undefined || config === null) return { json: "", source: "the default tenant" };
  if (typeof config === "string") {
    try {
      return { json: await readFile(config, "utf8"), source: config };
    } catch (e) {
      throw new Error(`startOpenPlatform: cannot read the config file ${config} (${e.code || e.message})`, { cause: e });
    }
  }
  if (typeof config !== "object" || Array.isArray(config)) {
    throw new TypeError(`startOpenPlatform({config}): config should be an object (a page's data-config JSON) or a JSON file's path, got ${Array.isArray(config) ? "an array" : typeof config}`);
  }
  return { json: JSON.stringify(config), source: "the config object" };
}

// filesOf checks the files option ({"/url/path": "file path"}) up front, so
// a missing build fails the start rather than a page's request.
async function filesOf(files = {}) {
  const served = new Map();
  for (const [urlPath, file] of Object.entries(files)) {
    if (!urlPath.startsWith("/") || urlPath.startsWith("/open-apis/") || urlPath.startsWith("/__ttshim__/")) {
      throw new TypeError(`startOpenPlatform({files}): ${JSON.stringify(urlPath)} should be an absolute path outside /open-apis/ and /__ttshim__/`);
    }
    const type = FILE_TYPES[extname(file)];
    if (!type) throw new TypeError(`startOpenPlatform({files}): no content type for ${file} (one of ${Object.keys(FILE_TYPES).join(" ")})`);
    try {
      await stat(file);
    } catch (e) {
      throw new Error(`startOpenPlatform({files}): cannot read ${file} (${e.code || e.message})`, { cause: e });
    }
    served.set(urlPath, { file, type });
  }
  return served;
}

function sendJSON(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

// ask runs one request through Go: the answer is there when serve returns.
function ask(go, method, target, rawHeaders, body) {
  const answer = go.serve(method, target, JSON.stringify(rawHeaders), body.length > 0 ? body : null);
  if (!answer) throw new Error("ttshim-openplatform.wasm gave no answer");
  return { status: answer.status, headers: JSON.parse(answer.header), body: answer.body };
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function handle(go, files, req, res) {
  const file = files.get(new URL(req.url, "http://ttshim").pathname);
  if (file && (req.method === "GET" || req.method === "HEAD")) {
    res.writeHead(200, {
      "content-type": file.type,
      "cache-control": "no-cache",
      // A page of another origin loads the runtime, and it fetches the wasm.
      "access-control-allow-origin": "*",
    }).end(await readFile(file.file));
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJSON(res, 413, { code: 413, msg: `the request body is over ${MAX_BODY_BYTES} bytes` });
    return;
  }
  const answer = ask(go, req.method, req.url, req.rawHeaders, body);
  for (const [name, values] of Object.entries(answer.headers)) res.setHeader(name, values);
  res.statusCode = answer.status;
  res.end(answer.body);
}

// control calls one of ttshim's /__ttshim__/ endpoints directly (no HTTP).
function control(go, method, target, body = "") {
  const answer = ask(go, method, target, ["Content-Type", "application/json"], Buffer.from(body));
  const text = Buffer.from(answer.body).toString("utf8");
  if (answer.status !== 200) throw new Error(`${method} ${target} answered ${answer.status}: ${text}`);
  return JSON.parse(text);
}

/**
 * Starts the simulated Open Platform on a node:http server.
 *
 * @param {{port?: number, host?: string, config?: object | string, files?: Record<string, string>}} [options]
 *   config: the tenant, as a page's data-config JSON (an object, or a JSON file's path);
 *   files: more files served on the same port, by URL path (what `npx ttshim serve` serves the runtime with)
 */
export async function startOpenPlatform({ port = 0, host = "127.0.0.1", config, files } = {}) {
  const { json, source } = await configJSONOf(config);
  const served = await filesOf(files);
  const go = await startGo(json, source);
  const server = createServer((req, res) => {
    handle(go, served, req, res).catch((e) => {
      if (res.headersSent) res.destroy(e);
      else sendJSON(res, 500, { code: 500, msg: `ttshim/open-platform: ${e.message}` });
    });
  });
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, resolve);
    });
  } catch (e) {
    await go.stop();
    throw new Error(`startOpenPlatform: cannot listen on ${host}:${port} (${e.code || e.message})`, { cause: e });
  }
  const bound = server.address().port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
  let closed;
  const controlled = (method, target, body) => {
    if (closed) throw new Error(`the Open Platform at ${url} is closed`);
    return control(go, method, target, body);
  };
  return {
    url,
    port: bound,
    /** The tenant the server plays, in ttShim.config()'s shape. */
    tenant: async () => controlled("GET", "/__ttshim__/tenant"),
    /** Moves the server's clock on by ms milliseconds; resolves to its new time (ms since the epoch). */
    async advance(ms) {
      if (typeof ms !== "number" || !Number.isFinite(ms)) throw new TypeError(`advance(ms): ms should be a finite number, got ${ms}`);
      return controlled("POST", "/__ttshim__/clock", JSON.stringify({ advance: ms })).now;
    },
    /** Stops the server and its Go instance. */
    close() {
      closed ??= new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }).then(() => go.stop());
      return closed;
    },
  };
}
