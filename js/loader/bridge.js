  // ---- talking to Go -------------------------------------------------------

  // Requests go into a buffer Go hands out once and again only when one
  // outgrows it; views of the memory are remade when it grows.
  let memory = null;
  let room = { at: 0, size: 0 };
  const MIN_ROOM = 1 << 16;

  function memoryView() {
    if (!memory || memory.buffer !== exports.mem.buffer) memory = new Uint8Array(exports.mem.buffer);
    return memory;
  }

  // writeRequest copies the request into Go's buffer and returns its
  // length in bytes: by hand when it is short ASCII, the common case,
  // which beats TextEncoder's setup.
  function writeRequest(request) {
    const most = request.length * 3;
    if (most > room.size) {
      const size = Math.max(most, MIN_ROOM);
      room = { at: exports.ttshim_buffer(size) >>> 0, size };
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

  function askGo(name, payload) {
    const written = writeRequest(name + "\n" + payload);
    goDepth++;
    let packed;
    try {
      packed = exports.ttshim_call(written);
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
  const darkScheme = globalThis.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  let lastWindow = { w: -1, h: -1, dpr: -1, dark: -1, text: "" };
  let resized = true;
  if (typeof addEventListener === "function") addEventListener("resize", () => { resized = true; });
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
  function encode(option, skip, tapped, view, ownCallbacks) {
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

  function describe(e) {
    try {
      return e instanceof Error ? e.name + ": " + e.message : String(e);
    } catch {
      return "an unprintable error";
    }
  }

