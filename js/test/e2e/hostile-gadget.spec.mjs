// Hostile input to the APIs only gadgets have: tt.login and
// tt.checkSession and their Taro twins. See hostile-async.spec.mjs.
import { test, runHostile, GADGET } from "./hostile-helpers.mjs";
import { login, checkSession } from "./hostile-cases.mjs";

test.use({ hostileConfig: GADGET });

for (const api of [login("tt"), login("Taro"), checkSession("tt"), checkSession("Taro")]) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
