// Types of ttshim/taro-plugin (js/taro-plugin.cjs): a Taro plugin for test
// builds of a Taro H5 app, which makes the app's `@tarojs/taro` call ttshim
// for the APIs Taro H5 only stubs or lacks, when ttshim is in the page.
//
//   // config/dev.js, or behind an env flag
//   module.exports = { plugins: ["ttshim/taro-plugin"] };
//
// Taro calls the plugin with its plugin context; typed here as far as the
// plugin uses it, so these declarations need no Taro types.

declare namespace ttshimTaroPlugin {
  /** What the plugin uses of Taro's plugin context (`IPluginContext`). */
  interface TaroPluginContext {
    paths: { appPath: string; sourcePath: string };
    modifyWebpackChain?: (hook: (args: { chain: any }) => void) => void;
    modifyViteConfig?: (hook: (args: { viteConfig: { plugins: unknown[] } }) => void) => void;
  }
}

/** The Taro plugin. */
declare function ttshimTaroPlugin(ctx: ttshimTaroPlugin.TaroPluginContext): void;

export = ttshimTaroPlugin;
