// The network: ttshim-net.wasm, loaded on the first request.
import { Promise, describe, promiseThen } from "./builtins.js";
import { instantiate, newGo, runGo } from "./go.js";

// Go hands tt.request's requests to netFetch. The network module, a Go
// program of its own, sends them with tinyutil's http client; it weighs
// about as much as ttshim.wasm and most pages never make a request, so it
// loads only when the first one comes.
let netWasmURL = ""; // next to ttshim.wasm (setNetWasmURL)
let netModule = null; // a Promise of the module's host object, once loading began
let netServing = null; // that host object, once the module serves
const netRequests = new Map(); // request id → Go's done callback, until called or aborted

export function setNetWasmURL(url) {
  netWasmURL = url;
}

// netFetch(id, requestJSON, body, done): done(error, responseJSON, body)
// is called once, unless netAbort(id) comes first.
export function netFetch(id, requestJSON, body, done) {
  netRequests.set(id, done);
  if (!netModule) netModule = loadNet();
  promiseThen.call(netModule, (net) => {
    if (!netRequests.has(id)) return; // aborted while the module loaded
    try {
      net.fetch(id, requestJSON, body, (error, responseJSON, responseBody) => netAnswer(id, error, responseJSON, responseBody));
    } catch (e) {
      netAnswer(id, "ttshim-net.wasm failed: " + describe(e), "", null);
    }
  }, (e) => netAnswer(id, "cannot load " + netWasmURL + ": " + describe(e), "", null));
}

function netAnswer(id, error, responseJSON, body) {
  const done = netRequests.get(id);
  if (!done) return;
  netRequests.delete(id);
  done(error, responseJSON, body);
}

export function netAbort(id) {
  if (!netRequests.delete(id) || !netServing) return;
  try {
    netServing.abort(id);
  } catch (e) {
    console.error("ttshim: cannot abort a request: " + describe(e));
  }
}

async function loadNet() {
  const go = newGo();
  const { instance } = await instantiate(netWasmURL, go.importObject);
  const net = { started: undefined, fetch: undefined, abort: undefined }; // Go sets fetch and abort
  const serving = new Promise((resolve) => { net.started = resolve; });
  const exited = runGo(go, instance, net);
  await new Promise((resolve, reject) => {
    promiseThen.call(serving, resolve);
    promiseThen.call(exited, () => reject(new Error("it stopped before serving")), reject);
  });
  netServing = net;
  return net;
}
