// The globals: tt, h5sdk, Taro and ttShim, the test author's controls.
import { Object, Reflect, invoke, later } from "./builtins.js";
import { MANIFEST, OURS, isSimulated, kindOf } from "./manifest.js";
import { forgetRemembered, ready, wakeGo } from "./bridge.js";
import { asyncStub, control, h5, h5Ready, h5Stub, listenerStub, syncStub } from "./contract.js";
import { override, restore } from "./overrides.js";
import { emit, heard, off, on } from "./events.js";
import { leave } from "./window.js";
import { fileURL } from "./files.js";

const stubs = { async: asyncStub, taro: asyncStub, legacy: asyncStub, sync: syncStub, listener: listenerStub, h5config: h5Stub };

// Each global as {name, object, own}: own is what ttshim defines on it, as
// [name, value]; installGlobals puts them there, and ttShim.reset() puts
// them back.
let globals = [];
let ownTaro = null; // ttshim's own Taro, unless the page had one
// What a page's own Taro keeps when it has it: its ENV_TYPE, and its own
// implementation of an API ttshim does not simulate.
const pageTaroKeeps = new Set(["ENV_TYPE"]);

// Taro's own constants, which getEnv's answer is compared against; a
// page's own Taro keeps its own.
const ENV_TYPE = Object.freeze({
  ASCF: "ASCF", WEAPP: "WEAPP", SWAN: "SWAN", ALIPAY: "ALIPAY", TT: "TT", QQ: "QQ", JD: "JD", WEB: "WEB",
  RN: "RN", HARMONY: "HARMONY", QUICKAPP: "QUICKAPP", HARMONYHYBRID: "HARMONYHYBRID",
});

// install defines the globals, with a stub for every API in the registry.
export function install() {
  // An app that exposes its own Taro keeps it: ttshim only adds its APIs.
  const pageTaro = globalThis.Taro;
  const namespaces = { tt: {}, h5sdk: {}, Taro: pageTaro !== null && typeof pageTaro === "object" ? pageTaro : {} };
  ownTaro = namespaces.Taro === pageTaro ? null : namespaces.Taro;
  Object.defineProperty(namespaces.tt, OURS, { value: true });
  const members = membersOf();
  const ttShim = makeTtShim();
  globals = [
    { name: "tt", object: namespaces.tt, own: members.tt },
    { name: "h5sdk", object: namespaces.h5sdk, own: members.h5sdk },
    { name: "Taro", object: namespaces.Taro, own: members.Taro },
    { name: "ttShim", object: ttShim, own: Object.entries(ttShim) },
  ];
  installGlobals("could not install");
}

function membersOf() {
  const members = { tt: [], h5sdk: [], Taro: [] };
  // h5sdk's legacy names are paths (biz.util.openLink): their first part
  // is a member holding objects down to the stub.
  const legacyRoots = {};
  for (const api of MANIFEST) {
    const stub = stubs[api.kind](api);
    if (api.kind !== "legacy") {
      members[api.ns].push([api.name, stub]);
      if (api.ns === "Taro" && api.u) pageTaroKeeps.add(api.name);
      continue;
    }
    const [root, ...path] = api.name.split(".");
    if (!legacyRoots[root]) members.h5sdk.push([root, (legacyRoots[root] = {})]);
    let holder = legacyRoots[root];
    for (const part of path.slice(0, -1)) holder = holder[part] || (holder[part] = {});
    holder[path[path.length - 1]] = stub;
  }
  members.Taro.push(["ENV_TYPE", ENV_TYPE]);
  members.h5sdk.push(["ready", function (fn) {
    if (typeof fn === "function") h5Ready(fn);
  }], ["error", function (fn) {
    if (typeof fn !== "function") return;
    h5.error.push(fn);
    if (h5.lastError) {
      const last = h5.lastError;
      later(() => invoke(fn, last));
    }
  }]);
  return members;
}

// installGlobals makes tt, h5sdk, Taro and ttShim ttshim's objects with
// ttshim's members, whatever the page did to them since, and warns about
// what it could not put there (a frozen object, a locked global). A Taro
// object the page put there stays, with ttshim's APIs added, as at load.
function installGlobals(doing) {
  const missed = [];
  for (const { name, object, own } of globals) {
    let target = object;
    const current = readMember(globalThis, name);
    if (name === "Taro" && current !== ownTaro && current !== null && typeof current === "object") target = current;
    else if (current !== object && !define(globalThis, name, object)) {
      missed.push(name);
      continue;
    }
    for (const [key, value] of own) {
      if (target !== ownTaro && name === "Taro" && pageTaroKeeps.has(key) && readMember(target, key) && readMember(target, key) !== value) continue;
      if (readMember(target, key) !== value && !define(target, key, value)) missed.push(name + "." + key);
    }
  }
  if (missed.length) console.warn("ttshim: " + doing + " " + missed.join(", ") + ": the page locked them");
}

function readMember(target, key) {
  try {
    return target[key];
  } catch {
    return undefined; // a getter of the page's that throws
  }
}

// define sets a data property, or assigns one a page's `var` declared
// (which cannot be redefined).
function define(target, key, value) {
  try {
    if (Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })) return true;
    return Reflect.set(target, key, value) && target[key] === value;
  } catch {
    return false; // a Proxy's trap that throws
  }
}

function makeTtShim() {
  const ttShim = {
    installed: true,
    ready,
    apis: MANIFEST.map((api) => api.full),
    kindOf,
    isSimulated,
    config: () => control("config"),
    configure(patch) {
      if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
        throw new TypeError("ttShim.configure(patch): patch should be an object");
      }
      control("configure", patch);
    },
    reset() {
      restore();
      control("reset");
      forgetRemembered();
      later(wakeGo); // so aborted requests stop their fetches
      Object.assign(h5, { authenticated: false, lastError: null, ready: [], error: [] });
      installGlobals("ttShim.reset() could not put back");
      if (heard("reset")) emit({ type: "reset" });
    },
    calls: (api) => control("calls", api === undefined ? "" : String(api)),
    session: () => control("session"),
    exchangeCode: (code) => control("exchangeCode", String(code)),
    dialogs: () => control("dialogs"),
    navigationBar: () => control("navigationBar"),
    tapNavigationBar(side, id) {
      if (typeof side !== "string" || (id !== undefined && typeof id !== "string")) {
        throw new TypeError('ttShim.tapNavigationBar(side, id): side should be "left" or "right", and id a string or undefined');
      }
      control("tapNavigationBar", { side, id: id === undefined ? "" : id });
    },
    leave,
    fileURL,
    override,
    restore,
    on,
    off,
    answer(decision) {
      const shaped = typeof decision === "string" || Array.isArray(decision) ||
        (typeof decision === "number" && Number.isFinite(decision)) || (decision !== null && typeof decision === "object");
      if (!shaped) {
        throw new TypeError("ttShim.answer(decision): decision should be a choice string, a list of ids, an item's index or an object of fields");
      }
      control("answer", decision);
    },
  };
  // What changed in the call log since a revision, for ttshim/playwright,
  // which keeps a copy of the log outside the page; not part of ttShim's API.
  Object.defineProperty(ttShim, Symbol.for("ttshim.logChanges"), { value: (since) => control("changes", since) });
  return ttShim;
}
