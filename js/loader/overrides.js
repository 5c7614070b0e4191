// ttShim.override: a test's answers win over the built-in ones. This module
// keeps the overrides and turns a responder's answer into the call's
// reply; contract.js logs and delivers it.
import { JSON, Promise, describe, promiseThen } from "./builtins.js";
import { API_NAMES, kindOf } from "./manifest.js";
import { failure, success } from "./reply.js";

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

// override is ttShim.override(api, responder, {times}).
export function override(api, responder, options) {
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
  const entry = { api: String(api), responder, remaining: times === undefined ? Infinity : times, names };
  for (const full of names) {
    if (!overrides.has(full)) overrides.set(full, []);
    overrides.get(full).push(entry);
  }
}

// restore is ttShim.restore(api?).
export function restore(api) {
  if (api === undefined) return overrides.clear();
  const names = coveredBy(api);
  if (!names.length) throw new Error("ttShim.restore: there is no API named " + JSON.stringify(String(api)) + " (see ttShim.apis)");
  for (const full of names) overrides.delete(full);
}

// listOverrides is ttShim.overrides(): the overrides in force, oldest
// first, each once however many APIs it answers.
export function listOverrides() {
  const entries = new Set();
  for (const stack of overrides.values()) for (const entry of stack) entries.add(entry);
  return [...entries].map(({ api, names, responder, remaining }) => ({
    api, answers: names.slice(), responder: typeof responder === "function" ? "function" : "value",
    remaining: remaining === Infinity ? null : remaining,
  }));
}

// takeOverride returns the override answering this call, counting it
// against its `times`.
export function takeOverride(full) {
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
  return failure(call.name, 100, "ttShim.override's responder failed: " + why);
}

// replyFrom turns a responder's answer into the call's result: an object
// with errno fails with it, any other object succeeds with its fields.
export function replyFrom(call, answer) {
  if (answer === undefined || answer === null) answer = {};
  if (typeof answer !== "object" || Array.isArray(answer)) {
    return overrideFailure(call, "it answered " + (Array.isArray(answer) ? "an array" : typeof answer) + ", not an object");
  }
  if ("errno" in answer) {
    const errno = answer.errno;
    if (typeof errno !== "number") return overrideFailure(call, "errno should be a number");
    return failure(call.name, errno, typeof answer.errString === "string" ? answer.errString : "overridden failure", answer);
  }
  return success(call.name, answer);
}

// respond asks the call's override for its answer and hands finish the
// reply: now, or once the responder's Promise settles.
export function respond(call, finish) {
  const { responder } = call.override;
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
