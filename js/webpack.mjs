// ttshim/webpack: a webpack 5 plugin that emits ttshim's runtime with the
// build, so a dev server serves it, and adds its <script> to the pages of
// html-webpack-plugin. Production builds get neither unless asked (build:
// true, for a build that tests run against).
import { readFile } from "node:fs/promises";
import { RUNTIME_FILES, runtimePath } from "./runtime.mjs";

const PLUGIN = "ttshim";

export default class TtShimWebpackPlugin {
  constructor({ inject = true, build = false } = {}) {
    this.inject = inject;
    this.build = build;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // A watching compiler (webpack serve, --watch) is a dev server's,
      // whatever its mode; the mode defaults to production when unset.
      const production = !compiler.options.mode || compiler.options.mode === "production";
      if (production && !compiler.watchMode && !this.build) return;
      compilation.hooks.processAssets.tapPromise({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        for (const name of RUNTIME_FILES) {
          const path = runtimePath(name);
          compilation.fileDependencies.add(path);
          // Built already, so minimizers leave it as it is; its map is its own.
          const info = { minimized: true, development: true, ...(/\.m?js$/.test(name) && { related: { sourceMap: `${name}.map` } }) };
          compilation.emitAsset(name, new sources.RawSource(await readFile(path)), info);
        }
      });
      const html = this.inject && htmlPluginOf(compiler);
      if (!html) return;
      html.getHooks(compilation).alterAssetTagGroups.tap(PLUGIN, (data) => {
        // First in <head>, a classic script: tt is defined before the
        // app's scripts run.
        data.headTags.unshift({
          tagName: "script",
          voidTag: false,
          attributes: { src: `${data.publicPath}ttshim.js` },
          meta: { plugin: PLUGIN },
        });
        return data;
      });
    });
  }
}

export { TtShimWebpackPlugin };

// htmlPluginOf is the class of the config's html-webpack-plugin, if it has
// one: the project's own copy, without ttshim depending on it.
function htmlPluginOf(compiler) {
  const plugin = compiler.options.plugins.find((p) => p && p.constructor && p.constructor.name === "HtmlWebpackPlugin" &&
    typeof p.constructor.getHooks === "function");
  return plugin && plugin.constructor;
}
