// What Taro code passes to Taro.getUserProfile and how the call settles:
// desc and lang are checked before any popup, success or fail then complete
// run before the Promise settles, and Taro.getEnv tells a web app from a
// gadget.
import { test, expect, openApp } from "./helpers.mjs";
import {
  DESC, AUTH_DENY, popup, addProfileButton, tapForProfile, profileCall, expectedUserInfo,
} from "./userprofile-helpers.mjs";

const DESC_LENGTH = {
  errMsg: "getUserProfile:fail desc length does not meet the requirements",
  errno: 104,
  errString: "desc length does not meet the requirements",
};

test.describe("desc and lang", () => {
  const settleProfile = (page, option) => page.evaluate((o) => testkit.settle(Taro.getUserProfile(o)), option);

  test("a missing desc fails in Taro's wording, before any popup", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    expect(await settleProfile(page, { lang: "en" })).toEqual({
      ok: false,
      result: {
        errMsg: "getUserProfile:fail parameter error: parameter.desc should be String instead of Undefined",
        errno: 104,
        errString: "parameter error: parameter.desc should be String instead of Undefined",
      },
    });
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a desc of 31 characters, or an empty one, fails; 16 emoji are 32 JS characters", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    expect(await settleProfile(page, { desc: "a".repeat(31) })).toEqual({ ok: false, result: DESC_LENGTH });
    expect(await settleProfile(page, { desc: "" })).toEqual({ ok: false, result: DESC_LENGTH });
    expect(await settleProfile(page, { desc: "😀".repeat(16) })).toEqual({ ok: false, result: DESC_LENGTH });
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a desc of 30 CJK characters is shown whole in the popup", async ({ app: page }) => {
    const desc = "用于完善会员资料".repeat(4).slice(0, 30);
    expect(desc.length).toBe(30);
    await openApp(page);
    await addProfileButton(page, { desc });
    await tapForProfile(page);
    await expect(popup(page).getByText(desc, { exact: true })).toBeVisible();
    await popup(page).getByRole("button", { name: "允许" }).click();
    expect((await profileCall(page)).ok).toBe(true);
  });

  for (const lang of [undefined, "en", "zh_CN", "zh_TW"]) {
    test(`lang ${lang ?? "left out"} names the region in ${lang ?? "en"}`, async ({ app: page }) => {
      await openApp(page, { consent: "allow", requireTap: false });
      const option = lang === undefined ? { desc: DESC } : { desc: DESC, lang };
      const { ok, result } = await settleProfile(page, option);
      expect(ok).toBe(true);
      expect(result.userInfo).toEqual(await expectedUserInfo(page, { lang: lang ?? "en" }));
      expect(JSON.parse(result.rawData)).toEqual(result.userInfo);
    });
  }

  test("an unknown lang fails", async ({ app: page }) => {
    await openApp(page, { consent: "allow", requireTap: false });
    const { ok, result } = await settleProfile(page, { desc: DESC, lang: "fr" });
    expect(ok).toBe(false);
    expect(result.errMsg).toBe(
      'getUserProfile:fail parameter error: parameter.lang should be one of "en", "zh_CN", "zh_TW" instead of "fr"');
  });
});

test.describe("Taro's Promise rules", () => {
  test("success, then complete, then the Promise resolves", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    await page.evaluate(() => {
      window.order = [];
      window.settled = Taro.getUserProfile({
        desc: "order",
        success: (res) => window.order.push("success " + res.errMsg),
        fail: (res) => window.order.push("fail " + res.errMsg),
        complete: (res) => window.order.push("complete " + res.errMsg),
      }).then((res) => { window.order.push("resolved " + res.errMsg); }, () => { window.order.push("rejected"); });
    });
    await expect(popup(page)).toBeVisible();
    expect(await page.evaluate(() => window.order)).toEqual([]);
    await popup(page).getByRole("button", { name: "允许" }).click();
    const order = await page.evaluate(async () => { await window.settled; return window.order; });
    expect(order).toEqual(["success getUserProfile:ok", "complete getUserProfile:ok", "resolved getUserProfile:ok"]);
  });

  test("after a denial: fail, then complete, then the Promise rejects with the fail object", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    await page.evaluate(() => {
      window.order = [];
      window.settled = Taro.getUserProfile({
        desc: "order",
        success: () => window.order.push("success"),
        fail: (res) => window.order.push("fail " + res.errMsg),
        complete: (res) => window.order.push("complete " + res.errMsg),
      }).then(() => { window.order.push("resolved"); }, (res) => { window.order.push("rejected"); return res; });
    });
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    const { order, rejected } = await page.evaluate(async () => ({ rejected: await window.settled, order: window.order }));
    expect(order).toEqual(["fail getUserProfile:fail auth deny", "complete getUserProfile:fail auth deny", "rejected"]);
    expect(rejected).toEqual(AUTH_DENY);
  });
});

test.describe("Taro.getEnv", () => {
  test("a web app is Taro.ENV_TYPE.WEB", async ({ app: page }) => {
    await openApp(page);
    const env = await page.evaluate(() => ({ env: Taro.getEnv(), web: Taro.ENV_TYPE.WEB }));
    expect(env).toEqual({ env: "WEB", web: "WEB" });
  });

  test('a gadget is "lark"', async ({ app: page }) => {
    await openApp(page, { mode: "gadget" });
    const env = await page.evaluate(() => ({ env: Taro.getEnv(), isWeb: Taro.getEnv() === Taro.ENV_TYPE.WEB }));
    expect(env).toEqual({ env: "lark", isWeb: false });
  });
});
