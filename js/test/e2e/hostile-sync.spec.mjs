// Hostile input to the synchronous APIs, which return or throw an Error
// carrying errno and errString, and to h5sdk.config, whose failures reach
// onFail and h5sdk.error in its own shape. See hostile-async.spec.mjs.
import { test, runHostile } from "./hostile-helpers.mjs";
import { getSystemInfoSync, canIUse, getEnv, h5Config } from "./hostile-cases.mjs";

const apis = [getSystemInfoSync("tt"), getSystemInfoSync("Taro"), canIUse("tt"), canIUse("Taro"), getEnv(), h5Config()];

for (const api of apis) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
