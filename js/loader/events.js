// ttShim.on / ttShim.off: what changed, for whoever keeps up with the call
// log or the dialogs (ttshim/playwright, the playground) without polling.
// A listener gets one event object, {type, ...}, in a microtask after the
// change, never inside a call or while Go runs, so it may call ttShim.
import { JSON, Object, invoke, later } from "./builtins.js";

// "call": a call was logged ({api, outcome}); "settle": a call that waited
// settled ({api, outcome}); "dialog": a dialog opened or was answered
// ({api, dialog}, dialog as the call log shows it, its answer null when it
// opened); "reset": ttShim.reset() cleared the log; "close": the window
// closed ({by}: "tt.closeWindow", or "back" / "close" when a person left).
const listeners = { call: new Set(), settle: new Set(), dialog: new Set(), reset: new Set(), close: new Set() };
const TYPES = Object.keys(listeners).map((type) => JSON.stringify(type)).join(", ");

function listenersOf(op, type, fn) {
  const set = Object.hasOwn(listeners, type) ? listeners[type] : undefined;
  if (!set) throw new TypeError("ttShim." + op + "(type, listener): type should be one of " + TYPES + ", not " + JSON.stringify(String(type)));
  if (typeof fn !== "function") throw new TypeError("ttShim." + op + "(type, listener): listener should be a function");
  return set;
}

// on adds a listener; adding the same one again changes nothing.
export function on(type, fn) {
  listenersOf("on", type, fn).add(fn);
}

export function off(type, fn) {
  listenersOf("off", type, fn).delete(fn);
}

// heard tells whether anyone listens for type, so a call builds no event
// nobody gets.
export function heard(type) {
  return listeners[type].size > 0;
}

// emit hands the event to its type's listeners, as they are when it is
// delivered.
export function emit(event) {
  later(() => {
    for (const fn of [...listeners[event.type]]) invoke(fn, event);
  });
}
