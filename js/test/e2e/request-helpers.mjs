// The backend of the tt.request end-to-end tests: a node:http server on a
// free loopback port that records what it receives and answers with CORS
// headers, so a page on the repository's test server (another origin) may
// call it. It also serves ttshim itself (dist/ from disk) and a tiny page,
// for tests that need a page of its own origin (same-origin cookies).
import http from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));

// The response header the CORS answer exposes, and one it does not.
export const EXPOSED = "X-Exposed";
export const HIDDEN = "X-Hidden";

// The bytes /bytes answers with.
export const BYTES = [0, 1, 2, 127, 128, 200, 254, 255];

const PAGE = `<!doctype html><meta charset="utf-8"><title>request page</title>
<script src="/dist/ttshim.js"></script><h1>A page of the request test server</h1>`;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// startServer listens on 127.0.0.1, port 0. It returns {origin, seen,
// preflights, closed, forget(), close()}: seen lists the requests received
// ({method, url (path and raw query), path, headers, body}), preflights the
// CORS OPTIONS, closed the URLs (path and raw query) of requests the client
// gave up on before their answer.
export async function startServer() {
  const seen = [];
  const preflights = [];
  const closed = [];
  const server = http.createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url, "http://server");
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Headers", "*");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS");
    res.setHeader("Access-Control-Expose-Headers", EXPOSED);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      preflights.push({ path: url.pathname, method: req.headers["access-control-request-method"] });
      res.writeHead(204).end();
      return;
    }
    seen.push({ method: req.method, url: req.url, path: url.pathname, headers: req.headers, body });
    res.on("close", () => { if (!res.writableFinished) closed.push(req.url); });
    const json = (status, value, headers = {}) => {
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(value));
    };
    switch (true) {
      case url.pathname === "/json":
        return json(200, { hello: "world", list: [1, 2] });
      case url.pathname === "/text":
        res.writeHead(200, { "Content-Type": "text/plain" });
        return res.end("plain text, not JSON");
      case url.pathname === "/not-json":
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end("{broken");
      case url.pathname === "/echo":
        return json(200, { method: req.method, url: req.url, headers: req.headers, body });
      case url.pathname.startsWith("/status/"): {
        const status = Number(url.pathname.slice("/status/".length));
        return json(status, { status });
      }
      case url.pathname === "/headers":
        return json(200, {}, { [EXPOSED]: "shown", [HIDDEN]: "secret" });
      case url.pathname === "/bytes":
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        return res.end(Buffer.from(BYTES));
      case url.pathname === "/hang":
        return; // answered never; the client gives up or the server closes
      case url.pathname === "/page.html":
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return res.end(PAGE);
      case url.pathname === "/dist/ttshim.js":
        res.writeHead(200, { "Content-Type": "text/javascript" });
        return res.end(await readFile(DIST + "ttshim.js"));
      case url.pathname === "/dist/ttshim.wasm" || url.pathname === "/dist/ttshim-net.wasm":
        res.writeHead(200, { "Content-Type": "application/wasm" });
        return res.end(await readFile(DIST + url.pathname.slice("/dist/".length)));
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("no such path");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    seen,
    preflights,
    closed,
    // The requests for path, the page's own ttshim files aside.
    requestsTo: (path) => seen.filter((r) => r.path === path),
    forget() {
      seen.length = 0;
      preflights.length = 0;
      closed.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// deadOrigin is an origin where nothing listens: a port just freed.
export async function deadOrigin() {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

// until polls check (a function) until it returns true, for what the server
// sees after the page has moved on.
export async function until(check, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}
