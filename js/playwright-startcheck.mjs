// The fixture's start checks (ttshim/playwright): a test fails at once
// when test.use({ ttshimConfig }) cannot be a page's configuration, and at
// its end when ttshim did not start in one of its pages or frames, with the
// reason rather than a later, unrelated timeout.
import { configLayerError } from "./openplatform.mjs";

// A configuration's reason to be refused, by its JSON, once per worker.
const checked = new Map();

// checkTtshimConfig throws when config cannot be window.ttShimConfig:
// unknown keys, values of the wrong kind. It is checked by the same Go code
// as in the page (ttshim-openplatform.wasm, run in Node).
export async function checkTtshimConfig(config) {
  let json;
  try {
    json = JSON.stringify(config);
  } catch {
    return; // installTtShim says why it cannot be sent
  }
  // wasmURL is the page loader's own key, which Go never sees.
  const { wasmURL, ...goConfig } = config;
  if (!checked.has(json)) checked.set(json, configLayerError(goConfig));
  const reason = await checked.get(json);
  if (reason) throw new Error(`ttshim: test.use({ ttshimConfig }) is not a valid configuration: ${reason}`);
}

const PREFIX = "ttshim/playwright: ttshim did not start in ";

// reportStartFailure runs in each document after the loader: a ttShim.ready
// that rejects is a console error the fixture recognises.
export function reportStartFailure(prefix) {
  const ready = globalThis.ttShim && globalThis.ttShim.ready;
  if (!ready || typeof ready.catch !== "function") return;
  ready.catch((e) => console.error(prefix + location.href + ": " + String(e && e.message).replace(/^ttshim: /, "")));
}

export const reportStartFailureLine = `(${reportStartFailure})(${JSON.stringify(PREFIX)});\n`;

// startFailureOf is a console message's "<url>: <reason>" when it is such
// a report.
export function startFailureOf(message) {
  const text = message.type() === "error" ? message.text() : "";
  return text.startsWith(PREFIX) ? text.slice(PREFIX.length) : null;
}
