// The hostile calls of the APIs ttshim does not simulate yet, made from
// the registry (dist/registry.json, which `make build` writes): the
// generic calls of each API's kind, each answered by the unsimulated rule,
// from a client whose support table has the API. The simulated APIs have
// calls of their own (hostile-cases.mjs), and a simulated API without
// them fails the suite.
import { readFileSync } from "node:fs";
import { fail, returns, genericCases, listenerCases } from "./hostile-helpers.mjs";

const REGISTRY = new URL("../../../dist/registry.json", import.meta.url);

export function loadRegistry(file = REGISTRY) {
  return JSON.parse(readFileSync(file, "utf8"));
}

export function unsimulatedText(full) {
  return `${full} is not simulated by ttshim yet: answer it with ttShim.override("${full}", …)`;
}

const CALLBACK_KEYS = new Set(["success", "fail", "complete", "onSuccess", "onFail"]);

// unsimulatedHostile is an unsimulated API's entry for runHostile.
export function unsimulatedHostile(ref) {
  const unsimulated = fail(103, unsimulatedText(ref.full));
  const own = ref.params.map((p) => p.name).find((name) => /^[A-Za-z_]\w*$/.test(name) && !CALLBACK_KEYS.has(name));
  const given = { namespace: ref.ns, kind: ref.kind, empty: unsimulated, valid: unsimulated, param: own ?? "x" };
  let cases;
  if (ref.kind === "listener") {
    cases = listenerCases({ namespace: ref.ns, valid: returns(undefined) });
  } else if (ref.kind === "sync") {
    // ttshim does not check what a sync API it does not simulate is given
    // (its page says), only that it can be read.
    cases = genericCases(given).map(([label, source, expected]) =>
      [label, source, /parameter should be Object/.test(expected.fail?.errString) ? unsimulated : expected]);
  } else {
    cases = genericCases(given);
  }
  const patch = clientWhereSupported(ref);
  return { full: ref.full, kind: ref.kind, task: ref.task, valid: {}, cases,
    prepare: patch ? `ttShim.configure(${JSON.stringify(patch)})` : undefined };
}

// clientWhereSupported is the configuration patch for a client that has
// the API: none when a web app on PC (the suite's client) has it at any
// version, else the first mode and platform whose support table has it,
// at the version it came in.
const PLATFORMS = ["pc", "android", "ios", "harmony"];
export function clientWhereSupported(ref) {
  if (ref.support.webapp.pc === "all") return null;
  for (const mode of ["webapp", "gadget"]) {
    for (const platform of PLATFORMS) {
      const since = ref.support[mode][platform];
      if (!since) continue;
      const client = since === "all" ? { platform } : { platform, version: threeParts(since) };
      return { mode, client };
    }
  }
  throw new Error(`${ref.full}: no client has it`);
}

function threeParts(version) {
  return [...version.split("."), "0", "0"].slice(0, 3).join(".");
}
