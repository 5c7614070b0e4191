// `make pack`: ttshim/open-platform from the installed package (see run.sh)
// starts and hands out a tenant access token, with no Go on the path it uses.
import assert from "node:assert/strict";
import { realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startOpenPlatform } from "ttshim/open-platform";

const entry = await realpath(fileURLToPath(import.meta.resolve("ttshim/open-platform")));
assert.equal(entry, await realpath(fileURLToPath(new URL("./node_modules/ttshim/js/openplatform.mjs", import.meta.url))));

const platform = await startOpenPlatform();
try {
  const { app } = await platform.tenant();
  const response = await fetch(`${platform.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ app_id: app.appId, app_secret: app.appSecret }),
  });
  const body = await response.json();
  assert.equal(body.code, 0, JSON.stringify(body));
  assert.equal(typeof body.tenant_access_token, "string");
  console.log(`pack: ttshim/open-platform gave a tenant access token at ${platform.url}`);
} finally {
  await platform.close();
}
