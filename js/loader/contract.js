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
      if (call.kind === "listener") return listenerSettled(reply);
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
  function asyncStub(api) {
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
  function listenerStub(api) {
    const full = api.full;
    return function (callback) {
      const override = takeOverride(full);
      if (override) return void answerSyncOverride(api, callback, override.responder);
      if (!exports || goDepth > 0) {
        send(makeCall(api, callback));
        return flush();
      }
      const reply = askGo(full, encode(callback, []));
      warnIfAsked(reply);
      if (reply.error) throw new Error(full + ": " + reply.error);
      if (reply.o === "fail") throw Object.assign(new Error(reply.r.errMsg), reply.r);
    };
  }

  function listenerSettled(reply) {
    if (reply.o !== "fail") return;
    const error = Object.assign(new Error(reply.r.errMsg), reply.r);
    if (typeof reportError === "function") reportError(error);
    else setTimeout(() => { throw error; });
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
      warnIfAsked(reply);
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

