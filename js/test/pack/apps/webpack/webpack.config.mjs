import HtmlWebpackPlugin from "html-webpack-plugin";
import TtShimWebpackPlugin from "ttshim/webpack";

export default (env, { mode = "production" } = {}) => ({
  mode,
  context: import.meta.dirname,
  entry: "./index.js",
  output: { path: `${import.meta.dirname}/dist-${mode}`, clean: true },
  stats: "errors-warnings",
  infrastructureLogging: { level: "warn" },
  plugins: [
    new HtmlWebpackPlugin({
      // The configuration comes before ttshim's script, which the plugin adds with the bundle's.
      templateContent: `<!doctype html><html><head><title>webpack app</title>
        <script>window.ttShimConfig = { strict: false };</script></head>
        <body><p id="result">waiting</p></body></html>`,
    }),
    new TtShimWebpackPlugin(),
  ],
});
