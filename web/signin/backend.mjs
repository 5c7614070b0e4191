// The sign-in example's backend: what a Feishu web app's server does, with
// nothing but fetch and Node's http. It signs the page in two ways: the code
// tt.requestAuthCode gives the page inside Feishu, and, in a plain browser,
// the Open Platform's authorization page. LARK_HOST is the only thing that
// points it at ttshim's simulated Open Platform instead of Feishu's.
//
//   LARK_HOST=http://127.0.0.1:8080 APP_ID=… APP_SECRET=… node web/signin/backend.mjs
import { createServer } from "node:http";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const here = (file) => new URL(file, import.meta.url);

// The runtime's files, which an app in development serves from its own
// public folder, as this backend does from ttshimDir under /ttshim/.
const RUNTIME = { "ttshim.js": "text/javascript", "ttshim.wasm": "application/wasm", "ttshim-net.wasm": "application/wasm" };

// startBackend serves the example on port (0: any free one) and resolves to
// {url, close}.
export async function startBackend({ larkHost, appId, appSecret, port = 0, ttshimDir = new URL("../../dist/", import.meta.url) }) {
  const open = openPlatform(larkHost, appId, appSecret);
  const server = createServer((req, res) => {
    route(req, res, { open, appId, ttshimDir }).catch((e) => send(res, 500, "text/plain", String(e)));
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function route(req, res, { open, appId, ttshimDir }) {
  const url = new URL(req.url, "http://backend");
  const origin = `http://${req.headers.host}`;
  const runtimeFile = url.pathname.startsWith("/ttshim/") && url.pathname.slice("/ttshim/".length);
  if (Object.hasOwn(RUNTIME, runtimeFile)) {
    return send(res, 200, RUNTIME[runtimeFile], await readFile(new URL(runtimeFile, ttshimDir)));
  }
  switch (url.pathname) {
    case "/": {
      const page = await readFile(here("index.html"), "utf8");
      return send(res, 200, "text/html; charset=utf-8", page.replace("APP_ID", appId));
    }
    case "/app.js":
      return send(res, 200, "text/javascript", await readFile(here("app.js")));
    // The h5sdk.config parameters, signed with the ticket the Open Platform gives.
    case "/api/jsapi-config":
      return sendJSON(res, 200, await open.jsapiConfig(url.searchParams.get("url")));
    // The code from tt.requestAuthCode, exchanged for the user.
    case "/api/login":
      return sendJSON(res, 200, await open.signIn(url.searchParams.get("code")));
    // A plain browser signs in on the authorization page, which comes back to /callback.
    case "/login": {
      const authorize = new URL("/open-apis/authen/v1/index", open.host);
      authorize.search = new URLSearchParams({ app_id: appId, redirect_uri: origin + "/callback", state: "from-login" });
      res.writeHead(302, { Location: authorize.href });
      return res.end();
    }
    case "/callback": {
      const error = url.searchParams.get("error");
      const signedIn = error ? { error } : await open.signIn(url.searchParams.get("code"));
      const text = signedIn.name ? `Signed in as ${signedIn.name}` : `Not signed in: ${signedIn.error}`;
      return send(res, 200, "text/html; charset=utf-8",
        `<!doctype html><title>Signed in</title><p role="status">${escapeHTML(text)}</p>` +
        `<p>state: <code>${escapeHTML(url.searchParams.get("state") || "")}</code></p>`);
    }
  }
  send(res, 404, "text/plain", "not found");
}

// openPlatform is the backend's side of the Open Platform calls it needs.
function openPlatform(host, appId, appSecret) {
  async function call(path, { token, body, method = body ? "POST" : "GET" } = {}) {
    const headers = { "Content-Type": "application/json; charset=utf-8" };
    if (token) headers.Authorization = "Bearer " + token;
    const res = await fetch(new URL(path, host), { method, headers, body: body && JSON.stringify(body) });
    return res.json();
  }
  async function appAccessToken() {
    const answer = await call("/open-apis/auth/v3/app_access_token/internal", { body: { app_id: appId, app_secret: appSecret } });
    if (answer.code !== 0) throw new Error(`app_access_token: ${answer.code} ${answer.msg}`);
    return answer.app_access_token;
  }
  return {
    host,
    async signIn(code) {
      const exchanged = await call("/open-apis/authen/v1/access_token",
        { token: await appAccessToken(), body: { grant_type: "authorization_code", code } });
      if (exchanged.code !== 0) return { error: `${exchanged.code} ${exchanged.msg}` };
      const info = await call("/open-apis/authen/v1/user_info", { token: exchanged.data.access_token });
      if (info.code !== 0) return { error: `${info.code} ${info.msg}` };
      return { name: info.data.name, openId: info.data.open_id };
    },
    async jsapiConfig(pageURL) {
      const ticket = await call("/open-apis/jssdk/ticket/get", { token: await appAccessToken(), method: "POST" });
      if (ticket.code !== 0) throw new Error(`jssdk ticket: ${ticket.code} ${ticket.msg}`);
      const nonceStr = randomBytes(8).toString("hex");
      const timestamp = Date.now();
      const signed = `jsapi_ticket=${ticket.data.ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${pageURL.split("#")[0]}`;
      return { appId, nonceStr, timestamp, signature: createHash("sha1").update(signed).digest("hex") };
    },
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { "Content-Type": type });
  res.end(body);
}

function sendJSON(res, status, body) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));
}

function escapeHTML(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { LARK_HOST, APP_ID, APP_SECRET, PORT } = process.env;
  const backend = await startBackend({ larkHost: LARK_HOST, appId: APP_ID, appSecret: APP_SECRET, port: Number(PORT || 0) });
  console.log(`sign-in example: ${backend.url}/ (in a plain browser: ${backend.url}/login)`);
}
