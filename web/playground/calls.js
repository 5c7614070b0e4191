// Calling the shim's APIs the ways a page can, and showing what came back:
// which callback ran and with what, how a Promise settled, what a sync API
// returned or threw. Anything the call contract rules out is pointed out.
import { describeError, isPlainObject, outcomeOf, pretty } from "./dom.js";

// apiKind is how an API answers, as the shim's registry says.
export function apiKind(name) {
  return ttShim.kindOf(name) || "async";
}

// callbacksOf names the callbacks an API's option carries: h5sdk's legacy
// names take onSuccess / onFail, as h5sdk.config does.
export function callbacksOf(kind) {
  return kind === "legacy" ? ["onSuccess", "onFail"] : ["success", "fail", "complete"];
}

// bind finds the page's function for a full name, "tt.enterProfile" or a
// legacy path such as "h5sdk.biz.util.openLink", and calls it on its owner
// with the argument, or with none at all.
function bind(name) {
  const path = name.split(".");
  const method = path.pop();
  const target = path.reduce((owner, key) => (owner === null || owner === undefined ? undefined : owner[key]), globalThis);
  if (!target || typeof target[method] !== "function") {
    throw new Error(name + " is not a function on this page");
  }
  return (arg, hasArg) => (hasArg ? target[method](arg) : target[method]());
}

function described(value) {
  return value && typeof value.then === "function" ? "a Promise" : pretty(value, 0);
}

// A wrong signature differs from the right one in its last hex digit.
function spoil(signature) {
  return signature.slice(0, -1) + (signature.endsWith("0") ? "1" : "0");
}

// makeCaller returns a way to call per kind of API; hooks.onAuth runs after
// an h5sdk.config answered.
export function makeCaller(results, { onAuth }) {
  function threw(entry, e) {
    entry.set({ outcome: "fail", detail: "The call threw.", value: describeError(e) });
  }

  function withCallbacks(name, arg) {
    const kind = apiKind(name);
    const names = callbacksOf(kind);
    const entry = results.add({ api: name, how: "callbacks", args: arg });
    entry.set({ outcome: "pending", detail: `Called; waiting for ${names.join(" / ")}.` });
    const ran = [];
    let answer;
    let inside = true;
    const record = (which) => (res) => {
      if (inside) entry.warn(`${which} ran inside the call itself; callbacks should run later.`);
      ran.push(which);
      if (which !== "complete") answer = res;
      else if (ran.length === 1) entry.warn("complete ran before success / fail.");
      else if (res !== answer) entry.warn(`complete received a different object from ${ran[0]}.`);
      const outcome = ran[0] === names[0] ? "ok" : outcomeOf(res) === "cancel" ? "cancel" : "fail";
      entry.set({ outcome, detail: ran.join(" → ") + " ran.", value: res });
    };
    const option = { ...arg };
    for (const which of names) option[which] = record(which);
    let returned;
    try {
      returned = bind(name)(option, true);
    } catch (e) {
      return threw(entry, e);
    } finally {
      inside = false;
    }
    // Taro returns its Promise even with callbacks, and it rejects after
    // fail ran, which the entry already shows.
    if (returned !== undefined && kind !== "taro") entry.warn(`Returned ${described(returned)}; with callbacks a call returns undefined.`);
    if (returned && typeof returned.catch === "function") returned.catch(() => {});
  }

  function forPromise(name, arg, hasArg, how) {
    const entry = results.add({ api: name, how, args: hasArg ? arg : undefined });
    entry.set({ outcome: "pending", detail: "Called; the Promise has not settled yet." });
    let returned;
    try {
      returned = bind(name)(arg, hasArg);
    } catch (e) {
      return threw(entry, e);
    }
    if (!returned || typeof returned.then !== "function") {
      entry.set({ outcome: "fail", detail: `Returned ${described(returned)} instead of a Promise.` });
      return;
    }
    returned.then((value) => {
      entry.set({ outcome: "ok", detail: "The Promise resolved.", value });
    }, (reason) => {
      if (reason instanceof Error) {
        entry.set({ outcome: "fail", detail: "The Promise rejected with an Error.", value: describeError(reason) });
        entry.warn("A failed call rejects with its plain fail object, not an Error.");
      } else {
        entry.set({ outcome: outcomeOf(reason), detail: "The Promise rejected.", value: reason });
      }
    });
  }

  // async calls an asynchronous API (tt's, Taro's or a legacy name) in the
  // chosen form; an argument that is not an object cannot carry callbacks,
  // so it always gets the Promise.
  function async(name, arg, hasArg, form) {
    if (form === "callbacks" && hasArg && isPlainObject(arg)) return withCallbacks(name, arg);
    const how = form === "callbacks" ? "Promise (callbacks need an object argument)" : "Promise";
    return forPromise(name, arg, hasArg, how);
  }

  function sync(name, arg, hasArg) {
    const entry = results.add({ api: name, how: "direct call", args: hasArg ? arg : undefined });
    try {
      const value = bind(name)(arg, hasArg);
      entry.set({ outcome: "ok", detail: "Returned.", value });
    } catch (e) {
      entry.set({ outcome: "fail", detail: `Threw ${e && e.name ? e.name : typeof e}.`, value: describeError(e) });
    }
  }

  // listener passes a function that adds a result each time the client
  // calls it; the call itself should return undefined, or throw for a
  // bad argument.
  function listener(name) {
    const entry = results.add({ api: name, how: "a function", hasArgs: false });
    let heard = 0;
    const fn = (...args) => {
      heard += 1;
      results.add({ api: name, how: `the function, call ${heard}`, hasArgs: false })
        .set({ outcome: "info", detail: "The client called the function.", value: args.length === 1 ? args[0] : args });
    };
    let returned;
    try {
      returned = bind(name)(fn, true);
    } catch (e) {
      return threw(entry, e);
    }
    if (returned === undefined) entry.set({ outcome: "ok", detail: "Returned undefined. Each time the client calls the function, a result appears here." });
    else entry.set({ outcome: "fail", detail: `Returned ${described(returned)}; a listener returns undefined.` });
  }

  // h5config calls h5sdk.config; with sign, the demo backend supplies
  // appId, timestamp, nonceStr and signature under the fields given.
  async function h5config(arg, hasArg, { sign = false, wrongSignature = false } = {}) {
    let option = arg;
    if (sign && (!hasArg || isPlainObject(arg))) {
      let signed;
      try {
        signed = await demoBackend.signature(location.href);
      } catch (e) {
        const entry = results.add({ api: "h5sdk.config", how: "signing", args: arg });
        return threw(entry, e);
      }
      if (wrongSignature) signed.signature = spoil(signed.signature);
      option = { ...signed, ...(hasArg ? arg : {}) };
      hasArg = true;
    }
    const entry = results.add({ api: "h5sdk.config", how: "onSuccess / onFail", args: hasArg ? option : undefined });
    entry.set({ outcome: "pending", detail: "Called; waiting for onSuccess / onFail." });
    const settled = (which, outcome) => (res) => {
      entry.set({ outcome, detail: which + " ran.", value: res });
      onAuth(which, res);
    };
    let sent = option;
    if (isPlainObject(option)) {
      sent = { ...option, onSuccess: settled("onSuccess", "ok"), onFail: settled("onFail", "fail") };
    } else {
      entry.warn("An argument that is not an object carries no onSuccess / onFail: watch h5sdk.error.");
    }
    try {
      bind("h5sdk.config")(sent, hasArg);
    } catch (e) {
      return threw(entry, e);
    }
  }

  return { async, sync, listener, h5config };
}
