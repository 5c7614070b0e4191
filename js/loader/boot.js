  // ---- boot ------------------------------------------------------------------

  function fail(reason) {
    bootError = reason;
    console.error("ttshim: " + reason);
    markFailed(new Error("ttshim: " + reason));
    flush();
  }

  async function instantiate(url, imports) {
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
  function runGo(go, instance, host) {
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

  async function boot() {
    let configJSON = "";
    try {
      configJSON = pageConfig === undefined ? "" : JSON.stringify(pageConfig, (k, v) => (typeof v === "bigint" ? String(v) : v));
    } catch (e) {
      return fail("configuration error in window.ttShimConfig: it cannot be read as JSON (" + describe(e) + ")");
    }
    const base = script && script.src ? script.src : location.href;
    const wasmURL = new URL((typeof harnessWasmURL === "string" && harnessWasmURL) ||
      (script && script.dataset.wasm) || "ttshim.wasm", base).href;
    netWasmURL = new URL("ttshim-net.wasm", wasmURL).href;
    const configAttr = script && script.dataset.config;
    const configURL = configAttr ? new URL(configAttr, location.href).href : "";
    const configFile = configURL ? readConfigFile(configURL) : Promise.resolve({});
    const go = new goHost.Go();
    // Go's DOM listeners run through _resume: count them as Go running.
    const resume = go._resume;
    go._resume = function () {
      goDepth++;
      try {
        return resume.apply(this, arguments);
      } finally {
        goDepth--;
        if (goDepth === 0) later(flush);
      }
    };
    let instance;
    try {
      ({ instance } = await instantiate(wasmURL, go.importObject));
    } catch (e) {
      return fail("cannot load " + wasmURL + ": " + describe(e));
    }
    const file = await configFile;
    let booted;
    const started = new Promise((resolve) => { booted = resolve; });
    const host = {
      config: configJSON,
      configURL,
      configFile: file.text,
      configFileError: file.error,
      booted: (error) => booted(error),
      pageURL: () => location.href,
      settle: settlePending,
      netFetch,
      netAbort,
      wake: undefined, // Go sets it
    };
    runGo(go, instance, host);
    const error = await started;
    if (error) return fail(error);
    exports = instance.exports;
    wakeGo = () => {
      if (typeof host.wake === "function") host.wake();
    };
    flush();
    markReady();
  }

  boot();
})();
