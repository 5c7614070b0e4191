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

