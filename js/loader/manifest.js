// The registry as the loader sees it: every API with its namespace and
// kind, which mkloader generates from the Go registry (shim.Manifest) as the
// module ttshim:manifest, so every stub exists before the wasm arrives.
import manifest from "ttshim:manifest";

export const MANIFEST = manifest;
for (const api of MANIFEST) api.full = api.ns + "." + api.name;

// Marks ttshim's own tt, so a second copy of the script knows it.
export const OURS = Symbol.for("ttshim");

const OPTION_CALLBACKS = ["success", "fail", "complete"];
const H5_CALLBACKS = ["onSuccess", "onFail"];
// The callbacks each kind of API reads from its option.
export const CALLBACKS = { async: OPTION_CALLBACKS, taro: OPTION_CALLBACKS, h5config: H5_CALLBACKS, legacy: H5_CALLBACKS, listener: [], sync: [] };

export const API_NAMES = new Set(MANIFEST.map((api) => api.full));
const byFullName = new Map(MANIFEST.map((api) => [api.full, api]));

// How an API answers: "async", "taro" (always a Promise), "sync",
// "h5config", "listener" or "legacy".
export function kindOf(name) {
  const api = byFullName.get(name);
  return api ? api.kind : undefined;
}

// Whether ttshim simulates an API, or answers it errno 103 until
// ttShim.override does; undefined for a name that is not an API.
export function isSimulated(name) {
  const api = byFullName.get(name);
  return api ? !api.u : undefined;
}
