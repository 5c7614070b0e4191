// Client events: the functions the page gave a simulated tt.on<Event>,
// which Go calls when the event happens (host.event). They stay in the
// page, as a client keeps them: ttShim.reset() does not drop them, since
// the page added them and would not add them again.
import { JSON, invoke, later } from "./builtins.js";

const listening = new Map(); // event → the functions, in the order added

// keepListener adds or drops fn after Go accepted the listener call:
// on<Event> adds it (once), off<Event> drops it, or all of them when Go
// let it be called without one.
export function keepListener(api, fn) {
  if (!api.ev || api.u) return;
  let fns = listening.get(api.ev);
  if (api.name.startsWith("on")) {
    if (!fns) listening.set(api.ev, (fns = new Set()));
    fns.add(fn);
  } else if (fn === undefined) {
    fns?.clear(); // an off<Event> that takes nothing drops them all
  } else if (fns) {
    fns.delete(fn);
  }
}

// dispatch calls event's listeners, each in a later microtask with its
// own copy of the event's fields.
export function dispatch(event, json) {
  const fns = listening.get(event);
  if (!fns) return;
  for (const fn of [...fns]) later(() => invoke(fn, JSON.parse(json)));
}
