// Each API's hostile calls: the generic ones (hostile-helpers.mjs), then
// wrong values for its own parameters, as docs/apis.md
// lists them. A case is [label, source of the argument list, expected
// answer]; the source may use VALID, CB and hostile-kit.js's tools.
import { APP_ID, LI_NA, expect, fail, ok, returns, h5fail, words, genericCases, listenerCases } from "./hostile-helpers.mjs";
import { hideToast, legacyNotifications, showActionSheet, showLoading, showModal, showPrompt, showToast } from "./hostile-feedback.mjs";
import { windowAsyncApis, windowGadgetApis, windowSyncApis } from "./hostile-cases-window.mjs";
import { deviceAsyncApis, deviceSyncApis } from "./hostile-cases-device.mjs";
import { secureAsyncApis } from "./hostile-cases-secure.mjs";
import { filesAsyncApis } from "./hostile-cases-files.mjs";
import { chatAsyncApis } from "./hostile-cases-chats.mjs";
import { openAsyncApis } from "./hostile-cases-open.mjs";
import { shareAsyncApis, shareGadgetApis, shareListeners } from "./hostile-cases-share.mjs";
import { sensorAsyncApis, sensorListeners } from "./hostile-cases-sensors.mjs";

export function api(full, kind, { valid, empty, param, answer = {}, task = false, prepare }, own) {
  const namespace = full.split(".")[0];
  const generic = genericCases({ namespace, kind, empty, valid: ok(answer), param });
  return { full, kind, task, valid, prepare, cases: [...generic, ...own] };
}

export const asyncKind = (ns) => (ns === "Taro" ? "taro" : "async");

export function enterProfile(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.enterProfile`, asyncKind(ns), {
    valid: { openid: LI_NA, left: 10, top: 20 }, param: "openid", empty: fail(104, w.empty("openid", "String", "Undefined")),
  }, [
    ["openid 5", "[{...CB, openid: 5}]", wrong("openid", "String", "Number")],
    ["openid empty", '[{...CB, openid: ""}]', fail(104, w.empty("openid", "String", "String"))],
    ["openid null", "[{...CB, openid: null}]", fail(104, w.empty("openid", "String", "Null"))],
    ["openid an array", "[{...CB, openid: [VALID.openid]}]", wrong("openid", "String", "Array")],
    ["openid an object", "[{...CB, openid: {}}]", wrong("openid", "String", "Object")],
    ["openid a symbol", "[{...CB, openid: Symbol()}]", wrong("openid", "String", "Symbol")],
    ["openid a BigInt", "[{...CB, openid: 1n}]", wrong("openid", "String", "BigInt")],
    ["openid no one", '[{...CB, openid: "ou_nobody"}]', fail(102, 'internal error: openid "ou_nobody" is not a user of this tenant')],
    ["openid 10 MB", "[{...CB, openid: BIG}]",
      fail(102, /^internal error: openid "x{300}"… \(10485760 bytes\) is not a user of this tenant$/)],
    ["left a string", '[{...VALID, ...CB, left: "10"}]', wrong("left", "Number", "String")],
    ["left NaN", "[{...VALID, ...CB, left: NaN}]", wrong("left", "finite Number", "NaN")],
    ["left Infinity", "[{...VALID, ...CB, left: Infinity}]", wrong("left", "finite Number", "Infinity")],
    ["top -Infinity", "[{...VALID, ...CB, top: -Infinity}]", wrong("top", "finite Number", "-Infinity")],
    ["top true", "[{...VALID, ...CB, top: true}]", wrong("top", "Number", "Boolean")],
    ["top a BigInt", "[{...VALID, ...CB, top: 20n}]", wrong("top", "Number", "BigInt")],
    ["top a function", "[{...VALID, ...CB, top() {}}]", wrong("top", "Number", "Function")],
    ["left -0 and top 1e308", "[{...VALID, ...CB, left: -0, top: 1e308}]", ok()],
  ]);
}

export function requestAccess(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.requestAccess`, asyncKind(ns), {
    valid: { scopeList: ["contact:user.id:readonly"], state: "s", appID: APP_ID }, answer: { state: "s" },
    param: "scopeList", empty: fail(104, w.empty("scopeList", "Array", "Undefined")),
  }, [
    ["scopeList a string", '[{...VALID, ...CB, scopeList: "contact"}]', wrong("scopeList", "Array", "String")],
    ["scopeList of numbers", "[{...VALID, ...CB, scopeList: [1]}]", fail(104, w.reason("scopeList must hold only strings"))],
    ["scopeList of symbols", "[{...VALID, ...CB, scopeList: [Symbol()]}]", fail(104, w.reason("scopeList must hold only strings"))],
    ["scopeList null", "[{...VALID, ...CB, scopeList: null}]", fail(104, w.empty("scopeList", "Array", "Null"))],
    ["scopeList an object", "[{...VALID, ...CB, scopeList: {0: 'a'}}]", wrong("scopeList", "Array", "Object")],
    ["state 5", "[{...VALID, ...CB, state: 5}]", wrong("state", "String", "Number")],
    ["state NaN", "[{...VALID, ...CB, state: NaN}]", wrong("state", "String", "Number")],
    ["appID 5", "[{...VALID, ...CB, appID: 5}]", wrong("appID", "String", "Number")],
    ["appID empty", '[{...VALID, ...CB, appID: ""}]', fail(104, w.empty("appID", "String", "String"))],
    ["appID missing", "[{scopeList: [], ...CB}]", fail(104, w.empty("appID", "String", "Undefined"))],
    ["appID another app", '[{...VALID, ...CB, appID: "cli_other"}]',
      fail(2700001, `unable to get session: appID "cli_other" is not this app (${APP_ID})`)],
    ["appID 10 MB", "[{...VALID, ...CB, appID: BIG}]",
      fail(2700001, /^unable to get session: appID "x{300}"… \(10485760 bytes\) is not this app \(cli_\w+\)$/)],
  ]);
}

// tt.requestAuthCode, which Taro does not wrap: appId, spelt so, must be
// this app's.
export function requestAuthCode() {
  const w = words("tt");
  const wrong = (got) => fail(104, w.wrongType("appId", "String", got));
  return api("tt.requestAuthCode", "async", {
    valid: { appId: APP_ID }, answer: { code: expectCode() },
    param: "appId", empty: fail(104, w.empty("appId", "String", "Undefined")),
  }, [
    ["appId 5", "[{...CB, appId: 5}]", wrong("Number")],
    ["appId true", "[{...CB, appId: true}]", wrong("Boolean")],
    ["appId an array", "[{...CB, appId: [VALID.appId]}]", wrong("Array")],
    ["appId a symbol", "[{...CB, appId: Symbol()}]", wrong("Symbol")],
    ["appId empty", '[{...CB, appId: ""}]', fail(104, w.empty("appId", "String", "String"))],
    ["appId null", "[{...CB, appId: null}]", fail(104, w.empty("appId", "String", "Null"))],
    ["appID, as requestAccess spells it", "[{...CB, appID: VALID.appId}]", fail(104, w.empty("appId", "String", "Undefined"))],
    ["appId another app", '[{...CB, appId: "cli_other"}]',
      fail(104, `Parameter error. invalid appId "cli_other", this app is ${APP_ID} (error code: 10200)`, 10200)],
    ["appId 10 MB", "[{...CB, appId: BIG}]",
      fail(104, /^Parameter error\. invalid appId "x{300}"… \(10485760 bytes\), this app is cli_\w+ \(error code: 10200\)$/, 10200)],
  ]);
}

export function getSystemInfo(ns) {
  return api(`${ns}.getSystemInfo`, asyncKind(ns), {
    valid: {}, param: "x", answer: { SDKVersion: "3.52.0" }, empty: ok({ SDKVersion: "3.52.0" }),
  }, []);
}

export function getUserInfo(ns) {
  const w = words(ns);
  const wrong = (got) => fail(104, w.wrongType("withCredentials", "Boolean", got));
  return api(`${ns}.getUserInfo`, asyncKind(ns), {
    valid: { withCredentials: false }, param: "withCredentials", answer: { userInfo: { nickName: "张伟" } },
    empty: ok({ userInfo: { nickName: "张伟" } }),
  }, [
    ["withCredentials a string", '[{...CB, withCredentials: "yes"}]', wrong("String")],
    ["withCredentials 1", "[{...CB, withCredentials: 1}]", wrong("Number")],
    ["withCredentials NaN", "[{...CB, withCredentials: NaN}]", wrong("Number")],
    ["withCredentials an object", "[{...CB, withCredentials: {}}]", wrong("Object")],
    ["withCredentials a symbol", "[{...CB, withCredentials: Symbol()}]", wrong("Symbol")],
    ["withCredentials in a web app", "[{...CB, withCredentials: true}]", ok({ userInfo: { nickName: "张伟" } })],
  ]);
}

export function chooseContact(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const maxNum = (got) => fail(104, w.reason(`maxNum should be a positive integer, got ${got}`));
  const picked = { data: [], department_data: [] };
  return api(`${ns}.chooseContact`, asyncKind(ns), {
    valid: { multi: true, maxNum: 3 }, param: "chosenIds", answer: picked, empty: ok(picked),
  }, [
    ["multi a string", '[{...CB, multi: "yes"}]', wrong("multi", "Boolean", "String")],
    ["ignore 1", "[{...CB, ignore: 1}]", wrong("ignore", "Boolean", "Number")],
    ["externalContact an array", "[{...CB, externalContact: []}]", wrong("externalContact", "Boolean", "Array")],
    ["enableChooseDepartment a BigInt", "[{...CB, enableChooseDepartment: 1n}]", wrong("enableChooseDepartment", "Boolean", "BigInt")],
    ["maxNum 0", "[{...CB, maxNum: 0}]", maxNum("0")],
    ["maxNum -1", "[{...CB, maxNum: -1}]", maxNum("-1")],
    ["maxNum 1.5", "[{...CB, maxNum: 1.5}]", maxNum("1.5")],
    ["maxNum 1e10", "[{...CB, maxNum: 1e10}]", maxNum("1e+10")],
    ["maxNum NaN", "[{...CB, maxNum: NaN}]", wrong("maxNum", "finite Number", "NaN")],
    ["maxNum Infinity", "[{...CB, maxNum: Infinity}]", wrong("maxNum", "finite Number", "Infinity")],
    ["maxNum a string", '[{...CB, maxNum: "3"}]', wrong("maxNum", "Number", "String")],
    ["limitTips 5", "[{...CB, limitTips: 5}]", wrong("limitTips", "String", "Number")],
    ["chosenIds a string", '[{...CB, chosenIds: "ou_x"}]', wrong("chosenIds", "Array", "String")],
    ["chosenIds of numbers", "[{...CB, chosenIds: [1]}]", fail(104, w.reason("chosenIds must hold only strings"))],
    ["disableChosenIds an object", "[{...CB, disableChosenIds: {}}]", wrong("disableChosenIds", "Array", "Object")],
    ["the same id chosen and disabled", '[{...CB, chosenIds: ["ou_x"], disableChosenIds: ["ou_x"]}]',
      fail(1003001, "chosenIds and disableChosenIds overlap: ou_x")],
    ["chosenIds of 10 MB, no one", "[{...CB, chosenIds: [BIG]}]", ok(picked)],
  ]);
}

export function chooseImage(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const because = (text) => fail(104, w.reason(text));
  const count = (got) => because(`count should be a whole number from 1 to 20, got ${got}`);
  const picked = { tempFilePaths: [expect.stringMatching(/^ttfile:\/\/temp\/\d+\.png$/)] };
  return api(`${ns}.chooseImage`, asyncKind(ns), {
    valid: { count: 3, sourceType: ["album"] }, param: "count", answer: picked, empty: ok(picked),
  }, [
    ["count a string", '[{...CB, count: "3"}]', wrong("count", "Number", "String")],
    ["count 0", "[{...CB, count: 0}]", count("0")],
    ["count 21", "[{...CB, count: 21}]", count("21")],
    ["count 2.5", "[{...CB, count: 2.5}]", count("2.5")],
    ["count NaN", "[{...CB, count: NaN}]", wrong("count", "finite Number", "NaN")],
    ["count -Infinity", "[{...CB, count: -Infinity}]", wrong("count", "finite Number", "-Infinity")],
    ["sourceType a string", '[{...CB, sourceType: "album"}]', wrong("sourceType", "Array", "String")],
    ["sourceType of numbers", "[{...CB, sourceType: [1]}]", because("sourceType must hold only strings")],
    ["sourceType gallery", '[{...CB, sourceType: ["gallery"]}]', because('sourceType should hold only "album", "camera", got "gallery"')],
    ["sourceType of 10 MB", "[{...CB, sourceType: [BIG]}]",
      fail(104, w.reasonLike(/sourceType should hold only "album", "camera", got "x{300}"… \(10485760 bytes\)$/))],
    ["sizeType tiny", '[{...CB, sizeType: ["tiny"]}]', because('sizeType should hold only "original", "compressed", got "tiny"')],
    ["cameraDevice 5", "[{...CB, cameraDevice: 5}]", wrong("cameraDevice", "String", "Number")],
    ["cameraDevice side", '[{...CB, cameraDevice: "side"}]', because('cameraDevice should be "front" or "back", got "side"')],
    ["isSaveToAlbum 1", "[{...CB, isSaveToAlbum: 1}]", wrong("isSaveToAlbum", "String", "Number")],
    ["an empty sourceType", "[{...CB, sourceType: []}]", ok(picked)],
  ]);
}

// The image APIs after chooseImage: the valid option's "picked" path is
// the one the prepare step picked (hostile-kit.js's freshValid).
const PICK = "tt.chooseImage().then((r) => { window.hostilePicked = r.tempFilePaths[0]; })";
const GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
export function previewImage(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.previewImage`, asyncKind(ns), {
    valid: { urls: [GIF] }, param: "urls", empty: fail(104, w.empty("urls", "Array", "Undefined")),
  }, [
    ["urls a string", '[{...CB, urls: "a.png"}]', wrong("urls", "Array", "String")],
    ["urls empty", "[{...CB, urls: []}]", fail(104, w.reason("urls should hold at least one URL"))],
    ["urls of numbers", "[{...CB, urls: [1]}]", fail(104, w.reason("urls must hold only strings"))],
    ["urls an unknown ttfile", '[{...CB, urls: ["ttfile://temp/x.png"]}]', fail(203, "File does not exist: ttfile://temp/x.png")],
    ["urls a 10 MB unknown ttfile", '[{...CB, urls: ["ttfile://" + BIG]}]', fail(203, /^File does not exist: ttfile:\/\/x{291}… \(10485769 bytes\)$/)],
    ["current 1", "[{...VALID, ...CB, current: 1}]", wrong("current", "String", "Number")],
    ["shouldShowSaveOption a string", '[{...VALID, ...CB, shouldShowSaveOption: "no"}]', wrong("shouldShowSaveOption", "Boolean", "String")],
  ]);
}

export function getImageInfo(ns) {
  const w = words(ns);
  const unloadable = "Unable to load image: https://cdn.example/a.png is not a picture of media.images";
  const info = { width: 640, height: 480, type: "png", path: expect.stringMatching(/^ttfile:\/\/temp\/\d+\.png$/) };
  return api(`${ns}.getImageInfo`, asyncKind(ns), {
    valid: { src: "picked" }, prepare: PICK, answer: info, param: "src", empty: fail(104, w.empty("src", "String", "Undefined")),
  }, [
    ["src 5", "[{...CB, src: 5}]", fail(104, w.wrongType("src", "String", "Number"))],
    ["src empty", '[{...CB, src: ""}]', fail(104, w.empty("src", "String", "String"))],
    ["src elsewhere", '[{...CB, src: "https://cdn.example/a.png"}]', fail(1300007, unloadable)],
    ["src of 10 MB", "[{...CB, src: BIG}]", fail(1300007, /^Unable to load image: x{300}… \(10485760 bytes\) is not a picture of media\.images$/)],
  ]);
}

export function compressImage(ns) {
  const w = words(ns);
  const quality = (got) => fail(104, w.reason(`quality should be from 1 to 100, got ${got}`));
  return api(`${ns}.compressImage`, asyncKind(ns), {
    valid: { src: "picked" }, prepare: PICK, answer: { tempFilePath: expect.stringMatching(/^ttfile:\/\/temp\/\d+\.png$/) },
    param: "src", empty: fail(104, w.empty("src", "String", "Undefined")),
  }, [
    ["src 5", "[{...CB, src: 5}]", fail(104, w.wrongType("src", "String", "Number"))],
    ["src unknown", '[{...CB, src: "ttfile://temp/x.png"}]', fail(203, "File does not exist: ttfile://temp/x.png")],
    ["quality 0", "[{...VALID, ...CB, quality: 0}]", quality("0")],
    ["quality 101", "[{...VALID, ...CB, quality: 101}]", quality("101")],
    ["quality NaN", "[{...VALID, ...CB, quality: NaN}]", fail(104, w.wrongType("quality", "finite Number", "NaN"))],
    ["quality a string", '[{...VALID, ...CB, quality: "80"}]', fail(104, w.wrongType("quality", "Number", "String"))],
  ]);
}

export function saveImageToPhotosAlbum(ns) {
  const w = words(ns);
  return api(`${ns}.saveImageToPhotosAlbum`, asyncKind(ns), {
    valid: { filePath: "picked" }, prepare: PICK, param: "filePath", empty: fail(104, w.empty("filePath", "String", "Undefined")),
  }, [
    ["filePath 5", "[{...CB, filePath: 5}]", fail(104, w.wrongType("filePath", "String", "Number"))],
    ["filePath unknown", '[{...CB, filePath: "ttfile://temp/x.png"}]', fail(203, "File does not exist: ttfile://temp/x.png")],
    ["filePath a URL", '[{...CB, filePath: "https://cdn.example/a.png"}]', fail(213, "Is invalid filePath: https://cdn.example/a.png is a network URL")],
    ["filePath a tiff", '[{...CB, filePath: "ttfile://temp/x.tiff"}]', fail(1300011, "Image format not supported: ttfile://temp/x.tiff")],
  ]);
}

// chooseVideo, chooseMedia and saveVideoToPhotosAlbum, on PC (no
// maxDuration limit there), the pickers answered with their first tile.
export function chooseVideo(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const picked = { tempFilePath: expect.stringMatching(/^ttfile:\/\/temp\/\d+\.mp4$/), size: expect.any(Number) };
  return api(`${ns}.chooseVideo`, asyncKind(ns), {
    valid: { sourceType: ["album"], maxDuration: 30 }, param: "maxDuration", answer: picked, empty: ok(picked),
  }, [
    ["maxDuration a string", '[{...CB, maxDuration: "30"}]', wrong("maxDuration", "Number", "String")],
    ["maxDuration 0", "[{...CB, maxDuration: 0}]", fail(104, w.reason("maxDuration should be above 0, got 0"))],
    ["maxDuration NaN", "[{...CB, maxDuration: NaN}]", wrong("maxDuration", "finite Number", "NaN")],
    ["sourceType gallery", '[{...CB, sourceType: ["gallery"]}]', fail(104, w.reason('sourceType should hold only "album", "camera", got "gallery"'))],
    ["compressed a string", '[{...CB, compressed: "no"}]', wrong("compressed", "Boolean", "String")],
    ["maxDuration 1e308", "[{...CB, maxDuration: 1e308}]", ok(picked)],
  ]);
}

export function chooseMedia(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const because = (text) => fail(104, w.reason(text));
  const image = { tempFiles: [{ tempFilePath: expect.stringMatching(/^ttfile:\/\/temp\/\d+\.png$/), type: "image" }] };
  return api(`${ns}.chooseMedia`, asyncKind(ns), {
    valid: { mediaType: ["image", "video"], count: 2 }, param: "mediaType", answer: image, empty: ok(image),
  }, [
    ["mediaType a string", '[{...CB, mediaType: "image"}]', wrong("mediaType", "Array", "String")],
    ["mediaType audio", '[{...CB, mediaType: ["audio"]}]', because('mediaType should hold only "image", "video", got "audio"')],
    ["mediaType of 10 MB", "[{...CB, mediaType: [BIG]}]",
      fail(104, w.reasonLike(/mediaType should hold only "image", "video", got "x{300}"… \(10485760 bytes\)$/))],
    ["count 21", "[{...CB, count: 21}]", because("count should be a whole number from 1 to 20, got 21")],
    ["count -Infinity", "[{...CB, count: -Infinity}]", wrong("count", "finite Number", "-Infinity")],
    ["sizeType tiny", '[{...CB, sizeType: ["tiny"]}]', because('sizeType should hold only "original", "compressed", got "tiny"')],
    ["cameraDevice side", '[{...CB, cameraDevice: "side"}]', because('cameraDevice should be "front" or "back", got "side"')],
    ["maxDuration a string", '[{...CB, maxDuration: "9"}]', wrong("maxDuration", "Number", "String")],
    ["only videos", '[{...CB, mediaType: ["video"]}]', ok({ tempFiles: [{ type: "video", tempFilePath: expect.stringMatching(/\.mp4$/) }] })],
  ]);
}

export function saveVideoToPhotosAlbum(ns) {
  const w = words(ns);
  return api(`${ns}.saveVideoToPhotosAlbum`, asyncKind(ns), {
    valid: { filePath: "picked" }, prepare: "tt.chooseVideo().then((r) => { window.hostilePicked = r.tempFilePath; })",
    param: "filePath", empty: fail(104, w.empty("filePath", "String", "Undefined")),
  }, [
    ["filePath 5", "[{...CB, filePath: 5}]", fail(104, w.wrongType("filePath", "String", "Number"))],
    ["filePath unknown", '[{...CB, filePath: "ttfile://temp/x.mp4"}]', fail(203, "File does not exist: ttfile://temp/x.mp4")],
    ["filePath a URL", '[{...CB, filePath: "https://cdn.example/a.mp4"}]', fail(213, "Is invalid filePath: https://cdn.example/a.mp4 is a network URL")],
    ["filePath of 10 MB", '[{...CB, filePath: "ttfile://" + BIG}]', fail(203, /^File does not exist: ttfile:\/\/x{291}… \(10485769 bytes\)$/)],
  ]);
}

export function request(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  const because = (text) => fail(104, w.reason(text));
  const methods = "GET, POST, PUT, DELETE, HEAD, OPTIONS, PATCH, TRACE, CONNECT";
  return api(`${ns}.request`, asyncKind(ns), {
    valid: { url: "/index.html" }, param: "url", answer: { statusCode: 200 }, task: ns === "tt",
    empty: fail(104, w.empty("url", "String", "Undefined")),
  }, [
    ["url 5", "[{...CB, url: 5}]", wrong("url", "String", "Number")],
    ["url empty", '[{...CB, url: ""}]', fail(104, w.empty("url", "String", "String"))],
    ["url ftp", '[{...CB, url: "ftp://example.cn/x"}]', because('url "ftp://example.cn/x" is not an http or https URL')],
    ["url javascript:", '[{...CB, url: "javascript:alert(1)"}]', because('url "javascript:alert(1)" is not an http or https URL')],
    ["url ftp, 10 MB", '[{...CB, url: "ftp://" + BIG}]',
      fail(104, w.reasonLike(/url "ftp:\/\/x{294}"… \(10485766 bytes\) is not an http or https URL$/))],
    ["method lower case", '[{...VALID, ...CB, method: "get"}]', because(`method should be one of ${methods}, not "get"`)],
    ["method 5", "[{...VALID, ...CB, method: 5}]", wrong("method", "String", "Number")],
    ["header a string", '[{...VALID, ...CB, header: "x"}]', wrong("header", "Object", "String")],
    ["header an array", "[{...VALID, ...CB, header: [1]}]", wrong("header", "Object", "Array")],
    ["header a bad name", '[{...VALID, ...CB, header: {"a b": "1"}}]', because('header name "a b" is not a valid HTTP header name')],
    ["header an object value", "[{...VALID, ...CB, header: {x: {}}}]", because('header "x" should be a string, not object')],
    ["header a line break", '[{...VALID, ...CB, header: {x: "a\\nb"}}]', because('header "x" holds a line break or NUL, which HTTP cannot carry')],
    ["timeout a string", '[{...VALID, ...CB, timeout: "1"}]', wrong("timeout", "Number", "String")],
    ["timeout -1", "[{...VALID, ...CB, timeout: -1}]", because("timeout should be a positive number of milliseconds, not -1")],
    ["timeout NaN", "[{...VALID, ...CB, timeout: NaN}]", wrong("timeout", "finite Number", "NaN")],
    ["dataType 5", "[{...VALID, ...CB, dataType: 5}]", wrong("dataType", "String", "Number")],
    ["responseType blob", '[{...VALID, ...CB, responseType: "blob"}]', because('responseType should be "text" or "arraybuffer", not "blob"')],
    ["data a BigInt", "[{...VALID, ...CB, data: 1n}]", because("data cannot be sent: a BigInt cannot be written as JSON")],
    ["data holding a BigInt", "[{...VALID, ...CB, data: {n: [1n]}}]", because("data cannot be sent: a BigInt cannot be written as JSON")],
    ["data a symbol", "[{...VALID, ...CB, data: Symbol()}]", because("data should be a string, an object or an array, not symbol")],
  ]);
}

export function getUserProfile() {
  const w = words("Taro");
  const desc = (got) => fail(104, w.wrongType("desc", "String", got));
  const length = fail(104, "desc length does not meet the requirements");
  return api("Taro.getUserProfile", "taro", {
    valid: { desc: "to greet you by name" }, param: "desc", answer: { userInfo: { nickName: "张伟", language: "en" } },
    empty: desc("Undefined"),
  }, [
    ["desc 5", "[{...CB, desc: 5}]", desc("Number")],
    ["desc null", "[{...CB, desc: null}]", desc("Null")],
    ["desc NaN", "[{...CB, desc: NaN}]", desc("Number")],
    ["desc a symbol", "[{...CB, desc: Symbol()}]", desc("Symbol")],
    ["desc a BigInt", "[{...CB, desc: 1n}]", desc("BigInt")],
    ["desc an array", '[{...CB, desc: ["why"]}]', desc("Array")],
    ["desc empty", '[{...CB, desc: ""}]', length],
    ["desc of 31 characters", '[{...CB, desc: "長".repeat(31)}]', length],
    ["desc of 10 MB", "[{...CB, desc: BIG}]", length],
    ["lang fr", '[{...VALID, ...CB, lang: "fr"}]', fail(104, w.reason('parameter.lang should be one of "en", "zh_CN", "zh_TW" instead of "fr"'))],
    ["lang 5", "[{...VALID, ...CB, lang: 5}]", fail(104, w.wrongType("lang", "String", "Number"))],
    ["lang empty", '[{...VALID, ...CB, lang: ""}]', ok({ userInfo: { language: "en" } })],
  ]);
}

// The legacy name of getSystemInfo, with its onSuccess and onFail.
export function legacyGetSystemInfo() {
  return api("h5sdk.device.base.getSystemInfo", "legacy", {
    valid: {}, param: "x", answer: { SDKVersion: "3.52.0" }, empty: ok({ SDKVersion: "3.52.0" }),
  }, []);
}

// previewImage's legacy name, web apps only, with onSuccess and onFail.
export function legacyPreviewImage() {
  const w = words("h5sdk");
  return api("h5sdk.biz.util.previewImage", "legacy", {
    valid: { urls: ["data:image/gif;base64,R0lGODlhAQABAAAAACw="] }, param: "urls", empty: fail(104, w.empty("urls", "Array", "Undefined")),
  }, [
    ["urls a string", '[{...CB, urls: "a.png"}]', fail(104, w.wrongType("urls", "Array", "String"))],
    ["urls an unknown ttfile", '[{...CB, urls: ["ttfile://temp/x.png"]}]', fail(203, "File does not exist: ttfile://temp/x.png")],
  ]);
}

export function getSystemInfoSync(ns) {
  const info = { SDKVersion: "3.52.0", platform: "windows_nt" };
  return api(`${ns}.getSystemInfoSync`, "sync", { valid: {}, param: "x", answer: info, empty: ok(info) }, []);
}

// canIUse takes a string, and answers false for any it does not know.
export function canIUse(ns) {
  const w = words(ns);
  const notString = (type) => fail(104, w.reason("schema should be String instead of " + type));
  const unreadable = (text) => fail(104, typeof text === "string" ? w.reason(text) : w.reasonLike(text));
  const cases = [
    ["no argument", "[]", notString("Undefined")], ["undefined", "[undefined]", notString("Undefined")],
    ["null", "[null]", notString("Null")], ["5", "[5]", notString("Number")], ["NaN", "[NaN]", notString("Number")],
    ["-Infinity", "[-Infinity]", notString("Number")], ["an array", '[["enterProfile"]]', notString("Array")],
    ["true", "[true]", notString("Boolean")], ["a symbol", '[Symbol("enterProfile")]', notString("Symbol")],
    ["a BigInt", "[1n]", notString("BigInt")], ["a function", "[() => {}]", notString("Function")],
    ["an object", '[{api: "enterProfile"}]', notString("Object")], ["a frozen object", "[Object.freeze({})]", notString("Object")],
    ["a Proxy", "[new Proxy({}, {})]", notString("Object")],
    ["a cycle", "[cyclic({})]", unreadable(/self cannot be read: TypeError: Converting circular structure to JSON/)],
    ["a getter that throws", '[{get x() { throw new Error("getter broke"); }}]', unreadable("x cannot be read: Error: getter broke")],
    ["a Proxy whose traps throw", "[throwingTraps({})]", unreadable(/arguments are not readable: Error: \w+ trap$/)],
    ["a revoked Proxy", "[revoked()]", unreadable(/arguments are not readable: TypeError: Cannot perform '\w+' on a proxy that has been revoked$/)],
    ["10,000 levels of arrays", "[deepArray(10000)]",
      unreadable(/(0 cannot be read: RangeError: Maximum call stack size exceeded|arguments are not readable: .*exceeded max depth)$/)],
    ["an empty string", '[""]', returns(false)], ["a 10 MB string", "[BIG]", returns(false)],
    ["an unknown API", '["teleport"]', returns(false)], ["__proto__", '["__proto__"]', returns(false)],
    ["constructor.object.x", '["constructor.object.x"]', returns(false)], ["a lone surrogate", '["\\ud800"]', returns(false)],
    ["a NUL", '["enterProfile\\u0000"]', returns(false)], ["a trailing dot", '["enterProfile."]', returns(false)],
    ["an unknown parameter", '["enterProfile.object.nope"]', returns(false)],
    ["one part too many", '["enterProfile.object.left.x"]', returns(false)],
    ["h5sdk.config", '["h5sdk.config"]', returns(false)],
    ["enterProfile", '["enterProfile"]', returns(true)],
    [`${ns}.enterProfile`, `["${ns}.enterProfile"]`, returns(true)],
    ["enterProfile.object.left", '["enterProfile.object.left"]', returns(true)],
    ["a String object", '[new String("enterProfile")]', returns(true)],
    ["getUserProfile", '["getUserProfile"]', returns(ns === "Taro")],
    ["a second argument", '["enterProfile", 5]', returns(true)],
  ];
  return { full: `${ns}.canIUse`, kind: "sync", valid: null, cases };
}

// Taro.getEnv takes nothing, and answers whatever it is given, unless the
// argument cannot even be read.
export function getEnv() {
  const generic = genericCases({ namespace: "Taro", kind: "sync", empty: returns("WEB"), valid: returns("WEB"), param: "x" });
  const unreadable = (expected) => expected.fail && !String(expected.fail.errString).includes("should be Object");
  const cases = generic.map(([label, source, expected]) => [label, source, unreadable(expected) ? expected : returns("WEB")]);
  return { full: "Taro.getEnv", kind: "sync", valid: {}, cases };
}

export function h5Config() {
  const wrongType = (text) => h5fail(1012, "wrong parameter type: " + text);
  return api("h5sdk.config", "h5config", {
    valid: { appId: APP_ID, timestamp: 0, nonceStr: "fresh", signature: "any", jsApiList: [] },
    param: "appId", empty: wrongType("appId cannot be empty"),
  }, [
    ["appId 5", "[{...VALID, ...CB, appId: 5}]", wrongType("appId is of wrong type")],
    ["appId empty", '[{...VALID, ...CB, appId: ""}]', wrongType("appId cannot be empty")],
    ["appId not an app ID", '[{...VALID, ...CB, appId: "abc"}]', h5fail(333430, 'invalid appId "abc": app IDs start with cli_')],
    ["appId another app", '[{...VALID, ...CB, appId: "cli_other"}]', h5fail(333440, `app "cli_other" does not exist (this client knows ${APP_ID})`)],
    ["appId of 10 MB", '[{...VALID, ...CB, appId: "cli_" + BIG}]',
      h5fail(333440, /^app "cli_x{296}"… \(10485764 bytes\) does not exist \(this client knows cli_\w+\)$/)],
    ["nonceStr 5", "[{...VALID, ...CB, nonceStr: 5}]", wrongType("nonceStr is of wrong type")],
    ["signature an object", "[{...VALID, ...CB, signature: {}}]", wrongType("signature is of wrong type")],
    ["signature empty", '[{...VALID, ...CB, signature: ""}]', wrongType("signature cannot be empty")],
    ["timestamp words", '[{...VALID, ...CB, timestamp: "soon"}]', wrongType('timestamp must be milliseconds, got "soon"')],
    ["timestamp 1.5", "[{...VALID, ...CB, timestamp: 1.5}]", wrongType("timestamp must be whole milliseconds, got 1.5")],
    ["timestamp -1", "[{...VALID, ...CB, timestamp: -1}]", wrongType("timestamp must be whole milliseconds, got -1")],
    ["timestamp NaN", "[{...VALID, ...CB, timestamp: NaN}]", wrongType("timestamp is of wrong type (Number)")],
    ["timestamp Infinity", "[{...VALID, ...CB, timestamp: Infinity}]", wrongType("timestamp is of wrong type (Number)")],
    ["timestamp true", "[{...VALID, ...CB, timestamp: true}]", wrongType("timestamp is of wrong type (Boolean)")],
    ["timestamp 1", "[{...VALID, ...CB, timestamp: 1}]", h5fail(333444, "signature expired: timestamp 1 is more than 10 minutes from now")],
    ["jsApiList a string", '[{...VALID, ...CB, jsApiList: "enterProfile"}]', wrongType("jsApiList is of wrong type")],
    ["jsApiList of numbers", "[{...VALID, ...CB, jsApiList: [1]}]", wrongType("jsApiList must hold only strings")],
    ["jsApiList null", "[{...VALID, ...CB, jsApiList: null}]", wrongType("jsApiList cannot be empty")],
    ["jsApiList naming no JSAPI", '[{...VALID, ...CB, jsApiList: ["teleport"]}]', h5fail(333446, 'JSAPI "teleport" does not exist')],
  ]);
}

export function login(ns) {
  return api(`${ns}.login`, asyncKind(ns), { valid: {}, param: "x", answer: { code: expectCode() }, empty: ok({ code: expectCode() }) }, []);
}

// checkSession after a login: the session is there for every option it
// can read.
export function checkSession(ns) {
  return api(`${ns}.checkSession`, asyncKind(ns), { valid: {}, param: "x", empty: ok(), prepare: "tt.login()" }, [
    ["before any login", "(ttShim.reset(), [{...CB}])", fail(105, "session is empty")],
  ]);
}

// A login code: its sealed grant and the seal, base64url (docs/choices.md, choice 22).
function expectCode() {
  return expect.stringMatching(/^[\w-]{23,}$/);
}

// The hand-written calls, by the spec that makes them: a web app's
// asynchronous APIs, the synchronous ones and h5sdk.config, and the
// gadget-only ones. hostile-unsimulated.spec.mjs checks they cover every
// simulated API in the registry.
export function asyncApis() {
  const apis = [];
  for (const ns of ["tt", "Taro"]) {
    apis.push(enterProfile(ns), requestAccess(ns), getSystemInfo(ns), getUserInfo(ns), chooseContact(ns), chooseImage(ns), request(ns));
    apis.push(authorize(ns), getSetting(ns), openSetting(ns), scanCode(ns), getLocation(ns), chooseLocation(ns),
      openLocation(ns), ...locationUpdates(ns));
    apis.push(previewImage(ns), getImageInfo(ns), compressImage(ns), saveImageToPhotosAlbum(ns));
    apis.push(chooseVideo(ns), chooseMedia(ns), saveVideoToPhotosAlbum(ns));
    apis.push(showToast(ns), showLoading(ns), hideToast(ns, "hideToast"), hideToast(ns, "hideLoading"), showModal(ns));
  }
  apis.push(...secureAsyncApis(), ...filesAsyncApis(), ...chatAsyncApis(), ...openAsyncApis(), ...shareAsyncApis());
  return [...apis, requestAuthCode(), getUserProfile(), legacyGetSystemInfo(), ...windowAsyncApis(), reverseGeocode(), ...legacyScanAndLocate(),
    legacyPreviewImage(), ...deviceAsyncApis(), ...sensorAsyncApis(), showPrompt(), ...legacyNotifications()];
}

// getFileSystemManager returns its one manager, whose methods the page
// cannot hand back out of page.evaluate.
export function getFileSystemManager(ns) {
  return api(`${ns}.getFileSystemManager`, "sync", { valid: {}, param: "x", answer: {}, empty: ok({}) }, []);
}

export function syncApis() {
  return [getSystemInfoSync("tt"), getSystemInfoSync("Taro"), getFileSystemManager("tt"), getFileSystemManager("Taro"), canIUse("tt"), canIUse("Taro"), getEnv(), h5Config(), ...windowSyncApis(),
    ...locationListeners("tt"), ...locationListeners("Taro"), ...deviceSyncApis(), ...sensorListeners(), ...shareListeners()];
}

export function gadgetApis() {
  return [login("tt"), login("Taro"), checkSession("tt"), checkSession("Taro"), ...windowGadgetApis(),
    showActionSheet("tt"), showActionSheet("Taro"), ...shareGadgetApis()];
}

// ---- permissions, the scanner and location (mobile only) ----------------------

// A phone whose dialogs the configuration answers: the location scope
// granted, authorize's prompt allowed, the scanner reading "hostile", the
// map sent and the settings page left as it is.
const PHONE = "ttShim.configure(" + JSON.stringify({
  client: { platform: "android" }, permissions: { "scope.userLocation": "allow" },
  answers: { authorize: "allow", scanCode: { result: "hostile" }, chooseLocation: "confirm", openSetting: "confirm" },
}) + ")";
const HERE = { latitude: 39.908722, longitude: 116.397499, type: "gcj02" };

export function authorize(ns) {
  const w = words(ns);
  const notScope = (quotedScope) => fail(104, w.reasonLike(new RegExp(`scope ${quotedScope} is not one of "scope\\.userInfo", .*"scope\\.runData"$`)));
  return api(`${ns}.authorize`, asyncKind(ns), {
    valid: { scope: "scope.record" }, param: "scope", empty: fail(104, w.empty("scope", "String", "Undefined")), prepare: PHONE,
  }, [
    ["scope 5", "[{...CB, scope: 5}]", fail(104, w.wrongType("scope", "String", "Number"))],
    ["scope an array", '[{...CB, scope: ["scope.record"]}]', fail(104, w.wrongType("scope", "String", "Array"))],
    ["scope empty", '[{...CB, scope: ""}]', fail(104, w.empty("scope", "String", "String"))],
    ["scope null", "[{...CB, scope: null}]", fail(104, w.empty("scope", "String", "Null"))],
    ["scope unknown", '[{...CB, scope: "scope.telepathy"}]', notScope('"scope\\.telepathy"')],
    ["scope 10 MB", "[{...CB, scope: BIG}]", notScope('"x{300}"… \\(10485760 bytes\\)')],
    ["scope already granted", '[{...CB, scope: "scope.userLocation"}]', ok()],
  ]);
}

export function getSetting(ns) {
  const granted = { authSetting: { "scope.userLocation": true } };
  return api(`${ns}.getSetting`, asyncKind(ns), { valid: {}, param: "x", answer: granted, empty: ok(granted), prepare: PHONE }, []);
}

export function openSetting(ns) {
  const granted = { authSetting: { "scope.userLocation": true } };
  return api(`${ns}.openSetting`, asyncKind(ns), { valid: {}, param: "x", answer: granted, empty: ok(granted), prepare: PHONE }, []);
}

export function scanCode(ns) {
  const w = words(ns);
  const scanned = { result: "hostile" };
  const notType = (quotedType) => fail(104, w.reasonLike(new RegExp(`scanType ${quotedType} is not one of "qrCode", "barCode", "datamatrix", "pdf417"$`)));
  return api(`${ns}.scanCode`, asyncKind(ns), {
    valid: { scanType: ["qrCode"], barCodeInput: true }, param: "scanType", answer: scanned, empty: ok(scanned), prepare: PHONE,
  }, [
    ["scanType a string", '[{...CB, scanType: "qrCode"}]', fail(104, w.wrongType("scanType", "Array", "String"))],
    ["scanType of numbers", "[{...CB, scanType: [1]}]", fail(104, w.reason("scanType must hold only strings"))],
    ["scanType unknown", '[{...CB, scanType: ["ean13"]}]', notType('"ean13"')],
    ["scanType of 10 MB", "[{...CB, scanType: [BIG]}]", notType('"x{300}"… \\(10485760 bytes\\)')],
    ["scanType empty", "[{...CB, scanType: []}]", ok(scanned)],
    ["scanType null", "[{...CB, scanType: null}]", ok(scanned)],
    ["barCodeInput a string", '[{...CB, barCodeInput: "yes"}]', fail(104, w.wrongType("barCodeInput", "Boolean", "String"))],
    ["barCodeInput 1", "[{...CB, barCodeInput: 1}]", fail(104, w.wrongType("barCodeInput", "Boolean", "Number"))],
  ]);
}

export function getLocation(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.getLocation`, asyncKind(ns), {
    valid: { timeout: 5, accuracy: "best" }, param: "accuracy", answer: HERE, empty: ok(HERE), prepare: PHONE,
  }, [
    ["timeout a string", '[{...CB, timeout: "5"}]', wrong("timeout", "Number", "String")],
    ["timeout NaN", "[{...CB, timeout: NaN}]", wrong("timeout", "finite Number", "NaN")],
    ["timeout out of range", "[{...CB, timeout: -1}]", ok(HERE)],
    ["cacheTimeout true", "[{...CB, cacheTimeout: true}]", wrong("cacheTimeout", "Number", "Boolean")],
    ["accuracy 5", "[{...CB, accuracy: 5}]", wrong("accuracy", "String", "Number")],
    ["accuracy low", '[{...CB, accuracy: "low"}]', fail(104, w.reason('accuracy should be "high" or "best", not "low"'))],
    ["the old type, of any type", "[{...CB, type: Symbol()}]", ok(HERE)],
  ]);
}

export function chooseLocation(ns) {
  const sent = { name: "天安门广场", latitude: 39.908722, type: "gcj02" };
  return api(`${ns}.chooseLocation`, asyncKind(ns), { valid: {}, param: "x", answer: sent, empty: ok(sent), prepare: PHONE }, [
    ["the old type", '[{...CB, type: "wgs84"}]', ok(sent)],
  ]);
}

export function openLocation(ns) {
  const w = words(ns);
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api(`${ns}.openLocation`, asyncKind(ns), {
    valid: { latitude: 30.492121, longitude: 114.410324, name: "保利国际中心", scale: 12 }, param: "name",
    empty: fail(104, w.empty("latitude", "Number", "Undefined")), prepare: PHONE,
  }, [
    ["latitude a string", '[{...VALID, ...CB, latitude: "30"}]', wrong("latitude", "Number", "String")],
    ["latitude NaN", "[{...VALID, ...CB, latitude: NaN}]", wrong("latitude", "finite Number", "NaN")],
    ["latitude null", "[{...VALID, ...CB, latitude: null}]", fail(104, w.empty("latitude", "Number", "Null"))],
    ["latitude 91", "[{...VALID, ...CB, latitude: 91}]", fail(104, w.reason("latitude should be from -90 to 90, got 91"))],
    ["longitude missing", "[{latitude: 1, ...CB}]", fail(104, w.empty("longitude", "Number", "Undefined"))],
    ["longitude -181", "[{...VALID, ...CB, longitude: -181}]", fail(104, w.reason("longitude should be from -180 to 180, got -181"))],
    ["scale 4", "[{...VALID, ...CB, scale: 4}]", fail(104, w.reason("scale should be from 5 to 18, got 4"))],
    ["scale a string", '[{...VALID, ...CB, scale: "12"}]', wrong("scale", "Number", "String")],
    ["name 5", "[{...VALID, ...CB, name: 5}]", wrong("name", "String", "Number")],
    ["address an object", "[{...VALID, ...CB, address: {}}]", wrong("address", "String", "Object")],
    ["type bd09", '[{...VALID, ...CB, type: "bd09"}]', fail(104, w.reason('type should be "wgs84" or "gcj02", not "bd09"'))],
    ["name of 1 MB", "[{...VALID, ...CB, name: MEGA}]", ok()],
  ]);
}

export function reverseGeocode() {
  const w = words("tt");
  const wrong = (name, want, got) => fail(104, w.wrongType(name, want, got));
  return api("tt.reverseGeocode", "async", {
    valid: { latitude: 39.9087, longitude: 116.3975 }, param: "latitude", answer: { building: "天安门广场" },
    empty: fail(104, w.empty("latitude", "Number", "Undefined")), prepare: PHONE,
  }, [
    ["latitude a string", '[{...VALID, ...CB, latitude: "39"}]', wrong("latitude", "Number", "String")],
    ["latitude Infinity", "[{...VALID, ...CB, latitude: Infinity}]", wrong("latitude", "finite Number", "Infinity")],
    ["latitude -91", "[{...VALID, ...CB, latitude: -91}]", fail(104, w.reason("latitude should be from -90 to 90, got -91"))],
    ["longitude null", "[{...VALID, ...CB, longitude: null}]", fail(104, w.empty("longitude", "Number", "Null"))],
    ["longitude a BigInt", "[{...VALID, ...CB, longitude: 1n}]", wrong("longitude", "Number", "BigInt")],
    ["nowhere known", "[{...CB, latitude: 0, longitude: 0}]", fail(1700008, "Reverse geocode request yielded no result")],
  ]);
}

// The legacy names of scanCode and getLocation, on the phone above.
export function legacyScanAndLocate() {
  return [
    api("h5sdk.biz.util.scan", "legacy", { valid: {}, param: "scanType", answer: { result: "hostile" }, empty: ok({ result: "hostile" }), prepare: PHONE }, []),
    api("h5sdk.device.geolocation.get", "legacy", { valid: {}, param: "accuracy", answer: HERE, empty: ok(HERE), prepare: PHONE }, []),
  ];
}

export function locationUpdates(ns) {
  return ["startLocationUpdate", "stopLocationUpdate"].map((name) =>
    api(`${ns}.${name}`, asyncKind(ns), { valid: {}, param: "x", empty: ok(), prepare: PHONE }, []));
}

export function locationListeners(ns) {
  return ["onLocationChange", "offLocationChange"].map((name) => ({
    full: `${ns}.${name}`, kind: "listener", task: false, valid: {}, prepare: PHONE,
    cases: listenerCases({ namespace: ns, valid: returns(undefined) }),
  }));
}
