// The hostile calls of sharing and the chat extras (sharewebcontent.go
// and its neighbours in wasm/shim). hostile-cases.mjs lists them with the
// others. The cases run in order in one page, and a case's configuration
// stays for the next: each sets what it needs.
import { fail, ok, words, genericCases } from "./hostile-helpers.mjs";

function api(full, { valid, empty, param, prepare }, own) {
  const namespace = full.split(".")[0];
  const kind = namespace === "h5sdk" ? "legacy" : "async";
  const generic = genericCases({ namespace, kind, empty, valid: ok(), param });
  return { full, kind, task: false, valid, prepare, cases: [...generic, ...own] };
}

// The default tenant's engineering group, where the share panel sends.
const ENGINEERING = "oc_14c1ce87499304d9428a580618e77f2f";
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

export function shareAsyncApis() {
  return [shareWebContent(), shareWebContent("h5sdk.biz.util.share"), share()];
}
