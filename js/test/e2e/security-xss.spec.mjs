// User-controlled text is shown as text. Every string ttshim's UI shows
// from the configuration or from an API's option here is markup that would
// run script (setting window.__xss, or opening an alert) if the UI ever
// wrote it as HTML or a URL it follows: user names in every language,
// departments, avatars, the app's name and icon, getUserProfile's desc and
// chooseContact's limitTips. Each UI is opened; nothing runs, and each
// text is on screen verbatim.
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const P = {
  img: `<img src=x onerror="window.__xss='img';alert('img')">`,
  script: `<script>window.__xss='script';alert('script')</script>`,
  svg: `"><svg onload="window.__xss='svg';alert('svg')">`,
  js: `javascript:window.__xss='js';alert('js')`,
  attr: `' onmouseover='window.__xss="attr"' autofocus onfocus='window.__xss="focus"`,
};
// An SVG image with script in it (an <img> never runs it), and a relative
// URL shaped to break out of an attribute.
const SVG_AVATAR = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xss='avatar'"><script>parent.__xss='avatar script'</script></svg>`;
const BREAKOUT_AVATAR = `x" onerror="window.__xss='avatar attr'`;
// getUserProfile's desc holds at most 30 characters.
const DESC = `<img src=x onerror=__xss=9>`;
const TIPS = P.img;

const NAMES = { me: { zh_cn: P.img, en_us: P.svg, ja_jp: P.script }, other: { zh_cn: P.svg, en_us: P.js, ja_jp: P.attr } };
const DEPARTMENTS = { me: { zh_cn: P.js, en_us: P.script, ja_jp: P.img }, other: { zh_cn: P.script, en_us: P.img, ja_jp: P.svg } };
const CONFIG = {
  mode: "gadget",
  strict: false,
  app: { appName: P.svg, avatar: SVG_AVATAR },
  users: [
    { openId: "ou_me", name: NAMES.me, department: DEPARTMENTS.me, avatar: SVG_AVATAR },
    { openId: "ou_other", name: NAMES.other, department: DEPARTMENTS.other, avatar: BREAKOUT_AVATAR },
  ],
};
const LANGUAGES = [["zh_CN", "zh_cn"], ["en_US", "en_us"], ["ja_JP", "ja_jp"]];

// watch records what would show that a payload ran: the flag, alerts
// (dismissed), and page errors.
function watch(page) {
  const seen = { dialogs: [], errors: pageErrors(page) };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  return seen;
}

// expectNothingRan waits until every image in ttshim's UI has loaded or
// failed (onerror and onload would have fired), then checks the flag.
async function expectNothingRan(page, seen) {
  await page.waitForFunction(() => {
    const host = document.querySelector("ttshim-ui");
    return !host || [...host.shadowRoot.querySelectorAll("img")].every((img) => img.complete);
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const inPage = await page.evaluate(() => ({
    flag: window.__xss,
    // Nothing but ttshim's own markup: no element a payload would make.
    foreign: [...document.querySelector("ttshim-ui").shadowRoot.querySelectorAll("script, svg, iframe, b, a")].length,
  }));
  expect({ ...inPage, dialogs: seen.dialogs, errors: seen.errors }).toEqual({ flag: undefined, foreign: 0, dialogs: [], errors: [] });
}

async function open(page, config) {
  await openApp(page, config);
}

for (const [language, key] of LANGUAGES) {
  test(`the user card shows names and departments as text (${language})`, async ({ app: page }) => {
    const seen = watch(page);
    await open(page, { ...CONFIG, client: { language } });
    const result = await page.evaluate(() => tt.enterProfile({ openid: "ou_other", left: 10, top: 10 }).then((r) => r.errMsg));
    expect(result).toBe("enterProfile:ok");
    const card = page.getByRole("dialog", { name: NAMES.other[key], exact: true });
    await expect(card.getByRole("heading")).toHaveText(NAMES.other[key]);
    await expect(card.locator(".dept-name")).toHaveText(DEPARTMENTS.other[key]);
    await expect(card.locator(".alias")).not.toBeEmpty();
    await card.hover();
    await expectNothingRan(page, seen);
  });
}

test("the mobile profile page shows them as text too", async ({ app: page }) => {
  const seen = watch(page);
  await open(page, { ...CONFIG, client: { platform: "android", language: "ja_JP" } });
  await page.evaluate(() => tt.enterProfile({ openid: "ou_other" }));
  const profile = page.getByRole("dialog", { name: NAMES.other.ja_jp, exact: true });
  await expect(profile.getByRole("heading")).toHaveText(NAMES.other.ja_jp);
  await expect(profile.locator(".dept-name")).toHaveText(DEPARTMENTS.other.ja_jp);
  await expect(profile.locator(".alias")).toHaveText(NAMES.other.en_us);
  await expectNothingRan(page, seen);
});

for (const platform of ["pc", "ios"]) {
  test(`the consent popup shows the app's name, the user's name and desc as text (${platform})`, async ({ app: page }) => {
    const seen = watch(page);
    await open(page, { ...CONFIG, client: { platform, language: "en_US" } });
    const answer = page.evaluate((desc) => Taro.getUserProfile({ desc }).then((r) => r.userInfo.nickName), DESC);
    const popup = page.getByRole("dialog", { name: P.svg, exact: true });
    await expect(popup.locator(".app-name")).toHaveText(P.svg);
    await expect(popup.locator(".user-name")).toHaveText(NAMES.me.en_us);
    await expect(popup.locator(".desc")).toHaveText(DESC);
    await expectNothingRan(page, seen);
    await popup.getByRole("button", { name: "Allow" }).click();
    expect(await answer).toBe(NAMES.me.en_us);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  });
}

test("the contact picker shows names, departments and limitTips as text", async ({ app: page }) => {
  const seen = watch(page);
  await open(page, { ...CONFIG, client: { language: "zh_CN" } });
  await page.evaluate((tips) => {
    window.choice = tt.chooseContact({ multi: true, maxNum: 1, limitTips: tips, enableChooseDepartment: true })
      .then((r) => r.data.map((p) => p.name));
  }, TIPS);
  const picker = page.getByRole("dialog", { name: "选择联系人" });
  for (const name of [NAMES.me.zh_cn, NAMES.other.zh_cn, DEPARTMENTS.me.zh_cn, DEPARTMENTS.other.zh_cn]) {
    await expect(picker.getByRole("checkbox", { name, exact: true })).toBeVisible();
  }
  await picker.getByRole("checkbox", { name: NAMES.me.zh_cn, exact: true }).check();
  await picker.getByRole("checkbox", { name: NAMES.other.zh_cn, exact: true }).click();
  await expect(picker.getByRole("alert")).toHaveText(TIPS);
  await expectNothingRan(page, seen);
  await picker.getByRole("button", { name: "确定" }).click();
  expect(await page.evaluate(() => window.choice)).toEqual([NAMES.me.zh_cn]);
});

test.describe("avatar URLs", () => {
  for (const url of ["javascript:window.__xss='avatar'", " JAVA\tSCRIPT:alert(1)", "data:text/html,<script>parent.__xss=1</script>"]) {
    test(`${JSON.stringify(url)} is refused by ttShim.configure and at boot`, async ({ page }) => {
      await openApp(page, { mode: "gadget" });
      const thrown = await page.evaluate((avatar) => {
        try {
          ttShim.configure({ users: [{ openId: "ou_x", name: { en_us: "X" }, avatar }] });
          return "accepted";
        } catch (e) {
          return `${e.name}: ${e.message}`;
        }
      }, url);
      const message = `"users[0].avatar" should be an http(s) URL, a data:image/ URI or a relative URL, got ${JSON.stringify(url)}`;
      expect(thrown).toBe("TypeError: " + message);

      await page.addInitScript((avatar) => { window.ttShimConfig = { app: { avatar } }; }, url);
      await page.reload();
      const boot = await page.evaluate(() => ttShim.ready.then(() => "ready", (e) => e.message));
      expect(boot).toBe("ttshim: configuration error in window.ttShimConfig: " +
        message.replace('"users[0].avatar"', '"app.avatar"'));
    });
  }
});
