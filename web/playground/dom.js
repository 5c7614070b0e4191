// Small DOM and formatting helpers. Everything the shim or the user supplies
// reaches the page as text (textContent or text nodes), never as HTML.

export const byId = (id) => document.getElementById(id);

// el builds an element: props are className, textContent or attributes;
// children are nodes or strings (appended as text).
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className" || key === "textContent") node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

// pretty shows any value as readable JSON; functions and the like, which
// JSON drops, are named instead.
export function pretty(value, indent = 2) {
  if (value === undefined) return "undefined";
  try {
    const json = JSON.stringify(value, (key, v) => {
      if (typeof v === "function") return "[function]";
      if (typeof v === "bigint") return v.toString() + "n";
      if (v === undefined && key !== "") return "[undefined]";
      return v;
    }, indent);
    return json === undefined ? String(value) : json;
  } catch (e) {
    return String(value) + " (not JSON: " + describeError(e).message + ")";
  }
}

// describeError keeps what a thrown value carries, including the errMsg,
// errno and errString the shim's sync APIs attach to their Errors.
export function describeError(e) {
  if (e instanceof Error) {
    const own = {};
    for (const key of Object.keys(e)) own[key] = e[key];
    return { name: e.name, message: e.message, ...own };
  }
  return e;
}

export function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const twoDigits = (n) => String(n).padStart(2, "0");

// clockTime is a local time with milliseconds, e.g. "14:03:09.021".
export function clockTime(ms) {
  const d = new Date(ms);
  return `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}:${twoDigits(d.getSeconds())}.` +
    String(d.getMilliseconds()).padStart(3, "0");
}

export function timeElement(ms) {
  const valid = Number.isFinite(ms);
  return el("time", { datetime: valid ? new Date(ms).toISOString() : undefined }, valid ? clockTime(ms) : String(ms));
}

// outcomeOf reads an answer's errMsg the way the client writes it:
// "<api>:ok", "<api>:cancel", "<api>:fail …".
export function outcomeOf(answer) {
  const errMsg = answer && typeof answer.errMsg === "string" ? answer.errMsg : "";
  if (/:ok$/.test(errMsg)) return "ok";
  if (/:cancel\b/.test(errMsg)) return "cancel";
  return "fail";
}

export function showMessage(node, text) {
  node.textContent = text || "";
  node.hidden = !text;
}
