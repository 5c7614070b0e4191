// The hand-written JS mock that `make bench` compares ttshim with: the
// smallest script an app might write instead of ttshim for the APIs the
// bench calls, with ttshim's call contract (docs/control.md, "The call contract"):
// success {errMsg: "<api>:ok", ...} or failure {errMsg, errno, errString};
// callbacks (success or fail, then complete) when the option has one, else
// a Promise (Taro: always a Promise); never inside the call, always in a
// later microtask. It checks only the parameters it must, logs nothing,
// draws no card and ignores window.ttShimConfig.
//
// Taro.getUserProfile does the work ttshim does, with WebCrypto:
// signature = SHA-1(rawData + sessionKey) and encryptedData =
// AES-128-CBC(userInfo + watermark) with a fresh IV per call.
// benchMock.getUserProfilePlain answers the same object with fixed strings
// instead, to show what the crypto costs.
(function () {
  "use strict";

  const encoder = new TextEncoder();
  const APP_ID = "cli_a1b2c3d4e5f60718";

  function invoke(fn, arg) {
    if (typeof fn !== "function") return;
    try {
      fn(arg);
    } catch (e) {
      reportError(e);
    }
  }

  // call applies the contract to produce(option), which returns
  // {ok, r} or a Promise of it.
  function call(option, produce, alwaysPromise) {
    const o = option === undefined || option === null ? {} : option;
    const withCallbacks = typeof o.success === "function" || typeof o.fail === "function" || typeof o.complete === "function";
    let resolve, reject, promise;
    if (alwaysPromise || !withCallbacks) promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    const deliver = ({ ok, r }) => {
      invoke(ok ? o.success : o.fail, r);
      invoke(o.complete, r);
      if (promise) (ok ? resolve : reject)(r);
    };
    const answer = produce(o);
    if (typeof answer.then === "function") answer.then(deliver);
    else queueMicrotask(() => deliver(answer));
    return promise;
  }

  function ok(api, fields) {
    return { ok: true, r: { errMsg: api + ":ok", ...fields } };
  }

  function fail(api, errno, errString) {
    return { ok: false, r: { errMsg: api + ":fail " + errString, errno, errString } };
  }

  function enterProfile(o) {
    if (typeof o.openid !== "string") return fail("enterProfile", 104, "Parameter error. openid is of wrong type");
    if (o.openid === "") return fail("enterProfile", 104, "Parameter error. openid cannot be empty");
    return ok("enterProfile", {});
  }

  function getSystemInfo() {
    const w = innerWidth, h = innerHeight;
    return ok("getSystemInfo", {
      system: "Windows 10", platform: "windows_nt", brand: "PC", model: "PC",
      version: "7.45.0", SDKVersion: "3.52.0",
      screenWidth: screen.width, screenHeight: screen.height, windowWidth: w, windowHeight: h,
      pixelRatio: devicePixelRatio, statusBarHeight: 0, language: "zh_CN", fontSizeSetting: 16,
      appName: "Feishu",
      safeArea: { left: 0, right: w, top: 0, bottom: h, width: w, height: h },
      theme: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    });
  }

  const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
  const base64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
  const sessionKeyBytes = crypto.getRandomValues(new Uint8Array(16));
  const sessionKey = base64(sessionKeyBytes);
  const aesKey = crypto.subtle.importKey("raw", sessionKeyBytes, "AES-CBC", false, ["encrypt"]);

  function userInfoOf(lang) {
    return {
      nickName: "张伟", gender: 1, language: lang, city: "Guangzhou", province: "Guangdong", country: "China",
      avatarUrl: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E",
    };
  }

  function checkDesc(o) {
    if (typeof o.desc !== "string") {
      return fail("getUserProfile", 104, "parameter error: parameter.desc should be String instead of " + (o.desc === undefined ? "Undefined" : typeof o.desc));
    }
    if (o.desc.length < 1 || o.desc.length > 30) return fail("getUserProfile", 104, "desc length does not meet the requirements");
    return null;
  }

  function getUserProfile(o) {
    const bad = checkDesc(o);
    if (bad) return bad;
    const userInfo = userInfoOf(o.lang || "en");
    const rawData = JSON.stringify(userInfo);
    const plain = JSON.stringify({ ...userInfo, watermark: { timestamp: Math.floor(Date.now() / 1000), appid: APP_ID } });
    const iv = crypto.getRandomValues(new Uint8Array(16));
    const cloud = crypto.getRandomValues(new Uint8Array(16));
    return Promise.all([
      crypto.subtle.digest("SHA-1", encoder.encode(rawData + sessionKey)),
      aesKey.then((key) => crypto.subtle.encrypt({ name: "AES-CBC", iv }, key, encoder.encode(plain))),
    ]).then(([digest, sealed]) => ok("getUserProfile", {
      userInfo, rawData, signature: hex(digest), encryptedData: base64(sealed), iv: base64(iv), cloudID: "ttshim_" + hex(cloud),
    }));
  }

  function getUserProfilePlain(o) {
    const bad = checkDesc(o);
    if (bad) return bad;
    const userInfo = userInfoOf(o.lang || "en");
    return ok("getUserProfile", {
      userInfo, rawData: JSON.stringify(userInfo), signature: "0".repeat(40), encryptedData: "AAAA", iv: "AAAAAAAAAAAAAAAAAAAAAA==",
      cloudID: "ttshim_" + "0".repeat(32),
    });
  }

  globalThis.tt = {
    enterProfile: (option) => call(option, enterProfile, false),
    getSystemInfo: (option) => call(option, getSystemInfo, false),
  };
  globalThis.Taro = {
    enterProfile: (option) => call(option, enterProfile, true),
    getSystemInfo: (option) => call(option, getSystemInfo, true),
    getUserProfile: (option) => call(option, getUserProfile, true),
  };
  globalThis.benchMock = {
    getUserProfilePlain: (option) => call(option, getUserProfilePlain, true),
  };
})();
