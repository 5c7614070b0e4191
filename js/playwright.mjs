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
// tt.request the network module next to it, /__ttshim__/ttshim-net.wasm.
// A route answers both: in the fixture, for http documents, it continues
// the request to the worker's loopback server (playwright-files.mjs), which
// the browser fetches as it fetches any file; otherwise (https documents,
// a remote browser, ttshimServe: "route", installTtShim without {server})
// it fulfils it from memory. The requests are same-origin, so
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
import { test as base } from "@playwright/test";
import { expect } from "./playwright-matchers.mjs";
import { openPlatformFixtures } from "./playwright-openplatform.mjs";
import { checkTtshimConfig, reportStartFailureLine, startFailureOf } from "./playwright-startcheck.mjs";
import { armBlankWindow, mirrorCallLog } from "./playwright-inpage.mjs";
import { WASM_HEADERS, readTtshimFiles, startTtshimFileServer } from "./playwright-files.mjs";

export { expect, startTtshimFileServer };

/** The path, on every origin, that the wasm is served from. */
export const TTSHIM_WASM_PATH = "/__ttshim__/ttshim.wasm";

// The page-side name of the binding the fixture exposes: Node-function
// responders and the logs of documents the page leaves go through it.
const BINDING = "__ttshimPlaywright";
// The key of {id, send} on a document's ttShim object (mirrorCallLog).
const DOCUMENT_ID = "ttshim.playwright.document";
const INSTALLED = Symbol.for("ttshim.playwright.installed");

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
  const mirrorLine = mirror ? `(${mirrorCallLog})(${JSON.stringify(BINDING)}, ${JSON.stringify(DOCUMENT_ID)});\n${reportStartFailureLine}` : "";
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

/**
 * Installs ttshim into every page and frame of a page or browser context,
 * before any page script runs, for any http(s) origin.
 *
 * @param {import("@playwright/test").Page | import("@playwright/test").BrowserContext} pageOrContext
 * @param {object} [config] window.ttShimConfig for every document (JSON values only)
 * @param {{path?: string, server?: {origin: string, files: object}}} [options] path: the reserved
 *   path the wasm is served from; server: a startTtshimFileServer() that http documents get
 *   the wasm from (the route continues their requests to it), instead of a route.fulfill
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
  const server = options.server;
  if (server !== undefined && !(server && typeof server.origin === "string" && server.files)) {
    throw new TypeError("installTtShim: options.server should be what startTtshimFileServer() gave");
  }
  const { loader, wasm, netWasm } = server ? server.files : options.files || await readTtshimFiles();
  // The loader fetches the network module from next to the wasm.
  const netPath = new URL("ttshim-net.wasm", "http://ttshim" + path).pathname;
  const files = new Map([[path, { body: wasm, served: "/ttshim.wasm" }], [netPath, { body: netWasm, served: "/ttshim-net.wasm" }]]);
  const context = kind === "context" ? pageOrContext : pageOrContext.context();
  pageOrContext[INSTALLED] = true;
  await pageOrContext.route(
    (url) => files.has(url.pathname) && (url.protocol === "http:" || url.protocol === "https:"),
    async (route) => {
      const url = new URL(route.request().url());
      const file = files.get(url.pathname);
      if (server && continuesToLoopback(url)) {
        // Chromium's Local Network Access lets a document reach the loopback
        // server only with this permission when the document's own address
        // is not known to be loopback (a page a route fulfils, for one).
        await context.grantPermissions(["local-network-access"], { origin: url.origin });
        return route.continue({ url: server.origin + file.served });
      }
      return route.fulfill({ status: 200, body: file.body, headers: WASM_HEADERS });
    },
  );
  await pageOrContext.addInitScript({ content: initScript(withoutSourceMap(loader), configJSON, path, mirror) });
}

// continuesToLoopback is whether a request of this document can go on to
// the loopback server: Playwright continues a request only to a URL of the
// same scheme (http), and Local Network Access lets only a secure context
// reach loopback, which an http document is on loopback hosts alone.
function continuesToLoopback(url) {
  if (url.protocol !== "http:") return false;
  const host = url.hostname;
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
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
    overrides: () => run("overrides"),
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
  // Where the fixture's pages get the wasm: "loopback", from a server of the
  // worker's own on 127.0.0.1 (http documents; https ones get it from
  // memory), or "route", from memory through route.fulfill for every
  // document. A remote browser (connectOptions) always gets "route", as it
  // cannot reach the worker's loopback.
  ttshimServe: ["loopback", { option: true, scope: "worker" }],
  // The built files, read once per worker, and the worker's loopback server,
  // closed when the worker ends.
  _ttshimFiles: [async ({ ttshimServe, connectOptions }, use) => {
    if (ttshimServe !== "loopback" && ttshimServe !== "route") {
      throw new Error(`ttshim: test.use({ ttshimServe }) should be "loopback" or "route", got ${JSON.stringify(ttshimServe)}`);
    }
    const files = await readTtshimFiles();
    if (ttshimServe === "route" || connectOptions) return use({ files });
    const server = await startTtshimFileServer(files);
    try {
      await use({ server });
    } finally {
      await server.close();
    }
  }, { scope: "worker" }],
  // window.ttShimConfig for every document of the test: test.use({ ttshimConfig: {…} }).
  ttshimConfig: [undefined, { option: true }],
  // The page's spelling (window.ttShimConfig), which Playwright would
  // otherwise ignore: it fails the test, naming the option's.
  ttShimConfig: [undefined, { option: true }],
  // Every page and frame of the test's context gets ttshim, whether or not
  // the test asks for the ttshim fixture.
  // Under the "unsimulated" rule "error", a call to an API ttshim does not
  // simulate yet, in any page or frame, fails the test once it ends.
  // A ttshimConfig that is not a valid configuration fails the test before
  // it starts, and a page or frame whose ttshim did not start fails it at
  // its end, with the reason.
  _ttshimInstalled: [async ({ context, ttshimConfig, ttShimConfig, _ttshimFiles }, use) => {
    if (ttShimConfig !== undefined) {
      throw new Error("ttshim: test.use({ ttShimConfig }) is spelled test.use({ ttshimConfig }) in ttshim/playwright " +
        "(the page's global is window.ttShimConfig; Node's names are the package's, ttshim)");
    }
    if (ttshimConfig !== undefined) await checkTtshimConfig(ttshimConfig);
    await install(context, ttshimConfig, _ttshimFiles, true);
    const unsimulated = new Set();
    const notStarted = new Set();
    const onConsole = (message) => {
      const called = message.type() === "error" && UNSIMULATED_ERROR.exec(message.text());
      if (called) unsimulated.add(called[1]);
      const failure = startFailureOf(message);
      if (failure) notStarted.add(failure);
    };
    context.on("console", onConsole);
    await use(true);
    context.off("console", onConsole);
    if (notStarted.size > 0) {
      throw new Error(`ttshim did not start in ${[...notStarted].join("; in ")}`);
    }
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
