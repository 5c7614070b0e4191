// The built-ins ttshim calls, as the page has them when the script runs:
// a page that later replaces JSON.stringify, Object.keys, Reflect.get,
// Promise, reportError or setTimeout changes nothing in ttshim, nor in
// Go's wasm_exec.js (see mkloader). The names shadow the globals on
// purpose, so the code reads as usual; JSON, Object and Reflect keep their
// static members only. Every loader module that uses one imports it from
// here, and mkloader fails the build when one does not.
export const JSON = staticsOf(globalThis.JSON);
export const Object = staticsOf(globalThis.Object);
export const Reflect = staticsOf(globalThis.Reflect);
export const { Promise, reportError, setTimeout, clearTimeout } = globalThis;

function staticsOf(namespace) {
  const kept = {};
  for (const key of globalThis.Reflect.ownKeys(namespace)) kept[key] = namespace[key];
  return globalThis.Object.freeze(kept);
}

// later runs fn in a microtask. A resolved Promise's then costs a tenth
// of queueMicrotask in Chromium; both are taken now, so a page that
// replaces them later changes nothing here.
const resolvedPromise = Promise.resolve();
export const promiseThen = Promise.prototype.then;
export function later(fn) {
  promiseThen.call(resolvedPromise, fn);
}

// mark leaves a performance mark, "ttshim:<phase>", at each step of boot,
// which DevTools' Performance panel shows and make bench reads
// (docs/benchmarks.md); a page without performance.mark gets none.
const perf = globalThis.performance;
const performanceMark = perf && typeof perf.mark === "function" ? perf.mark : null;
export function mark(phase) {
  try {
    if (performanceMark) performanceMark.call(perf, "ttshim:" + phase);
  } catch {
    // a replaced performance object: no mark
  }
}

// A user callback that throws must stop nothing else: report it as the
// page's uncaught error and go on.
export function invoke(fn, arg) {
  if (typeof fn !== "function") return;
  try {
    fn(arg);
  } catch (e) {
    reportUncaught(e);
  }
}

// reportUncaught makes an error the page's uncaught error, with no caller
// left to throw to.
export function reportUncaught(error) {
  if (typeof reportError === "function") reportError(error);
  else setTimeout(() => { throw error; });
}

export function describe(e) {
  try {
    return e instanceof Error ? e.name + ": " + e.message : String(e);
  } catch {
    return "an unprintable error";
  }
}
