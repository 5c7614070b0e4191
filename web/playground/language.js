// The playground's client speaks the browser's language (the first of
// Chinese, Japanese and English it prefers; English otherwise), unless the
// page's configuration names one. A classic script before ttshim.js, so
// that ttShim.reset() keeps it: it is part of the boot configuration.
(() => {
  const config = (window.ttShimConfig = window.ttShimConfig || {});
  if (config.client && config.client.language !== undefined) return;
  const clientLanguage = { zh: "zh_CN", ja: "ja_JP", en: "en_US" };
  const preferred = (navigator.languages || [navigator.language]).map((tag) => String(tag).toLowerCase().split("-")[0]);
  const language = clientLanguage[preferred.find((code) => code in clientLanguage)] || "en_US";
  config.client = { ...config.client, language };
})();
