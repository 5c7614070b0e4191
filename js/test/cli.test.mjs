// bin/ttshim.mjs, as `npx ttshim` runs it: a real `ttshim serve` process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/ttshim.mjs", import.meta.url));
const DIST = new URL("../../dist/", import.meta.url);

const run = (args) => promisify(execFile)(process.execPath, [BIN, ...args]);

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address();
  probe.close();
  return port;
}

// serve starts `ttshim serve` with args and resolves, once it prints its
// LARK_HOST line, to {url, output, stop}.
async function serve(args) {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const started = new Promise((resolve, reject) => {
    const onData = (data) => {
      output += data;
      const found = /^LARK_HOST=(\S+)$/m.exec(output);
      if (found) resolve(found[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`ttshim serve exited with ${code} before serving:\n${output}`)));
  });
  const url = await started;
  return {
    url,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      const [code] = child.exitCode === null ? await once(child, "exit") : [child.exitCode];
      return code;
    },
  };
}

test("ttshim serve: the Open Platform and the runtime on one port", async () => {
  const port = await freePort();
  const server = await serve(["--port", String(port)]);
  try {
    assert.equal(server.url, `http://127.0.0.1:${port}`);
    assert.match(server.output(), new RegExp(`<script src="http://127\\.0\\.0\\.1:${port}/ttshim\\.js">`));

    const wasm = await fetch(`${server.url}/ttshim.wasm`);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    assert.ok(Buffer.from(await wasm.arrayBuffer()).equals(await readFile(new URL("ttshim.wasm", DIST))));
    const loader = await fetch(`${server.url}/ttshim.js`);
    assert.match(loader.headers.get("content-type"), /^text\/javascript/);
    assert.equal(loader.headers.get("access-control-allow-origin"), "*");

    const tenant = await (await fetch(`${server.url}/__ttshim__/tenant`)).json();
    const token = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ app_id: tenant.app.appId, app_secret: tenant.app.appSecret }),
    });
    const body = await token.json();
    assert.equal(body.code, 0, JSON.stringify(body));
    assert.equal(typeof body.tenant_access_token, "string");
  } finally {
    assert.equal(await server.stop(), 0, "SIGTERM closes the server and exits 0");
  }
});

test("ttshim serve --config plays the file's tenant", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ttshim-cli-"));
  try {
    const file = join(dir, "tenant.json");
    await writeFile(file, JSON.stringify({ app: { appId: "cli_fromthecommand01" } }));
    const server = await serve(["--port", "0", "--config", file]);
    try {
      assert.equal((await (await fetch(`${server.url}/__ttshim__/tenant`)).json()).app.appId, "cli_fromthecommand01");
    } finally {
      await server.stop();
    }
    await writeFile(file, JSON.stringify({ app: { appId: 5 } }));
    await assert.rejects(run(["serve", "--port", "0", "--config", file]),
      (e) => e.code === 1 && e.stderr.includes('"app.appId" should be a string, got number'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("ttshim --help prints the usage; an unknown command or option exits 2 with it", async () => {
  for (const args of [["--help"], [], ["serve", "--help"]]) {
    assert.match((await run(args)).stdout, /^usage: ttshim init <public-dir>\n {7}ttshim serve \[--port 8080\]/, args.join(" "));
  }
  for (const args of [["nope"], ["serve", "--bogus"], ["serve", "extra"], ["serve", "--port", "http"], ["init"], ["init", "a", "b"]]) {
    await assert.rejects(run(args), (e) => e.code === 2 && /usage: ttshim init/.test(e.stderr), args.join(" "));
  }
});

test("ttshim init copies the runtime, byte for byte, into a folder it makes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ttshim-init-"));
  try {
    const target = join(dir, "public", "dev");
    const { stdout } = await run(["init", target]);
    assert.match(stdout, /copied ttshim\.js, ttshim\.js\.map, ttshim\.mjs, ttshim\.mjs\.map, ttshim\.wasm, ttshim-net\.wasm into /);
    assert.match(stdout, /keep these files out of production builds/);
    for (const name of ["ttshim.js", "ttshim.mjs", "ttshim.wasm", "ttshim-net.wasm"]) {
      assert.ok((await readFile(join(target, name))).equals(await readFile(new URL(name, DIST))), name);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
