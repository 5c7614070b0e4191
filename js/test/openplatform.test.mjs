// ttshim/open-platform (js/openplatform.mjs) as an app's backend meets it:
// a server started here, spoken to with Feishu's official Node SDK and,
// for the authorization page, over HTTP as a browser would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as lark from "@larksuiteoapi/node-sdk";
import { startOpenPlatform } from "../openplatform.mjs";
import { authorize } from "./authorize.mjs";

const REDIRECT_URI = "https://app.example.test/callback?from=login";
const TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;

let server;
let tenant;

before(async () => {
  server = await startOpenPlatform();
  tenant = await server.tenant();
});

after(() => server.close());

// The tests read every answer; the SDK would log the failures they expect
// (its loggerLevel cannot be fatal, which is 0 and so its default, info).
const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

// A client of the SDK with a token cache of its own: the SDK's default one
// is shared by every client of an app ID, across servers, and goes by the
// real clock, which advance() leaves behind. With explicitTokens, it sends
// only the tokens a call names: the SDK puts its own tenant token over
// lark.withTenantToken's unless its token cache is off.
function sdkClient(platform, { app }, { explicitTokens = false } = {}) {
  const tokens = new Map();
  const cache = {
    async set(key, value, expire, { namespace } = {}) {
      tokens.set(`${namespace}/${String(key)}`, { value, expire });
      return true;
    },
    async get(key, { namespace } = {}) {
      const entry = tokens.get(`${namespace}/${String(key)}`);
      return entry && (!entry.expire || entry.expire > Date.now()) ? entry.value : undefined;
    },
  };
  return new lark.Client({ appId: app.appId, appSecret: app.appSecret, domain: platform.url, cache, logger: silent, disableTokenCache: explicitTokens });
}

// The SDK throws axios's error for an HTTP error status, and resolves to
// the body otherwise: either way, the Open Platform's {code, msg}.
async function answerOf(call) {
  try {
    return await call;
  } catch (e) {
    if (e?.response?.data) return e.response.data;
    throw e;
  }
}

async function askTenantToken(platform, { app }) {
  const response = await fetch(new URL("/open-apis/auth/v3/tenant_access_token/internal", platform.url), {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ app_id: app.appId, app_secret: app.appSecret }),
  });
  return response.json();
}

async function tenantToken(platform, tenantConfig) {
  const body = await askTenantToken(platform, tenantConfig);
  assert.equal(body.code, 0, `tenant_access_token/internal: ${JSON.stringify(body)}`);
  return body.tenant_access_token;
}

function getUser(sdk, openId, options) {
  return answerOf(sdk.contact.user.get({ path: { user_id: openId }, params: { user_id_type: "open_id" } }, options));
}

test("the SDK gets a tenant access token for the tenant's app", async () => {
  const client = sdkClient(server, tenant);
  const answer = await client.auth.tenantAccessToken.internal({ data: { app_id: tenant.app.appId, app_secret: tenant.app.appSecret } });
  assert.equal(answer.code, 0, JSON.stringify(answer));
  assert.equal(typeof answer.tenant_access_token, "string");
  assert.ok(answer.tenant_access_token.length > 0);
  assert.ok(answer.expire > 0 && answer.expire <= 7200, `expire ${answer.expire}`);
});

test("a wrong app secret gets no tenant access token", async () => {
  const client = sdkClient(server, tenant);
  const answer = await answerOf(client.auth.tenantAccessToken.internal({ data: { app_id: tenant.app.appId, app_secret: "not-the-secret" } }));
  assert.notEqual(answer.code, 0, JSON.stringify(answer));
  assert.equal(answer.tenant_access_token, undefined);
});

test("the SDK reads a user of the directory by open_id", async () => {
  const user = tenant.users[1];
  const answer = await getUser(sdkClient(server, tenant), user.openId);
  assert.equal(answer.code, 0, JSON.stringify(answer));
  assert.equal(answer.data.user.open_id, user.openId);
  assert.ok(Object.values(user.name).includes(answer.data.user.name), `name ${answer.data.user.name}`);
});

test("a user not in the directory is not found", async () => {
  const answer = await getUser(sdkClient(server, tenant), "ou_00000000000000000000000000000000");
  assert.notEqual(answer.code, 0, JSON.stringify(answer));
});

test("the authorization page's code signs the user in: access token, then user info", async () => {
  const client = sdkClient(server, tenant);
  const user = tenant.users[2];
  const { code, state, location, button } = await authorize(server.url, { appId: tenant.app.appId, redirectURI: REDIRECT_URI, state: "s-42", openId: user.openId });
  assert.ok(button.value === user.openId || button.text.includes(user.openId), `no button on the page signs in ${user.openId}`);
  assert.equal(`${location.origin}${location.pathname}`, "https://app.example.test/callback");
  assert.equal(location.searchParams.get("from"), "login", "the redirect URI keeps its own query");
  assert.equal(state, "s-42");
  assert.ok(code, `no code in ${location}`);

  const exchanged = await answerOf(client.authen.accessToken.create({ data: { grant_type: "authorization_code", code } }));
  assert.equal(exchanged.code, 0, JSON.stringify(exchanged));
  const token = exchanged.data.access_token;
  assert.equal(typeof token, "string");

  const info = await answerOf(client.authen.userInfo.get({}, lark.withUserAccessToken(token)));
  assert.equal(info.code, 0, JSON.stringify(info));
  assert.equal(info.data.open_id, user.openId, "the user chosen on the page is the one signed in");
  assert.equal(exchanged.data.open_id, info.data.open_id);

  const again = await answerOf(client.authen.accessToken.create({ data: { grant_type: "authorization_code", code } }));
  assert.notEqual(again.code, 0, `a code is good once: ${JSON.stringify(again)}`);
});

test("advance() moves the server's clock, and a tenant token expires", async () => {
  const client = sdkClient(server, tenant, { explicitTokens: true });
  const token = await tenantToken(server, tenant);
  const withToken = lark.withTenantToken(token);
  assert.equal((await getUser(client, tenant.users[0].openId, withToken)).code, 0);
  const before = Date.now();
  const now = await server.advance(TOKEN_LIFETIME_MS + 1000);
  assert.ok(now >= before + TOKEN_LIFETIME_MS, `now ${now}`);
  const expired = await getUser(client, tenant.users[0].openId, withToken);
  assert.notEqual(expired.code, 0, `an expired token still reads the directory: ${JSON.stringify(expired)}`);
  const renewed = await tenantToken(server, tenant);
  assert.notEqual(renewed, token);
  assert.equal((await getUser(client, tenant.users[0].openId, lark.withTenantToken(renewed))).code, 0);
});

test("each server has its own Go instance: its own clock and tokens", async () => {
  const other = await startOpenPlatform();
  try {
    const token = await tenantToken(other, tenant);
    await server.advance(TOKEN_LIFETIME_MS + 1000);
    const answer = await getUser(sdkClient(other, tenant, { explicitTokens: true }), tenant.users[0].openId, lark.withTenantToken(token));
    assert.equal(answer.code, 0, JSON.stringify(answer));
    assert.notEqual(other.port, server.port);
  } finally {
    await other.close();
  }
});

test("Go's wasm_exec.js leaves Node's global alone", () => {
  for (const name of ["Go", "fs", "path", "ttshimOpenPlatform"]) assert.equal(name in globalThis, false, name);
});

test("config as an object: the server plays that tenant", async () => {
  const config = { app: { appId: "cli_objectconfig0001", appSecret: "objectConfigSecret0123456789abcd" } };
  const platform = await startOpenPlatform({ config });
  try {
    const played = await platform.tenant();
    assert.equal(played.app.appId, config.app.appId);
    assert.equal(typeof await tenantToken(platform, played), "string");
    const defaultApp = await askTenantToken(platform, tenant);
    assert.notEqual(defaultApp.code, 0, `the default app is not this tenant's: ${JSON.stringify(defaultApp)}`);
  } finally {
    await platform.close();
  }
});

test("config as a JSON file's path", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ttshim-openplatform-"));
  try {
    const file = join(dir, "tenant.json");
    await writeFile(file, JSON.stringify({ app: { appId: "cli_fileconfig000001", appName: "From a file" } }));
    const platform = await startOpenPlatform({ config: file });
    try {
      const played = await platform.tenant();
      assert.equal(played.app.appId, "cli_fileconfig000001");
      assert.equal(played.app.appName, "From a file");
    } finally {
      await platform.close();
    }
    await writeFile(file, "{ not json");
    await assert.rejects(startOpenPlatform({ config: file }), (e) => e.message.includes(file) && /not valid JSON/.test(e.message));
    await assert.rejects(startOpenPlatform({ config: join(dir, "missing.json") }), /cannot read the config file .*missing\.json \(ENOENT\)/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a bad config rejects with the configuration's own error", async () => {
  await assert.rejects(startOpenPlatform({ config: { app: { appId: 5 } } }),
    { message: 'startOpenPlatform: configuration error in the config object: "app.appId" should be a string, got number' });
  await assert.rejects(startOpenPlatform({ config: { nope: true } }), /configuration error in the config object: .*nope/);
  await assert.rejects(startOpenPlatform({ config: 42 }), TypeError);
  await assert.rejects(startOpenPlatform({ config: [] }), /got an array/);
});

test("bad options reject clearly", async () => {
  await assert.rejects(startOpenPlatform({ files: { "/open-apis/x.js": "x.js" } }), TypeError);
  await assert.rejects(startOpenPlatform({ files: { "/x.txt": "x.txt" } }), /no content type for x\.txt/);
  await assert.rejects(startOpenPlatform({ files: { "/x.js": "/nonexistent/x.js" } }), /cannot read \/nonexistent\/x\.js \(ENOENT\)/);
  await assert.rejects(startOpenPlatform({ port: server.port }), /cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  await assert.rejects(server.advance("1000"), TypeError);
});

test("close() stops the server, once", async () => {
  const platform = await startOpenPlatform();
  const url = new URL("/__ttshim__/tenant", platform.url);
  assert.equal((await fetch(url)).status, 200);
  const closing = platform.close();
  assert.equal(platform.close(), closing);
  await closing;
  await assert.rejects(fetch(url), (e) => e.cause?.code === "ECONNREFUSED");
  await assert.rejects(platform.tenant(), /is closed/);
});
