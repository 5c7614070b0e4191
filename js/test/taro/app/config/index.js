// The Taro test app's build (js/test/taro): H5 only, with ttshim/taro-plugin.
// TARO_COMPILER picks the runner (webpack5 by default, or vite); TTSHIM_INJECT=1
// gives the plugin `inject: true`. TARO_PORT is the --watch dev server's port.
const plugins = [["ttshim/taro-plugin", { inject: process.env.TTSHIM_INJECT === "1" }]];

module.exports = function () {
  return {
    projectName: "ttshim-taro-test-app",
    date: "2026-12-4",
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: "src",
    outputRoot: process.env.TARO_OUTPUT || "dist",
    plugins,
    framework: "react",
    compiler: process.env.TARO_COMPILER || "webpack5",
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    h5: {
      publicPath: "/",
      staticDirectory: "static",
      router: { mode: "hash" },
      enableSourceMap: false,
      devServer: { host: "127.0.0.1", port: Number(process.env.TARO_PORT || 10086), open: false },
    },
  };
};
