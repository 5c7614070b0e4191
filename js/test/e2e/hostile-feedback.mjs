// The hostile calls of the interaction-feedback APIs (hostile-cases.mjs
// lists them in its suites). The hostile configuration answers their
// dialogs in advance (hostile-helpers.mjs): the modal confirmed, the
// action sheet's first item, the prompt with "".
import { fail, ok, words } from "./hostile-helpers.mjs";
import { api, asyncKind } from "./hostile-cases.mjs";

const ICONS = "success, loading, none, error, info, warning";

export function showToast(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.showToast`, asyncKind(ns), {
    valid: { title: "Saved", duration: 10, icon: "error", mask: true }, param: "title",
    empty: fail(104, w.empty("title", "String", "Undefined")),
  }, [
    ["title 5", "[{...CB, title: 5}]", wrong("title", "String", "Number")],
    ["title empty", '[{...CB, title: ""}]', fail(104, w.empty("title", "String", "String"))],
    ["title a symbol", "[{...CB, title: Symbol()}]", wrong("title", "String", "Symbol")],
    ["title markup", '[{...CB, title: "<img src=x onerror=alert(1)>"}]', ok()],
    ["title 10 MB", "[{...CB, title: BIG, duration: 0}]", ok()],
    ["icon unknown", '[{...VALID, ...CB, icon: "fire"}]', fail(104, w.reason(`icon should be one of ${ICONS}, got "fire"`))],
    ["icon 10 MB", "[{...VALID, ...CB, icon: BIG}]", fail(104, new RegExp(`icon should be one of ${ICONS}, got "x{300}"… \\(10485760 bytes\\)$`))],
    ["icon an object", "[{...VALID, ...CB, icon: {}}]", wrong("icon", "String", "Object")],
    ["duration -1", "[{...VALID, ...CB, duration: -1}]", fail(104, w.reason("duration should be a number of ms from 0, got -1"))],
    ["duration NaN", "[{...VALID, ...CB, duration: NaN}]", wrong("duration", "finite Number", "NaN")],
    ["duration Infinity", "[{...VALID, ...CB, duration: Infinity}]", wrong("duration", "finite Number", "Infinity")],
    ["duration a string", '[{...VALID, ...CB, duration: "10"}]', wrong("duration", "Number", "String")],
    ["duration 1e308", "[{...VALID, ...CB, duration: 1e308}]", ok()],
    ["mask 1", "[{...VALID, ...CB, mask: 1}]", wrong("mask", "Boolean", "Number")],
  ]);
}

export function showLoading(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.showLoading`, asyncKind(ns), {
    valid: { title: "Loading", mask: false }, param: "title", empty: fail(104, w.empty("title", "String", "Undefined")),
  }, [
    ["title null", "[{...CB, title: null}]", fail(104, w.empty("title", "String", "Null"))],
    ["title an array", '[{...CB, title: ["a"]}]', wrong("title", "String", "Array")],
    ["title 10 MB", "[{...CB, title: BIG}]", ok()],
    ["mask a string", '[{...VALID, ...CB, mask: "yes"}]', wrong("mask", "Boolean", "String")],
  ]);
}

// hideToast and hideLoading take no parameters: only the generic calls.
export function hideToast(ns, name) {
  return api(`${ns}.${name}`, asyncKind(ns), { valid: {}, param: "x", empty: ok() }, []);
}

export function showModal(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const confirmed = { confirm: true, cancel: false };
  return api(`${ns}.showModal`, asyncKind(ns), {
    valid: { title: "Delete?", content: "It cannot be undone", showCancel: false }, param: "title", answer: confirmed,
    empty: fail(1100001, "invalid title and content"),
  }, [
    ["title and content empty", '[{...CB, title: "", content: ""}]', fail(1100001, "invalid title and content")],
    ["title 5", "[{...CB, title: 5}]", wrong("title", "String", "Number")],
    ["content an object", "[{...VALID, ...CB, content: {}}]", wrong("content", "String", "Object")],
    ["showCancel a string", '[{...VALID, ...CB, showCancel: "no"}]', wrong("showCancel", "Boolean", "String")],
    ["confirmText 5", "[{...VALID, ...CB, confirmText: 5}]", wrong("confirmText", "String", "Number")],
    ["cancelColor an array", "[{...VALID, ...CB, cancelColor: []}]", wrong("cancelColor", "String", "Array")],
    ["confirmColor a url", '[{...VALID, ...CB, confirmColor: "url(https://example.cn/x.png)"}]', ok(confirmed)],
    ["content 10 MB", "[{...CB, content: BIG}]", ok(confirmed)],
    ["title markup", '[{...CB, title: "<b>x</b>", confirmText: "<i>y</i>"}]', ok(confirmed)],
  ]);
}

// tt.showPrompt, which Taro does not wrap.
export function showPrompt() {
  const w = words("tt");
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const maxLength = (got) => fail(104, w.reason(`maxLength should be -1 (no limit) or a whole number from 1, got ${got}`));
  const typed = { confirm: true, cancel: false, inputValue: "" };
  return api("tt.showPrompt", "async", {
    valid: { title: "Rename", placeholder: "Name", maxLength: 10 }, param: "title", answer: typed, empty: ok(typed),
  }, [
    ["title 5", "[{...CB, title: 5}]", wrong("title", "String", "Number")],
    ["title 31 wide", '[{...CB, title: "x".repeat(31)}]', fail(104, w.reason("title should be at most 30 characters (a Chinese character counts 2), got 31"))],
    ["title 10 MB", "[{...CB, title: BIG}]", fail(104, w.reason("title should be at most 30 characters (a Chinese character counts 2), got 10485760"))],
    ["placeholder null", "[{...CB, placeholder: null}]", ok(typed)],
    ["placeholder true", "[{...CB, placeholder: true}]", wrong("placeholder", "String", "Boolean")],
    ["maxLength 0", "[{...CB, maxLength: 0}]", maxLength("0")],
    ["maxLength -2", "[{...CB, maxLength: -2}]", maxLength("-2")],
    ["maxLength 1.5", "[{...CB, maxLength: 1.5}]", maxLength("1.5")],
    ["maxLength NaN", "[{...CB, maxLength: NaN}]", wrong("maxLength", "finite Number", "NaN")],
    ["maxLength a string", '[{...CB, maxLength: "10"}]', wrong("maxLength", "Number", "String")],
    ["maxLength -1", "[{...CB, maxLength: -1}]", ok(typed)],
    ["confirmText 9 wide", '[{...CB, confirmText: "确定确定x"}]', fail(104, w.reason("confirmText should be at most 8 characters (a Chinese character counts 2), got 9"))],
    ["cancelText a BigInt", "[{...CB, cancelText: 1n}]", wrong("cancelText", "String", "BigInt")],
  ]);
}

// showActionSheet is in the gadget suite: web apps on PC lack it.
export function showActionSheet(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.showActionSheet`, asyncKind(ns), {
    valid: { itemList: ["Reply", "Forward"], itemColor: "#3370ff" }, param: "itemList", answer: { tapIndex: 0 },
    empty: fail(104, w.empty("itemList", "Array", "Undefined")),
  }, [
    ["itemList empty", "[{...CB, itemList: []}]", fail(104, w.reason("itemList cannot be empty"))],
    ["itemList 7 items", '[{...CB, itemList: ["1", "2", "3", "4", "5", "6", "7"]}]', fail(104, w.reason("itemList should hold at most 6 items, got 7"))],
    ["itemList a string", '[{...CB, itemList: "a,b"}]', wrong("itemList", "Array", "String")],
    ["itemList of numbers", "[{...CB, itemList: [1, 2]}]", fail(104, w.reason("itemList must hold only strings"))],
    ["itemList null", "[{...CB, itemList: null}]", fail(104, w.empty("itemList", "Array", "Null"))],
    ["itemList of 10 MB", "[{...CB, itemList: [BIG]}]", ok({ tapIndex: 0 })],
    ["itemColor 5", "[{...VALID, ...CB, itemColor: 5}]", wrong("itemColor", "String", "Number")],
    ["itemColor a url", '[{...VALID, ...CB, itemColor: "url(https://example.cn/x.png)"}]', ok({ tapIndex: 0 })],
  ]);
}

// h5sdk.device.notification.*, the legacy names of the feedback APIs, with
// their old keys (text for title, message for content): errors name the
// key the new API reads, as the other legacy names' do.
export function legacyNotifications() {
  const w = words("h5sdk");
  const untitled = fail(104, w.empty("title", "String", "Undefined"));
  const confirmed = { confirm: true, cancel: false };
  const legacy = (name, options, cases) => api(`h5sdk.device.notification.${name}`, "legacy", options, cases);
  return [
    legacy("toast", { valid: { text: "Saved", icon: "success" }, param: "text", empty: untitled }, [
      ["text 5", "[{...CB, text: 5}]", fail(104, w.wrongType("title", "String", "Number"))],
    ]),
    legacy("showPreloader", { valid: { text: "Loading" }, param: "text", empty: untitled }, [
      ["text an array", '[{...CB, text: ["a"]}]', fail(104, w.wrongType("title", "String", "Array"))],
    ]),
    legacy("hidePreloader", { valid: {}, param: "x", empty: ok() }, []),
    legacy("alert", { valid: { title: "Note", message: "Saved", buttonName: "OK" }, param: "message", answer: confirmed,
      empty: fail(1100001, "invalid title and content") }, [
      ["message an object", "[{...CB, message: {}}]", fail(104, w.wrongType("content", "String", "Object"))],
      ["buttonName 5", "[{...VALID, ...CB, buttonName: 5}]", fail(104, w.wrongType("confirmText", "String", "Number"))],
    ]),
    legacy("confirm", { valid: { title: "Delete?", message: "It cannot be undone" }, param: "message", answer: confirmed,
      empty: fail(1100001, "invalid title and content") }, [
      ["message 10 MB", "[{...CB, message: BIG}]", ok(confirmed)],
    ]),
  ];
}
