// ttshim/vite: a Vite plugin that serves ttshim's runtime in `vite dev` and
// adds its <script> to the page, and leaves both out of `vite build` unless
// asked (build: true, for a build that tests run against).
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { RUNTIME_FILES, contentType, runtimePath } from "./runtime.mjs";

export default function ttshim({ inject = true, build = false } = {}) {
  let base = "/";
  return {
    name: "ttshim",
    apply: (_config, { command }) => command === "serve" || build,
    // Vite's dependency optimizer would move the loader to
    // node_modules/.vite/deps/, where ttshim.mjs, which finds ttshim.wasm
    // next to itself, finds nothing.
    config: () => ({ optimizeDeps: { exclude: ["ttshim"] } }),
    configResolved(config) {
      base = config.base;
    },
    // Added directly rather than returned: the middleware then runs before
    // Vite's own, whose index.html fallback would answer ttshim.wasm.
    configureServer(server) {
      const served = new Map(RUNTIME_FILES.map((name) => [base + name, name]));
      server.middlewares.use((req, res, next) => {
        const name = served.get(new URL(req.url, "http://localhost").pathname);
        if (!name || (req.method !== "GET" && req.method !== "HEAD")) return next();
        serveFile(res, name, req.method === "HEAD").catch(next);
      });
    },
    transformIndexHtml() {
      if (!inject) return undefined;
      // A classic script at the end of <head>: after a window.ttShimConfig
      // the page sets there, and before the app's module scripts run.
      return [{ tag: "script", attrs: { src: base + "ttshim.js" }, injectTo: "head" }];
    },
    // Only with build: true, as apply leaves the plugin out of other builds.
    async generateBundle() {
      for (const name of RUNTIME_FILES) {
        this.emitFile({ type: "asset", fileName: name, source: await readFile(runtimePath(name)) });
      }
    },
  };
}

export { ttshim };

async function serveFile(res, name, headOnly) {
  const path = runtimePath(name);
  const { size } = await stat(path);
  res.writeHead(200, { "content-type": contentType(name), "content-length": size, "cache-control": "no-cache" });
  if (headOnly) return res.end();
  createReadStream(path).on("error", () => res.destroy()).pipe(res);
}
