// Sign-in end to end: the example app's own backend (web/signin/backend.mjs,
// started here) exchanges the page's code with the simulated Open Platform
// the test server serves under /open-apis/, as it would with Feishu's.
import { test, expect } from "@playwright/test";
import { startBackend } from "../../../web/signin/backend.mjs";
import { configure } from "./helpers.mjs";

let backend;
let tenant;

test.beforeAll(async ({ baseURL }) => {
  tenant = await (await fetch(new URL("/__ttshim__/tenant", baseURL))).json();
  backend = await startBackend({ larkHost: baseURL, appId: tenant.app.appId, appSecret: tenant.app.appSecret });
});

test.afterAll(() => backend && backend.close());

const nameOf = (openId) => tenant.users.find((u) => u.openId === openId).name.zh_cn;

test("inside Feishu: the page's code signs the current user in, once", async ({ page }) => {
  await page.goto(backend.url + "/");
  await expect(page.getByRole("status")).toHaveText(`Signed in as ${nameOf(tenant.currentUser)}`);
  await page.getByRole("button", { name: "Sign in with the same code again" }).click();
  await expect(page.getByRole("log")).toHaveText(/^Refused: 20003 /);
});

test("the user the test configures is the one the backend signs in", async ({ page }) => {
  const someoneElse = tenant.users[3];
  await configure(page, { currentUser: someoneElse.openId });
  await page.goto(backend.url + "/");
  await expect(page.getByRole("status")).toHaveText(`Signed in as ${someoneElse.name.zh_cn}`);
});

test("a code sealed with another app secret is refused", async ({ page }) => {
  await configure(page, { app: { appSecret: "not-the-servers-secret" } });
  await page.goto(backend.url + "/");
  await expect(page.getByRole("status")).toHaveText(/^Not signed in: 20003 /);
});

test("h5sdk.config verifies what the backend signed with the Open Platform's ticket", async ({ page }) => {
  await page.goto(backend.url + "/");
  const outcome = await page.evaluate(async () => {
    const params = await (await fetch("/api/jsapi-config?url=" + encodeURIComponent(location.href))).json();
    return new Promise((resolve) => h5sdk.config({
      ...params, jsApiList: [],
      onSuccess: () => resolve("ok"), onFail: (e) => resolve(JSON.stringify(e)),
    }));
  });
  expect(outcome).toBe("ok");
});

test("in a plain browser: the authorization page signs in the person picked", async ({ page }) => {
  const picked = tenant.users[1];
  await page.goto(backend.url + "/");
  await page.getByRole("link", { name: "Sign in in a browser" }).click();
  await expect(page).toHaveURL(/\/open-apis\/authen\/v1\/index\?/);
  await page.getByRole("button", { name: new RegExp(`${picked.name.zh_cn}|${picked.name.en_us}`) }).click();
  await expect(page).toHaveURL(new RegExp("^" + backend.url + "/callback\\?code="));
  await expect(page.getByRole("status")).toHaveText(`Signed in as ${picked.name.zh_cn}`);
  await expect(page.locator("code")).toHaveText("from-login");
});

test("in a plain browser: denying comes back without a code", async ({ page }) => {
  await page.goto(backend.url + "/login");
  await page.getByRole("button", { name: /deny/i }).click();
  await expect(page.getByRole("status")).toHaveText(/^Not signed in: access_denied/);
});

test("the official Node SDK exchanges the page's code and reads the user", async ({ page, baseURL }) => {
  const { default: lark } = await import("@larksuiteoapi/node-sdk");
  const client = new lark.Client({ appId: tenant.app.appId, appSecret: tenant.app.appSecret, domain: baseURL,
    loggerLevel: lark.LoggerLevel.error });
  const me = tenant.users.find((u) => u.openId === tenant.currentUser);
  await page.goto(backend.url + "/");
  const { code } = await page.evaluate((appId) => tt.requestAuthCode({ appId }), tenant.app.appId);
  const exchanged = await client.authen.accessToken.create({ data: { grant_type: "authorization_code", code } });
  expect(exchanged.code).toBe(0);
  const info = await client.authen.userInfo.get({}, lark.withUserAccessToken(exchanged.data.access_token));
  expect(info.data).toMatchObject({ open_id: me.openId, name: me.name.zh_cn, email: me.email });
});
