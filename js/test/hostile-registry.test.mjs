// The hostile suite is made from the registry: an API added to it gets
// the generic calls of its kind (at least 30, each with its answer) with no
// edit to the suite, from a client that has it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadRegistry, unsimulatedHostile, unsimulatedText } from "./e2e/hostile-registry.mjs";

const everywhere = { android: "all", ios: "all", pc: "all", harmony: "all" };
const nowhere = { android: "", ios: "", pc: "", harmony: "" };

function dummy(full, kind, support = { webapp: everywhere, gadget: everywhere }) {
  const ns = full.slice(0, full.indexOf("."));
  return { full, ns, name: full.slice(ns.length + 1), kind, simulated: false, support,
    params: [{ name: "destination", type: "string", required: true }], task: false };
}

// A registry as `make build` writes it, with the dummies added.
function registryWith(...refs) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ttshim-registry-")), "registry.json");
  writeFileSync(file, JSON.stringify([...loadRegistry(), ...refs]));
  return loadRegistry(file);
}

test("an API added to the registry gets its hostile calls, whatever its kind", () => {
  const added = [dummy("tt.teleport", "async"), dummy("Taro.teleport", "taro"), dummy("tt.teleportSync", "sync"),
    dummy("tt.onTeleport", "listener"), dummy("h5sdk.biz.util.teleport", "legacy")];
  const registry = registryWith(...added);
  for (const ref of added) {
    const found = registry.filter((r) => r.full === ref.full && !r.simulated);
    assert.equal(found.length, 1, ref.full);
    const api = unsimulatedHostile(found[0]);
    assert.equal(api.full, ref.full);
    assert.equal(api.kind, ref.kind);
    assert.ok(api.cases.length >= 30, `${ref.full}: ${api.cases.length} calls`);
    assert.equal(new Set(api.cases.map(([label]) => label)).size, api.cases.length, `${ref.full}: labels are unique`);
    for (const [label, source, expected] of api.cases) {
      assert.equal(typeof source, "string", `${ref.full}, ${label}`);
      assert.ok(expected.fail || "ok" in expected || "returns" in expected, `${ref.full}, ${label}: an answer`);
    }
  }
});

test("an unsimulated API's option, when valid, is answered by the unsimulated rule naming it", () => {
  const api = unsimulatedHostile(dummy("tt.teleport", "async"));
  const [, , answer] = api.cases.find(([label]) => label === "a frozen valid option");
  assert.deepEqual(answer, { fail: { errno: 103, errString: unsimulatedText("tt.teleport") } });
  assert.ok(api.cases.some(([label]) => label === "a getter on destination that throws"), "its own parameter is used");
  const sync = unsimulatedHostile(dummy("tt.teleportSync", "sync"));
  const [, , string] = sync.cases.find(([label]) => label === "a string");
  assert.deepEqual(string.fail.errno, 103, "a sync API is not told what it takes");
});

test("each is called from a client whose support table has it", () => {
  const webapp = unsimulatedHostile(dummy("tt.teleport", "async"));
  assert.equal(webapp.prepare, undefined);
  const mobileGadget = unsimulatedHostile(dummy("tt.teleport", "async",
    { webapp: nowhere, gadget: { ...nowhere, android: "5.2" } }));
  assert.equal(mobileGadget.prepare, 'ttShim.configure({"mode":"gadget","client":{"platform":"android","version":"5.2.0"}})');
  assert.throws(() => unsimulatedHostile(dummy("tt.teleport", "async", { webapp: nowhere, gadget: nowhere })), /no client has it/);
});
