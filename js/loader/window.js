// The page's window: ttShim.leave, which stands for the person pressing
// back or close, and the "close" event. Go tells the loader how a leave
// that waited on its confirmation ended, and that the window closed,
// through host.event with names a tt.on<Event> cannot have ("@leave",
// "@close").
import { JSON, Promise, later } from "./builtins.js";
import { control } from "./contract.js";
import { dispatch } from "./clientevents.js";
import { emit, heard } from "./events.js";

const leaving = new Map(); // the leave confirmations on screen, by dialog id → resolve

// leave asks Go to leave by how; the Promise says whether the page left.
export function leave(how) {
  if (how === undefined) how = "back";
  if (how !== "back" && how !== "close") {
    throw new TypeError('ttShim.leave(how): how should be "back" or "close", not ' + describe(how));
  }
  const result = control("leave", how);
  if (!result.pending) return Promise.resolve(result.left);
  return new Promise((resolve) => leaving.set(result.pending, resolve));
}

function describe(value) {
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

// hostEvent is host.event: the window's own events, or a client event for
// the page's listeners.
export function hostEvent(event, json) {
  if (event === "@leave") {
    const { id, left } = JSON.parse(json);
    const resolve = leaving.get(id);
    leaving.delete(id);
    if (resolve) resolve(left);
  } else if (event === "@close") {
    const { by } = JSON.parse(json);
    // After the "call" event of the tt.closeWindow that closed it.
    if (heard("close")) later(() => emit({ type: "close", by }));
  } else {
    dispatch(event, json);
  }
}
