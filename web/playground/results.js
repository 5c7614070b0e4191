// The results panel: one entry per call, newest first, updated as its
// callbacks run or its Promise settles.
import { el, pretty, timeElement } from "./dom.js";

const BADGES = { ok: "ok", fail: "fail", cancel: "cancel", pending: "waiting", info: "info" };
const KEPT = 100;

class Entry {
  constructor({ api, how, args, hasArgs }) {
    this.badge = el("span", { className: "badge" });
    this.detail = el("p", { className: "detail" });
    this.value = el("pre", { className: "value" });
    this.value.hidden = true;
    this.notes = el("ul", { className: "notes" });
    this.notes.hidden = true;
    this.node = el("li", { className: "result" },
      el("div", { className: "result-head" },
        this.badge,
        el("code", { className: "api" }, api),
        how ? el("span", { className: "how" }, how) : null,
        timeElement(Date.now())),
      this.detail, this.value, this.notes);
    if (hasArgs) {
      this.node.append(el("details", { className: "args" },
        el("summary", {}, "Arguments sent"),
        el("pre", {}, args === undefined ? "(no argument)" : pretty(args))));
    }
  }

  // set shows the entry's state; a value is shown only when given.
  set(update) {
    const { outcome, detail } = update;
    this.node.dataset.outcome = outcome;
    this.badge.textContent = BADGES[outcome] || outcome;
    this.detail.textContent = detail || "";
    if ("value" in update) {
      this.value.textContent = pretty(update.value);
      this.value.hidden = false;
    }
    return this;
  }

  // warn points out something the call contract says should not happen.
  warn(text) {
    this.notes.append(el("li", {}, text));
    this.notes.hidden = false;
    return this;
  }
}

export class ResultsPanel {
  constructor(list, emptyNote) {
    this.list = list;
    this.emptyNote = emptyNote;
  }

  add({ api, how = "", args, hasArgs = true }) {
    const entry = new Entry({ api, how, args, hasArgs });
    this.list.prepend(entry.node);
    while (this.list.children.length > KEPT) this.list.lastElementChild.remove();
    this.emptyNote.hidden = true;
    return entry;
  }

  clear() {
    this.list.replaceChildren();
    this.emptyNote.hidden = false;
  }
}
