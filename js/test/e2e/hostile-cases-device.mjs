// The hostile calls of the device's APIs (device.go, network.go,
// clipboard.go, phone.go, screen.go, openschema.go in wasm/shim): the
// network, the clipboard, the phone, the screen and openSchema.
// hostile-cases.mjs lists them with the others.
import { fail, ok, returns, words, genericCases, listenerCases } from "./hostile-helpers.mjs";

const asyncKind = (ns) => (ns === "Taro" ? "taro" : "async");

function api(full, kind, { valid, empty, param, answer = {}, prepare, validAnswer = ok(answer) }, own) {
  const namespace = full.split(".")[0];
  const generic = genericCases({ namespace, kind, empty, valid: validAnswer, param });
  return { full, kind, task: false, valid, prepare, cases: [...generic, ...own] };
}

// A phone: the vibrations, the dialer and the screen are mobile only.
const ANDROID = 'ttShim.configure({client: {platform: "android"}})';
// The embedded device: a Wi-Fi of excellent quality, half brightness.
const WIFI = { networkType: "wifi" };

export function getNetworkType(ns) {
  return api(`${ns}.getNetworkType`, asyncKind(ns), { valid: {}, param: "x", answer: WIFI, empty: ok(WIFI), prepare: ANDROID }, [
    ["on PC, connected", `(ttShim.configure({client: {platform: "pc"}}), [{...CB}])`, ok({ networkType: "connected" })],
  ]);
}

export function getNetworkQualityType() {
  const excellent = { networkQualityType: "excellent" };
  return api("tt.getNetworkQualityType", "async", { valid: {}, param: "x", answer: excellent, empty: ok(excellent) }, [
    ["offline", `(ttShim.configure({device: {network: {type: "none"}}}), [{...CB}])`, ok({ networkQualityType: "unavailable" })],
  ]);
}

export function networkListeners(ns) {
  const names = ns === "Taro" ? ["onNetworkStatusChange", "offNetworkStatusChange"]
    : ["onNetworkStatusChange", "offNetworkStatusChange", "onNetworkQualityChange", "offNetworkQualityChange"];
  return names.map((name) => {
    const cases = listenerCases({ namespace: ns, valid: returns(undefined) });
    // off<Event>() with nothing drops every listener, as Taro declares.
    const nothing = ["no argument", "undefined"];
    return {
      full: `${ns}.${name}`, kind: "listener", task: false, valid: {}, prepare: ANDROID,
      cases: name.startsWith("off") ? cases.map(([label, source, expected]) =>
        [label, source, nothing.includes(label) ? returns(undefined) : expected]) : cases,
    };
  });
}

export function setClipboardData(ns) {
  const w = words(ns);
  return api(`${ns}.setClipboardData`, asyncKind(ns), {
    valid: { data: "copied" }, param: "data", empty: fail(104, w.empty("data", "String", "Undefined")),
  }, [
    ["data 5", "[{...CB, data: 5}]", fail(104, w.wrongType("data", "String", "Number"))],
    ["data null", "[{...CB, data: null}]", fail(104, w.empty("data", "String", "Null"))],
    ["data an object", "[{...CB, data: {text: 'x'}}]", fail(104, w.wrongType("data", "String", "Object"))],
    ["data a symbol", "[{...CB, data: Symbol()}]", fail(104, w.wrongType("data", "String", "Symbol"))],
    ["data empty", '[{...CB, data: ""}]', ok()],
    ["data 10 MB", "[{...CB, data: BIG}]", ok()],
    ["data markup", '[{...CB, data: "<img src=x onerror=alert(1)>"}]', ok()],
  ]);
}

export function getClipboardData(ns) {
  const empty = { data: "" };
  return api(`${ns}.getClipboardData`, asyncKind(ns), { valid: {}, param: "x", answer: empty, empty: ok(empty) }, [
    ["after a copy", `(${ns}.setClipboardData({data: "copied"}), [{...CB}])`, ok({ data: "copied" })],
  ]);
}

export function legacyCopyText() {
  const w = words("h5sdk");
  return api("h5sdk.biz.util.copyText", "legacy", {
    valid: { text: "copied" }, param: "text", empty: fail(104, w.empty("data", "String", "Undefined")),
  }, [
    ["text 5", "[{...CB, text: 5}]", fail(104, w.wrongType("data", "String", "Number"))],
  ]);
}

export function makePhoneCall(ns) {
  const w = words(ns);
  const notNumber = (number) => fail(104, w.reason(`phoneNumber ${number} is not a phone number: it takes digits, + - ( ) . space * # , ;`));
  return api(`${ns}.makePhoneCall`, asyncKind(ns), {
    valid: { phoneNumber: "+86 188 8888 8888" }, param: "phoneNumber", prepare: ANDROID,
    empty: fail(104, w.empty("phoneNumber", "String", "Undefined")),
  }, [
    ["phoneNumber a number", "[{...CB, phoneNumber: 18888888888}]", fail(104, w.wrongType("phoneNumber", "String", "Number"))],
    ["phoneNumber empty", '[{...CB, phoneNumber: ""}]', fail(104, w.empty("phoneNumber", "String", "String"))],
    ["phoneNumber letters", '[{...CB, phoneNumber: "call me"}]', notNumber('"call me"')],
    ["phoneNumber punctuation only", '[{...CB, phoneNumber: "+-()"}]', notNumber('"+-()"')],
    ["phoneNumber a tel: URI", '[{...CB, phoneNumber: "tel:10086"}]', notNumber('"tel:10086"')],
    ["phoneNumber 10 MB", "[{...CB, phoneNumber: BIG}]", fail(104, w.reasonLike(/phoneNumber "x{300}"… \(10485760 bytes\) is not a phone number/))],
    ["the keypad's * and #", '[{...CB, phoneNumber: "*#06#1"}]', ok()],
  ]);
}

export function vibrate(ns, name) {
  return api(`${ns}.${name}`, asyncKind(ns), { valid: {}, param: "x", empty: ok(), prepare: ANDROID }, []);
}

export function legacyVibrate() {
  return api("h5sdk.device.notification.vibrate", "legacy", { valid: {}, param: "x", empty: ok(), prepare: ANDROID }, []);
}

export function legacyGetNetworkType() {
  const pc = { networkType: "connected" };
  return api("h5sdk.device.connection.getNetworkType", "legacy", { valid: {}, param: "x", answer: pc, empty: ok(pc) }, []);
}

export function setScreenBrightness(ns) {
  const w = words(ns);
  const outside = (got, harmony = "") => fail(104, w.reason(`value should be from 0 to 1${harmony}, got ${got}`));
  return api(`${ns}.setScreenBrightness`, asyncKind(ns), {
    valid: { value: 0.8 }, param: "value", prepare: ANDROID, empty: fail(104, w.empty("value", "Number", "Undefined")),
  }, [
    ["value null", "[{...CB, value: null}]", fail(104, w.empty("value", "Number", "Null"))],
    ["value a string", '[{...CB, value: "0.5"}]', fail(104, w.wrongType("value", "Number", "String"))],
    ["value NaN", "[{...CB, value: NaN}]", fail(104, w.wrongType("value", "finite Number", "NaN"))],
    ["value Infinity", "[{...CB, value: Infinity}]", fail(104, w.wrongType("value", "finite Number", "Infinity"))],
    ["value 2", "[{...CB, value: 2}]", outside(2)],
    ["value -1 off Harmony", "[{...CB, value: -1}]", outside(-1)],
    ["value -1 on Harmony follows the system", '(ttShim.configure({client: {platform: "harmony"}}), [{...CB, value: -1}])', ok()],
    ["value 0 and 1", "(tt.setScreenBrightness({value: 0}), [{...CB, value: 1}])", ok()],
  ]);
}

export function getScreenBrightness(ns) {
  const half = { value: 0.5 };
  return api(`${ns}.getScreenBrightness`, asyncKind(ns), { valid: {}, param: "x", answer: half, empty: ok(half), prepare: ANDROID }, [
    ["after a set", `(${ns}.setScreenBrightness({value: 0.25}), [{...CB}])`, ok({ value: 0.25 })],
  ]);
}

export function setKeepScreenOn(ns) {
  const w = words(ns);
  return api(`${ns}.setKeepScreenOn`, asyncKind(ns), { valid: { keepScreenOn: true }, param: "keepScreenOn", empty: ok(), prepare: ANDROID }, [
    ["keepScreenOn a string", '[{...CB, keepScreenOn: "yes"}]', fail(104, w.wrongType("keepScreenOn", "Boolean", "String"))],
    ["keepScreenOn 1", "[{...CB, keepScreenOn: 1}]", fail(104, w.wrongType("keepScreenOn", "Boolean", "Number"))],
    ["keepScreenOn false", "[{...CB, keepScreenOn: false}]", ok()],
  ]);
}

// openSchema refuses calls less than 500 ms apart, which a storm of calls
// always is: its valid option is a schema the checks before that one
// refuse, so every call here is answered on its own merits.
export function openSchema(ns, full = `${ns}.openSchema`, param = "schema") {
  const w = words(ns);
  const noScheme = (schema) => fail(1406004, `schema invalid: ${schema} is not a URI with a scheme`);
  const refused = (scheme) => fail(1406004, `schema invalid: ${scheme}: URIs are not opened`);
  const kind = ns === "h5sdk" ? "legacy" : "async";
  return api(full, kind, {
    valid: { [param]: "open.feishu.cn" }, param, validAnswer: noScheme('"open.feishu.cn"'), empty: fail(1406002, "empty schema param"),
  }, [
    [`${param} 5`, `[{...CB, ${param}: 5}]`, fail(104, w.wrongType("schema", "String", "Number"))],
    [`${param} blank`, `[{...CB, ${param}: " \\t\\n "}]`, fail(1406002, "empty schema param")],
    [`${param} javascript:`, `[{...CB, ${param}: "JavaScript:alert(1)"}]`, refused("javascript")],
    [`${param} with a newline in its scheme`, `[{...CB, ${param}: "java\\nscript:alert(1)"}]`, refused("javascript")],
    [`${param} data:`, `[{...CB, ${param}: "data:text/html,<script>alert(1)</script>"}]`, refused("data")],
    [`${param} 10 MB`, `[{...CB, ${param}: BIG}]`, fail(1406004, /^schema invalid: "x{300}"… \(10485760 bytes\) is not a URI with a scheme$/)],
    ["external a string", `[{...VALID, ...CB, external: "yes"}]`, fail(104, w.wrongType("external", "Boolean", "String"))],
    ["options a string", `[{...VALID, ...CB, options: "wide"}]`, fail(104, w.wrongType("options", "Object", "String"))],
    ["options.width a string", `[{...VALID, ...CB, options: {width: "100"}}]`, fail(104, w.wrongType("options.width", "Number", "String"))],
    ["target popup", `[{...VALID, ...CB, target: "popup"}]`, fail(104, w.reason('target should be "inline" or "replace", not "popup"'))],
  ]);
}

export const deviceAsyncApis = () => ["tt", "Taro"].flatMap((ns) => [getNetworkType(ns), setClipboardData(ns), getClipboardData(ns),
  makePhoneCall(ns), vibrate(ns, "vibrateShort"), vibrate(ns, "vibrateLong"), setScreenBrightness(ns), getScreenBrightness(ns),
  setKeepScreenOn(ns)]).concat([getNetworkQualityType(), openSchema("tt"), openSchema("h5sdk", "h5sdk.biz.util.openLink", "url"),
  legacyCopyText(), legacyVibrate(), legacyGetNetworkType()]);
export const deviceSyncApis = () => [...networkListeners("tt"), ...networkListeners("Taro")];
