// Hostile input to the synchronous APIs, which return or throw an Error
// carrying errno and errString, and to h5sdk.config, whose failures reach
// onFail and h5sdk.error in its own shape. See hostile-async.spec.mjs.
import { test, runHostile } from "./hostile-helpers.mjs";
import { syncApis } from "./hostile-cases.mjs";

for (const api of syncApis()) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
