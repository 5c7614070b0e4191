// The live call log: a table of ttShim.calls(), newest first, redrawn only
// when the log changed so that scrolling and text selection survive.
import { el, pretty, showMessage, timeElement } from "./dom.js";
import { apiGroups } from "./apilist.js";

const SHOWN = 200;

function cell(label, content, className) {
  return el("td", { "data-label": label, className }, content);
}

function json(value) {
  return el("pre", { className: "cell-json" }, value === undefined ? "—" : pretty(value, 0));
}

function row(call) {
  return el("tr", { "data-outcome": call.outcome },
    cell("Time", timeElement(call.time)),
    cell("API", el("code", {}, call.api)),
    cell("Outcome", el("span", { className: "badge" }, call.outcome)),
    cell("Arguments", json(call.args), "json"),
    cell("Result", json(call.result), "json"));
}

export class CallLog {
  constructor({ body, count, filter, error }) {
    Object.assign(this, { body, count, filter, error });
    this.shownKey = null;
  }

  listApis(apis) {
    this.filter.append(...apiGroups(apis));
  }

  refresh() {
    let calls;
    try {
      calls = ttShim.calls(this.filter.value || undefined);
    } catch (e) {
      showMessage(this.error, "ttShim.calls() threw: " + (e && e.message));
      return;
    }
    showMessage(this.error, Array.isArray(calls) ? "" : "ttShim.calls() returned " + pretty(calls, 0) + ", not an array");
    if (!Array.isArray(calls)) calls = [];
    const newest = calls.slice(-SHOWN).reverse();
    const key = this.filter.value + "\n" + calls.length + "\n" + JSON.stringify(newest);
    if (key === this.shownKey) return;
    this.shownKey = key;
    const noun = calls.length === 1 ? "call" : "calls";
    this.count.textContent = calls.length > SHOWN
      ? `${calls.length} ${noun}, newest ${SHOWN} shown`
      : `${calls.length} ${noun}`;
    this.body.replaceChildren(...(newest.length ? newest.map(row)
      : [el("tr", { className: "empty-row" }, el("td", { colspan: 5 }, "No calls yet."))]));
  }
}
