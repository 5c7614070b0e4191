// Hostile input to every asynchronous API of a web app, tt and Taro: each
// malformed call settles through the API's own fail path (fail and
// complete, or a rejection) with a clear errString within a second,
// accepted oddities succeed, nothing escapes to the page, and the runtime
// answers normally afterwards. The calls are in hostile-cases.mjs.
import { test, runHostile } from "./hostile-helpers.mjs";
import { enterProfile, requestAccess, getSystemInfo, getUserInfo, chooseContact, request, getUserProfile } from "./hostile-cases.mjs";

const apis = [];
for (const ns of ["tt", "Taro"]) {
  apis.push(enterProfile(ns), requestAccess(ns), getSystemInfo(ns), getUserInfo(ns), chooseContact(ns), request(ns));
}
apis.push(getUserProfile());

for (const api of apis) {
  test(`${api.full}: ${api.cases.length} hostile calls each settle as they should`, async ({ shared }) => {
    await runHostile(shared, api);
  });
}
