// ttshim/taro-plugin: a Taro plugin for test builds of a Taro H5 app. Taro's
// H5 platform aliases `@tarojs/taro` to its API library (@tarojs/taro-h5),
// where the Feishu APIs are stubs ("暂时不支持 API") or absent, and
// babel-plugin-transform-taroapi turns `Taro.x()` into named imports of it,
// so ttshim's `window.Taro` never hears them. This plugin makes the app's
// `@tarojs/taro` a module that re-exports that library unchanged, except the
// APIs it stubs or lacks and ttshim simulates: those call ttshim's
// `window.Taro` when ttshim is in the page, and Taro H5's own otherwise.
// CommonJS, as Taro requires its plugins (and resolves them without
// package.json "exports").
"use strict";
const { mkdirSync, readFileSync, readdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { simulated } = require("./taro-apis.json");

const NAME = "ttshim-taro-plugin";
const H5_API_LIBRARY = "@tarojs/plugin-platform-h5/dist/runtime/apis";
// taro-h5's stub makers: each answers without doing the API.
const STUB = /\b(?:temporarilyNotSupport|permanentlyNotSupport|weixinCorpSupport)\(\s*['"](\w+)['"]\s*\)/g;

// exportsOf lists the names a built ES module exports with `export {…}`.
function exportsOf(file) {
  const names = new Set();
  for (const [, list] of readFileSync(file, "utf8").matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list.split(",")) {
      const name = item.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  return names;
}

// routedApis splits ttshim's simulated Taro APIs by what the installed Taro H5
// gives: `stubbed` ones it exports as a stub (the app imports them by name),
// `missing` ones it lacks (the app reaches them on the default export).
// What it implements, and the platform's own (canIUse), stay Taro's.
function routedApis(apiLibrary) {
  const taroH5 = path.dirname(require.resolve("@tarojs/taro-h5/package.json", { paths: [path.dirname(apiLibrary)] }));
  const apiDir = path.join(taroH5, "dist", "api");
  const stubs = new Set();
  for (const file of readdirSync(apiDir, { recursive: true })) {
    if (!String(file).endsWith(".js")) continue;
    for (const [, name] of readFileSync(path.join(apiDir, String(file)), "utf8").matchAll(STUB)) stubs.add(name);
  }
  const h5 = new Set([...exportsOf(path.join(apiDir, "index.js")), ...exportsOf(path.join(apiDir, "taro.js"))]);
  const platform = exportsOf(apiLibrary);
  const stubbed = [], missing = [];
  for (const name of simulated) {
    if (platform.has(name)) continue;
    if (!h5.has(name)) missing.push(name);
    else if (stubs.has(name)) stubbed.push(name);
  }
  return { stubbed, missing };
}

// moduleSource is the module the app gets for `@tarojs/taro`.
function moduleSource(apiLibrary, { stubbed, missing }) {
  const from = JSON.stringify(apiLibrary);
  const own = stubbed.map((name) => `${name} as h5_${name}`).join(", ");
  return `// Written by ttshim/taro-plugin for ${from}.
import h5Taro from ${from};
${own ? `import { ${own} } from ${from};\n` : ""}export * from ${from};

// ttshimApi is ttshim's window.Taro[name] when ttshim is in the page.
function ttshimApi(name) {
  const page = globalThis.ttShim && globalThis.Taro;
  if (!page) return null;
  // An app that made this module's Taro its window.Taro: ttshim put its APIs on Taro H5's object.
  const api = page === taro ? Reflect.get(h5Taro, name) : page[name];
  return typeof api === "function" ? api : null;
}

function route(name, h5) {
  return function () {
    const api = ttshimApi(name);
    return api ? api.apply(this, arguments) : h5.apply(this, arguments);
  };
}

${stubbed.map((name) => `export const ${name} = route(${JSON.stringify(name)}, h5_${name});`).join("\n")}
const routed = { ${stubbed.join(", ")}${stubbed.length && missing.length ? ", " : ""}${missing.map((name) => `${name}: route(${JSON.stringify(name)})`).join(", ")} };
const isRouted = (key) => Object.prototype.hasOwnProperty.call(routed, key) && ttshimApi(key) !== null;

// Taro H5's default export, with the routed APIs while ttshim is in the page.
const taro = new Proxy(h5Taro, {
  get: (target, key, receiver) => (isRouted(key) ? routed[key] : Reflect.get(target, key, receiver)),
  has: (target, key) => isRouted(key) || Reflect.has(target, key),
});
export default taro;
`;
}

// writeModule writes the module under the app's node_modules/.cache and
// returns its path.
function writeModule(appPath) {
  const apiLibrary = require.resolve(H5_API_LIBRARY, { paths: [appPath] });
  const dir = path.join(appPath, "node_modules", ".cache", NAME);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "taro.mjs");
  writeFileSync(file, moduleSource(apiLibrary, routedApis(apiLibrary)));
  return { file, apiLibrary };
}

// The webpack5 runner: every request for exactly `@tarojs/taro` gets the
// module, before the H5 platform's alias sees it.
class TtShimTaroWebpackPlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.normalModuleFactory.tap(NAME, (factory) => {
      factory.hooks.beforeResolve.tap(NAME, (data) => {
        if (data.request === "@tarojs/taro") data.request = this.file;
      });
    });
  }
}

// The vite runner: the H5 platform's alias has already turned `@tarojs/taro`
// into its API library when plugins resolve; only the app's own files get
// the module (the module itself, and Taro's packages, import the library).
function viteResolver(file, apiLibrary, sourceDir) {
  const inApp = (importer) => importer && path.resolve(importer.split("?")[0]).startsWith(sourceDir + path.sep);
  return {
    name: NAME,
    enforce: "pre",
    resolveId(source, importer) {
      if ((source === "@tarojs/taro" || source === apiLibrary) && inApp(importer)) return file;
      return null;
    },
  };
}

// excludeFromPrebundle keeps `@tarojs/taro` out of the webpack5 runner's
// prebundle (on in development, so for the --watch dev server): a
// prebundled module answers before any resolver sees the request.
function excludeFromPrebundle(config) {
  const compiler = typeof config.compiler === "object" && config.compiler ? config.compiler : { type: config.compiler || "webpack5" };
  if (compiler.type !== "webpack5") return;
  const prebundle = (compiler.prebundle = compiler.prebundle || {});
  prebundle.exclude = [...(prebundle.exclude || []), "@tarojs/taro"];
  config.compiler = compiler;
}

// The plugin. `inject: true` also copies ttshim's runtime into the output
// and puts its script first in the page, through ttshim/webpack or
// ttshim/vite, for a build that tests open without adding ttshim themselves.
module.exports = function ttshimTaroPlugin(ctx, { inject = false } = {}) {
  const { appPath, sourcePath } = ctx.paths;
  ctx.modifyRunnerOpts(({ opts }) => excludeFromPrebundle(opts));
  ctx.modifyWebpackChain(async ({ chain }) => {
    chain.plugin(NAME).use(TtShimTaroWebpackPlugin, [writeModule(appPath).file]);
    if (inject) {
      const { TtShimWebpackPlugin } = await import("./webpack.mjs");
      chain.plugin("ttshim").use(TtShimWebpackPlugin, [{ build: true }]);
    }
  });
  ctx.modifyViteConfig(async ({ viteConfig }) => {
    const { file, apiLibrary } = writeModule(appPath);
    viteConfig.plugins.push(viteResolver(file, apiLibrary, path.resolve(sourcePath)));
    if (inject) {
      const { ttshim } = await import("./vite.mjs");
      viteConfig.plugins.push(ttshim({ build: true }));
    }
  });
};
