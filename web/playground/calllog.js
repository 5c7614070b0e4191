// The live call log: a table of ttShim.calls(), newest first, redrawn only
// when the log changed so that scrolling and text selection survive.
import { el, pretty, showMessage, timeElement } from "./dom.js";
import { apiGroups } from "./apilist.js";
import { playwrightTest } from "./snippet.js";

const SHOWN = 200;
// JSON longer than this is shown folded, its whole text a click away.
const FOLDED = 160;

// cell is a td of one node, or of a list of them.
function cell(label, content, className) {
  return el("td", { "data-label": label, className }, ...[content].flat());
}

function json(value, label) {
  const text = value === undefined ? "—" : pretty(value, 0);
  if (text.length <= FOLDED) return el("pre", { className: "cell-json" }, text);
  return el("details", { className: "cell-json" },
    el("summary", { "aria-label": `${label}: ${text.length} characters, show all` }, text.slice(0, FOLDED) + "…"),
    el("pre", {}, pretty(value, 2)));
}

function row(call, copy) {
  const api = [el("code", {}, call.api)];
  if (ttShim.kindOf(call.api) !== "listener") {
    const button = el("button", { type: "button", className: "quiet copy-test", "aria-label": `Copy ${call.api} as a Playwright test` }, "Copy as test");
    button.addEventListener("click", () => copy(call));
    api.push(button);
  }
  return el("tr", { "data-outcome": call.outcome },
    cell("Time", timeElement(call.time)),
    cell("API", api),
    cell("Outcome", el("span", { className: "badge" }, call.outcome)),
    cell("Arguments", json(call.args, "Arguments"), "json"),
    cell("Result", json(call.result, "Result"), "json"));
}

export class CallLog {
  constructor({ body, count, filter, error, snippet }) {
    Object.assign(this, { body, count, filter, error, snippet });
    this.shownKey = null;
    this.copy = (call) => this.showTest(call);
  }

  // showTest shows the call as a Playwright test and copies it, where the
  // browser lets the page write to the clipboard.
  async showTest(call) {
    const { dialog, text, status } = this.snippet;
    text.value = playwrightTest(call, ttShim.config(), location.origin + location.pathname);
    status.textContent = "";
    dialog.showModal();
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
      status.textContent = "Copied to the clipboard.";
    } catch {
      status.textContent = "Select the text and copy it.";
    }
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
    this.body.replaceChildren(...(newest.length ? newest.map((call) => row(call, this.copy))
      : [el("tr", { className: "empty-row" }, el("td", { colspan: 5 }, "No calls yet."))]));
  }
}
