// The Node half of the hostile-input suite: a page shared by a worker's
// tests, the calls every API gets (genericCases), and what a settled
// call must look like (expectSettled). The calls themselves are made in
// the page by hostile-kit.js.
import { test as base, expect } from "@playwright/test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { APP } from "./helpers.mjs";

const KIT = path.join(path.dirname(fileURLToPath(import.meta.url)), "hostile-kit.js");

export const APP_ID = "cli_a1b2c3d4e5f60718";
export const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";
// Every API reachable without ceremony: no h5sdk.config or login needed,
// dialogs answered by the configuration, no tap rule.
export const WEBAPP = { strict: false, acceptAnySignature: true, consent: "allow", requireTap: false, contactPicker: { select: [] },
  answers: { chooseImage: 0, chooseVideo: 0, chooseMedia: 0, showModal: "confirm", showActionSheet: 0, showPrompt: { inputValue: "" } } };
export const GADGET = { ...WEBAPP, mode: "gadget" };

// One page per worker, booted once: each test resets it and checks only
// the page errors that arrive during its own calls.
export const test = base.extend({
  hostileConfig: [WEBAPP, { scope: "worker", option: true }],
  shared: [async ({ browser, hostileConfig }, use) => {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push("pageerror: " + e.message));
    page.on("console", (m) => {
      if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) problems.push("console.error: " + m.text());
    });
    await page.addInitScript((c) => { window.ttShimConfig = c; }, hostileConfig);
    await page.addInitScript({ path: KIT });
    await page.goto(APP);
    await page.evaluate(() => ttShim.ready);
    await use({ page, problems });
    await page.close();
  }, { scope: "worker" }],
});
export { expect };

// What a call is expected to answer. errString (or h5sdk.config's
// errorMessage) is a string, or a RegExp for texts with a browser's words;
// errCode is the API's own code, for the failures that carry one.
export const fail = (errno, errString, errCode) => ({ fail: errCode === undefined ? { errno, errString } : { errno, errString, errCode } });
export const ok = (fields = {}) => ({ ok: fields });
export const returns = (value) => ({ returns: value }); // a sync API's exact value
export const h5fail = (errorCode, errorMessage) => ({ h5fail: { errorCode, errorMessage } });

// words: a parameter error as each namespace words it (Call.Param).
export function words(namespace) {
  const taro = namespace === "Taro";
  const reason = (text) => (taro ? "parameter error: " : "Parameter error. ") + text;
  return {
    reason,
    // A reason whose end is a pattern: the browser's own error texts.
    reasonLike: (pattern) => new RegExp("^" + escapeRegExp(reason("")) + pattern.source),
    wrongType: (name, want, got) => reason(taro ? `parameter.${name} should be ${want} instead of ${got}` : `${name} is of wrong type`),
    empty: (name, want, got) => reason(!taro ? `${name} cannot be empty`
      : got === "String" ? `parameter.${name} cannot be empty` : `parameter.${name} should be ${want} instead of ${got}`),
    notObject: (type) => reason("parameter should be Object instead of " + type),
  };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// PRIMITIVES are arguments that are neither an option nor a function,
// with the type the client names in its error.
export const PRIMITIVES = [
  ["a number", "[5]", "Number"], ["zero", "[0]", "Number"], ["NaN", "[NaN]", "Number"], ["Infinity", "[Infinity]", "Number"],
  ["a string", '["x"]', "String"], ["an empty string", '[""]', "String"], ["a 10 MB string", "[BIG]", "String"],
  ["true", "[true]", "Boolean"], ["a symbol", '[Symbol("s")]', "Symbol"], ["a BigInt", "[10n]", "BigInt"],
];

// genericCases are the calls every API that takes an option object gets:
// no option, every kind of non-object, options that cannot be read, and
// valid options in odd clothes. empty is the answer to {}, valid to VALID;
// param is one of the API's own parameters.
export function genericCases({ namespace, kind, empty, valid, param }) {
  const w = words(namespace);
  const notObject = (type) => fail(104, w.notObject(type));
  const unreadable = (text) => fail(104, typeof text === "string" ? w.reason(text) : w.reasonLike(text));
  const h5Callbacks = kind === "h5config" || kind === "legacy";
  const callback = h5Callbacks ? "onSuccess" : "success";
  // Only the callback-taking kinds read a callback before serialising.
  const brokenCallback = kind === "sync" ? `${callback} cannot be read: Error: callback getter broke`
    : `arguments are not readable: reading ${callback} threw Error: callback getter broke`;
  return [
    ["no argument", "[]", empty],
    ["undefined", "[undefined]", empty],
    ["null", "[null]", empty],
    ["only unknown keys", "[{unknownKey: 1, ...CB}]", empty],
    ["a second argument", "[{...CB}, 5]", empty],
    ...PRIMITIVES.map(([label, source, type]) => [label, source, notObject(type)]),
    ["-Infinity", "[-Infinity]", notObject("Number")],
    ["an array", "[[1, 2]]", notObject("Array")],
    ["a function", "[function () {}]", notObject("Function")],
    ["a cycle", "[cyclic(CB)]", unreadable(/self cannot be read: TypeError: Converting circular structure to JSON/)],
    // 10,001 levels: too deep for V8's JSON.stringify, or else for encoding/json's limit.
    ["10,000 levels of objects", "[{deep: deep(10000), ...CB}]",
      unreadable(/(deep cannot be read: RangeError: Maximum call stack size exceeded|arguments are not readable: .*exceeded max depth)$/)],
    ["10,000 levels of arrays", "[deepArray(10000)]",
      unreadable(/(0 cannot be read: RangeError: Maximum call stack size exceeded|arguments are not readable: .*exceeded max depth)$/)],
    [`a getter on ${param} that throws`, `[{...CB, get ${param}() { throw new Error("getter broke"); }}]`,
      unreadable(`${param} cannot be read: Error: getter broke`)],
    [`a getter on ${callback} that throws`, `[{...CB, get ${callback}() { throw new Error("callback getter broke"); }}]`,
      unreadable(brokenCallback)],
    ["a getter that throws an empty string", '[{...CB, get x() { throw ""; }}]', unreadable('x cannot be read: ""')],
    ["a getter that throws what cannot be printed", "[{...CB, get x() { throw { toString() { throw 1; } }; }}]",
      unreadable("x cannot be read: an unprintable error")],
    ["a getter that throws a 1 MB message", "[{...CB, get x() { throw new Error(MEGA); }}]",
      unreadable(/x cannot be read: Error: m{293}… \(1048583 bytes\)$/)],
    ["a toJSON that throws", '[{...CB, toJSON() { throw new Error("toJSON broke"); }}]',
      unreadable("arguments are not readable: Error: toJSON broke")],
    ["a Proxy whose traps throw", "[throwingTraps({})]",
      unreadable(/arguments are not readable: (reading \w+ threw )?Error: \w+ trap$/)],
    ["a revoked Proxy", "[revoked()]",
      unreadable(/arguments are not readable: (reading \w+ threw )?TypeError: Cannot perform '\w+' on a proxy that has been revoked$/)],
    ["a frozen valid option", "[Object.freeze({...VALID, ...CB})]", valid],
    ["a Proxy of a valid option", "[new Proxy({...VALID, ...CB}, {})]", valid],
    ["a valid option without a prototype", "[Object.assign(Object.create(null), VALID, CB)]", valid],
    ["symbols as keys and values", '[{...VALID, [Symbol("k")]: 1, extra: Symbol("v"), ...CB}]', valid],
    ["a BigInt, NaN and -Infinity in unknown keys", "[{...VALID, big: 10n, nan: NaN, inf: -Infinity, ...CB}]", valid],
    ["callbacks that are not functions", `[{...VALID, ${h5Callbacks ? 'onSuccess: 5, onFail: "x"' : 'success: 5, fail: "x", complete: null'}}]`, valid],
    ["1,000 levels in an unknown key", "[{...VALID, nested: deep(1000), ...CB}]", valid],
    ["a 1 MB string in an unknown key", "[{...VALID, extra: MEGA, ...CB}]", valid],
  ];
}

// listenerCases are the calls every listener (tt.onX, tt.offX) gets:
// every kind of value that is not a function, values that cannot be read,
// and functions in odd clothes. valid is the answer to a function.
export function listenerCases({ namespace, valid }) {
  const w = words(namespace);
  const notFunction = (type) => fail(104, w.reason("callback should be Function instead of " + type));
  const unreadable = (text) => fail(104, typeof text === "string" ? w.reason(text) : w.reasonLike(text));
  return [
    ["no argument", "[]", notFunction("Undefined")],
    ["undefined", "[undefined]", notFunction("Undefined")],
    ["null", "[null]", notFunction("Null")],
    ...PRIMITIVES.map(([label, source, type]) => [label, source, notFunction(type)]),
    ["an array", "[[() => {}]]", notFunction("Array")],
    ["an object", "[{}]", notFunction("Object")],
    ["an option object with callbacks", "[{success() {}, fail() {}}]", notFunction("Object")],
    ["an object without a prototype", "[Object.create(null)]", notFunction("Object")],
    ["a frozen object", "[Object.freeze({})]", notFunction("Object")],
    ["a Proxy of an object", "[new Proxy({}, {})]", notFunction("Object")],
    ["a cycle", "[cyclic({})]", unreadable(/self cannot be read: TypeError: Converting circular structure to JSON/)],
    ["10,000 levels of objects", "[deep(10000)]",
      unreadable(/(a cannot be read: RangeError: Maximum call stack size exceeded|arguments are not readable: .*exceeded max depth)$/)],
    ["a getter that throws", '[{get x() { throw new Error("getter broke"); }}]', unreadable("x cannot be read: Error: getter broke")],
    ["a Proxy whose traps throw", "[throwingTraps({})]", unreadable(/arguments are not readable: Error: \w+ trap$/)],
    ["a revoked Proxy", "[revoked()]",
      unreadable(/arguments are not readable: TypeError: Cannot perform '\w+' on a proxy that has been revoked$/)],
    ["a function", "[function () {}]", valid],
    ["an arrow function", "[() => {}]", valid],
    ["an async function", "[async () => {}]", valid],
    ["a generator function", "[function* () {}]", valid],
    ["a class", "[class {}]", valid],
    ["a bound function", "[function () {}.bind(null)]", valid],
    ["a Proxy of a function", "[new Proxy(() => {}, {})]", valid],
    ["a function with a getter that throws", '[Object.defineProperty(() => {}, "x", {get() { throw new Error("getter broke"); }, enumerable: true})]', valid],
    ["a function with a 1 MB property", "[Object.assign(() => {}, {extra: MEGA})]", valid],
    ["a function and a second argument", "[() => {}, 5]", valid],
  ];
}

// runHostile makes every call of api.cases in the shared page, checks how
// each settled, then that the runtime still answers and that nothing
// reached the page as an uncaught error.
export async function runHostile({ page, problems }, api) {
  const before = problems.length;
  await page.evaluate(() => ttShim.reset()); // a fresh log: the 10 MB calls' arguments go
  if (api.prepare) await page.evaluate(api.prepare);
  const cases = api.cases.map(([label, source]) => ({
    label, source, forms: api.kind !== "sync" && source.includes("CB") ? ["bare", "callbacks"] : ["bare"],
  }));
  const labels = new Set(cases.map((c) => c.label));
  expect(labels.size, "case labels are unique").toBe(cases.length);
  expect(cases.length, `${api.full} gets at least 30 hostile calls`).toBeGreaterThanOrEqual(30);
  const results = await page.evaluate(({ full, valid, cases }) => hostileKit.run(full, valid, cases),
    { full: api.full, valid: api.valid, cases });
  expect(results.length).toBe(cases.reduce((n, c) => n + c.forms.length, 0));
  const expected = new Map(api.cases.map(([label, , expectation]) => [label, expectation]));
  for (const result of results) expectSettled(api, result, expected.get(result.label));
  expect(await page.evaluate(() => hostileKit.healthy()), "the runtime answers after the hostile calls").toBe("getSystemInfo:ok");
  expect(problems.slice(before), "uncaught errors in the page").toEqual([]);
}

export function expectSettled(api, result, expected) {
  const name = api.full.slice(api.full.indexOf(".") + 1); // biz.util.openLink for h5sdk.biz.util.openLink
  const where = `${api.full}, ${result.label} (${result.form})`;
  expect(result.channel, `${where}: ${JSON.stringify(result.value)}`).not.toMatch(/^(hang|bad case)$/);
  if (api.kind === "sync" || api.kind === "listener") return expectSync(name, where, result, expected);
  if (api.kind === "h5config") return expectH5(where, result, expected);
  const failed = !!expected.fail;
  const answered = failed ? "fail" : "success";
  if ((api.kind === "async" || api.kind === "legacy") && result.form === "callbacks") {
    // tt with callbacks: they run, and no Promise (tt.request returns its
    // task); a legacy name's onSuccess or onFail ends its call.
    expect(result.returned, where).toBe(api.task ? "object" : "undefined");
    expect(result.channel, where).toBe("callbacks");
    const delivered = result.seen[0]?.[1];
    const legacy = failed ? "onFail" : "onSuccess";
    expect(result.seen, where).toEqual(api.kind === "legacy" ? [[legacy, delivered]] : [[answered, delivered], ["complete", delivered]]);
    return expectObject(name, where, delivered, expected);
  }
  // tt without callbacks, and Taro always: a Promise, which Taro settles
  // after its callbacks ran.
  expect(result.returned, where).toBe("Promise");
  expect(result.channel, `${where}: ${JSON.stringify(result.value)}`).toBe(failed ? "rejected" : "resolved");
  expectObject(name, where, result.value, expected);
  expect(result.seen, where).toEqual(result.form === "callbacks" ? [[answered, result.value], ["complete", result.value]] : []);
}

function expectObject(name, where, value, expected) {
  if (expected.fail) failure(name, where, value, expected.fail);
  else expect(value, where).toMatchObject({ ...expected.ok, errMsg: name + ":ok" });
}

// failure checks a fail object and returns it.
function failure(name, where, value, { errno, errString, errCode }) {
  const keys = errCode === undefined ? ["errMsg", "errString", "errno"] : ["errCode", "errMsg", "errString", "errno"];
  expect(Object.keys(value ?? {}).sort(), `${where}: ${JSON.stringify(value)}`).toEqual(keys);
  expect(value.errno, where).toBe(errno);
  expect(value.errCode, where).toBe(errCode);
  if (errString instanceof RegExp) expect(value.errString, where).toMatch(errString);
  else expect(value.errString, where).toBe(errString);
  expect(value.errMsg, where).toBe(`${name}:fail ${value.errString}`);
  return value;
}

function expectSync(name, where, result, expected) {
  if (!expected.fail) {
    expect(result.channel, `${where}: ${JSON.stringify(result.value)}`).toBe("returned");
    if ("returns" in expected) expect(result.value, where).toBe(expected.returns);
    else expect(result.value, where).toMatchObject(expected.ok);
    return;
  }
  expect(result.channel, `${where}: ${JSON.stringify(result.value)}`).toBe("threw");
  const { isError, message, ...fields } = result.value;
  expect(isError, where).toBe(true);
  failure(name, where, fields, expected.fail);
  expect(message, where).toBe(fields.errMsg);
}

// h5sdk.config: onSuccess({session_key}) then h5sdk.ready, or onFail and
// then h5sdk.error with the same {errorCode, errorMessage, errno, errString}.
// A parameter error (104 elsewhere) is its errorCode 1012.
function expectH5(where, result, expected) {
  expect(result.returned, where).toBe("undefined");
  const own = result.form === "callbacks";
  if (expected.ok) {
    const [first] = result.seen;
    expect(result.seen, where).toEqual([...(own ? [["onSuccess", { session_key: expect.any(String) }]] : []), ["h5sdk.ready"]]);
    if (own) expect(first[1].session_key.length, where).toBeGreaterThan(0);
    return;
  }
  const { errorCode, errorMessage } = expected.h5fail ?? { errorCode: 1012, errorMessage: expected.fail.errString };
  const err = result.seen.at(-1)[1];
  expect(result.seen, `${where}: ${JSON.stringify(result.seen)}`).toEqual([...(own ? [["onFail", err]] : []), ["h5sdk.error", err]]);
  expect(Object.keys(err).sort(), where).toEqual(["errString", "errno", "errorCode", "errorMessage"]);
  expect(err.errorCode, where).toBe(errorCode);
  if (errorMessage instanceof RegExp) expect(err.errorMessage, where).toMatch(errorMessage);
  else expect(err.errorMessage, where).toBe(errorMessage);
  expect(err.errno, where).toBe(2601002);
  expect(err.errString, where).toBe(`Authentication failed. ${err.errorMessage} (error code: ${errorCode})`);
}
