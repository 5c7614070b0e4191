// Starting a Go program: ttshim.wasm at boot, ttshim-net.wasm on the first
// request. Go's wasm_exec.js comes from the module ttshim:wasm_exec, which
// mkloader makes of the file as Go ships it; it defines Go's class and its
// fs, process and path polyfills on a host object of ttshim's instead of
// the page's globals.
import { wasmExec } from "ttshim:wasm_exec";
import { mark } from "./builtins.js";
import { writeFuncTab } from "./functab.js";

let goHost = null; // {Go, fs, process, path}, once defined

// defineGo runs wasm_exec.js, once ttshim installs.
export function defineGo() {
  goHost = wasmExec();
}

export function newGo() {
  return new goHost.Go();
}

// fetchWasm starts ttshim.wasm's download, marking "fetch": the Promise of
// its response, which instantiate takes as its download.
export function fetchWasm(url) {
  mark("fetch");
  const download = fetch(url);
  download.catch(() => {}); // a boot that fails before instantiate never reads it
  return download;
}

// instantiate compiles url's module, from download when the fetch has
// started already, and writes back the table the build took out of its
// data. It marks "compiled" for ttshim.wasm (and not for the network
// module, whose marks would say nothing of boot).
export async function instantiate(url, imports, options = {}) {
  const result = await compile(url, imports, options);
  writeFuncTab(result.module, result.instance.exports.mem);
  return result;
}

async function compile(url, imports, { marks = false, download = null }) {
  const response = await (download || fetch(url));
  if (!response.ok) throw new Error("HTTP " + response.status);
  try {
    const result = await WebAssembly.instantiateStreaming(response.clone(), imports);
    if (marks) mark("compiled");
    return result;
  } catch {
    // Served without application/wasm: compile from the bytes instead.
    const bytes = await response.arrayBuffer();
    if (!isWasm(bytes)) throw new Error(notWasm(url, response.headers.get("content-type"), bytes));
    const result = await WebAssembly.instantiate(bytes, imports);
    if (marks) mark("compiled");
    return result;
  }
}

// isWasm is whether bytes start with a wasm module's magic word, \0asm.
function isWasm(bytes) {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head.length === 4 && head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
}

// notWasm says what came instead of ttshim.wasm: most often a dev server's
// index.html fallback for a file it does not have.
function notWasm(url, type, bytes) {
  const html = /html/i.test(type || "") || /^\s*</.test(new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(64, bytes.byteLength))));
  return url + " is not ttshim.wasm: the server answered " + (html ? "an HTML page (an index.html fallback?)" : (type || "something else")) +
    "; serve node_modules/ttshim/dist/ there (npx ttshim init <public-dir>), or name where it is with window.ttShimConfig.wasmURL";
}

// runGo starts a Go program whose main finds host, its loader's object,
// by the name in TTSHIM_HOST. Go's syscall package reads fs, process and
// path as globals while it starts, and main reads the host; none of them
// stays on the page. It returns go.run's Promise, settled when Go exits.
export function runGo(go, instance, host) {
  const hostName = "__ttshim_host_" + Math.random().toString(36).slice(2);
  go.env = { TTSHIM_HOST: hostName };
  const lent = ["fs", "process", "path"].filter((k) => !(k in globalThis));
  for (const k of lent) globalThis[k] = goHost[k];
  globalThis[hostName] = host;
  try {
    return go.run(instance);
  } finally {
    for (const k of lent) delete globalThis[k];
    delete globalThis[hostName];
  }
}
