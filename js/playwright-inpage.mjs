// The functions ttshim/playwright's init script runs inside each document
// (serialised with their source, so they use nothing from this module):
// armBlankWindow for a popup's first about:blank, mirrorCallLog for the
// call log the fixture keeps in Node.

// armBlankWindow runs in an about:blank document. A window that window.open
// opens on a URL of the opener's origin starts as about:blank and keeps its
// Window object when that URL arrives, so no init script runs for the real
// document: ttshim's globals wait there as accessors that install ttshim
// the first time the document, by then an http(s) one, uses them.
export function armBlankWindow(routable, install) {
  if (location.href !== "about:blank" || !/^https?:\/\//.test(self.origin)) return;
  const names = ["tt", "h5sdk", "Taro", "ttShim"];
  let armed = true;
  const disarm = () => {
    if (!armed) return;
    armed = false;
    for (const name of names) delete globalThis[name];
    install();
  };
  for (const name of names) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        if (!routable()) return undefined;
        disarm();
        return globalThis[name];
      },
      set(value) {
        if (routable()) disarm();
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

// mirrorCallLog runs in the page's top document, after the loader: it sends
// Node what changed in the call log, so that the log is still there once
// the page has moved on to another document. Changes are sent in a task of
// their own after the loader's events (a call logged, a call settled, a
// dialog opened or answered, ttShim.reset), so a burst of calls costs one
// message; each of the fixture's operations sends them before it returns;
// and a document that starts to leave (beforeunload) sends them at once,
// while it can (Chromium drops what pagehide sends to DevTools, so pagehide
// is a last try). A document left before its ttshim started never handled
// its calls, so they are in no log.
export function mirrorCallLog(binding, documentKey) {
  const shim = globalThis.ttShim;
  if (!shim || shim.installed !== true || window.top !== window) return;
  const changesSince = shim[Symbol.for("ttshim.logChanges")];
  const id = Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
  let rev = -1;
  const send = () => {
    const keep = globalThis[binding];
    if (typeof keep !== "function") return;
    let changes;
    try {
      changes = changesSince(rev);
    } catch {
      return; // not running (yet)
    }
    if (changes.rev === rev) return;
    rev = changes.rev;
    try {
      Promise.resolve(keep("log", id, location.href, JSON.stringify(changes))).catch(() => {});
    } catch {
      // the binding is gone with the page
    }
  };
  // A task of its own, which a page's fake clock does not hold back.
  const channel = new MessageChannel();
  let scheduled = false;
  channel.port1.onmessage = () => {
    scheduled = false;
    send();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    channel.port2.postMessage(0);
  };
  for (const type of ["call", "settle", "dialog", "reset"]) shim.on(type, schedule);
  addEventListener("beforeunload", send);
  addEventListener("pagehide", send);
  // The document's id, and a way to send the changes now (before each of
  // the fixture's operations returns, so Node has them when the test goes on).
  Object.defineProperty(shim, Symbol.for(documentKey), { value: Object.freeze({ id, send }) });
}
