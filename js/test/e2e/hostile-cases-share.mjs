// The hostile calls of sharing, badges, the bot's chat and the chat
// sidebar (sharewebcontent.go, share.go, appbadge.go, chatbadge.go,
// enterbot.go and togglechat.go in wasm/shim). hostile-cases.mjs lists them with the
// others. The cases run in order in one page, and a case's configuration
// stays for the next: each sets what it needs.
import { PRIMITIVES, fail, ok, returns, words, genericCases, listenerCases } from "./hostile-helpers.mjs";

function api(full, { valid, empty, param, prepare }, own) {
  const namespace = full.split(".")[0];
  const kind = namespace === "h5sdk" ? "legacy" : "async";
  const generic = genericCases({ namespace, kind, empty, valid: ok(), param });
  return { full, kind, task: false, valid, prepare, cases: [...generic, ...own] };
}

// The default tenant's engineering group, where the share panel sends,
// and the sales meeting the signed-in 张伟 is not in.
const ENGINEERING = "oc_14c1ce87499304d9428a580618e77f2f";
const SALES = "oc_356f227488caf0c128ccc3ef3839d606";
const answered = (answer) => `(ttShim.configure({answers: {shareWebContent: ${JSON.stringify(answer)}}}), [{...VALID, ...CB}])`;

export function shareWebContent(full = "tt.shareWebContent") {
  const w = words(full.split(".")[0]);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const notWeb = (got) => fail(104, w.reason(`url should be an http or https URL, got ${got}`));
  return api(full, {
    valid: { title: "周报", url: "https://example.com/weekly" }, param: "url",
    empty: fail(104, w.empty("url", "String", "Undefined")),
    prepare: `ttShim.configure({answers: {shareWebContent: ["${ENGINEERING}"]}})`,
  }, [
    ["url 5", "[{...CB, url: 5}]", wrong("url", "String", "Number")],
    ["url empty", '[{...CB, url: ""}]', fail(104, w.empty("url", "String", "String"))],
    ["url null", "[{...CB, url: null}]", fail(104, w.empty("url", "String", "Null"))],
    ["url an object", "[{...CB, url: {}}]", wrong("url", "String", "Object")],
    ["url without a scheme", '[{...CB, url: "example.com"}]', notWeb('"example.com"')],
    ["url javascript:", '[{...CB, url: "javascript:alert(1)"}]', notWeb('"javascript:alert(1)"')],
    ["url ftp:", '[{...CB, url: "ftp://example.com/a"}]', notWeb('"ftp://example.com/a"')],
    ["url 10 MB", "[{...CB, url: BIG}]", fail(104, w.reasonLike(/url should be an http or https URL, got "x{300}"… \(10485760 bytes\)$/))],
    ["title 5", "[{...VALID, ...CB, title: 5}]", wrong("title", "String", "Number")],
    ["title markup", '[{...VALID, ...CB, title: "<img src=x onerror=alert(1)>"}]', ok()],
    ["title 10 MB", "[{...VALID, ...CB, title: BIG}]", ok()],
    ["url 10 MB after https://", '[{...CB, url: "https://example.com/?q=" + BIG}]', ok()],
    ["the panel cancelled", answered("cancel"), ok()],
    ["a chat the panel lacks", answered(["oc_nowhere"]),
      fail(102, "internal error: the configuration cannot answer the chats dialog: oc_nowhere is not in the picker")],
  ]);
}

export function share() {
  const w = words("tt");
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const text = (extra) => `[{...CB, contentType: "text", content: "hi", ${extra}}]`;
  const phone = (share, more = {}) => `ttShim.configure(${JSON.stringify({ client: { platform: "android" }, answers: { share }, ...more })})`;
  return api("tt.share", {
    valid: { contentType: "url", title: "飞书", url: "https://www.feishu.cn/", channelType: ["wx", "system"] }, param: "contentType",
    empty: fail(104, w.empty("contentType", "String", "Undefined")), prepare: phone("system"),
  }, [
    ["contentType 5", "[{...CB, contentType: 5}]", wrong("contentType", "String", "Number")],
    ["contentType video", '[{...CB, contentType: "video"}]', fail(104, w.reason('contentType should be "text", "image" or "url", got "video"'))],
    ["text without content", '[{...CB, contentType: "text"}]', fail(104, w.reason('content cannot be empty when contentType is "text"'))],
    ["content an array", '[{...CB, contentType: "text", content: []}]', wrong("content", "String", "Array")],
    ["an image with its data: prefix", '[{...CB, contentType: "image", image: "data:image/png;base64,dHRzaGlt"}]',
      fail(104, w.reason("image should be bare Base64, without its data:…;base64, prefix"))],
    ["an image of markup", '[{...CB, contentType: "image", image: "<img src=x onerror=alert(1)>"}]',
      fail(104, w.reason("image should be Base64: illegal base64 data at input byte 0"))],
    ["a link without a title", '[{...CB, contentType: "url", url: "https://x.test/"}]', fail(104, w.reason('title cannot be empty when contentType is "url"'))],
    ["a javascript: link", '[{...CB, contentType: "url", title: "t", url: "javascript:alert(1)"}]',
      fail(104, w.reason('url should be an http or https URL, got "javascript:alert(1)"'))],
    ["channelType a string", text('channelType: "wx"'), wrong("channelType", "Array", "String")],
    ["channelType of numbers", text("channelType: [1]"), fail(104, w.reason("channelType must hold only strings"))],
    ["channelType qq", text('channelType: ["qq"]'), fail(104, w.reason('channelType holds "qq", which is not wx, wx_timeline or system'))],
    ["Moments for text", text('channelType: ["wx_timeline"]'),
      fail(104, w.reason('wx_timeline (WeChat Moments) shares only images, and contentType is "text"'))],
    ["content 10 MB to the system sheet", '[{...CB, contentType: "text", content: BIG, channelType: ["system"]}]', ok()],
    ["a channel the panel lacks", `(${phone("wx_timeline")}, [{...VALID, ...CB}])`,
      fail(102, /^internal error: the configuration cannot answer the actionSheet dialog: the share panel takes one of its channels \(wx, system\)/)],
    ["WeChat missing", `(${phone("wx", { share: { wechatInstalled: false } })}, [{...VALID, ...CB}])`,
      fail(102, "WeChat is not installed (error code: 101)", 101)],
  ]);
}

// updateBadge and reportBadge, with scope.appBadge granted.
export function appBadge(name) {
  const w = words("tt");
  const wrong = (want, got) => fail(104, w.wrongType("badgeNum", want, got));
  const range = (got) => fail(104, w.reason(`badgeNum should be a whole number from 0 to 2147483647, got ${got}`));
  const own = [
    ["badgeNum a string", '[{...CB, badgeNum: "3"}]', wrong("Number", "String")],
    ["badgeNum null", "[{...CB, badgeNum: null}]", fail(104, w.empty("badgeNum", "Number", "Null"))],
    ["badgeNum NaN", "[{...CB, badgeNum: NaN}]", wrong("finite Number", "NaN")],
    ["badgeNum a BigInt", "[{...CB, badgeNum: 3n}]", wrong("Number", "BigInt")],
    ["badgeNum -1", "[{...CB, badgeNum: -1}]", range("-1")],
    ["badgeNum 1.5", "[{...CB, badgeNum: 1.5}]", range("1.5")],
    ["badgeNum 2147483648", "[{...CB, badgeNum: 2147483648}]", range("2.147483648e+09")],
    ["badgeNum 0", "[{...CB, badgeNum: 0}]", ok()],
    ["scope.appBadge denied", '(ttShim.configure({permissions: {"scope.appBadge": "deny"}}), [{...VALID, ...CB}])', fail(107, "auth deny")],
  ];
  if (name === "updateBadge") {
    own.push(["an app without badges", '(ttShim.configure({permissions: {"scope.appBadge": "allow"}, appBadge: {enabled: false}}), [{...VALID, ...CB}])',
      fail(102, "internal error: the app has no badge: it does not use the badge system (appBadge.enabled)")]);
  }
  return api(`tt.${name}`, {
    valid: { badgeNum: 3 }, param: "badgeNum", empty: fail(104, w.empty("badgeNum", "Number", "Undefined")),
    prepare: 'ttShim.configure({permissions: {"scope.appBadge": "allow"}})',
  }, own);
}

export function serverBadgeListeners() {
  return ["onServerBadgePush", "offServerBadgePush"].map((name) => ({
    full: `tt.${name}`, kind: "listener", task: false, valid: {}, cases: listenerCases({ namespace: "tt", valid: returns(undefined) }),
  }));
}

// on/offChatBadgeChange take an option holding the function, onChange.
export function chatBadgeListener(name) {
  const w = words("tt");
  const wrong = (key, want, got) => fail(104, w.wrongType(key, want, got));
  const notObject = (type) => fail(104, w.notObject(type));
  const heard = returns(undefined);
  const off = name.startsWith("off");
  return { full: `tt.${name}`, kind: "listener", task: false, valid: { openChatId: ENGINEERING }, cases: [
    ["no argument", "[]", fail(104, w.empty("openChatId", "String", "Undefined"))],
    ["null", "[null]", fail(104, w.empty("openChatId", "String", "Undefined"))],
    ["a function", "[() => {}]", notObject("Function")],
    ["a chat's openChatId alone", `["${ENGINEERING}"]`, notObject("String")],
    ...PRIMITIVES.map(([label, source, type]) => [label, source, notObject(type)]),
    ["an array", "[[]]", notObject("Array")],
    ["openChatId missing", "[{onChange() {}}]", fail(104, w.empty("openChatId", "String", "Undefined"))],
    ["openChatId 5", "[{openChatId: 5, onChange() {}}]", wrong("openChatId", "String", "Number")],
    ["openChatId a symbol", "[{openChatId: Symbol(), onChange() {}}]", wrong("openChatId", "String", "Symbol")],
    ["onChange missing", "[{...VALID}]", off ? heard : fail(104, w.empty("onChange", "Function", "Undefined"))],
    ["onChange a string", '[{...VALID, onChange: "f"}]', wrong("onChange", "Function", "String")],
    ["onChange an object", "[{...VALID, onChange: {}}]", wrong("onChange", "Function", "Object")],
    ["a chat of no one", '[{openChatId: "oc_nowhere", onChange() {}}]',
      fail(102, 'internal error: openChatId "oc_nowhere" is not a chat of this tenant')],
    ["openChatId 10 MB", "[{openChatId: BIG, onChange() {}}]",
      fail(102, /^internal error: openChatId "x{300}"… \(10485760 bytes\) is not a chat of this tenant$/)],
    ["a cycle", "[cyclic({...VALID, onChange() {}})]", fail(104, w.reasonLike(/self cannot be read: TypeError: Converting circular structure to JSON/))],
    ["a getter on openChatId that throws", '[{onChange() {}, get openChatId() { throw new Error("getter broke"); }}]',
      fail(104, w.reason("openChatId cannot be read: Error: getter broke"))],
    ["a revoked Proxy", "[revoked()]", fail(104, w.reasonLike(/arguments are not readable: (reading \w+ threw )?TypeError: Cannot perform '\w+' on a proxy/))],
    ["a valid option", "[{...VALID, onChange() {}}]", heard],
    ["a frozen valid option", "[Object.freeze({...VALID, onChange() {}})]", heard],
    ["a Proxy of a valid option", "[new Proxy({...VALID, onChange: () => {}}, {})]", heard],
    ["an async onChange", "[{...VALID, async onChange() {}}]", heard],
    ["a 1 MB string in an unknown key", "[{...VALID, extra: MEGA, onChange() {}}]", heard],
    ["a valid option without a prototype", "[Object.assign(Object.create(null), VALID, {onChange() {}})]", heard],
    ["symbols as keys and values", '[{...VALID, onChange() {}, [Symbol("k")]: 1, extra: Symbol("v")}]', heard],
    ["a bound onChange", "[{...VALID, onChange: function () {}.bind(null)}]", heard],
  ] };
}

// toggleChat on PC, where it opens and closes the sidebar in turn.
export function toggleChat() {
  const w = words("tt");
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const width = (got) => fail(104, w.reason(`width should be from 1 to 10000, got ${got}`));
  return api("tt.toggleChat", { valid: { openChatId: ENGINEERING }, param: "openChatId", empty: fail(104, w.empty("openChatId", "String", "Undefined")) }, [
    ["openChatId 5", "[{...CB, openChatId: 5}]", wrong("openChatId", "String", "Number")],
    ["openChatId empty", '[{...CB, openChatId: ""}]', fail(104, w.empty("openChatId", "String", "String"))],
    ["openChatId null", "[{...CB, openChatId: null}]", fail(104, w.empty("openChatId", "String", "Null"))],
    ["width a string", '[{...VALID, ...CB, width: "400"}]', wrong("width", "Number", "String")],
    ["width NaN", "[{...VALID, ...CB, width: NaN}]", wrong("width", "finite Number", "NaN")],
    ["width 0", "[{...VALID, ...CB, width: 0}]", width("0")],
    ["width -400", "[{...VALID, ...CB, width: -400}]", width("-400")],
    ["width 1e308", "[{...VALID, ...CB, width: 1e308}]", width("1e+308")],
    ["width 10000", "[{...VALID, ...CB, width: 10000}]", ok()],
    ["needSidebar 1", "[{...VALID, ...CB, needSidebar: 1}]", wrong("needSidebar", "Boolean", "Number")],
    ["isKeep a string", '[{...VALID, ...CB, isKeep: "yes"}]', wrong("isKeep", "Boolean", "String")],
    ["isKeep, twice", "[{...VALID, ...CB, isKeep: true}]", ok()],
    ["a chat of no one", '[{...CB, openChatId: "oc_nowhere"}]', fail(102, 'internal error: openChatId "oc_nowhere" is not a chat of this tenant')],
    ["another's chat", `[{...CB, openChatId: "${SALES}"}]`, fail(102, `internal error: the signed-in user is not a member of chat "${SALES}"`)],
  ]);
}

export function shareAsyncApis() {
  return [shareWebContent(), shareWebContent("h5sdk.biz.util.share"), share(), appBadge("updateBadge"), appBadge("reportBadge"), toggleChat()];
}

export function shareListeners() {
  return [...serverBadgeListeners(), chatBadgeListener("onChatBadgeChange"), chatBadgeListener("offChatBadgeChange")];
}

// enterBot, a gadget's alone: it takes only the callbacks.
export function enterBot() {
  return api("tt.enterBot", { valid: {}, param: "x", empty: ok() }, [
    ["an unknown key of markup", '[{...CB, name: "<img src=x onerror=alert(1)>"}]', ok()],
    ["an option of 10 MB", "[{...CB, extra: BIG}]", ok()],
  ]);
}

export function shareGadgetApis() {
  return [enterBot()];
}
