// make bench's floor (js/bench/floor.html): after Go's wasm_exec.js, which
// the Makefile puts in front of this in dist/bench-floor.js, it loads an
// empty Go program (wasm/cmd/benchfloor) as the loader loads ttshim.wasm:
// streaming compilation, then go.run. The program calls benchFloorStarted
// from main. It leaves the loader's performance marks (ttshim:fetch,
// ttshim:compiled, ttshim:run, ttshim:main), so its phases read as ttshim's.
(function () {
  "use strict";
  const script = document.currentScript;
  const wasmURL = new URL("bench-floor.wasm", script.src).href;
  globalThis.benchFloorStarted = () => {
    performance.mark("ttshim:main");
    window.benchBoot = { ms: performance.now(), result: { started: true } };
  };
  const go = new Go();
  performance.mark("ttshim:fetch");
  WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject).then(
    ({ instance }) => {
      performance.mark("ttshim:compiled");
      performance.mark("ttshim:run");
      return go.run(instance);
    },
    (e) => { window.benchBoot = { ms: performance.now(), result: { error: String(e) } }; },
  );
})();
