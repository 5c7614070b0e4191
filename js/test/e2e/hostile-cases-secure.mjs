// The hostile calls of the security APIs (credential.go, watermark.go and
// mailto.go in wasm/shim): the system authentication, the watermark and
// the mail. hostile-cases.mjs lists them with the others.
import { fail, ok, words, genericCases } from "./hostile-helpers.mjs";

function api(full, { valid, empty, param, answer = {}, prepare }, own) {
  const generic = genericCases({ namespace: "tt", kind: "async", empty, valid: ok(answer), param });
  return { full, kind: "async", task: false, valid, prepare, cases: [...generic, ...own] };
}

// A phone whose system prompt the configuration passes: the credential
// and the mail are not on PC.
const PHONE = 'ttShim.configure({client: {platform: "android"}, answers: {startDeviceCredential: "confirm"}})';
const w = words("tt");

export function startDeviceCredential() {
  const empty = fail(104, "Parameter error. authContent cannot be empty (error code: 40003)", 40003);
  const wrong = (got) => [`authContent ${got}`, fail(104, w.wrongType("authContent", "String", got))];
  return api("tt.startDeviceCredential", { valid: { authContent: "解锁" }, param: "authContent", empty, prepare: PHONE }, [
    ["authContent empty", '[{...CB, authContent: ""}]', empty],
    ["authContent null", "[{...CB, authContent: null}]", empty],
    ...[["Number", "5"], ["Boolean", "true"], ["Array", '["解锁"]'], ["Object", "{}"], ["Symbol", "Symbol()"], ["BigInt", "1n"]]
      .map(([got, value]) => { const [label, answer] = wrong(got); return [label, `[{...CB, authContent: ${value}}]`, answer]; }),
    ["authContent 10 MB", "[{...CB, authContent: BIG}]", ok()],
    ["authContent markup", '[{...CB, authContent: "<img src=x onerror=alert(1)>"}]', ok()],
    ["no screen lock", `(ttShim.configure({security: {deviceCredential: "none"}}), [{...VALID, ...CB}])`,
      fail(102, "no screen lock passcode is set on this device (error code: 40000)", 40000)],
    ["answered fail", `(ttShim.configure({security: {deviceCredential: "enrolled"}, answers: {startDeviceCredential: "fail"}}), [{...VALID, ...CB}])`,
      fail(102, "unlock failed: the fingerprint, face or passcode was not recognized (error code: 40002)", 40002)],
  ]);
}

export function checkWatermark() {
  const none = { hasWatermark: false };
  return api("tt.checkWatermark", { valid: {}, param: "x", answer: none, empty: ok(none) }, [
    ["a watermark", "(ttShim.configure({security: {watermark: true}}), [{...CB}])", ok({ hasWatermark: true })],
  ]);
}

export function mailto() {
  const notAddress = (list, at, quoted) => fail(104, w.reason(`${list}[${at}] ${quoted} is not an email address`));
  return api("tt.mailto", {
    valid: { to: ["li.na@ttshim.example"], cc: ["a@b.cn"], bcc: [], subject: "周报", body: "见附件" }, param: "to", empty: ok(), prepare: PHONE,
  }, [
    ["to a string", '[{...CB, to: "a@b.cn"}]', fail(104, w.wrongType("to", "Array", "String"))],
    ["cc of numbers", "[{...CB, cc: [5]}]", fail(104, w.reason("cc must hold only strings"))],
    ["bcc an object", "[{...CB, bcc: {}}]", fail(104, w.wrongType("bcc", "Array", "Object"))],
    ["to not an address", '[{...CB, to: ["li.na"]}]', notAddress("to", 0, '"li.na"')],
    ["to an empty address", '[{...CB, to: ["a@b.cn", ""]}]', notAddress("to", 1, '""')],
    ["cc two in one", '[{...CB, cc: ["a@b.cn,evil@x.cn"]}]', notAddress("cc", 0, '"a@b.cn,evil@x.cn"')],
    ["bcc a header", '[{...CB, bcc: ["a@b.cn\\nBcc: evil@x.cn"]}]', notAddress("bcc", 0, '"a@b.cn\\nBcc: evil@x.cn"')],
    ["to of 10 MB", "[{...CB, to: [BIG]}]", fail(104, w.reasonLike(/to\[0\] "x{300}"… \(10485760 bytes\) is not an email address$/))],
    ["subject 5", "[{...CB, subject: 5}]", fail(104, w.wrongType("subject", "String", "Number"))],
    ["body an array", '[{...CB, body: ["x"]}]', fail(104, w.wrongType("body", "String", "Array"))],
    ["null lists", "[{...CB, to: null, cc: null, bcc: null, subject: null}]", ok()],
    ["a 10 MB body", "[{...CB, body: BIG}]", ok()],
  ]);
}

export function secureAsyncApis() {
  return [startDeviceCredential(), checkWatermark(), mailto()];
}
