// Hostile input to every API in the registry that ttshim does not
// simulate yet, each from a client that has it: the generic calls of its
// kind, answered by the unsimulated rule (errno 103 naming
// ttShim.override) or, for what cannot be an argument, errno 104. See
// hostile-registry.mjs.
import { test, expect, runHostile } from "./hostile-helpers.mjs";
import { asyncApis, syncApis, gadgetApis } from "./hostile-cases.mjs";
import { loadRegistry, unsimulatedHostile } from "./hostile-registry.mjs";

const registry = loadRegistry();

test("every simulated API has hostile calls of its own, each for a registered API", () => {
  const handWritten = [...asyncApis(), ...syncApis(), ...gadgetApis()].map((api) => api.full).sort();
  const simulated = registry.filter((ref) => ref.simulated).map((ref) => ref.full).sort();
  expect(handWritten).toEqual(simulated);
});

for (const ref of registry.filter((r) => !r.simulated)) {
  const api = unsimulatedHostile(ref);
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
