// `make taro` (run.sh): make pack's browser settings, for taro.spec.mjs.
import config from "../pack/playwright.config.mjs";

export default { ...config, testDir: ".", testIgnore: "app/**", outputDir: "../../../test-results/taro" };
