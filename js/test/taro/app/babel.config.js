module.exports = {
  presets: [["taro", { framework: "react", ts: false, compiler: process.env.TARO_COMPILER || "webpack5" }]],
};
