// Hostile input to the APIs only gadgets have: tt.login and
// tt.checkSession and their Taro twins. See hostile-async.spec.mjs.
import { test, runHostile, GADGET } from "./hostile-helpers.mjs";
import { gadgetApis } from "./hostile-cases.mjs";

test.use({ hostileConfig: GADGET });

for (const api of gadgetApis()) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
