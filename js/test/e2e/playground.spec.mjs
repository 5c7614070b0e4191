// The playground (index.html) as a person uses it: every registry API in
// the "Call an API" list, grouped, and a call of each kind shows its answer.
import { test, expect } from "@playwright/test";
import { configure, pageErrors } from "./helpers.mjs";

const GROUPS = ["Simulated", "Not simulated yet — ttShim.override answers them", "h5sdk legacy names"];

test("lists the whole registry in groups and runs every kind of API", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto("/index.html");
  await expect(page.getByText("Runtime ready")).toBeVisible();

  const api = page.getByRole("combobox", { name: "API", exact: true });
  const listed = await api.evaluate((select) => ({
    names: [...select.options].map((option) => option.value).sort(),
    apis: [...ttShim.apis].sort(),
    groups: [...select.querySelectorAll("optgroup")].map((group) => group.label),
  }));
  expect(listed.names).toEqual(listed.apis);
  expect(listed.groups).toEqual(GROUPS);
  // Playwright's roles skip <optgroup>, so a group is found by its label.
  const inGroup = (select, group, name) => select.locator(`optgroup[label="${group}"]`).getByRole("option", { name, exact: true });
  await expect(inGroup(api, GROUPS[0], "tt.enterProfile")).toHaveCount(1);
  await expect(inGroup(api, GROUPS[1], "tt.startAccelerometer")).toHaveCount(1);
  await expect(inGroup(api, GROUPS[2], "h5sdk.biz.util.openLink")).toHaveCount(1);
  // The call log's filter lists the same names in the same groups.
  const filter = page.getByRole("combobox", { name: "Show" });
  await expect(inGroup(filter, GROUPS[1], "tt.startAccelerometer")).toHaveCount(1);

  // On a phone, where the accelerometer is. The default client is a strict
  // web app: authenticate first.
  await page.getByRole("combobox", { name: "Platform" }).selectOption("android");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("#client-summary")).toContainText("Android");
  await page.getByRole("button", { name: "Authenticate (h5sdk.config)" }).click();
  await expect(page.getByRole("region", { name: "Authentication" }).getByRole("status")).toHaveText("Authenticated: h5sdk.config called onSuccess.");

  const run = page.getByRole("button", { name: "Run", exact: true });
  const newest = page.getByRole("list", { name: "Results" }).getByRole("listitem").first();

  await api.selectOption("tt.startAccelerometer");
  await expect(page.getByText('Not simulated yet: a call fails with errno 103 unless ttShim.override("tt.startAccelerometer", …) answers it.')).toBeVisible();
  await run.click();
  await expect(newest).toContainText("tt.startAccelerometer");
  await expect(newest).toContainText("fail → complete ran.");
  await expect(newest).toContainText('"errno": 103');
  await expect(newest).toContainText('ttShim.override(\\"tt.startAccelerometer\\", …)');

  await api.selectOption("h5sdk.biz.navigation.setMenu");
  await page.getByRole("radio", { name: "Callbacks (onSuccess / onFail)" }).check();
  await run.click();
  await expect(newest).toContainText("h5sdk.biz.navigation.setMenu");
  await expect(newest).toContainText("onFail ran.");
  await expect(newest).toContainText('"errno": 103');

  await api.selectOption("tt.onNetworkQualityChange");
  await expect(page.getByLabel(/^Arguments/)).toBeDisabled();
  await run.click();
  await expect(newest).toContainText("tt.onNetworkQualityChange");
  await expect(newest).toContainText("Returned undefined.");

  await api.selectOption("tt.getSystemInfo");
  await run.click();
  await expect(newest).toContainText("tt.getSystemInfo");
  await expect(newest).toContainText("success → complete ran.");
  await expect(newest).toHaveAttribute("data-outcome", "ok");
  // Taro returns its Promise with callbacks too, as its hint says: no warning.
  await api.selectOption("Taro.getSystemInfo");
  await run.click();
  await expect(newest).toContainText("Taro.getSystemInfo");
  await expect(newest).toContainText("success → complete ran.");
  await expect(newest.getByRole("listitem")).toHaveCount(0);
  expect(errors).toEqual([]);
});

// The signed-in user list names each user as the card would in the language
// picked: the client's language, else English, Chinese, Japanese.
test("names users in the language picked, falling back as the card does", async ({ page }) => {
  const errors = pageErrors(page);
  await configure(page, {
    client: { language: "ja_JP" },
    users: [
      { openId: "ou_me", name: { zh_cn: "我", en_us: "Me" } },
      { openId: "ou_hana", name: { ja_jp: "ハナ" } },
      { openId: "ou_li", name: { zh_cn: "李雷", ja_jp: "リ・レイ" } },
      { openId: "ou_lee", name: { en_us: "Lee", ja_jp: "リー" } },
    ],
  });
  await page.goto("/index.html");
  await expect(page.getByText("Runtime ready")).toBeVisible();
  const users = page.getByRole("combobox", { name: "Signed-in user" });
  const names = () => users.evaluate((select) => [...select.options].map((o) => [o.textContent, o.lang]));
  const want = {
    zh_CN: [["我", "zh-CN"], ["ハナ", "ja"], ["李雷", "zh-CN"], ["Lee", "en"]],
    en_US: [["Me", "en"], ["ハナ", "ja"], ["李雷", "zh-CN"], ["Lee", "en"]],
    ja_JP: [["Me", "en"], ["ハナ", "ja"], ["リ・レイ", "ja"], ["リー", "ja"]],
  };
  expect(await names()).toEqual(want.ja_JP);
  await expect(page.locator("#client-summary")).toContainText("ja_JP · Me");
  for (const language of ["zh_CN", "en_US", "ja_JP"]) {
    await page.getByRole("combobox", { name: "Language" }).selectOption(language);
    expect(await names(), language).toEqual(want[language]);
  }
  // The card agrees: ou_li in en_US is Chinese, the first language after
  // English it has.
  await page.evaluate(() => ttShim.configure({ strict: false, client: { language: "en_US" } }));
  await page.evaluate(() => tt.enterProfile({ openid: "ou_li" }));
  await expect(page.getByRole("dialog", { name: "李雷" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the call log follows ttShim's events, with no polling", async ({ page }) => {
  await page.addInitScript(() => {
    window.__intervals = 0;
    const setInterval = window.setInterval;
    window.setInterval = function () {
      window.__intervals++;
      return setInterval.apply(this, arguments);
    };
  });
  await page.goto("/index.html");
  await expect(page.getByText("Runtime ready")).toBeVisible();
  const log = page.getByRole("table", { name: "ttShim.calls(), newest first" });
  await expect(log).toContainText("No calls yet.");
  // Calls the playground did not make itself show up too, as they are logged.
  await page.evaluate(() => { tt.getSystemInfo(); Taro.getEnv(); });
  await expect(log.getByRole("row").nth(1)).toContainText("Taro.getEnv");
  await expect(log.getByRole("row").nth(2)).toContainText("tt.getSystemInfo");
  await expect(page.getByText("2 calls", { exact: true })).toBeVisible();
  await page.evaluate(() => ttShim.reset());
  await expect(log).toContainText("No calls yet.");
  expect(await page.evaluate(() => window.__intervals)).toBe(0);
});

test.describe("in a Japanese browser", () => {
  test.use({ locale: "ja-JP" });

  test("the client speaks the browser's language, and reset keeps it", async ({ page }) => {
    await page.goto("/index.html");
    await expect(page.getByText("Runtime ready")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("ja_JP");
    await page.evaluate(() => ttShim.reset());
    expect(await page.evaluate(() => ttShim.config().client.language)).toBe("ja_JP");
  });
});

test("the log folds long JSON, opens it on a click, and copies a call as a Playwright test", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto("/index.html");
  await expect(page.getByText("Runtime ready")).toBeVisible();
  await expect(page.getByRole("link", { name: "tt.enterProfile" })).toHaveAttribute("href", "web/enterprofile.html");
  await page.evaluate(() => tt.enterProfile({ openid: "ou_" + "x".repeat(300) }).catch(() => {}));
  const log = page.getByRole("table", { name: "ttShim.calls(), newest first" });
  const args = log.getByRole("row").nth(1).locator("td[data-label=Arguments]");
  const fold = args.getByRole("group");
  await expect(fold).not.toHaveAttribute("open");
  await expect(args.locator("summary")).toHaveAttribute("aria-label", "Arguments: 316 characters, show all");
  await args.locator("summary").click();
  await expect(fold).toHaveAttribute("open", "");
  await expect(args.locator("pre")).toContainText('"openid": "ou_xxx');

  await log.getByRole("button", { name: "Copy tt.enterProfile as a Playwright test" }).click();
  const dialog = page.getByRole("dialog", { name: "Playwright test" });
  const snippet = await dialog.getByRole("textbox", { name: "Playwright test" }).inputValue();
  expect(snippet).toContain('import { test, expect } from "ttshim/playwright";');
  expect(snippet).toContain('test.use({ ttshimConfig: {"mode":"webapp","client":{"platform":"pc",');
  expect(snippet).toContain('await page.evaluate(() => Promise.resolve().then(() => tt.enterProfile({"openid":"ou_xxx');
  expect(snippet).toMatch(/expect\(result\)\.toMatchObject\(\{ errMsg: "enterProfile:fail [^"]+" \}\);/);
  expect(snippet).toContain('await expect(ttshim).toHaveCalled("tt.enterProfile", { outcome: "fail" });');
  // It is a module Node can parse.
  expect(() => new Function("return async () => {" + snippet.replace(/^import .*$/m, "") + "}")).not.toThrow();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});
