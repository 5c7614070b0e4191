// The hostile calls of the Wi-Fi APIs, the compass and
// onLocationChangeError (wifi.go, compass.go, locationupdates.go in
// wasm/shim). hostile-cases.mjs lists them with the others.
import { ok, returns, genericCases, listenerCases } from "./hostile-helpers.mjs";

const asyncKind = (ns) => (ns === "Taro" ? "taro" : "async");

function api(full, kind, { answer = {}, prepare }) {
  const namespace = full.split(".")[0];
  const generic = genericCases({ namespace, kind, empty: ok(answer), valid: ok(answer), param: "x" });
  return { full, kind, task: false, valid: {}, prepare, cases: generic };
}

// An Android phone whose location scope is granted, as the Wi-Fi APIs need.
const ANDROID = "ttShim.configure(" + JSON.stringify({
  client: { platform: "android" }, permissions: { "scope.userLocation": "allow" },
}) + ")";

function listener(full, { offTakesNothing = false } = {}) {
  const namespace = full.split(".")[0];
  const valid = returns(undefined);
  let cases = listenerCases({ namespace, valid });
  if (offTakesNothing) {
    // Called without a function, it drops them all.
    cases = cases.map(([label, source, answer]) => (label === "no argument" || label === "undefined" ? [label, source, valid] : [label, source, answer]));
  }
  return { full, kind: "listener", task: false, valid: {}, prepare: ANDROID, cases };
}

export function sensorAsyncApis() {
  const apis = [api("tt.getWifiStatus", "async", { answer: { status: "on" }, prepare: ANDROID }),
    api("h5sdk.device.connection.getConnectedWifi", "legacy", { answer: { SSID: "ttshim-office" }, prepare: ANDROID })];
  for (const ns of ["tt", "Taro"]) {
    apis.push(api(`${ns}.getConnectedWifi`, asyncKind(ns), { answer: { SSID: "ttshim-office" }, prepare: ANDROID }));
    for (const name of ["getWifiList", "startCompass", "stopCompass"]) {
      apis.push(api(`${ns}.${name}`, asyncKind(ns), { prepare: ANDROID }));
    }
  }
  return apis;
}

export function sensorListeners() {
  return ["tt", "Taro"].flatMap((ns) => [
    listener(`${ns}.onGetWifiList`), listener(`${ns}.offGetWifiList`), listener(`${ns}.onCompassChange`),
    listener(`${ns}.onLocationChangeError`), listener(`${ns}.offLocationChangeError`, { offTakesNothing: true }),
  ]);
}
