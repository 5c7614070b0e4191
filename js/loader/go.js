// Starting a Go program: ttshim.wasm at boot, ttshim-net.wasm on the first
// request. Go's wasm_exec.js comes from the module ttshim:wasm_exec, which
// mkloader makes of the file as Go ships it; it defines Go's class and its
// fs, process and path polyfills on a host object of ttshim's instead of
// the page's globals.
import { wasmExec } from "ttshim:wasm_exec";

let goHost = null; // {Go, fs, process, path}, once defined

// defineGo runs wasm_exec.js, once ttshim installs.
export function defineGo() {
  goHost = wasmExec();
}

export function newGo() {
  return new goHost.Go();
}

export async function instantiate(url, imports) {
  const response = await fetch(url);
  if (!response.ok) throw new Error("HTTP " + response.status);
  try {
    return await WebAssembly.instantiateStreaming(response.clone(), imports);
  } catch {
    // Served without application/wasm: compile from the bytes instead.
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }
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
