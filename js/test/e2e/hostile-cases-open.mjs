// The hostile calls of the open abilities (passwordverify.go in
// wasm/shim): the security password. hostile-cases.mjs lists them with
// the others. The cases run in order in one page, and a case's
// configuration stays for the next: each sets what it needs.
import { fail, ok, genericCases } from "./hostile-helpers.mjs";

const RIGHT = 'ttShim.configure({answers: {startPasswordVerify: {password: "123456"}}})';
const answered = (password, security = {}) =>
  `(ttShim.configure({security: ${JSON.stringify(security)}, answers: {startPasswordVerify: ${JSON.stringify(password)}}}), [{...CB}])`;

export function startPasswordVerify() {
  const generic = genericCases({ namespace: "tt", kind: "async", empty: ok(), valid: ok(), param: "x" });
  return { full: "tt.startPasswordVerify", kind: "async", task: false, valid: {}, prepare: RIGHT, cases: [...generic,
    // Two forms, two misses: 4, then 3 tries left.
    ["a wrong password", answered({ password: "654321" }), fail(102, /^verification failed: wrong password, [34] attempts left \(error code: 40102\)$/, 40102)],
    ["a password of markup", answered({ password: "<img src=x onerror=alert(1)>" }, { password: "<img src=x onerror=alert(1)>" }), ok()],
    ["a password given as a number", answered({ password: 2468 }),
      fail(102, /^internal error: the configuration cannot answer the password dialog: .*password should be a string/)],
    ["an answer the box does not take", answered("allow"), fail(102, /^internal error: the configuration cannot answer the password dialog: /)],
    // Last: a locked password stays locked until ttShim.reset().
    ["the last try missed", answered({ password: "0" }, { passwordAttempts: 1 }),
      fail(102, "verification failed: too many wrong passwords (1); ttShim.reset() unlocks it (error code: 40103)", 40103)],
  ] };
}

export function openAsyncApis() {
  return [startPasswordVerify()];
}
