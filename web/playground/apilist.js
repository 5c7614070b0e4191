// The lists of APIs (the runner's select, the call log's filter): ttShim.apis
// in groups, so the few simulated APIs are not lost among the hundreds
// ttshim registers without simulating them yet.
import { el } from "./dom.js";
import { apiKind } from "./calls.js";

// The groups, in the order shown. h5sdk's legacy names are called their
// own way (h5sdk.biz.util.openLink), so they stay together, simulated or not.
const GROUPS = [
  { label: "Simulated", holds: (name) => apiKind(name) !== "legacy" && ttShim.isSimulated(name) },
  { label: "Not simulated yet — ttShim.override answers them", holds: (name) => apiKind(name) !== "legacy" && !ttShim.isSimulated(name) },
  { label: "h5sdk legacy names", holds: (name) => apiKind(name) === "legacy" },
];

// apiGroups returns an <optgroup> per group that has APIs, each API an
// <option> whose value is its full name.
export function apiGroups(apis) {
  return GROUPS.map(({ label, holds }) => {
    const names = apis.filter(holds);
    return names.length ? el("optgroup", { label }, ...names.map((name) => el("option", { value: name }, name))) : null;
  }).filter(Boolean);
}
