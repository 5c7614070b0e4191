/*! ttshim — a Feishu (Lark) client in the page, for development and tests. Not for production. */
// The loader: defines tt, h5sdk, Taro and ttShim the moment the script runs, loads
// the Go runtime, and hands it every call, in order, once it serves them.
// The call contract (when callbacks run, Promise or not) lives here; what a
// call answers is decided in Go.
//
// It is one function written in parts (js/loader/), which mkloader joins in
// the order the Makefile lists: this part opens the function, boot.js closes
// it and starts the runtime, and each part in between is a section of it.
(function () {
  "use strict";

  // The built-ins ttshim calls, as the page has them when the script runs:
  // a page that later replaces JSON.stringify, Object.keys, Reflect.get,
  // Promise, reportError or setTimeout changes nothing in ttshim, nor in
  // Go's wasm_exec.js inlined below. The names shadow the globals on
  // purpose, so the code reads as usual; JSON, Object and Reflect keep
  // their static members only.
  const JSON = staticsOf(globalThis.JSON);
  const Object = staticsOf(globalThis.Object);
  const Reflect = staticsOf(globalThis.Reflect);
  const { Promise, reportError, setTimeout, clearTimeout } = globalThis;

  function staticsOf(namespace) {
    const kept = {};
    for (const key of globalThis.Reflect.ownKeys(namespace)) kept[key] = namespace[key];
    return globalThis.Object.freeze(kept);
  }

  // Generated from the Go registry: every API with its namespace and kind.
  const MANIFEST = /*@MANIFEST@*/[];
  for (const api of MANIFEST) api.full = api.ns + "." + api.name;
  const OURS = Symbol.for("ttshim");
  const OPTION_CALLBACKS = ["success", "fail", "complete"];
  const H5_CALLBACKS = ["onSuccess", "onFail"];
  const CALLBACKS = { async: OPTION_CALLBACKS, taro: OPTION_CALLBACKS, h5config: H5_CALLBACKS, legacy: H5_CALLBACKS, listener: [], sync: [] };
  const script = document.currentScript;
  const pageConfig = globalThis.ttShimConfig;
  // A harness that injects the loader with no script element of its own
  // (ttshim/playwright) names the wasm here; it is not a configuration key.
  const harnessWasmURL = globalThis.__ttshimWasmURL;

  // A second copy of the script would start a second runtime and forget
  // everything the first one knows.
  if (globalThis.tt && globalThis.tt[OURS]) {
    console.warn("ttshim: already installed in this page; this second copy does nothing.");
    return;
  }
  // An existing tt that is not ours is a real client: leave the page alone.
  if (globalThis.tt && !(pageConfig && pageConfig.force === true)) {
    const reason = "ttshim: this page already has a tt object (a real Feishu client?), so ttshim installs nothing. " +
      "Set window.ttShimConfig = {force: true} before the script to replace it.";
    console.warn(reason);
    const ready = Promise.reject(new Error(reason));
    ready.catch(() => {});
    globalThis.ttShim = { installed: false, ready };
    return;
  }

  const goHost = {};
  /*@WASM_EXEC@*/

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let exports = null; // the wasm exports, once the runtime serves calls
  let bootError = null; // why it never will
  // Go is running (a call, or a DOM event Go listens to): calls made
  // meanwhile, from an event its DOM work fires, wait their turn.
  let goDepth = 0;
  const waiting = [];
  const pending = new Map(); // calls waiting on a dialog or the network, by id
  let wakeGo = () => {}; // runs the goroutines a pending call started

