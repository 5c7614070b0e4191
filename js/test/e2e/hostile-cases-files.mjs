// The hostile calls of the drive and its files (filepickers.go,
// opendocument.go and savefile.go in wasm/shim): the pickers, answered by
// the configuration, the viewer and saving. hostile-cases.mjs lists them
// with the others.
import { expect, fail, ok, words, genericCases } from "./hostile-helpers.mjs";

function api(full, { valid, empty, param, answer = {}, prepare }, own) {
  const namespace = full.split(".")[0];
  const kind = { Taro: "taro", h5sdk: "legacy" }[namespace] ?? "async";
  const generic = genericCases({ namespace, kind, empty, valid: ok(answer), param });
  return { full, kind, task: false, valid, prepare, cases: [...generic, ...own] };
}

// The pickers answer at once with their first row, a document or a file.
const ANSWERED = 'ttShim.configure({answers: {docsPicker: 0, filePicker: 0}})';
const PLAN = "https://ttshim.feishu.cn/docx/plan";

export function docsPicker() {
  const w = words("tt");
  const picked = { fileList: [{ filePath: expect.stringMatching(/^https:\/\/ttshim\.feishu\.cn\/docx\//), fileName: "2026 产品路线图" }] };
  return api("tt.docsPicker", { valid: { pickerTitle: "附上文档", pickerConfirm: "附上" }, param: "pickerTitle", answer: picked,
    empty: ok(picked), prepare: ANSWERED }, [
    ["pickerTitle 5", "[{...CB, pickerTitle: 5}]", fail(104, w.wrongType("pickerTitle", "String", "Number"))],
    ["pickerConfirm an object", "[{...CB, pickerConfirm: {}}]", fail(104, w.wrongType("pickerConfirm", "String", "Object"))],
    ["pickerTitle markup", '[{...CB, pickerTitle: "<img src=x onerror=alert(1)>"}]', ok(picked)],
    ["pickerTitle 10 MB", "[{...CB, pickerTitle: BIG}]", ok(picked)],
    // Last: the answer stays configured.
    ["a refused answer", '(ttShim.configure({answers: {docsPicker: 99}}), [{...CB}])',
      fail(102, "internal error: the configuration cannot answer the docs dialog: the picker lists 8 items, so no index 99")],
  ]);
}

export function filePicker() {
  const w = words("tt");
  const picked = { list: [{ path: expect.stringMatching(/^ttfile:\/\/temp\/[0-9a-f-]{36}-项目计划\.docx$/), name: "项目计划.docx", size: 48213 }] };
  const notPositive = (v) => fail(104, w.reason(`maxNum should be a positive integer, got ${v}`));
  return api("tt.filePicker", { valid: { maxNum: 3, isSystem: false, supportFileTypes: ["docx"] }, param: "maxNum", answer: picked,
    empty: ok(picked), prepare: ANSWERED }, [
    ["maxNum a string", '[{...CB, maxNum: "3"}]', fail(104, w.wrongType("maxNum", "Number", "String"))],
    ["maxNum 0", "[{...CB, maxNum: 0}]", notPositive(0)],
    ["maxNum -1", "[{...CB, maxNum: -1}]", notPositive(-1)],
    ["maxNum 1.5", "[{...CB, maxNum: 1.5}]", notPositive(1.5)],
    ["maxNum NaN", "[{...CB, maxNum: NaN}]", fail(104, w.wrongType("maxNum", "finite Number", "NaN"))],
    ["isSystem a string", '[{...CB, isSystem: "true"}]', fail(104, w.wrongType("isSystem", "Boolean", "String"))],
    ["supportFileTypes a string", '[{...CB, supportFileTypes: "pdf"}]', fail(104, w.wrongType("supportFileTypes", "Array", "String"))],
    ["supportFileTypes of numbers", "[{...CB, supportFileTypes: [5]}]", fail(104, w.reason("supportFileTypes must hold only strings"))],
    ["maxNum 1e308", "[{...CB, maxNum: 1e308}]", notPositive(1e308)],
  ]);
}

export function openDocument(ns) {
  const w = words(ns);
  return api(ns === "h5sdk" ? "h5sdk.biz.util.openDocument" : `${ns}.openDocument`, {
    valid: { filePath: PLAN, fileType: "cloudFile", showMenu: false }, param: "filePath",
    empty: fail(104, w.empty("filePath", "String", "Undefined")),
    prepare: `ttShim.configure({documents: [{title: "Plan", url: "${PLAN}"}]})`,
  }, [
    ["filePath 5", "[{...CB, filePath: 5}]", fail(104, w.wrongType("filePath", "String", "Number"))],
    ["filePath empty", '[{...CB, filePath: ""}]', fail(104, w.empty("filePath", "String", "String"))],
    ["fileType txt", '[{...VALID, ...CB, fileType: "txt"}]', fail(104, w.reasonLike(/fileType should be one of "doc", .*, got "txt"$/))],
    ["fileType 10 MB", "[{...VALID, ...CB, fileType: BIG}]", fail(104, w.reasonLike(/fileType should be one of "doc", .*, got "x{300}"… \(10485760 bytes\)$/))],
    ["showMenu a string", '[{...VALID, ...CB, showMenu: "no"}]', fail(104, w.wrongType("showMenu", "Boolean", "String"))],
    ["padFullScreen 1", "[{...VALID, ...CB, padFullScreen: 1}]", fail(104, w.wrongType("padFullScreen", "Boolean", "Number"))],
    ["an unknown file", '[{...CB, filePath: "ttfile://temp/x.pdf"}]', fail(203, "File does not exist: ttfile://temp/x.pdf")],
    ["a URL without cloudFile", `[{...CB, filePath: "${PLAN}"}]`, fail(213, `Is invalid filePath: ${PLAN}`)],
    ["another tenant's link", '[{...CB, filePath: "https://evil.example/docx/x", fileType: "cloudFile"}]',
      fail(102, "internal error: https://evil.example/docx/x is not a cloud document of this tenant")],
    ["a zip on PC", '[{...VALID, ...CB, fileType: "zip"}]', fail(103, "feature not support: fileType zip is not available on pc 7.45.0")],
  ]);
}

export function saveFile(ns) {
  const w = words(ns);
  const saved = { savedFilePath: expect.stringMatching(/^ttfile:\/\/user\/[0-9a-f-]{36}\.docx$/) };
  // Each valid call saves, and so moves, a file of its own.
  const prepare = 'ttShim.configure({answers: {filePicker: 0}}), Promise.all(Array.from({length: 120}, () => tt.filePicker()))' +
    ".then((picks) => { window.hostilePaths = picks.map((r) => r.list[0].path); })";
  return api(`${ns}.saveFile`, { valid: { tempFilePath: "picked anew" }, param: "tempFilePath", answer: saved,
    empty: fail(104, w.empty("tempFilePath", "String", "Undefined")), prepare }, [
    ["tempFilePath 5", "[{...CB, tempFilePath: 5}]", fail(104, w.wrongType("tempFilePath", "String", "Number"))],
    ["tempFilePath null", "[{...CB, tempFilePath: null}]", fail(104, w.empty("tempFilePath", "String", "Null"))],
    ["filePath an array", '[{...VALID, ...CB, filePath: ["x"]}]', fail(104, w.wrongType("filePath", "String", "Array"))],
    ["an unknown file", '[{...CB, tempFilePath: "ttfile://temp/x.docx"}]', fail(203, "File does not exist: ttfile://temp/x.docx")],
    ["a user path", '[{...CB, tempFilePath: "ttfile://user/x"}]', fail(213, "Is invalid filePath: ttfile://user/x is not under ttfile://temp/")],
    ["a URL", '[{...CB, tempFilePath: "https://cdn.example/a.docx"}]',
      fail(213, "Is invalid filePath: https://cdn.example/a.docx is not under ttfile://temp/")],
    ["tempFilePath 10 MB", "[{...CB, tempFilePath: BIG}]", fail(213, /^Is invalid filePath: x{300}… \(10485760 bytes\) is not under ttfile:\/\/temp\/$/)],
  ]);
}

export function filesAsyncApis() {
  const apis = [docsPicker(), filePicker()];
  for (const ns of ["tt", "Taro"]) apis.push(openDocument(ns), saveFile(ns));
  return [...apis, openDocument("h5sdk")]; // its legacy name, h5sdk.biz.util.openDocument
}
