// tt.enterProfile as a user sees it: the seed's web app opens a colleague's
// card at (100, 200) on PC, a full-screen profile on mobile.
import { test, expect, configure, openAuthenticatedApp, openProfile, openIdOf, expectCardAt, pageErrors } from "./helpers.mjs";

const EXAMPLE = "/web/enterprofile.html";

async function openFromExample(page) {
  await page.goto(EXAMPLE);
  await expect(page.getByRole("status")).toHaveText("Authenticated");
  await page.getByRole("button", { name: "Open profile" }).click();
}

test.describe("web app on PC", () => {
  test("h5sdk.config, ready, then enterProfile shows the card at exactly (100, 200)", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openFromExample(page);
    await expect(page.getByLabel("result")).toHaveText('{"errMsg":"enterProfile:ok"}');
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
    expect(errors).toEqual([]);
  });

  test("the card shows avatar, name, department and a close button", async ({ app: page }) => {
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "李娜" });
    await expect(card.getByRole("heading", { name: "李娜" })).toBeVisible();
    await expect(card).toContainText("产品部");
    await expect(card).toContainText("Li Na");
    const avatar = card.locator("img");
    await expect(avatar).toBeVisible();
    await expect(avatar).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
    await expect(card.getByRole("button", { name: "关闭" })).toBeVisible();
  });

  test("the close button closes the card", async ({ app: page }) => {
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "李娜" });
    await card.getByRole("button", { name: "关闭" }).click();
    await expect(card).toHaveCount(0);
  });

  test("Escape closes the card", async ({ app: page }) => {
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "李娜" });
    await expect(card).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
  });

  test("a card closed with Escape can be opened again, and Escape closes it again", async ({ app: page }) => {
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "李娜" });
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await page.getByRole("button", { name: "Open profile" }).click();
    await expectCardAt(card, 100, 200);
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
  });

  test("opening a second profile replaces the first", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 10, top: 10 });
    await openProfile(page, { openid: await openIdOf(page, "王芳"), left: 300, top: 40 });
    await expectCardAt(page.getByRole("dialog", { name: "王芳" }), 300, 40);
    await expect(page.getByRole("dialog")).toHaveCount(1);
  });

  test("left and top default to 0", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const { ok } = await openProfile(page, { openid: await openIdOf(page, "王芳") });
    expect(ok).toBe(true);
    await expectCardAt(page.getByRole("dialog", { name: "王芳" }), 0, 0);
  });

  test("an English client shows the English name, department and close label", async ({ page }) => {
    await configure(page, { client: { language: "en_US" } });
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "Li Na" });
    await expectCardAt(card, 100, 200);
    await expect(card).toContainText("Product");
    await card.getByRole("button", { name: "Close" }).click();
    await expect(card).toHaveCount(0);
  });

  test("a Japanese client labels the close button 閉じる", async ({ page }) => {
    await configure(page, { client: { language: "ja_JP" } });
    await openFromExample(page);
    const card = page.getByRole("dialog", { name: "リ・ナ" });
    await expect(card).toContainText("プロダクト部");
    await card.getByRole("button", { name: "閉じる" }).click();
    await expect(card).toHaveCount(0);
  });

  test("an external contact's card says so", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await openProfile(page, { openid: await openIdOf(page, "Emily Carter"), left: 100, top: 200 });
    const card = page.getByRole("dialog", { name: "艾米丽·卡特" });
    await expect(card).toContainText("外部");
    await expect(card).toContainText("合作伙伴有限公司");
  });

  test("an openid that is not in the tenant fails with errno 102 and shows nothing", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const { ok, result } = await openProfile(page, { openid: "ou_nobody" });
    expect(ok).toBe(false);
    expect(result).toEqual({
      errMsg: 'enterProfile:fail internal error: openid "ou_nobody" is not a user of this tenant',
      errno: 102,
      errString: 'internal error: openid "ou_nobody" is not a user of this tenant',
    });
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

test.describe("mobile clients show a full-screen profile", () => {
  for (const client of [{ platform: "ios" }, { platform: "android" }, { platform: "harmony", version: "7.35.0" }]) {
    test(`${client.platform}: left and top are ignored, the profile covers the viewport`, async ({ page }) => {
      await configure(page, { client });
      await openFromExample(page);
      await expect(page.getByLabel("result")).toHaveText('{"errMsg":"enterProfile:ok"}');
      const profile = page.getByRole("dialog", { name: "李娜" });
      await expect(profile).toBeVisible();
      await expect(profile).toHaveAttribute("aria-modal", "true");
      const viewport = page.viewportSize();
      expect(await profile.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    });
  }

  test("the mobile profile shows name and department, and its back button closes it", async ({ page }) => {
    await configure(page, { client: { platform: "ios", language: "en_US" } });
    await openFromExample(page);
    const profile = page.getByRole("dialog", { name: "Li Na" });
    await expect(profile.getByRole("heading", { name: "Li Na" })).toBeVisible();
    await expect(profile).toContainText("Product");
    await expect(profile.locator("img")).toBeVisible();
    await profile.getByRole("button", { name: "Close" }).click();
    await expect(profile).toHaveCount(0);
  });
});
