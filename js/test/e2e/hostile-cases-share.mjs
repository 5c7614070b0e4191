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

export function shareAsyncApis() {
  return [shareWebContent(), shareWebContent("h5sdk.biz.util.share")];
}
