// The call contract: callbacks or a Promise, each call settled in a later
// microtask in the order made, calls queued until the runtime serves them,
// h5sdk.config with its ready and error queues, and overridden calls
// answered and logged. What a call answers is decided in Go.
import { JSON, Object, Promise, describe, invoke, later, reportUncaught } from "./builtins.js";
import { CALLBACKS } from "./manifest.js";
import { encode } from "./payload.js";
import { askGo, bootError, goDepth, goExports, wakeGo } from "./bridge.js";
import { errorOf, failure, h5Failure, success } from "./reply.js";
import { replyFrom, respond, takeOverride } from "./overrides.js";
import { emit, heard } from "./events.js";
import { keepListener } from "./clientevents.js";
import { GIVES_FILES, arrayBufferOf, fileSystemManager, useControl, watchFileImages } from "./files.js";

const waiting = []; // calls made while the runtime cannot take them, in order
const pending = new Map(); // calls waiting on a dialog or the network, by id

// control runs a ttShim operation in Go.
export function control(op, arg) {
  if (!goExports) {
    throw new Error("ttshim: ttShim." + op + "() needs the runtime, which is " +
      (bootError ? "not running: " + bootError : "still loading: await ttShim.ready first"));
  }
  if (goDepth > 0) throw new Error("ttshim: ttShim." + op + "() cannot run from inside an event that ttshim's own drawing fired");
  const reply = askGo("ttShim." + op, arg === undefined ? "" : JSON.stringify(arg));
  flush();
  if (reply.error) throw (op === "configure" ? new TypeError(reply.error) : new Error(reply.error));
  return reply.ok;
}

useControl(control);

// A call Go cannot answer fails with errno 102, or, for h5sdk.config, in
// its own shape with the errorCode Go gives any failure it has no code
// for (wasm/shim/shim.go's inH5Shape).
function internalFailure(call, message) {
  if (call.kind === "h5config") return h5Failure(H5_UNCODED, message);
  return failure(call.name, 102, message);
}
const H5_UNCODED = 1012;

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
  if (!goExports || goDepth > 0) return waiting.push(call);
  if (call.override) return answerOverridden(call);
  if (GIVES_FILES.has(call.name)) watchFileImages();
  const payload = call.unreadable ? JSON.stringify({ e: call.unreadable }) :
    encode(call.option, CALLBACKS[call.kind], call.tapped, call.api.view, call.ownCallbacks);
  let reply;
  try {
    reply = askGo(call.api.full, payload);
    if (!reply.error) logged(call.api, reply);
  } catch (e) {
    reply = internalFailure(call, "internal error: " + describe(e));
  }
  if (reply.error) reply = internalFailure(call, reply.error);
  warnIfAsked(reply);
  if (reply.o === "pending") {
    pending.set(reply.p, call);
    call.pendingId = reply.p;
    later(wakeGo);
    if (call.abortRequested) abortCall(call);
    return;
  }
  settle(call, reply);
}

export function flush() {
  while (goDepth === 0 && (goExports || bootError) && waiting.length) send(waiting.shift());
}

// Go answers a call that waited on a dialog or the network.
export function settlePending(id, replyJSON) {
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
  if (reply.d && heard("dialog")) emit({ type: "dialog", api: call.api.full, dialog: reply.d });
  if (heard("settle")) emit({ type: "settle", api: call.api.full, outcome: reply.o });
  settle(call, reply);
}

// logged tells the listeners that Go logged a call, and about the dialog
// it opened.
function logged(api, reply) {
  if (heard("call")) emit({ type: "call", api: api.full, outcome: reply.o });
  if (reply.d && heard("dialog")) emit({ type: "dialog", api: api.full, dialog: reply.d });
}

// abortCall is RequestTask.abort(): the call fails with errno 301, unless
// it has already ended. A call still queued is aborted once Go has it, so
// the log shows it too.
function abortCall(call) {
  if (call.done) return;
  if (call.override) {
    const reply = failure(call.name, 301, "abort");
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

// warnIfAsked reports an unsimulated call on the console, at the level
// the configuration's "unsimulated" rule gave (Go asks once per API).
function warnIfAsked(reply) {
  if (reply.w === "warn" || reply.w === "error") console[reply.w]("ttshim: " + reply.r.errString);
}

// Results are never delivered inside the call itself.
function settle(call, reply) {
  if (call.done) return;
  call.done = true;
  if (reply.s) return; // this client version does not call back
  later(() => {
    const ok = reply.o === "ok";
    if (call.kind === "h5config") return h5Settled(call, ok, reply.r);
    if (call.kind === "listener") return listenerSettled(call, reply);
    if (call.kind === "legacy") {
      invoke(ok ? call.callbacks.onSuccess : call.callbacks.onFail, reply.r);
    } else {
      invoke(ok ? call.callbacks.success : call.callbacks.fail, reply.r);
      invoke(call.callbacks.complete, reply.r);
    }
    if (call.resolve) (ok ? call.resolve : call.reject)(reply.r);
  });
}

// tt returns a Promise only when no callback is given; Taro always does,
// and rejects even when fail ran (Taro's processApis). h5sdk's legacy
// names follow tt's rule with their onSuccess and onFail.
export function asyncStub(api) {
  const full = api.full;
  return function (option) {
    const call = makeCall(api, option);
    call.override = takeOverride(full);
    let promise;
    if (api.kind === "taro" || !CALLBACKS[api.kind].some((key) => call.callbacks[key])) {
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

// A listener (tt.onX, tt.offX) returns nothing and throws when its
// argument is not a function. One registered before the runtime serves
// calls waits its turn, and its failure, with no caller left to throw
// to, becomes the page's uncaught error.
export function listenerStub(api) {
  const full = api.full;
  return function (callback) {
    const override = takeOverride(full);
    if (override) return void answerSyncOverride(api, callback, override.responder);
    if (!goExports || goDepth > 0) {
      send(makeCall(api, callback));
      return flush();
    }
    const reply = answerNow(api, encode(callback, []));
    if (reply.o === "fail") throw errorOf(reply.r);
    keepListener(api, callback);
  };
}

// answerNow is Go's answer to a call the page waits for (a sync API, a
// listener), told to the console and the listeners like any other; an
// answer Go could not give throws.
function answerNow(api, payload) {
  const reply = askGo(api.full, payload);
  warnIfAsked(reply);
  if (reply.error) throw new Error(api.full + ": " + reply.error);
  logged(api, reply);
  return reply;
}

function listenerSettled(call, reply) {
  if (reply.o === "ok") return keepListener(call.api, call.option);
  if (reply.o === "fail") reportUncaught(errorOf(reply.r));
}

export function syncStub(api) {
  return function (arg) {
    const full = api.full;
    if (!goExports) {
      throw new Error("ttshim: " + full + " answers synchronously, and the runtime is " +
        (bootError ? "not running: " + bootError : "still loading: await ttShim.ready first"));
    }
    if (goDepth > 0) {
      throw new Error("ttshim: " + full + " cannot answer from inside an event that ttshim's own drawing fired; call it later");
    }
    const override = takeOverride(full);
    if (override) return answerSyncOverride(api, arg, override.responder);
    const reply = answerNow(api, encode(arg, [], undefined, api.view));
    if (reply.o !== "ok") throw errorOf(reply.r);
    // getFileSystemManager's manager is the loader's: Go answers its tag.
    if (reply.v && reply.v["@@js"] === "FileSystemManager") return fileSystemManager();
    return reply.v;
  };
}

// ---- h5sdk: config with its ready and error queues ------------------------

// h5sdk.ready fires when the JSSDK is ready, which a page calling
// h5sdk.config makes wait for the config's success (README, choice 43):
// callbacks run once the runtime has booted, unless a config is in
// flight; then they wait for a success (a failure leaves them waiting).
// configs are the calls in flight; reset() leaves them and booted alone.
export const h5 = { booted: false, authenticated: false, configs: new Set(), lastError: null, ready: [], error: [] };

export function h5Ready(fn) {
  if (h5.authenticated || (h5.booted && h5.configs.size === 0)) later(() => invoke(fn));
  else h5.ready.push(fn);
}

// h5Booted runs the ready callbacks registered while the runtime loaded,
// after the calls queued meanwhile settle, unless a config is in flight
// now or by then (a queued call's callback may call one).
export function h5Booted() {
  h5.booted = true;
  if (h5.configs.size === 0) later(() => { if (h5.configs.size === 0) runReady(); });
}

function runReady() {
  for (const fn of h5.ready.splice(0)) invoke(fn);
}

function h5Settled(call, ok, result) {
  h5.configs.delete(call);
  if (ok) {
    h5.authenticated = true;
    h5.lastError = null;
    invoke(call.callbacks.onSuccess, result);
    runReady();
  } else {
    h5.lastError = result;
    invoke(call.callbacks.onFail, result);
    for (const fn of h5.error) invoke(fn, result);
  }
}

export function h5Stub(api) {
  const full = api.full;
  return function (option) {
    const call = makeCall(api, option);
    call.override = takeOverride(full);
    h5.configs.add(call);
    send(call);
    flush();
  };
}

// ---- overridden calls --------------------------------------------------------

function answerOverridden(call) {
  respond(call, (reply) => {
    if (call.done) return; // aborted meanwhile
    record(call, reply);
    settle(call, reply);
  });
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
  const reply = isObject ? replyFrom(call, answer) : success(api.name, { value: answer });
  record(call, reply);
  if (reply.o !== "ok") throw errorOf(reply.r);
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
    logged(call.api, reply);
  } catch (e) {
    console.error("ttshim: cannot log the overridden " + call.api.full + ": " + describe(e));
  }
}
