// The hostile calls of the window's APIs (navbar.go, window.go in
// wasm/shim): the navigation bar, its click listeners, closeWindow and the
// leave confirmation. hostile-cases.mjs lists them with the others.
import { fail, ok, returns, words, genericCases, listenerCases } from "./hostile-helpers.mjs";

const asyncKind = (ns) => (ns === "Taro" ? "taro" : "async");

function api(full, kind, { valid, empty, param, prepare }, own) {
  const namespace = full.split(".")[0];
  const generic = genericCases({ namespace, kind, empty, valid: ok(), param });
  return { full, kind, task: false, valid, prepare, cases: [...generic, ...own] };
}

// A mobile client, which every one of them runs on.
const ANDROID = 'ttShim.configure({client: {platform: "android"}})';

export function setNavigationBar() {
  const w = words("tt");
  const bad = (text) => fail(104, w.reason(text));
  return api("tt.setNavigationBar", "async", {
    valid: { left: { items: [{ id: "back", text: "Back" }] }, right: { items: [] } }, param: "left", empty: ok(),
  }, [
    ["left 5", "[{...CB, left: 5}]", bad("left is of wrong type")],
    ["left an array", "[{...CB, left: [{id: 'a', text: 'a'}]}]", bad("left is of wrong type")],
    ["left without items", "[{...CB, left: {}}]", bad("left.items is required")],
    ["right items a string", '[{...CB, right: {items: "a"}}]', bad("right.items is of wrong type")],
    ["three items", "[{...CB, right: {items: [1, 2, 3].map((n) => ({id: String(n), text: 'x'}))}}]",
      bad("right.items holds 3 items; at most 2 are allowed")],
    ["an item null", "[{...CB, right: {items: [null]}}]", bad("right.items[0] is of wrong type")],
    ["an item without id", "[{...CB, right: {items: [{text: 'x'}]}}]", bad("right.items[0].id cannot be empty")],
    ["an id a symbol", "[{...CB, right: {items: [{id: Symbol(), text: 'x'}]}}]", bad("right.items[0].id is of wrong type")],
    ["text a BigInt", "[{...CB, right: {items: [{id: 'a', text: 1n}]}}]", bad("right.items[0].text is of wrong type")],
    ["neither text nor image", "[{...CB, right: {items: [{id: 'a'}]}}]", bad("right.items[0] needs text or imageBase64")],
    ["a 10 MB image", "[{...CB, right: {items: [{id: 'a', imageBase64: BIG}]}}]",
      bad("right.items[0].imageBase64 is 10485760 characters long; at most 10240 are allowed")],
    ["an HTML data URI", "[{...CB, right: {items: [{id: 'a', imageBase64: 'data:text/html;base64,PHNjcmlwdD4='}]}}]",
      bad("right.items[0].imageBase64 should be base64, bare or after data:image/png;base64, data:image/jpg;base64, or data:image/x-icon;base64,")],
    ["a javascript: image", "[{...CB, left: {items: [{id: 'a', imageBase64: 'javascript:alert(1)'}]}}]",
      bad("left.items[0].imageBase64 should be base64, bare or after data:image/png;base64, data:image/jpg;base64, or data:image/x-icon;base64,")],
    ["iosRightItemsFlipped a string", '[{...VALID, ...CB, iosRightItemsFlipped: "yes"}]', bad("iosRightItemsFlipped is of wrong type")],
    ["markup as text", '[{...CB, right: {items: [{id: "<b>", text: "<img src=x onerror=alert(1)>"}]}}]', ok()],
  ]);
}

export function setNavigationBarColor(ns) {
  const w = words(ns);
  const wrong = (name, got) => fail(104, w.wrongType(name, "String", got));
  return api(`${ns}.setNavigationBarColor`, asyncKind(ns), {
    valid: { backgroundColor: "#3370ff", frontColor: "#ffffff" }, param: "backgroundColor", prepare: ANDROID,
    empty: fail(104, w.empty("backgroundColor", "String", "Undefined")),
  }, [
    ["backgroundColor 5", "[{...VALID, ...CB, backgroundColor: 5}]", wrong("backgroundColor", "Number")],
    ["frontColor null", "[{...VALID, ...CB, frontColor: null}]", fail(104, w.empty("frontColor", "String", "Null"))],
    ["backgroundColor a name", '[{...VALID, ...CB, backgroundColor: "red"}]',
      fail(104, w.reason('backgroundColor "red" is not a hex colour like #ffffff'))],
    ["backgroundColor 10 MB", "[{...VALID, ...CB, backgroundColor: BIG}]",
      fail(104, w.reasonLike(/backgroundColor "x{300}"… \(10485760 bytes\) is not a hex colour like #ffffff$/))],
    ["frontColor red", '[{...VALID, ...CB, frontColor: "#ff0000"}]', fail(104, w.reason('frontColor should be #ffffff or #000000, got "#ff0000"'))],
    ["upper-case hex", '[{...CB, backgroundColor: "#ABC", frontColor: "#FFFFFF"}]', ok()],
  ]);
}

export function setNavigationBarTitle(ns) {
  const w = words(ns);
  return api(`${ns}.setNavigationBarTitle`, asyncKind(ns), {
    valid: { title: "Orders" }, param: "title", empty: fail(104, w.empty("title", "String", "Undefined")),
  }, [
    ["title 5", "[{...CB, title: 5}]", fail(104, w.wrongType("title", "String", "Number"))],
    ["title empty", '[{...CB, title: ""}]', fail(104, w.empty("title", "String", "String"))],
    ["title markup", '[{...CB, title: "<img src=x onerror=alert(1)>"}]', ok()],
    ["title 10 MB", "[{...CB, title: BIG}]", ok()],
  ]);
}

export function navigationBarListener(name) {
  return { full: `tt.${name}`, kind: "listener", task: false, valid: {},
    cases: listenerCases({ namespace: "tt", valid: returns(undefined) }) };
}

// closeWindow closes the window; hostile-kit.js opens it again after each
// call that closed it.
export function closeWindow() {
  return api("tt.closeWindow", "async", { valid: {}, param: "x", empty: ok() }, []);
}

export function legacyClose() {
  return api("h5sdk.biz.navigation.close", "legacy", { valid: {}, param: "x", empty: ok() }, []);
}

export function enableLeaveConfirm() {
  const w = words("tt");
  const bad = (text) => fail(104, w.reason(text));
  return api("tt.enableLeaveConfirm", "async", {
    valid: { effect: ["back", "close"], title: "Leave?", content: "Unsaved changes" }, param: "effect",
    empty: fail(104, w.empty("effect", "Array", "Undefined")),
  }, [
    ["effect a string", '[{...VALID, ...CB, effect: "back"}]', fail(104, w.wrongType("effect", "Array", "String"))],
    ["effect empty", "[{...VALID, ...CB, effect: []}]", bad("effect cannot be empty")],
    ["effect of numbers", "[{...VALID, ...CB, effect: [1]}]", bad("effect must hold only strings")],
    ["effect home", '[{...VALID, ...CB, effect: ["home"]}]', bad('effect should hold "back" or "close", not "home"')],
    ["title 5", "[{...VALID, ...CB, title: 5}]", fail(104, w.wrongType("title", "String", "Number"))],
    ["title 17 characters", '[{...VALID, ...CB, title: "一二三四五六七八九十一二三四五六七"}]', bad("title is 17 characters long; at most 16 are allowed")],
    ["content 10 MB", "[{...VALID, ...CB, content: BIG}]", bad("content is 10485760 characters long; at most 80 are allowed")],
    ["no title or content", '[{...CB, effect: ["back"]}]', bad("title and content cannot both be empty")],
    ["confirmText 9 characters", '[{...VALID, ...CB, confirmText: "123456789"}]', bad("confirmText is 9 characters long; at most 8 are allowed")],
  ]);
}

export function disableLeaveConfirm() {
  return api("tt.disableLeaveConfirm", "async", { valid: {}, param: "x", empty: ok() }, []);
}

export const windowAsyncApis = () => [setNavigationBar(), setNavigationBarColor("tt"), setNavigationBarColor("Taro"),
  closeWindow(), legacyClose(), enableLeaveConfirm(), disableLeaveConfirm()];
export const windowSyncApis = () => [navigationBarListener("onLeftNavigationBarClick"), navigationBarListener("onRightNavigationBarClick")];
export const windowGadgetApis = () => [setNavigationBarTitle("tt"), setNavigationBarTitle("Taro")];
