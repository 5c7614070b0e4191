#!/usr/bin/env node
// npx ttshim serve: the simulated Open Platform and, on the same port, the
// runtime a page loads (ttshim.js, ttshim.mjs and the wasm next to them).
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { startOpenPlatform } from "../js/openplatform.mjs";

const USAGE = `usage: ttshim serve [--port 8080] [--host 127.0.0.1] [--config file.json]

serve  the simulated Feishu Open Platform (/open-apis/…) for an app's backend,
       and ttshim's runtime for its pages (/ttshim.js, /ttshim.mjs, /ttshim.wasm,
       /ttshim-net.wasm), on one port
       --port    the port (default 8080; 0 for a free one)
       --host    the address (default 127.0.0.1)
       --config  the tenant: a JSON file as a page's data-config holds
                 (default: ttshim's default tenant)`;

const RUNTIME = ["ttshim.js", "ttshim.js.map", "ttshim.mjs", "ttshim.mjs.map", "ttshim.wasm", "ttshim-net.wasm"];

function fail(message) {
  console.error(`ttshim: ${message}\n\n${USAGE}`);
  process.exit(2);
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
  const files = Object.fromEntries(RUNTIME.map((name) => [`/${name}`, fileURLToPath(new URL(`../dist/${name}`, import.meta.url))]));
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
} else if (command === "serve") {
  if (rest.includes("--help") || rest.includes("-h")) console.log(USAGE);
  else {
    serve(rest).catch((e) => {
      console.error(`ttshim: ${e.message}`);
      process.exit(1);
    });
  }
} else {
  fail(`unknown command ${JSON.stringify(command)}`);
}
