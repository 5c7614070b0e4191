// Boot: decides whether ttshim installs in this page, defines the globals
// at once, then loads the wasm and the data-config file and starts Go.
import { JSON, Promise, describe, later, mark } from "./builtins.js";
import { OURS } from "./manifest.js";
import { watchWindow } from "./payload.js";
import { failed, rejectReady, resolveReady, serving, whileGoRuns, goDepth } from "./bridge.js";
import { flush, h5Booted, settlePending } from "./contract.js";
import { install } from "./globals.js";
import { defineGo, fetchWasm, instantiate, newGo, runGo } from "./go.js";
import { netAbort, netFetch, setNetWasmURL } from "./network.js";
import { hostEvent } from "./window.js";

// start installs ttshim, unless the page already has a tt. The entry
// module names where ttshim's files are: base is the URL ttshim.wasm is
// resolved against by default, dataset the script element's data-*.
export function start({ base, dataset }) {
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
  // The wasm's download starts before the loader defines the globals, so
  // the two overlap (docs/benchmarks.md, "Fresh-context boot").
  const page = readPageConfig(pageConfig);
  const wasm = page.error ? { error: page.error } : wasmURLOf(page.wasmURL, harnessWasmURL, base, dataset);
  const download = wasm.url ? fetchWasm(wasm.url) : null;
  defineGo();
  watchWindow();
  install();
  boot(pageConfig, page, wasm, download, dataset);
}

// readPageConfig reads window.ttShimConfig once: {configJSON, wasmURL}, or
// the {error} ttShim.ready rejects with. wasmURL is the loader's alone: Go
// never sees it.
function readPageConfig(pageConfig) {
  let wasmURL;
  let configJSON;
  try {
    let goConfig = pageConfig;
    if (pageConfig !== null && typeof pageConfig === "object" && "wasmURL" in pageConfig) {
      ({ wasmURL, ...goConfig } = pageConfig);
    }
    configJSON = pageConfig === undefined ? "" : JSON.stringify(goConfig, (k, v) => (typeof v === "bigint" ? String(v) : v));
  } catch (e) {
    return { error: "configuration error in window.ttShimConfig: it cannot be read as JSON (" + describe(e) + ")" };
  }
  if (wasmURL !== undefined && (typeof wasmURL !== "string" || wasmURL === "")) {
    return { error: "configuration error in window.ttShimConfig: \"wasmURL\" should be a URL string, got " +
      (wasmURL === "" ? "\"\"" : typeof wasmURL) };
  }
  return { configJSON, wasmURL };
}

// wasmURLOf is where ttshim.wasm is: {url}, or an {error}. The harness's
// path wins (it serves the files itself), then the page's wasmURL (against
// the page), then the script's data-wasm, then the file next to the script.
function wasmURLOf(pageWasmURL, harnessWasmURL, base, dataset) {
  try {
    return {
      url: typeof harnessWasmURL === "string" && harnessWasmURL ? new URL(harnessWasmURL, base).href
        : pageWasmURL ? new URL(pageWasmURL, location.href).href
          : new URL(dataset.wasm || "ttshim.wasm", base).href,
    };
  } catch (e) {
    return { error: "cannot load ttshim.wasm: its URL cannot be read (" + describe(e) + ")" };
  }
}

function fail(reason) {
  failed(reason);
  console.error("ttshim: " + reason);
  rejectReady(new Error("ttshim: " + reason));
  flush();
}

// readConfigFile fetches the data-config file while the wasm loads: its
// {text}, or the {error} ttShim.ready rejects with.
async function readConfigFile(url) {
  const cannot = (why) => ({ error: "configuration " + url + " cannot " + why });
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    return cannot("be fetched: " + describe(e));
  }
  if (response.status !== 200) return cannot("be fetched: HTTP " + (response.status + " " + response.statusText).trim());
  try {
    return { text: await response.text() };
  } catch (e) {
    return cannot("be read: " + describe(e));
  }
}

async function boot(pageConfig, page, wasm, download, dataset) {
  // The Node option's spelling, which the page would otherwise ignore.
  for (const misspelt of ["ttshimConfig", "TtShimConfig"]) {
    if (pageConfig === undefined && globalThis[misspelt] !== undefined) {
      return fail(`configuration error: window.${misspelt} is spelled window.ttShimConfig`);
    }
  }
  if (wasm.error) return fail(wasm.error);
  const wasmURL = wasm.url;
  setNetWasmURL(new URL("ttshim-net.wasm", wasmURL).href);
  const configAttr = dataset.config;
  const configURL = configAttr ? new URL(configAttr, location.href).href : "";
  const configFile = configURL ? readConfigFile(configURL) : Promise.resolve({});
  const go = newGo();
  // Go's DOM listeners run through _resume: count them as Go running.
  const resume = go._resume;
  go._resume = function () {
    try {
      return whileGoRuns(() => resume.apply(this, arguments));
    } finally {
      if (goDepth === 0) later(flush);
    }
  };
  let instance;
  try {
    ({ instance } = await instantiate(wasmURL, go.importObject, { marks: true, download }));
  } catch (e) {
    return fail("cannot load " + wasmURL + ": " + describe(e));
  }
  const file = await configFile;
  let booted;
  const started = new Promise((resolve) => { booted = resolve; });
  const host = {
    config: page.configJSON,
    configURL,
    configFile: file.text,
    configFileError: file.error,
    booted: (error) => {
      mark("booted");
      booted(error);
    },
    mark,
    pageURL: () => location.href,
    settle: settlePending,
    event: hostEvent,
    netFetch,
    netAbort,
    wake: undefined, // Go sets it
  };
  mark("run");
  runGo(go, instance, host);
  const error = await started;
  if (error) return fail(error);
  serving(instance.exports, () => {
    if (typeof host.wake === "function") host.wake();
  });
  flush();
  h5Booted();
  resolveReady();
  mark("ready");
}
