// `make pack`: the package's declarations, resolved through its exports from
// node_modules, type-check in a consumer (see run.sh). Never run.
import { test, expect, installTtShim, TTSHIM_WASM_PATH, type CallLogEntry, type OpenPlatform } from "ttshim/playwright";
import { startOpenPlatform } from "ttshim/open-platform";
import ttshimVite from "ttshim/vite";
import TtShimWebpackPlugin from "ttshim/webpack";

test.use({ ttshimConfig: { acceptAnySignature: true, client: { language: "en_US" } } });

test("types", async ({ page, context, ttshim }) => {
  await installTtShim(context, { strict: false }, { path: TTSHIM_WASM_PATH });
  await installTtShim(page);
  await ttshim.ready();
  const calls: CallLogEntry[] = await ttshim.calls("enterProfile");
  await ttshim.calls({ allDocuments: true });
  await ttshim.calls("tt.enterProfile", { allDocuments: true });
  await ttshim.override("enterProfile", {});
  await ttshim.override("enterProfile", { errno: 1, errString: "x" }, { times: 1 });
  await ttshim.override("enterProfile", async (option, { api, page, frame }) => (option?.openid ? {} : { errno: 104 }));
  await ttshim.override("Taro.getUserProfile", () => ({ userInfo: undefined }));
  await ttshim.override("getSystemInfoSync", { platform: "android" });
  // @ts-expect-error a synchronous API takes a value, not a Node function
  await ttshim.override("getSystemInfoSync", () => ({}));
  // @ts-expect-error not an API
  await ttshim.override("nope", {});
  await ttshim.restore();
  await ttshim.restore("enterProfile");
  const session = await ttshim.session();
  session.sessionKey.toUpperCase();
  await ttshim.answer("allow");
  await ttshim.answer(["ou_x"]);
  const dialogs = await ttshim.dialogs();
  if (dialogs[0]?.kind === "consent") dialogs[0].consent.appName.toUpperCase();
  await ttshim.reset();
  await ttshim.configure({ client: { platform: "ios" } });
  // @ts-expect-error an unknown configuration key
  await ttshim.configure({ client: { platfrom: "ios" } });
  (await ttshim.config()).client.version.toUpperCase();
  const frame = ttshim.frame(page.mainFrame());
  await frame.calls("getSystemInfo");
  // @ts-expect-error a frame keeps no earlier documents
  await frame.calls("getSystemInfo", { allDocuments: true });
  (await ttshim.overrides())[0]?.answers.map((name) => name.toUpperCase());
  await expect(ttshim).toHaveCalled("enterProfile", { args: { openid: /^ou_/ }, outcome: "ok", times: 1 });
  await expect(ttshim).not.toHaveCalled("tt.getUserInfo");
  await expect(ttshim).toHaveShownToast(/saved/, { icon: "success" });
  await expect(ttshim).toHaveDialog("consent", { timeout: 1000 });
  // @ts-expect-error not a dialog kind
  await expect(ttshim).toHaveDialog("popup");
  // @ts-expect-error ttshim's assertions are for the fixture
  await expect(page).toHaveCalled("enterProfile");
  expect(calls).toEqual([]);
});

test.use({ openPlatformConfig: { app: { appId: "cli_x" } } });
test.use({ openPlatformConfig: "tenant.json", ttshimConfig: { app: { appId: "cli_x" } } });

test("open platform types", async ({ openPlatform }) => {
  const fromFixture: OpenPlatform = openPlatform;
  const platform = await startOpenPlatform({ port: 0, host: "127.0.0.1", config: { users: [{ openId: "ou_x", name: { en_us: "X" } }] }, files: { "/app.js": "app.js" } });
  await startOpenPlatform({ config: "tenant.json" });
  // @ts-expect-error a config is an object or a path
  await startOpenPlatform({ config: 42 });
  const now: number = await platform.advance(1000);
  (await platform.tenant()).app.appId.toUpperCase();
  new URL(platform.url + fromFixture.url).port.toUpperCase();
  await platform.close();
  expect(now + platform.port).toBeGreaterThan(0);
});

// The bundler plugins' declarations, which need neither vite's nor webpack's
// (types/test/bundlers.ts checks them against those).
const vitePlugins: { name: string }[] = [ttshimVite(), ttshimVite({ inject: false, build: true })];
const webpackPlugins: { apply(compiler: object): void }[] = [new TtShimWebpackPlugin({ inject: true, build: false })];
// @ts-expect-error build is a boolean
ttshimVite({ build: "test" });
export { vitePlugins, webpackPlugins };
