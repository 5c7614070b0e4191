#!/usr/bin/env node
// npx ttshim init <dir>: copies the runtime a page loads (ttshim.js,
// ttshim.mjs and the wasm next to them) into the app's public folder, as
// `npx msw init` does. npx ttshim serve: the simulated Open Platform and,
// on the same port, that runtime.
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startOpenPlatform } from "../js/openplatform.mjs";
import { RUNTIME_FILES, runtimePath } from "../js/runtime.mjs";

const USAGE = `usage: ttshim init <public-dir>
       ttshim serve [--port 8080] [--host 127.0.0.1] [--config file.json]

init   copies ttshim's runtime (ttshim.js, ttshim.mjs, their source maps,
       ttshim.wasm, ttshim-net.wasm) into <public-dir>, the folder your dev
       server serves as is (Vite's public/, for one): then a page loads it with
       <script src="/ttshim.js"></script>
serve  the simulated Feishu Open Platform (/open-apis/…) for an app's backend,
       and ttshim's runtime for its pages (/ttshim.js, /ttshim.mjs, /ttshim.wasm,
       /ttshim-net.wasm), on one port
       --port    the port (default 8080; 0 for a free one)
       --host    the address (default 127.0.0.1)
       --config  the tenant: a JSON file as a page's data-config holds
                 (default: ttshim's default tenant)`;

function fail(message) {
  console.error(`ttshim: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// init copies the runtime into dir, making it if need be; it says what it
// copied, and that the files are for development only.
async function init(args) {
  if (args.length !== 1 || args[0].startsWith("-")) fail("init takes one argument, the folder to copy the runtime into");
  const [dir] = args;
  await mkdir(dir, { recursive: true });
  for (const name of RUNTIME_FILES) await copyFile(runtimePath(name), join(dir, name));
  console.log(`ttshim: copied ${RUNTIME_FILES.join(", ")} into ${dir}`);
  console.log(`ttshim: a page loads it with <script src="/ttshim.js"></script>; keep these files out of production builds`);
}

async function serve(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, config: { type: "string" } },
    }));
  } catch (e) {
    fail(e.message);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port should be a port number, got ${values.port}`);
  const files = Object.fromEntries(RUNTIME_FILES.map((name) => [`/${name}`, runtimePath(name)]));
  const platform = await startOpenPlatform({ port, host: values.host, config: values.config, files });
  console.log(`ttshim: the Open Platform and the runtime at ${platform.url}/ (a page: <script src="${platform.url}/ttshim.js"></script>)`);
  console.log(`LARK_HOST=${platform.url}`);
  const stop = () => platform.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === "--help" || command === "-h" || command === "help") {
  console.log(USAGE);
} else if (command === "serve" || command === "init") {
  if (rest.includes("--help") || rest.includes("-h")) console.log(USAGE);
  else {
    (command === "serve" ? serve : init)(rest).catch((e) => {
      console.error(`ttshim: ${e.message}`);
      process.exit(1);
    });
  }
} else {
  fail(`unknown command ${JSON.stringify(command)}`);
}
