// Client events: the functions the page gave a simulated tt.on<Event>,
// which Go calls when the event happens (host.event). They stay in the
// page, as a client keeps them: ttShim.reset() does not drop them, since
// the page added them and would not add them again.
import { JSON, invoke, later } from "./builtins.js";

const listening = new Map(); // event → the functions, in the order added

// keepListener adds or drops the function after Go accepted the listener
// call: on<Event> adds it (once), off<Event> drops it, or all of them when
// Go let it be called without one.
export function keepListener(api, arg) {
  if (!api.ev || api.u) return;
  let event = api.ev;
  let fn = arg;
  if (api.lo) {
    // The function is the option's field, heard per value of its key
    // (tt.onChatBadgeChange's onChange, per openChatId); Go read both, but
    // a getter may answer differently the second time.
    try {
      event += ":" + arg[api.lo.key];
      fn = arg[api.lo.fn] ?? undefined;
    } catch {
      return;
    }
    if (fn !== undefined && typeof fn !== "function") return;
  }
  let fns = listening.get(event);
  if (api.name.startsWith("on")) {
    if (!fns) listening.set(event, (fns = new Set()));
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
