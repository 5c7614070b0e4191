// ttshim/playwright's openPlatform fixture: one simulated Open Platform per
// worker, for the app's backend to sign in against, started when a test
// first asks for it.
//
//   test.use({ openPlatformConfig: { app: { appId: "cli_x" } } });
//   test("signs in", async ({ page, openPlatform }) => { … openPlatform.url … });
import { startOpenPlatform } from "./openplatform.mjs";

export const openPlatformFixtures = {
  // The tenant the worker's Open Platform plays (an object or a JSON file's
  // path); a worker option, as the server outlives each test.
  openPlatformConfig: [undefined, { option: true, scope: "worker" }],
  openPlatform: [async ({ openPlatformConfig }, use) => {
    const platform = await startOpenPlatform({ config: openPlatformConfig });
    try {
      await use(platform);
    } finally {
      await platform.close();
    }
  }, { scope: "worker" }],
};
