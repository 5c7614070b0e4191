// Talking to Go: a call's request goes into Go's linear memory, the answer
// comes out of it (wasm/bridge), with no js.Value made on the way. This
// module also holds the runtime's state: loading, serving or failed.
import { JSON, Object, Promise, later } from "./builtins.js";

export let goExports = null; // the wasm exports, once the runtime serves calls
export let bootError = null; // why it never will
// Go is running (a call, or a DOM event Go listens to): calls made
// meanwhile, from an event its DOM work fires, wait their turn.
export let goDepth = 0;
let wake = () => {}; // runs the goroutines a pending call started
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let markReady, markFailed;
// ttShim.ready: settled once, when the runtime serves calls or cannot.
export const ready = new Promise((resolve, reject) => { markReady = resolve; markFailed = reject; });
ready.catch(() => {}); // a page that never awaits it sees the console message instead

// serving records that Go serves calls through exports, and how to wake it.
export function serving(exports, wakeUp) {
  goExports = exports;
  wake = wakeUp;
}

export function failed(reason) {
  bootError = reason;
}

export function resolveReady() {
  markReady();
}

export function rejectReady(error) {
  markFailed(error);
}

// wakeGo lets the goroutines that calls started run (Go runs them only
// when it gets an event).
export function wakeGo() {
  wake();
}

// whileGoRuns counts a DOM event Go handles as Go running.
export function whileGoRuns(run) {
  goDepth++;
  try {
    return run();
  } finally {
    goDepth--;
  }
}

// Requests go into a buffer Go hands out once and again only when one
// outgrows it; views of the memory are remade when it grows.
let memory = null;
let room = { at: 0, size: 0 };
const MIN_ROOM = 1 << 16;

function memoryView() {
  if (!memory || memory.buffer !== goExports.mem.buffer) memory = new Uint8Array(goExports.mem.buffer);
  return memory;
}

// writeRequest copies the request into Go's buffer and returns its
// length in bytes: by hand when it is short ASCII, the common case,
// which beats TextEncoder's setup.
function writeRequest(request) {
  const most = request.length * 3;
  if (most > room.size) {
    const size = Math.max(most, MIN_ROOM);
    room = { at: goExports.ttshim_buffer(size) >>> 0, size };
  }
  const view = memoryView();
  const at = room.at;
  if (request.length <= 512) {
    let i = 0;
    for (; i < request.length; i++) {
      const c = request.charCodeAt(i);
      if (c > 0x7f) break;
      view[at + i] = c;
    }
    if (i === request.length) return i;
  }
  return encoder.encodeInto(request, view.subarray(at, at + most)).written;
}

// Pure APIs' answers that Go remembers (by memo id): Go sends one the
// first time with its id, then the id alone, and each call gets a copy.
const remembered = new Map();

// forgetRemembered drops them all, when the configuration they came from
// is gone (ttShim.reset).
export function forgetRemembered() {
  remembered.clear();
}

function keepRemembered(reply) {
  const [id, oldest] = reply.m;
  for (const key of remembered.keys()) {
    if (key >= oldest) break;
    remembered.delete(key);
  }
  const kept = { reply, plan: { r: planOf(reply.r), v: planOf(reply.v) } };
  remembered.set(id, kept);
  return kept;
}

// planOf maps where a kept answer's nested objects are, so copies are
// made of object spreads alone, the fastest copy V8 has.
function planOf(value) {
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) return { items: value.map(planOf) };
  const nested = [];
  for (const key of Object.keys(value)) {
    const plan = planOf(value[key]);
    if (plan) nested.push([key, plan]);
  }
  return { nested };
}

// A spread makes "__proto__" an own property, which plain assignment
// then sets like any other.
function copyWith(value, plan) {
  if (!plan) return value;
  if (plan.items) return value.map((item, i) => copyWith(item, plan.items[i]));
  const out = { ...value };
  for (const [key, inner] of plan.nested) out[key] = copyWith(value[key], inner);
  return out;
}

function copyOfRemembered({ reply, plan }) {
  return { o: reply.o, r: copyWith(reply.r, plan.r), s: reply.s, v: copyWith(reply.v, plan.v) };
}

// Go's garbage collector works on goroutines, which run only when Go
// gets an event, and a call answered inside the export is none: without
// a wake now and then, a busy page's Go memory grows to many times what
// it holds.
const CALLS_PER_WAKE = 1024;
let callsSinceWake = 0;

export function askGo(name, payload) {
  const written = writeRequest(name + "\n" + payload);
  goDepth++;
  let packed;
  try {
    packed = goExports.ttshim_call(written);
  } finally {
    goDepth--;
  }
  if (++callsSinceWake === CALLS_PER_WAKE) {
    callsSinceWake = 0;
    later(wakeGo);
  }
  if (packed < 0n) {
    const kept = remembered.get(Number(-packed));
    return kept ? copyOfRemembered(kept) : { error: "ttshim lost the remembered answer " + -packed };
  }
  const at = Number(packed >> 32n) >>> 0;
  const reply = JSON.parse(decoder.decode(memoryView().subarray(at, at + Number(packed & 0xffffffffn))));
  return reply.m ? copyOfRemembered(keepRemembered(reply)) : reply;
}
