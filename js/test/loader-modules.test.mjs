// The loader's modules stand alone: each is an ES module with explicit
// imports, so Node imports one directly, without the bundle or a page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { encode } from "../loader/payload.js";
import { errorOf, failure, h5Failure, success } from "../loader/reply.js";
import { emit, heard, off, on } from "../loader/events.js";

const CALLBACKS = ["success", "fail", "complete"];

test("encode leaves out the option's callbacks and tags what JSON cannot carry", () => {
  const option = { openid: "ou_x", left: 1, success() {}, fail() {}, nested: { fn() {}, n: NaN, big: 1n, sym: Symbol("s") } };
  const payload = JSON.parse(encode(option, CALLBACKS, undefined, false, 2));
  assert.deepEqual(payload, { a: { openid: "ou_x", left: 1, nested: {
    fn: { "@@js": "Function" }, n: { "@@js": "Number", v: "NaN" }, big: { "@@js": "BigInt" }, sym: { "@@js": "Symbol" },
  } } });
});

test("encode sends an option of callbacks alone as {}, and the tap when the API needs one", () => {
  assert.equal(encode({ success() {} }, CALLBACKS, undefined, false, 1), '{"a":{}}');
  assert.equal(encode(undefined, CALLBACKS, true, false, 0), '{"g":true}');
  assert.equal(encode(undefined, CALLBACKS, undefined, false, 0), "{}");
  // A callback name is left out only at the top, and only as a function.
  assert.equal(encode({ success: 1, x: { success() {} } }, CALLBACKS, undefined, false, 0),
    '{"a":{"success":1,"x":{"success":{"@@js":"Function"}}}}');
});

test("an option that cannot be read becomes the reason, naming the key", () => {
  const option = { fine: 1, get broken() { throw new RangeError("no"); } };
  assert.deepEqual(JSON.parse(encode(option, CALLBACKS, undefined, false, 0)), { e: "RangeError: no", k: "broken" });
  const cycle = {};
  cycle.self = cycle;
  assert.equal(JSON.parse(encode(cycle, CALLBACKS, undefined, false, 0)).k, "self");
});

// The same cases hold Go's Success and Failure to the shape (contract_test.go).
const REPLIES = JSON.parse(readFileSync(new URL("../../wasm/shim/testdata/replies.json", import.meta.url), "utf8"));

test("success and failure build Go's reply shape", () => {
  assert.ok(REPLIES.length >= 4);
  for (const c of REPLIES) {
    const reply = c.outcome === "ok" ? success(c.name, c.fields) :
      c.h5 ? h5Failure(c.errorCode, c.errString) : failure(c.name, c.errno, c.errString, c.fields);
    assert.deepEqual(reply, { o: c.outcome, r: c.want }, c.case);
  }
});

test("an override's fields are kept as they are, and a failure keeps them under errMsg, errno and errString", () => {
  const data = new ArrayBuffer(2);
  const ok = success("request", { data, statusCode: 200 });
  assert.equal(ok.r.data, data);
  assert.deepEqual(Object.keys(ok.r), ["data", "statusCode", "errMsg"]);
  const fail = failure("login", 1000001, "login server error", { errno: 1000001, errCode: 7 });
  assert.deepEqual(Object.keys(fail.r), ["errno", "errCode", "errMsg", "errString"]);
});

test("errorOf is a failed sync call's Error, carrying its fields", () => {
  const error = errorOf(failure("canIUse", 104, "Parameter error. x").r);
  assert.ok(error instanceof Error);
  assert.equal(error.message, "canIUse:fail Parameter error. x");
  assert.equal(error.errno, 104);
});

test("events reach their type's listeners in a microtask, each once, and off stops them", async () => {
  const got = [];
  const listener = (event) => got.push(event);
  assert.equal(heard("settle"), false);
  on("settle", listener);
  on("settle", listener);
  assert.equal(heard("settle"), true);
  emit({ type: "settle", api: "tt.request", outcome: "ok" });
  emit({ type: "call", api: "tt.request", outcome: "pending" });
  assert.deepEqual(got, []);
  await Promise.resolve();
  assert.deepEqual(got, [{ type: "settle", api: "tt.request", outcome: "ok" }]);
  off("settle", listener);
  assert.equal(heard("settle"), false);
  emit({ type: "settle", api: "tt.request", outcome: "fail" });
  await Promise.resolve();
  assert.equal(got.length, 1);
});

test("on and off take a known type and a function", () => {
  assert.throws(() => on("closed", () => {}), { name: "TypeError", message: /type should be one of "call", "settle", "dialog", "reset", "close", not "closed"/ });
  assert.throws(() => on("call"), { name: "TypeError", message: /listener should be a function/ });
  assert.throws(() => off("toString", () => {}), { name: "TypeError", message: /not "toString"/ });
});
