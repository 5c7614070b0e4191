// A call's option as the JSON payload Go reads (wasm/shim/payload.go).
import { JSON, Object, describe } from "./builtins.js";

// JSON cannot carry these; Go gets a tag so it can name the type.
function tagged(value) {
  switch (typeof value) {
    case "function": return { "@@js": "Function" };
    case "symbol": return { "@@js": "Symbol" };
    case "bigint": return { "@@js": "BigInt" };
    case "number": return Number.isFinite(value) ? value : { "@@js": "Number", v: String(value) };
  }
  return value;
}

// The window, as each call that reports it is made. The screen is slow
// to read and changes only with the window (which fires resize, if
// late), so it is read again only then.
let darkScheme = null;
let lastWindow = { w: -1, h: -1, dpr: -1, dark: -1, text: "" };
let resized = true;

// watchWindow starts following the window, once ttshim installs.
export function watchWindow() {
  darkScheme = globalThis.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  if (typeof addEventListener === "function") addEventListener("resize", () => { resized = true; });
}

function windowSize() {
  const w = innerWidth, h = innerHeight, dpr = devicePixelRatio;
  const dark = darkScheme && darkScheme.matches ? 1 : 0;
  const last = lastWindow;
  if (resized || w !== last.w || h !== last.h || dpr !== last.dpr || dark !== last.dark) {
    resized = false;
    lastWindow = { w, h, dpr, dark, text: "[" + [w, h, screen.width, screen.height, dpr, dark].join(",") + "]" };
  }
  return lastWindow.text;
}

// encode turns an option into the payload, leaving out the callbacks it
// carries, with the user activation when the API needs a tap and the
// window when it reports one; an option that cannot be read becomes the
// reason why.
export function encode(option, skip, tapped, view, ownCallbacks) {
  let head = "{";
  if (tapped !== undefined) head += '"g":' + tapped + ",";
  if (view) head += '"v":' + windowSize() + ",";
  try {
    let json;
    if (option !== undefined) {
      json = onlyCallbacks(option, ownCallbacks) ? "{}" : JSON.stringify(option, function (key, value) {
        if (this === option && skip.includes(key) && typeof value === "function") return undefined;
        return tagged(value);
      });
    }
    if (json !== undefined) return head + '"a":' + json + "}";
    return head === "{" ? "{}" : head.slice(0, -1) + "}";
  } catch (e) {
    return JSON.stringify({ e: describe(e), k: unreadableKey(option, skip) });
  }
}

// onlyCallbacks spots the most common option, callbacks and nothing
// else, which encodes as {} without a replacer walking it.
function onlyCallbacks(option, ownCallbacks) {
  return ownCallbacks > 0 && typeof option === "object" && !Array.isArray(option) &&
    Object.keys(option).length === ownCallbacks && !("toJSON" in option);
}

// unreadableKey finds the option key whose value cannot be read or
// serialised, so the error can name the parameter.
function unreadableKey(option, skip) {
  try {
    for (const key of Object.keys(option)) {
      if (skip.includes(key)) continue;
      try {
        JSON.stringify(option[key], (k, v) => tagged(v));
      } catch {
        return key;
      }
    }
  } catch {
    // Even its keys cannot be listed (a hostile Proxy): no key to name.
  }
  return undefined;
}
