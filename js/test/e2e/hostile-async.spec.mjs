// Hostile input to every asynchronous API of a web app, tt, Taro and the
// legacy h5sdk names: each malformed call settles through the API's own
// fail path (fail and complete, onFail, or a rejection) with a clear
// errString within a second, accepted oddities succeed, nothing escapes
// to the page, and the runtime answers normally afterwards. The calls are
// in hostile-cases.mjs.
import { test, runHostile } from "./hostile-helpers.mjs";
import { asyncApis } from "./hostile-cases.mjs";

for (const api of asyncApis()) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
