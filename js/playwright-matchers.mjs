// ttshim/playwright's assertions: expect(ttshim).toHaveCalled(…) and
// friends retry, as Playwright's own web-first assertions do, until the
// page's log (or dialogs) show what is expected or the expect timeout ends,
// so a test does not race the app it clicked.
import { expect as base } from "@playwright/test";

// Playwright's own polling intervals, then each second.
const INTERVALS = [100, 250, 500, 1000];

// poll runs check until its pass is what the assertion wants (negated under
// .not), or time is up; it answers the last check.
async function poll(state, timeout, check) {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    const last = await check();
    if (last.pass !== state.isNot || Date.now() >= deadline) return last;
    const wait = INTERVALS[Math.min(attempt, INTERVALS.length - 1)];
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - Date.now()))));
  }
}

function controllerOf(matcher, ttshim) {
  if (!ttshim || typeof ttshim.calls !== "function" || typeof ttshim.dialogs !== "function") {
    throw new TypeError(`expect(ttshim).${matcher}: expect the ttshim fixture (or ttshim.frame(frame)), not ${typeof ttshim}`);
  }
  return ttshim;
}

// fits is whether actual has what expected names: objects by their named
// keys (others may be there), arrays item by item, a RegExp by a string it
// matches, an asymmetric matcher (expect.any(Number)) by its own rule.
export function fits(expected, actual) {
  if (expected instanceof RegExp) return typeof actual === "string" && expected.test(actual);
  if (expected && typeof expected.asymmetricMatch === "function") return expected.asymmetricMatch(actual);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => fits(item, actual[i]));
  }
  if (expected !== null && typeof expected === "object") {
    return actual !== null && typeof actual === "object" && Object.keys(expected).every((key) => fits(expected[key], actual[key]));
  }
  return Object.is(expected, actual);
}

function describeValue(value) {
  if (value instanceof RegExp) return String(value);
  return JSON.stringify(value, (key, v) => (v instanceof RegExp ? String(v) : v));
}

// The calls of api that fit: {args, outcome, result} as far as named.
async function fittingCalls(ttshim, api, expected) {
  const calls = await ttshim.calls(api, { allDocuments: expected.allDocuments === true });
  const fit = calls.filter((call) => (!("args" in expected) || fits(expected.args, call.args)) &&
    (expected.outcome === undefined || call.outcome === expected.outcome) &&
    (expected.result === undefined || fits(expected.result, call.result)));
  return { calls, fit };
}

function callsMessage(state, matcher, api, expected, { calls, fit }, timeout) {
  const wanted = state.isNot ? "no call" : expected.times === undefined ? "a call" : `${expected.times} call${expected.times === 1 ? "" : "s"}`;
  const shown = calls.slice(-10).map((call) => `  ${call.api} ${call.outcome} ${describeValue(call.args)}`).join("\n");
  return () => `expect(ttshim)${state.isNot ? ".not" : ""}.${matcher}(${describeValue(api)}, ${describeValue(expected)})\n\n` +
    `Expected: ${wanted} of ${api} that ${wanted === "a call" ? "fits" : "fit"}, within ${timeout} ms\n` +
    `Received: ${fit.length} that fit, of ${calls.length} call${calls.length === 1 ? "" : "s"} of ${api}` +
    (calls.length ? `${calls.length > 10 ? " (the last 10)" : ""}:\n${shown}` : "");
}

async function toHaveCalled(ttshim, api, expected = {}) {
  const matcher = "toHaveCalled";
  controllerOf(matcher, ttshim);
  if (typeof api !== "string" || api === "") throw new TypeError(`expect(ttshim).${matcher}(api): api should be an API's name, like "enterProfile"`);
  if (expected === null || typeof expected !== "object") throw new TypeError(`expect(ttshim).${matcher}(api, expected): expected should be an object ({args, outcome, result, times})`);
  if (expected.times !== undefined && !(Number.isInteger(expected.times) && expected.times >= 0)) {
    throw new TypeError(`expect(ttshim).${matcher}(api, {times}): times should be a whole number`);
  }
  const timeout = expected.timeout ?? this.timeout;
  const last = await poll(this, timeout, async () => {
    const found = await fittingCalls(ttshim, api, expected);
    return { ...found, pass: expected.times === undefined ? found.fit.length > 0 : found.fit.length === expected.times };
  });
  return { pass: last.pass, name: matcher, message: callsMessage(this, matcher, api, expected, last, timeout) };
}

// toHaveShownToast: a showToast (tt or Taro) that succeeded, with a title
// that is the string, or matches the RegExp, given.
async function toHaveShownToast(ttshim, title, options = {}) {
  const matcher = "toHaveShownToast";
  controllerOf(matcher, ttshim);
  const args = {};
  if (title !== undefined) args.title = title;
  if (options.icon !== undefined) args.icon = options.icon;
  const expected = { ...(Object.keys(args).length ? { args } : {}), outcome: "ok" };
  const timeout = options.timeout ?? this.timeout;
  const last = await poll(this, timeout, async () => {
    const found = await fittingCalls(ttshim, "showToast", expected);
    return { ...found, pass: found.fit.length > 0 };
  });
  return { pass: last.pass, name: matcher, message: callsMessage(this, matcher, "showToast", expected, last, timeout) };
}

// toHaveDialog: a dialog of kind waiting for an answer ("consent",
// "contacts", "permission", …), optionally of api.
async function toHaveDialog(ttshim, kind, options = {}) {
  const matcher = "toHaveDialog";
  controllerOf(matcher, ttshim);
  if (typeof kind !== "string") throw new TypeError(`expect(ttshim).${matcher}(kind): kind should be a dialog kind, like "consent"`);
  const timeout = options.timeout ?? this.timeout;
  const last = await poll(this, timeout, async () => {
    const dialogs = await ttshim.dialogs();
    const fit = dialogs.filter((d) => d.kind === kind && (options.api === undefined || d.api === options.api || d.api.endsWith("." + options.api)));
    return { dialogs, pass: fit.length > 0 };
  });
  const open = last.dialogs.map((d) => `  ${d.kind} (${d.api})`).join("\n");
  return {
    pass: last.pass, name: matcher,
    message: () => `expect(ttshim)${this.isNot ? ".not" : ""}.${matcher}(${describeValue(kind)})\n\n` +
      `Expected: ${this.isNot ? "no" : "a"} ${kind} dialog${options.api ? ` of ${options.api}` : ""} waiting for an answer, within ${timeout} ms\n` +
      `Received: ${last.dialogs.length ? `open dialogs:\n${open}` : "no open dialog"}`,
  };
}

export const expect = base.extend({ toHaveCalled, toHaveShownToast, toHaveDialog });
