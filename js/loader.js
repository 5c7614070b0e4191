/*! ttshim — a Feishu (Lark) client in the page, for development and tests. Not for production. */
// The loader: defines tt, h5sdk, Taro and ttShim the moment the script runs, loads
// the Go runtime, and hands it every call, in order, once it serves them.
// The call contract (when callbacks run, Promise or not) lives here; what a
// call answers is decided in Go.
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
  const CALLBACKS = { async: OPTION_CALLBACKS, taro: OPTION_CALLBACKS, h5config: ["onSuccess", "onFail"] };
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

  // ---- talking to Go -------------------------------------------------------

  // Requests go into a buffer Go hands out once and again only when one
  // outgrows it; views of the memory are remade when it grows.
  let memory = null;
  let room = { at: 0, size: 0 };
  const MIN_ROOM = 1 << 16;

  function memoryView() {
    if (!memory || memory.buffer !== exports.mem.buffer) memory = new Uint8Array(exports.mem.buffer);
    return memory;
  }

  // writeRequest copies the request into Go's buffer and returns its
  // length in bytes: by hand when it is short ASCII, the common case,
  // which beats TextEncoder's setup.
  function writeRequest(request) {
    const most = request.length * 3;
    if (most > room.size) {
      const size = Math.max(most, MIN_ROOM);
      room = { at: exports.ttshim_buffer(size) >>> 0, size };
    }
    const view = memoryView();
    const at = room.at;
    if (request.length <= 512) {
      let i = 0;
      for (; i < request.length; i++) {
        const c = request.charCodeAt(i);
        if (c > 0x7f) break;
        view[at + i] = c;
      }
      if (i === request.length) return i;
    }
    return encoder.encodeInto(request, view.subarray(at, at + most)).written;
  }

  // Pure APIs' answers that Go remembers (by memo id): Go sends one the
  // first time with its id, then the id alone, and each call gets a copy.
  const remembered = new Map();

  function keepRemembered(reply) {
    const [id, oldest] = reply.m;
    for (const key of remembered.keys()) {
      if (key >= oldest) break;
      remembered.delete(key);
    }
    const kept = { reply, plan: { r: planOf(reply.r), v: planOf(reply.v) } };
    remembered.set(id, kept);
    return kept;
  }

  // planOf maps where a kept answer's nested objects are, so copies are
  // made of object spreads alone, the fastest copy V8 has.
  function planOf(value) {
    if (value === null || typeof value !== "object") return null;
    if (Array.isArray(value)) return { items: value.map(planOf) };
    const nested = [];
    for (const key of Object.keys(value)) {
      const plan = planOf(value[key]);
      if (plan) nested.push([key, plan]);
    }
    return { nested };
  }

  // A spread makes "__proto__" an own property, which plain assignment
  // then sets like any other.
  function copyWith(value, plan) {
    if (!plan) return value;
    if (plan.items) return value.map((item, i) => copyWith(item, plan.items[i]));
    const out = { ...value };
    for (const [key, inner] of plan.nested) out[key] = copyWith(value[key], inner);
    return out;
  }

  function copyOfRemembered({ reply, plan }) {
    return { o: reply.o, r: copyWith(reply.r, plan.r), s: reply.s, v: copyWith(reply.v, plan.v) };
  }

  // Go's garbage collector works on goroutines, which run only when Go
  // gets an event, and a call answered inside the export is none: without
  // a wake now and then, a busy page's Go memory grows to many times what
  // it holds.
  const CALLS_PER_WAKE = 1024;
  let callsSinceWake = 0;

  function askGo(name, payload) {
    const written = writeRequest(name + "\n" + payload);
    goDepth++;
    let packed;
    try {
      packed = exports.ttshim_call(written);
    } finally {
      goDepth--;
    }
    if (++callsSinceWake === CALLS_PER_WAKE) {
      callsSinceWake = 0;
      later(wakeGo);
    }
    if (packed < 0n) {
      const kept = remembered.get(Number(-packed));
      return kept ? copyOfRemembered(kept) : { error: "ttshim lost the remembered answer " + -packed };
    }
    const at = Number(packed >> 32n) >>> 0;
    const reply = JSON.parse(decoder.decode(memoryView().subarray(at, at + Number(packed & 0xffffffffn))));
    return reply.m ? copyOfRemembered(keepRemembered(reply)) : reply;
  }

  // JSON cannot carry these; Go gets a tag so it can name the type.
  function tagged(value) {
    switch (typeof value) {
      case "function": return { "@@js": "Function" };
      case "symbol": return { "@@js": "Symbol" };
      case "bigint": return { "@@js": "BigInt" };
      case "number": return Number.isFinite(value) ? value : { "@@js": "Number", v: String(value) };
    }
    return value;
  }

  // The window, as each call that reports it is made. The screen is slow
  // to read and changes only with the window (which fires resize, if
  // late), so it is read again only then.
  const darkScheme = globalThis.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  let lastWindow = { w: -1, h: -1, dpr: -1, dark: -1, text: "" };
  let resized = true;
  if (typeof addEventListener === "function") addEventListener("resize", () => { resized = true; });
  function windowSize() {
    const w = innerWidth, h = innerHeight, dpr = devicePixelRatio;
    const dark = darkScheme && darkScheme.matches ? 1 : 0;
    const last = lastWindow;
    if (resized || w !== last.w || h !== last.h || dpr !== last.dpr || dark !== last.dark) {
      resized = false;
      lastWindow = { w, h, dpr, dark, text: "[" + [w, h, screen.width, screen.height, dpr, dark].join(",") + "]" };
    }
    return lastWindow.text;
  }

  // encode turns an option into the payload, leaving out the callbacks it
  // carries, with the user activation when the API needs a tap and the
  // window when it reports one; an option that cannot be read becomes the
  // reason why.
  function encode(option, skip, tapped, view, ownCallbacks) {
    let head = "{";
    if (tapped !== undefined) head += '"g":' + tapped + ",";
    if (view) head += '"v":' + windowSize() + ",";
    try {
      let json;
      if (option !== undefined) {
        json = onlyCallbacks(option, ownCallbacks) ? "{}" : JSON.stringify(option, function (key, value) {
          if (this === option && skip.includes(key) && typeof value === "function") return undefined;
          return tagged(value);
        });
      }
      if (json !== undefined) return head + '"a":' + json + "}";
      return head === "{" ? "{}" : head.slice(0, -1) + "}";
    } catch (e) {
      return JSON.stringify({ e: describe(e), k: unreadableKey(option, skip) });
    }
  }

  // onlyCallbacks spots the most common option, callbacks and nothing
  // else, which encodes as {} without a replacer walking it.
  function onlyCallbacks(option, ownCallbacks) {
    return ownCallbacks > 0 && typeof option === "object" && !Array.isArray(option) &&
      Object.keys(option).length === ownCallbacks && !("toJSON" in option);
  }

  // unreadableKey finds the option key whose value cannot be read or
  // serialised, so the error can name the parameter.
  function unreadableKey(option, skip) {
    try {
      for (const key of Object.keys(option)) {
        if (skip.includes(key)) continue;
        try {
          JSON.stringify(option[key], (k, v) => tagged(v));
        } catch {
          return key;
        }
      }
    } catch {
      // Even its keys cannot be listed (a hostile Proxy): no key to name.
    }
    return undefined;
  }

  function describe(e) {
    try {
      return e instanceof Error ? e.name + ": " + e.message : String(e);
    } catch {
      return "an unprintable error";
    }
  }

  // ---- the call contract ---------------------------------------------------

  // later runs fn in a microtask. A resolved Promise's then costs a tenth
  // of queueMicrotask in Chromium; both are taken now, so a page that
  // replaces them later changes nothing here.
  const resolvedPromise = Promise.resolve();
  const promiseThen = Promise.prototype.then;
  function later(fn) {
    promiseThen.call(resolvedPromise, fn);
  }

  // A user callback that throws must stop nothing else: report it as the
  // page's uncaught error and go on.
  function invoke(fn, arg) {
    if (typeof fn !== "function") return;
    try {
      fn(arg);
    } catch (e) {
      if (typeof reportError === "function") reportError(e);
      else setTimeout(() => { throw e; });
    }
  }

  // failure is a fail reply built in the page, shaped as Go's are.
  function failure(call, errno, errString) {
    return { o: "fail", r: { errMsg: call.name + ":fail " + errString, errno, errString } };
  }

  function internalFailure(call, message) {
    return failure(call, 102, message);
  }

  // A call: its API, its option and callbacks, and its Promise if it has one.
  function makeCall(api, option) {
    const call = { api, name: api.name, kind: api.kind, option, callbacks: {}, ownCallbacks: 0, unreadable: null };
    // Judged now: a call queued before ready keeps the gesture it came from.
    if (api.tap) call.tapped = !navigator.userActivation || navigator.userActivation.isActive;
    if (option !== null && typeof option === "object" || typeof option === "function") {
      for (const key of CALLBACKS[api.kind] || []) {
        try {
          const fn = option[key];
          if (typeof fn !== "function") continue;
          call.callbacks[key] = fn;
          if (Object.hasOwn(option, key)) call.ownCallbacks++;
        } catch (e) {
          call.unreadable = "reading " + key + " threw " + describe(e);
        }
      }
    }
    return call;
  }

  function send(call) {
    if (bootError) return settle(call, internalFailure(call, "ttshim did not start: " + bootError));
    if (!exports || goDepth > 0) return waiting.push(call);
    if (call.override) return answerOverridden(call);
    const payload = call.unreadable ? JSON.stringify({ e: call.unreadable }) :
      encode(call.option, CALLBACKS[call.kind], call.tapped, call.api.view, call.ownCallbacks);
    let reply;
    try {
      reply = askGo(call.api.full, payload);
    } catch (e) {
      reply = internalFailure(call, "internal error: " + describe(e));
    }
    if (reply.error) reply = internalFailure(call, reply.error);
    if (reply.o === "pending") {
      pending.set(reply.p, call);
      call.pendingId = reply.p;
      later(wakeGo);
      if (call.abortRequested) abortCall(call);
      return;
    }
    settle(call, reply);
  }

  function flush() {
    while (goDepth === 0 && (exports || bootError) && waiting.length) send(waiting.shift());
  }

  // Go answers a call that waited on a dialog or the network.
  function settlePending(id, replyJSON) {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    let reply;
    try {
      reply = JSON.parse(replyJSON);
      const data = reply.r && reply.r.data;
      if (data && data["@@js"] === "ArrayBuffer") reply.r.data = arrayBufferOf(data.base64);
    } catch (e) {
      reply = internalFailure(call, "internal error: " + describe(e));
    }
    settle(call, reply);
  }

  function arrayBufferOf(base64) {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  }

  // abortCall is RequestTask.abort(): the call fails with errno 301, unless
  // it has already ended. A call still queued is aborted once Go has it, so
  // the log shows it too.
  function abortCall(call) {
    if (call.done) return;
    if (call.override) {
      const reply = failure(call, 301, "abort");
      record(call, reply);
      return settle(call, reply);
    }
    if (call.pendingId === undefined) {
      call.abortRequested = true;
      return;
    }
    try {
      control("abort", call.pendingId);
      later(wakeGo); // so the cancelled work stops its fetch
    } catch (e) {
      console.error("ttshim: cannot abort " + call.api.full + ": " + describe(e));
    }
  }

  // Results are never delivered inside the call itself.
  function settle(call, reply) {
    if (call.done) return;
    call.done = true;
    if (reply.s) return; // this client version does not call back
    later(() => {
      const ok = reply.o === "ok";
      if (call.kind === "h5config") return h5Settled(call, ok, reply.r);
      invoke(ok ? call.callbacks.success : call.callbacks.fail, reply.r);
      invoke(call.callbacks.complete, reply.r);
      if (call.resolve) (ok ? call.resolve : call.reject)(reply.r);
    });
  }

  // tt returns a Promise only when no callback is given; Taro always does,
  // and rejects even when fail ran (Taro's processApis).
  function asyncStub(api) {
    const full = api.full;
    return function (option) {
      const call = makeCall(api, option);
      call.override = takeOverride(full);
      let promise;
      if (api.kind === "taro" || (!call.callbacks.success && !call.callbacks.fail && !call.callbacks.complete)) {
        promise = new Promise((resolve, reject) => { call.resolve = resolve; call.reject = reject; });
      }
      send(call);
      flush();
      if (!api.task) return promise;
      // tt.request's RequestTask; a Promise carries abort() itself, as Taro's does.
      const abort = () => abortCall(call);
      if (promise) return Object.assign(promise, { abort });
      return { abort };
    };
  }

  function syncStub(api) {
    return function (arg) {
      const full = api.full;
      if (!exports) {
        throw new Error("ttshim: " + full + " answers synchronously, and the runtime is " +
          (bootError ? "not running: " + bootError : "still loading: await ttShim.ready first"));
      }
      if (goDepth > 0) {
        throw new Error("ttshim: " + full + " cannot answer from inside an event that ttshim's own drawing fired; call it later");
      }
      const override = takeOverride(full);
      if (override) return answerSyncOverride(api, arg, override.responder);
      const reply = askGo(full, encode(arg, [], undefined, api.view));
      if (reply.error) throw new Error(full + ": " + reply.error);
      if (reply.o !== "ok") throw Object.assign(new Error(reply.r.errMsg), reply.r);
      return reply.v;
    };
  }

  // ---- h5sdk: config with its ready and error queues ------------------------

  const h5 = { authenticated: false, lastError: null, ready: [], error: [] };

  function h5Settled(call, ok, result) {
    if (ok) {
      h5.authenticated = true;
      h5.lastError = null;
      invoke(call.callbacks.onSuccess, result);
      for (const fn of h5.ready.splice(0)) invoke(fn);
    } else {
      h5.lastError = result;
      invoke(call.callbacks.onFail, result);
      for (const fn of h5.error) invoke(fn, result);
    }
  }

  function h5Stub(api) {
    const full = api.full;
    return function (option) {
      const call = makeCall(api, option);
      call.override = takeOverride(full);
      send(call);
      flush();
    };
  }

  // ---- overrides: a test's answers win over the built-in ones -----------------

  const API_NAMES = new Set(MANIFEST.map((api) => api.full));
  const overrides = new Map(); // full API name → the overrides answering it, newest last

  // coveredBy lists the APIs an override of `name` answers: "tt.X" or a bare
  // "X" covers tt.X and its Taro twin (Taro on Lark calls tt); "Taro.X" and
  // "h5sdk.config" cover only themselves.
  function coveredBy(name) {
    const text = String(name);
    if (/^(Taro|h5sdk)\./.test(text)) return API_NAMES.has(text) ? [text] : [];
    if (text.startsWith("tt.") && !API_NAMES.has(text)) return [];
    const bare = text.startsWith("tt.") ? text.slice(3) : text;
    return ["tt." + bare, "Taro." + bare].filter((full) => API_NAMES.has(full));
  }

  // takeOverride returns the override answering this call, counting it
  // against its `times`.
  function takeOverride(full) {
    if (overrides.size === 0) return undefined;
    const stack = overrides.get(full);
    if (!stack) return undefined;
    const entry = stack[stack.length - 1];
    if (--entry.remaining === 0) removeOverride(entry);
    return entry;
  }

  function removeOverride(entry) {
    for (const full of entry.names) {
      const stack = overrides.get(full);
      if (!stack) continue;
      const at = stack.indexOf(entry);
      if (at >= 0) stack.splice(at, 1);
      if (!stack.length) overrides.delete(full);
    }
  }

  function overrideFailure(call, why) {
    return failure(call, 100, "ttShim.override's responder failed: " + why);
  }

  // replyFrom turns a responder's answer into the call's result: an object
  // with errno fails with it, any other object succeeds with its fields.
  function replyFrom(call, answer) {
    if (answer === undefined || answer === null) answer = {};
    if (typeof answer !== "object" || Array.isArray(answer)) {
      return overrideFailure(call, "it answered " + (Array.isArray(answer) ? "an array" : typeof answer) + ", not an object");
    }
    if ("errno" in answer) {
      if (typeof answer.errno !== "number") return overrideFailure(call, "errno should be a number");
      const errString = typeof answer.errString === "string" ? answer.errString : "overridden failure";
      return { o: "fail", r: { ...answer, errMsg: call.name + ":fail " + errString, errString } };
    }
    return { o: "ok", r: { ...answer, errMsg: call.name + ":ok" } };
  }

  function answerOverridden(call) {
    const { responder } = call.override;
    const finish = (reply) => {
      if (call.done) return; // aborted meanwhile
      record(call, reply);
      settle(call, reply);
    };
    let answer;
    try {
      answer = typeof responder === "function" ? responder(call.option) : responder;
    } catch (e) {
      return finish(overrideFailure(call, "it threw " + describe(e)));
    }
    if (answer && typeof answer.then === "function") {
      promiseThen.call(Promise.resolve(answer), (a) => finish(replyFrom(call, a)),
        (e) => finish(overrideFailure(call, "it rejected with " + describe(e))));
    } else {
      finish(replyFrom(call, answer));
    }
  }

  // A sync API's override returns its answer as the API's value, or throws
  // when it carries errno.
  function answerSyncOverride(api, arg, responder) {
    const call = { api, name: api.name, kind: api.kind, option: arg };
    const answer = typeof responder === "function" ? responder(arg) : responder;
    if (answer && typeof answer.then === "function") {
      throw new TypeError("ttShim.override: " + api.full + " is synchronous, so its responder cannot answer with a Promise");
    }
    const isObject = answer !== null && typeof answer === "object" && !Array.isArray(answer);
    const reply = isObject ? replyFrom(call, answer) : { o: "ok", r: { errMsg: api.name + ":ok", value: answer } };
    record(call, reply);
    if (reply.o !== "ok") throw Object.assign(new Error(reply.r.errMsg), reply.r);
    return answer;
  }

  // record logs an overridden call in Go's call log, like any other.
  function record(call, reply) {
    try {
      control("record", {
        api: call.api.full,
        payload: encode(call.option, CALLBACKS[call.kind] || [], call.tapped),
        outcome: reply.o,
        result: reply.r,
      });
    } catch (e) {
      console.error("ttshim: cannot log the overridden " + call.api.full + ": " + describe(e));
    }
  }

  // ---- the globals ---------------------------------------------------------

  const stubs = { async: asyncStub, taro: asyncStub, sync: syncStub, h5config: h5Stub };
  // An app that exposes its own Taro keeps it: ttshim only adds its APIs.
  const pageTaro = globalThis.Taro;
  const namespaces = { tt: {}, h5sdk: {}, Taro: pageTaro !== null && typeof pageTaro === "object" ? pageTaro : {} };
  const ownTaro = namespaces.Taro === pageTaro ? null : namespaces.Taro;
  Object.defineProperty(namespaces.tt, OURS, { value: true });
  // What ttshim defines on each namespace, as [name, value]: installGlobals
  // puts them there, and ttShim.reset() puts them back.
  const members = { tt: [], h5sdk: [], Taro: [] };
  for (const api of MANIFEST) members[api.ns].push([api.name, stubs[api.kind](api)]);
  // Taro's own constants, which getEnv's answer is compared against; a
  // page's own Taro keeps its own.
  const ENV_TYPE = Object.freeze({
    ASCF: "ASCF", WEAPP: "WEAPP", SWAN: "SWAN", ALIPAY: "ALIPAY", TT: "TT", QQ: "QQ", JD: "JD", WEB: "WEB",
    RN: "RN", HARMONY: "HARMONY", QUICKAPP: "QUICKAPP", HARMONYHYBRID: "HARMONYHYBRID",
  });
  members.Taro.push(["ENV_TYPE", ENV_TYPE]);
  members.h5sdk.push(["ready", function (fn) {
    if (typeof fn !== "function") return;
    if (h5.authenticated) later(() => invoke(fn));
    else h5.ready.push(fn);
  }], ["error", function (fn) {
    if (typeof fn !== "function") return;
    h5.error.push(fn);
    if (h5.lastError) {
      const last = h5.lastError;
      later(() => invoke(fn, last));
    }
  }]);

  // installGlobals makes tt, h5sdk, Taro and ttShim ttshim's objects with
  // ttshim's members, whatever the page did to them since, and warns about
  // what it could not put there (a frozen object, a locked global). A Taro
  // object the page put there stays, with ttshim's APIs added, as at load.
  function installGlobals(doing) {
    const missed = [];
    for (const { name, object, own } of globals) {
      let target = object;
      const current = readMember(globalThis, name);
      if (name === "Taro" && current !== ownTaro && current !== null && typeof current === "object") target = current;
      else if (current !== object && !define(globalThis, name, object)) {
        missed.push(name);
        continue;
      }
      for (const [key, value] of own) {
        if (key === "ENV_TYPE" && target !== ownTaro && readMember(target, key)) continue;
        if (readMember(target, key) !== value && !define(target, key, value)) missed.push(name + "." + key);
      }
    }
    if (missed.length) console.warn("ttshim: " + doing + " " + missed.join(", ") + ": the page locked them");
  }

  function readMember(target, key) {
    try {
      return target[key];
    } catch {
      return undefined; // a getter of the page's that throws
    }
  }

  // define sets a data property, or assigns one a page's `var` declared
  // (which cannot be redefined).
  function define(target, key, value) {
    try {
      if (Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })) return true;
      return Reflect.set(target, key, value) && target[key] === value;
    } catch {
      return false; // a Proxy's trap that throws
    }
  }

  // ---- ttShim: the test author's controls -------------------------------------

  function control(op, arg) {
    if (!exports) {
      throw new Error("ttshim: ttShim." + op + "() needs the runtime, which is " +
        (bootError ? "not running: " + bootError : "still loading: await ttShim.ready first"));
    }
    if (goDepth > 0) throw new Error("ttshim: ttShim." + op + "() cannot run from inside an event that ttshim's own drawing fired");
    const reply = askGo("ttShim." + op, arg === undefined ? "" : JSON.stringify(arg));
    flush();
    if (reply.error) throw (op === "configure" ? new TypeError(reply.error) : new Error(reply.error));
    return reply.ok;
  }

  let markReady, markFailed;
  const ready = new Promise((resolve, reject) => { markReady = resolve; markFailed = reject; });
  ready.catch(() => {}); // a page that never awaits it sees the console message instead

  // How an API answers: "async", "taro" (always a Promise), "sync" or "h5config".
  function kindOf(name) {
    const api = MANIFEST.find((entry) => entry.full === name);
    return api ? api.kind : undefined;
  }

  const ttShim = {
    installed: true,
    ready,
    apis: MANIFEST.map((api) => api.full),
    kindOf,
    config: () => control("config"),
    configure(patch) {
      if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
        throw new TypeError("ttShim.configure(patch): patch should be an object");
      }
      control("configure", patch);
    },
    reset() {
      overrides.clear();
      control("reset");
      remembered.clear();
      later(wakeGo); // so aborted requests stop their fetches
      Object.assign(h5, { authenticated: false, lastError: null, ready: [], error: [] });
      installGlobals("ttShim.reset() could not put back");
    },
    calls: (api) => control("calls", api === undefined ? "" : String(api)),
    session: () => control("session"),
    exchangeCode: (code) => control("exchangeCode", String(code)),
    dialogs: () => control("dialogs"),
    override(api, responder, options) {
      const names = coveredBy(api);
      if (!names.length) throw new Error("ttShim.override: there is no API named " + JSON.stringify(String(api)) + " (see ttShim.apis)");
      const sync = names.every((full) => kindOf(full) === "sync");
      const callable = responder !== null && (typeof responder === "object" || typeof responder === "function");
      if (responder === undefined || (!sync && !callable)) {
        throw new TypeError("ttShim.override(api, responder): responder should be an object of fields, {errno, errString}, or a function returning either");
      }
      const times = options === undefined || options === null ? undefined : options.times;
      if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
        throw new TypeError("ttShim.override(api, responder, {times}): times should be a positive integer");
      }
      const entry = { responder, remaining: times === undefined ? Infinity : times, names };
      for (const full of names) {
        if (!overrides.has(full)) overrides.set(full, []);
        overrides.get(full).push(entry);
      }
    },
    restore(api) {
      if (api === undefined) return overrides.clear();
      const names = coveredBy(api);
      if (!names.length) throw new Error("ttShim.restore: there is no API named " + JSON.stringify(String(api)) + " (see ttShim.apis)");
      for (const full of names) overrides.delete(full);
    },
    answer(decision) {
      if (typeof decision !== "string" && !Array.isArray(decision)) {
        throw new TypeError('ttShim.answer(decision): decision should be "allow", "deny", "cancel" or a list of openIds');
      }
      control("answer", decision);
    },
  };

  // What changed in the call log since a revision, for ttshim/playwright,
  // which keeps a copy of the log outside the page; not part of ttShim's API.
  Object.defineProperty(ttShim, Symbol.for("ttshim.logChanges"), { value: (since) => control("changes", since) });

  const globals = [
    { name: "tt", object: namespaces.tt, own: members.tt },
    { name: "h5sdk", object: namespaces.h5sdk, own: members.h5sdk },
    { name: "Taro", object: namespaces.Taro, own: members.Taro },
    { name: "ttShim", object: ttShim, own: Object.entries(ttShim) },
  ];
  installGlobals("could not install");

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

  // ---- the network: ttshim-net.wasm, loaded on the first request -------------

  // Go hands tt.request's requests to netFetch. The network module, a Go
  // program of its own, sends them with tinyutil's http client; it weighs
  // about as much as ttshim.wasm and most pages never make a request, so it
  // loads only when the first one comes.
  let netWasmURL = ""; // next to ttshim.wasm
  let netModule = null; // a Promise of the module's host object, once loading began
  let netServing = null; // that host object, once the module serves
  const netRequests = new Map(); // request id → Go's done callback, until called or aborted

  // netFetch(id, requestJSON, body, done): done(error, responseJSON, body)
  // is called once, unless netAbort(id) comes first.
  function netFetch(id, requestJSON, body, done) {
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

  function netAbort(id) {
    if (!netRequests.delete(id) || !netServing) return;
    try {
      netServing.abort(id);
    } catch (e) {
      console.error("ttshim: cannot abort a request: " + describe(e));
    }
  }

  async function loadNet() {
    const go = new goHost.Go();
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

  boot();
})();
