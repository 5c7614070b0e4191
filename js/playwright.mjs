// ttshim/playwright: ttshim in every page and frame of a Playwright test,
// for any origin, with no server of your own.
//
//   import { test, expect } from "ttshim/playwright";
//   test.use({ ttshimConfig: { acceptAnySignature: true } });
//   test("…", async ({ page, ttshim }) => { … await ttshim.calls("enterProfile") … });
//
// The worker fixture openPlatform, a simulated Open Platform for the app's
// backend, is in playwright-openplatform.mjs.
//
// How it gets there: an init script (which runs in every document and frame
// before the page's own scripts, and which CSP does not apply to) runs the
// loader, dist/ttshim.js; the loader fetches the wasm from a reserved path
// of the document's own origin, /__ttshim__/ttshim.wasm, and on the first
// tt.request the network module next to it, /__ttshim__/ttshim-net.wasm;
// a route answers both from memory. The requests are same-origin, so
// `connect-src 'self'` and CORS let them through; a strict CSP still needs
// 'wasm-unsafe-eval' (or 'unsafe-eval') in script-src for the wasm to
// compile, as in a real page.
//
// Documents with no origin to route (about:blank, about:srcdoc, data:,
// blob:, file:) are skipped: they get no tt, h5sdk, Taro or ttShim. (A
// popup's about:blank that becomes a page of its opener's origin does get
// it: see armBlankWindow.)
//
// Your own routes take precedence over ttshim's (page routes over context
// routes, newer over older): a route of yours that matches the reserved path
// should call route.fallback() for it (see TTSHIM_WASM_PATH).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { test as base, expect } from "@playwright/test";
import { openPlatformFixtures } from "./playwright-openplatform.mjs";

export { expect };

/** The path, on every origin, that the wasm is served from. */
export const TTSHIM_WASM_PATH = "/__ttshim__/ttshim.wasm";

// The page-side name of the binding the fixture exposes: Node-function
// responders and the logs of documents the page leaves go through it.
const BINDING = "__ttshimPlaywright";
// The key of {id, send} on a document's ttShim object (mirrorCallLog).
const DOCUMENT_ID = "ttshim.playwright.document";
const INSTALLED = Symbol.for("ttshim.playwright.installed");

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

function kindOfTarget(target) {
  if (target && typeof target.newPage === "function" && typeof target.pages === "function") return "context";
  if (target && typeof target.mainFrame === "function" && typeof target.context === "function") return "page";
  throw new TypeError("installTtShim(pageOrContext): expected a Playwright Page or BrowserContext");
}

// withoutSourceMap drops the loader's sourceMappingURL comment: an init
// script has no URL of its own, so a debugger would look for ttshim.js.map
// on the page's origin, where the app's server has none.
function withoutSourceMap(loader) {
  return loader.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
}

// initScript is what runs in every new document: it stands aside where there
// is no origin to route, names the wasm URL for the loader, sets the
// configuration and runs the loader. In the fixture's tests it then mirrors
// the call log to Node.
function initScript(loader, config, wasmPath, mirror) {
  const configLine = config === undefined ? "" : `globalThis.ttShimConfig = ${JSON.stringify(config)};\n`;
  const mirrorLine = mirror ? `(${mirrorCallLog})(${JSON.stringify(BINDING)}, ${JSON.stringify(DOCUMENT_ID)});\n` : "";
  return `(() => {
const routable = () => location.protocol === "http:" || location.protocol === "https:";
const install = () => {
Object.defineProperty(globalThis, "__ttshimWasmURL", { value: ${JSON.stringify(wasmPath)}, configurable: true });
try {
${configLine}${loader}
} finally {
  delete globalThis.__ttshimWasmURL;
}
${mirrorLine}};
if (routable()) return install();
(${armBlankWindow})(routable, install);
})();
`;
}

// armBlankWindow runs in an about:blank document. A window that window.open
// opens on a URL of the opener's origin starts as about:blank and keeps its
// Window object when that URL arrives, so no init script runs for the real
// document: ttshim's globals wait there as accessors that install ttshim
// the first time the document, by then an http(s) one, uses them.
function armBlankWindow(routable, install) {
  if (location.href !== "about:blank" || !/^https?:\/\//.test(self.origin)) return;
  const names = ["tt", "h5sdk", "Taro", "ttShim"];
  let armed = true;
  const disarm = () => {
    if (!armed) return;
    armed = false;
    for (const name of names) delete globalThis[name];
    install();
  };
  for (const name of names) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        if (!routable()) return undefined;
        disarm();
        return globalThis[name];
      },
      set(value) {
        if (routable()) disarm();
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

// mirrorCallLog runs in the page's top document, after the loader: it sends
// Node what changed in the call log, so that the log is still there once
// the page has moved on to another document. Changes are sent in a task of
// their own after the loader's events (a call logged, a call settled, a
// dialog opened or answered, ttShim.reset), so a burst of calls costs one
// message; each of the fixture's operations sends them before it returns;
// and a document that starts to leave (beforeunload) sends them at once,
// while it can (Chromium drops what pagehide sends to DevTools, so pagehide
// is a last try). A document left before its ttshim started never handled
// its calls, so they are in no log.
function mirrorCallLog(binding, documentKey) {
  const shim = globalThis.ttShim;
  if (!shim || shim.installed !== true || window.top !== window) return;
  const changesSince = shim[Symbol.for("ttshim.logChanges")];
  const id = Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
  let rev = -1;
  const send = () => {
    const keep = globalThis[binding];
    if (typeof keep !== "function") return;
    let changes;
    try {
      changes = changesSince(rev);
    } catch {
      return; // not running (yet)
    }
    if (changes.rev === rev) return;
    rev = changes.rev;
    try {
      Promise.resolve(keep("log", id, location.href, JSON.stringify(changes))).catch(() => {});
    } catch {
      // the binding is gone with the page
    }
  };
  // A task of its own, which a page's fake clock does not hold back.
  const channel = new MessageChannel();
  let scheduled = false;
  channel.port1.onmessage = () => {
    scheduled = false;
    send();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    channel.port2.postMessage(0);
  };
  for (const type of ["call", "settle", "dialog", "reset"]) shim.on(type, schedule);
  addEventListener("beforeunload", send);
  addEventListener("pagehide", send);
  // The document's id, and a way to send the changes now (before each of
  // the fixture's operations returns, so Node has them when the test goes on).
  Object.defineProperty(shim, Symbol.for(documentKey), { value: Object.freeze({ id, send }) });
}

/**
 * Installs ttshim into every page and frame of a page or browser context,
 * before any page script runs, for any http(s) origin.
 *
 * @param {import("@playwright/test").Page | import("@playwright/test").BrowserContext} pageOrContext
 * @param {object} [config] window.ttShimConfig for every document (JSON values only)
 * @param {{path?: string}} [options] path: the reserved path the wasm is served from
 */
export async function installTtShim(pageOrContext, config, options = {}) {
  await install(pageOrContext, config, options, false);
}

async function install(pageOrContext, config, options, mirror) {
  const kind = kindOfTarget(pageOrContext);
  const path = options.path === undefined ? TTSHIM_WASM_PATH : options.path;
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) {
    throw new TypeError(`installTtShim: options.path should be an absolute path like "${TTSHIM_WASM_PATH}", got ${JSON.stringify(path)}`);
  }
  if (config !== undefined && (config === null || typeof config !== "object" || Array.isArray(config))) {
    throw new TypeError("installTtShim(pageOrContext, config): config should be an object (window.ttShimConfig)");
  }
  const where = pageOrContext[INSTALLED] ? kind
    : kind === "page" && pageOrContext.context()[INSTALLED] ? "page's context"
      : kind === "context" && pageOrContext.pages().some((page) => page[INSTALLED]) ? "context's page" : null;
  if (where) {
    throw new Error(`installTtShim: ttshim is already installed in this ${where}; ` +
      "change the configuration with ttShim.configure (or test.use({ ttshimConfig }))");
  }
  let configJSON;
  try {
    configJSON = config === undefined ? undefined : JSON.parse(JSON.stringify(config));
  } catch (e) {
    throw new TypeError(`installTtShim: config cannot be sent to the page as JSON (${e.message})`, { cause: e });
  }
  const [loader, wasm, netWasm] = await Promise.all([readBuilt(LOADER_URL), readBuilt(WASM_URL), readBuilt(NET_WASM_URL)]);
  // The loader fetches the network module from next to the wasm.
  const files = new Map([[path, wasm], [new URL("ttshim-net.wasm", "http://ttshim" + path).pathname, netWasm]]);
  pageOrContext[INSTALLED] = true;
  await pageOrContext.route(
    (url) => files.has(url.pathname) && (url.protocol === "http:" || url.protocol === "https:"),
    (route) => route.fulfill({
      status: 200,
      body: files.get(new URL(route.request().url()).pathname),
      headers: {
        "content-type": "application/wasm",
        "cache-control": "no-store",
        // A sandboxed frame's origin is opaque, so its fetch is cross-origin.
        "access-control-allow-origin": "*",
      },
    }),
  );
  await pageOrContext.addInitScript({ content: initScript(withoutSourceMap(loader.toString("utf8")), configJSON, path, mirror) });
}

// ---- the fixture's controller ---------------------------------------------

// The document went away while the operation was on its way to it.
const RETRYABLE = /Execution context was destroyed|Cannot find context with specified id/;

// inDocument runs a ttShim operation in the target's current document once
// its runtime is ready. A document that is being replaced is retried.
async function inDocument(target, op, args) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await target.evaluate(pageOp, { op, args, binding: BINDING, documentKey: DOCUMENT_ID });
    } catch (e) {
      if (attempt >= 4 || !RETRYABLE.test(String(e && e.message))) throw pageError(e);
      await target.waitForLoadState("domcontentloaded").catch(() => {});
    }
  }
}

// pageError turns "page.evaluate: TypeError: <message>\n    at …" back into
// the page's own error: a TypeError for a bad argument, an Error otherwise.
function pageError(e) {
  const text = String(e && e.message);
  const found = /^(?:page|frame)\.evaluate: (?:(TypeError|Error): )?([\s\S]*?)(?:\n\s+at [\s\S]*)?$/.exec(text);
  if (!found || !found[1]) return e;
  const Type = found[1] === "TypeError" ? TypeError : Error;
  return new Type(found[2], { cause: e });
}

// pageOp runs in the page.
async function pageOp({ op, args, binding, documentKey }) {
  const shim = globalThis.ttShim;
  if (!shim || !shim.ready) {
    throw new Error(`ttshim is not in this document (${location.href}): ttshim/playwright installs it ` +
      "in http(s) documents only, so navigate first (page.goto)");
  }
  await shim.ready;
  const mirror = shim[Symbol.for(documentKey)];
  const plain = (value) => {
    try {
      const json = JSON.stringify(value, (key, v) => (typeof v === "function" || typeof v === "bigint" ? undefined : v));
      return json === undefined ? undefined : JSON.parse(json);
    } catch {
      return undefined;
    }
  };
  const run = () => {
    switch (op) {
      case "ready":
        return undefined;
      case "callsWithDocument":
        return { document: mirror ? mirror.id : null, calls: shim.calls() };
      case "override": {
        const [api, responder, nodeResponder, times] = args;
        const options = times === undefined ? undefined : { times };
        if (nodeResponder === undefined) return void shim.override(api, responder, options);
        const name = String(api);
        const names = /^(tt|Taro|h5sdk)\./.test(name) ? [name] : ["tt." + name, "Taro." + name];
        if (names.some((full) => shim.kindOf(full) === "sync")) {
          throw new TypeError(`ttshim.override: ${name} is synchronous, so a Node function cannot answer it; pass the value itself`);
        }
        return void shim.override(api, (option) => globalThis[binding]("respond", nodeResponder, name, plain(option)), options);
      }
      case "leave":
        return shim.leave(...args); // a Promise, which evaluate awaits
      default:
        return plain(shim[op](...args));
    }
  };
  try {
    return run();
  } finally {
    if (mirror) mirror.send();
  }
}

// matches is ttShim.calls(api)'s filter: a full name, or a bare one.
function matches(entry, api) {
  return api === "" || entry.api === api || entry.api.endsWith("." + api);
}

function createController(target, state) {
  const run = (op, ...args) => inDocument(target, op, args);
  const controller = {
    /** Waits until ttshim serves calls in the current document. */
    async ready() {
      await run("ready");
    },
    config: () => run("config"),
    configure: async (patch) => { await run("configure", patch); },
    async calls(api, options = {}) {
      if (api !== undefined && api !== null && typeof api === "object") [api, options] = [undefined, api];
      const filter = api === undefined || api === null ? "" : String(api);
      if (!options.allDocuments) return run("calls", filter);
      if (!state.history) throw new Error("ttshim.calls(api, {allDocuments}): earlier documents are kept for the test's page only");
      const current = await run("callsWithDocument");
      const earlier = [...state.history].filter(([id]) => id !== current.document).flatMap(([, doc]) => [...doc.log.values()]);
      return [...earlier, ...current.calls].filter((entry) => matches(entry, filter));
    },
    async override(api, responder, options = {}) {
      const times = options && options.times;
      if (typeof responder === "function") {
        const id = `${++state.ids.last}`;
        state.responders.set(id, responder);
        await run("override", api, undefined, id, times);
      } else {
        await run("override", api, responder, undefined, times);
      }
    },
    restore: async (api) => { await run("restore", ...(api === undefined ? [] : [api])); },
    session: () => run("session"),
    exchangeCode: (code) => run("exchangeCode", code),
    answer: async (decision) => { await run("answer", decision); },
    dialogs: () => run("dialogs"),
    navigationBar: () => run("navigationBar"),
    tapNavigationBar: async (side, id) => { await run("tapNavigationBar", side, id); },
    leave: (how) => run("leave", ...(how === undefined ? [] : [how])),
    async reset() {
      await run("reset");
      if (state.history) state.history.clear();
    },
    /** The same controls for a frame of the page (its own ttshim). */
    frame(frame) {
      if (!frame || typeof frame.evaluate !== "function" || typeof frame.parentFrame !== "function") {
        throw new TypeError("ttshim.frame(frame): expected a Playwright Frame (from page.frame(…) or elementHandle.contentFrame()), not a FrameLocator");
      }
      return createController(frame, { ...state, history: null });
    },
  };
  return controller;
}

// attach exposes the binding on the page: Node-function responders answer
// through it, and the main frame's documents send their call logs through
// it, so a log outlives its document.
async function attach(page) {
  const documents = new Map(); // document id → {url, log: Map of call number → call}, oldest document first
  const state = { responders: new Map(), ids: { last: 0 }, history: documents };
  await page.exposeBinding(BINDING, async (source, kind, ...args) => {
    if (kind === "respond") {
      const [id, api, option] = args;
      const responder = state.responders.get(id);
      if (!responder) throw new Error(`ttshim/playwright has no Node responder for ${api}`);
      return await responder(option, { api, page: source.page, frame: source.frame });
    }
    if (kind === "log" && source.frame === page.mainFrame()) {
      const [id, url, json] = args;
      const { first, calls } = JSON.parse(json);
      const doc = documents.get(id) || { url, log: new Map() };
      for (const seq of doc.log.keys()) {
        if (seq >= first) break;
        doc.log.delete(seq);
      }
      for (const { seq, ...call } of calls) doc.log.set(seq, call);
      documents.set(id, { url, log: doc.log });
    }
    return undefined;
  });
  return createController(page, state);
}

// The loader's console error for an unsimulated call under the "error"
// rule, once per API and document.
const UNSIMULATED_ERROR = /^ttshim: (\S+) is not simulated by ttshim yet/;

export const test = base.extend({
  ...openPlatformFixtures,
  // window.ttShimConfig for every document of the test: test.use({ ttshimConfig: {…} }).
  ttshimConfig: [undefined, { option: true }],
  // Every page and frame of the test's context gets ttshim, whether or not
  // the test asks for the ttshim fixture.
  // Under the "unsimulated" rule "error", a call to an API ttshim does not
  // simulate yet, in any page or frame, fails the test once it ends.
  _ttshimInstalled: [async ({ context, ttshimConfig }, use) => {
    await install(context, ttshimConfig, {}, true);
    const unsimulated = new Set();
    const onConsole = (message) => {
      const called = message.type() === "error" && UNSIMULATED_ERROR.exec(message.text());
      if (called) unsimulated.add(called[1]);
    };
    context.on("console", onConsole);
    await use(true);
    context.off("console", onConsole);
    if (unsimulated.size > 0) {
      throw new Error(`ttshim: the test called ${[...unsimulated].join(", ")}, which ttshim does not simulate yet, ` +
        'under the "unsimulated" rule "error": answer each with ttshim.override(api, responder), ' +
        'or choose another rule (test.use({ ttshimConfig: { unsimulated: "warn" } }))');
    }
  }, { auto: true }],
  ttshim: async ({ page, _ttshimInstalled }, use) => {
    await use(await attach(page));
  },
});
