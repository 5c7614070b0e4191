// The in-page half of the hostile-input suite (hostile-*.spec.mjs), added
// to each page with addInitScript. hostileKit.run builds each call's
// arguments from their source, makes the call as an app would, and
// reports how it settled: the channel, the object, how long it took.
(() => {
  "use strict";
  const MiB = 1024 * 1024;
  let big, mega;

  // What a case's source can use besides VALID (a valid option, fresh for
  // each call) and CB (the callbacks of the callback form, or {}).
  const tools = {
    get BIG() { return (big ??= "x".repeat(10 * MiB)); },
    get MEGA() { return (mega ??= "m".repeat(MiB)); },
    deep(levels) {
      let value = {};
      for (let i = 0; i < levels; i++) value = { a: value };
      return value;
    },
    deepArray(levels) {
      let value = [];
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    },
    cyclic(fields) {
      const option = { ...fields };
      option.self = option;
      return option;
    },
    revoked() {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    // Every trap a serialiser or a property read can reach throws.
    throwingTraps(target) {
      const trap = (name) => () => { throw new Error(name + " trap"); };
      return new Proxy(target, {
        get: trap("get"), has: trap("has"), ownKeys: trap("ownKeys"),
        getOwnPropertyDescriptor: trap("getOwnPropertyDescriptor"), getPrototypeOf: trap("getPrototypeOf"),
      });
    },
  };
  const toolNames = Object.keys(Object.getOwnPropertyDescriptors(tools));

  function argsOf(source, valid, callbacks) {
    const build = new Function("tools", "VALID", "CB",
      "const {" + toolNames.join(", ") + "} = tools; return (" + source + ");");
    return build(tools, valid, callbacks);
  }

  // freshValid makes the valid option anew, with a nonce of its own where
  // the API refuses a reused one (h5sdk.config).
  function freshValid(template) {
    const valid = structuredClone(template);
    if (valid && valid.nonceStr === "fresh") {
      valid.nonceStr = Math.random().toString(36).slice(2);
      valid.timestamp = Date.now();
    }
    // A picture's path, which the case's prepare picked (hostile-cases.mjs),
    // or one of many, a new one each call (saveFile moves what it saves).
    for (const key of ["src", "filePath", "tempFilePath"]) {
      if (valid && valid[key] === "picked") valid[key] = window.hostilePicked;
      if (valid && valid[key] === "picked anew") valid[key] = window.hostilePaths.shift();
    }
    return valid;
  }

  // summary keeps what the test compares: long strings are cut, so a
  // 10 MB answer does not cross to the test whole.
  function summary(value, depth = 0) {
    if (typeof value === "string") return value.length > 2000 ? value.slice(0, 2000) + "…" : value;
    if (value === null || typeof value !== "object" || depth > 4) return value;
    if (Array.isArray(value)) return value.slice(0, 20).map((item) => summary(item, depth + 1));
    if (value instanceof Error) {
      const { errMsg, errno, errString } = value;
      return { isError: true, message: summary(value.message), errMsg: summary(errMsg), errno, errString: summary(errString) };
    }
    const out = {};
    for (const key of Object.keys(value)) out[key] = summary(value[key], depth + 1);
    return out;
  }

  // A call still unsettled after this long is lost: a liveness bound, far
  // above what a loaded machine needs (speed is make bench's to measure).
  const HANG_MS = 10_000;
  const within = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve("hang"), HANG_MS))]);
  // The next timer task, scheduled from a message task: a timer set from
  // a timer's task is clamped to 4 ms after five levels, which thousands of
  // calls in a row would pay.
  const channel = new MessageChannel();
  const nextTask = () => new Promise((resolve) => {
    channel.port1.onmessage = () => setTimeout(resolve, 0);
    channel.port2.postMessage(null);
  });

  async function callAsync(fn, args, seen) {
    const started = performance.now();
    let ended = null;
    let returned;
    try {
      returned = fn(...args);
    } catch (e) {
      return { channel: "threw", value: summary(e), ms: performance.now() - started };
    }
    const isPromise = !!returned && typeof returned.then === "function";
    let outcome;
    if (isPromise) {
      outcome = await within(returned.then((value) => ({ channel: "resolved", value }), (value) => ({ channel: "rejected", value })));
    } else {
      outcome = await within(new Promise((resolve) => { seen.onLast = () => resolve({ channel: "callbacks" }); }));
    }
    ended = performance.now();
    await nextTask(); // a late or second answer shows up here
    if (outcome === "hang") return { channel: "hang", seen: seen.list, ms: ended - started };
    return { ...outcome, value: summary(outcome.value), returned: isPromise ? "Promise" : typeof returned, seen: seen.list, ms: ended - started };
  }

  function callSync(fn, args) {
    const started = performance.now();
    try {
      const value = fn(...args);
      return { channel: "returned", value: summary(value), ms: performance.now() - started };
    } catch (e) {
      return { channel: "threw", value: summary(e), ms: performance.now() - started };
    }
  }

  // h5sdk.config answers through onSuccess/onFail and the page's
  // h5sdk.ready/h5sdk.error queues; each call starts unauthenticated, and
  // ready, registered while the call is in flight, waits for its success,
  // so it can only mean this call succeeded.
  async function callH5(fn, args, seen) {
    ttShim.reset();
    let settled;
    const done = new Promise((resolve) => { settled = resolve; });
    h5sdk.error((err) => { seen.add("h5sdk.error", err); settled(); });
    const started = performance.now();
    let returned;
    try {
      returned = fn(...args);
    } catch (e) {
      return { channel: "threw", value: summary(e), ms: performance.now() - started };
    }
    h5sdk.ready(() => { seen.add("h5sdk.ready"); settled(); });
    const outcome = await within(done);
    const ended = performance.now();
    await nextTask();
    return { channel: outcome === "hang" ? "hang" : "h5", returned: typeof returned, seen: seen.list, ms: ended - started };
  }

  // run makes each case's call in each form it names, one after another.
  // A legacy name (h5sdk.biz.util.openLink) ends with onSuccess or onFail,
  // the others with complete; a listener answers as a sync API does.
  async function run(full, valid, cases) {
    const path = full.split(".");
    const kind = ttShim.kindOf(full);
    const callbackNames = kind === "h5config" || kind === "legacy" ? ["onSuccess", "onFail"] : ["success", "fail", "complete"];
    const last = kind === "legacy" ? callbackNames : ["complete"];
    const results = [];
    // A call that closes the window (tt.closeWindow) would fail every
    // later one: each is made in an open window.
    let closed = false;
    const onClose = () => { closed = true; };
    ttShim.on("close", onClose);
    for (const { label, source, forms } of cases) {
      for (const form of forms) {
        const seen = { list: [], add(what, arg) { this.list.push(arg === undefined ? [what] : [what, summary(arg)]); } };
        const callbacks = {};
        if (form === "callbacks") {
          for (const cb of callbackNames) {
            callbacks[cb] = (arg) => {
              seen.add(cb, arg);
              if (last.includes(cb) && seen.onLast) seen.onLast();
            };
          }
        }
        let args;
        try {
          args = argsOf(source, freshValid(valid), callbacks);
        } catch (e) {
          results.push({ label, form, channel: "bad case", value: String(e) });
          continue;
        }
        const fn = path.reduce((owner, key) => owner[key], globalThis);
        const observed = kind === "sync" || kind === "listener" ? callSync(fn, args)
          : kind === "h5config" ? await callH5(fn, args, seen) : await callAsync(fn, args, seen);
        results.push({ label, form, ...observed });
        if (closed) {
          ttShim.reset();
          closed = false;
        }
      }
    }
    ttShim.off("close", onClose);
    return results;
  }

  // healthy is the runtime's answer to a plain call after the storm.
  async function healthy() {
    const info = await tt.getSystemInfo();
    return info.errMsg;
  }

  globalThis.hostileKit = { run, healthy };
})();
