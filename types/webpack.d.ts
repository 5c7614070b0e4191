// Types of ttshim/webpack (js/webpack.mjs): a webpack 5 plugin that emits
// ttshim's runtime with development builds and adds its script to
// html-webpack-plugin's pages.
//
//   import TtShimWebpackPlugin from "ttshim/webpack";
//   export default { plugins: [new HtmlWebpackPlugin(), new TtShimWebpackPlugin()] };
//
// The compiler is typed as any object, so these declarations need no
// webpack types: webpack's `plugins` accepts the plugin as it is.

/** The webpack plugin's options. */
export interface TtShimWebpackOptions {
  /**
   * Add `<script src="ttshim.js">` (under the output's public path) at the
   * top of the `<head>` of each page html-webpack-plugin makes. Default:
   * `true`. Without html-webpack-plugin, the page loads `ttshim.js` itself.
   */
  inject?: boolean;
  /**
   * Also in production mode: emit the runtime and add the script, for a
   * build that tests run against. Default: `false`, a production build
   * (mode `"production"`, or no mode, and not watching) holds nothing of
   * ttshim's.
   */
  build?: boolean;
}

/** The webpack plugin: ttshim's runtime in development builds and dev servers. */
declare class TtShimWebpackPlugin {
  constructor(options?: TtShimWebpackOptions);
  apply(compiler: object): void;
}
export default TtShimWebpackPlugin;
export { TtShimWebpackPlugin };
