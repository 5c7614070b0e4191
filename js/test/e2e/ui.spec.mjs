// The shim's UI lives in an open shadow root of <ttshim-ui>: page styles do
// not reach it, and user data is shown only as text.
import { test, expect, openApp, openAuthenticatedApp, openProfile, openIdOf, expectCardAt, pageErrors, MARKUP_DEPARTMENT, MARKUP_DIRECTORY, MARKUP_NAME } from "./helpers.mjs";

test("the card is inside an open shadow root of <ttshim-ui>", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
  await expect(page.getByRole("dialog", { name: "李娜" })).toBeVisible();
  const seen = await page.evaluate(() => {
    const hosts = document.querySelectorAll("ttshim-ui");
    const root = hosts[0] && hosts[0].shadowRoot;
    return {
      hosts: hosts.length,
      open: !!root && root.mode === "open",
      dialogInShadow: !!root && !!root.querySelector('section[role="dialog"][aria-label="李娜"]'),
      dialogInDocument: !!document.querySelector('[role="dialog"]'),
    };
  });
  expect(seen).toEqual({ hosts: 1, open: true, dialogInShadow: true, dialogInDocument: false });
});

test.describe("a page whose CSS hides sections, buttons and images", () => {
  const HOSTILE = "/web/fixtures/hostile-css.html";

  test("cannot hide the card, its avatar, name or close button", async ({ page }) => {
    await openApp(page, undefined, HOSTILE);
    await page.evaluate(() => testkit.authenticate());
    await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
    const card = page.getByRole("dialog", { name: "李娜" });
    await expectCardAt(card, 100, 200);
    await expect(card.getByRole("heading", { name: "李娜" })).toBeVisible();
    await expect(card.locator("img")).toBeVisible();
    const close = card.getByRole("button", { name: "关闭" });
    await expect(close).toBeVisible();
    await close.click();
    await expect(card).toHaveCount(0);
  });

  test("does not pass its inherited styles into the card", async ({ page }) => {
    await openApp(page, undefined, HOSTILE);
    await page.evaluate(() => testkit.authenticate());
    await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
    const name = page.getByRole("dialog", { name: "李娜" }).getByRole("heading");
    await expect(name).toHaveCSS("letter-spacing", "normal");
    await expect(name).toHaveCSS("font-style", "normal");
  });
});

test.describe("a user whose name looks like HTML", () => {
  const NAME = MARKUP_NAME;
  const DEPARTMENT = MARKUP_DEPARTMENT;
  const config = MARKUP_DIRECTORY;

  test("is shown as text, on the PC card", async ({ page }) => {
    const errors = pageErrors(page);
    const failedImages = [];
    page.on("requestfailed", (r) => failedImages.push(r.url()));
    await openAuthenticatedApp(page, config);
    const { ok } = await openProfile(page, { openid: "ou_markup", left: 100, top: 200 });
    expect(ok).toBe(true);
    const card = page.getByRole("dialog", { name: NAME });
    await expect(card.getByRole("heading")).toHaveText(NAME);
    await expect(card).toContainText(DEPARTMENT);
    const seen = await page.evaluate(() => {
      const root = document.querySelector("ttshim-ui").shadowRoot;
      return {
        images: [...root.querySelectorAll("img")].map((img) => img.className),
        bold: root.querySelectorAll("b").length,
        pwned: window.pwned,
      };
    });
    expect(seen).toEqual({ images: ["avatar"], bold: 0, pwned: undefined });
    expect(errors).toEqual([]);
    expect(failedImages.filter((url) => url.endsWith("/x"))).toEqual([]);
  });

  test("is shown as text, on the mobile profile", async ({ app: page }) => {
    await openAuthenticatedApp(page, { ...config, client: { platform: "android" } });
    await openProfile(page, { openid: "ou_markup" });
    const profile = page.getByRole("dialog", { name: NAME });
    await expect(profile.getByRole("heading")).toHaveText(NAME);
    await expect(profile).toContainText(DEPARTMENT);
    const seen = await page.evaluate(() => ({
      images: document.querySelector("ttshim-ui").shadowRoot.querySelectorAll("img").length,
      pwned: window.pwned,
    }));
    expect(seen).toEqual({ images: 1, pwned: undefined });
  });
});

test("the card comes back if the page removes <ttshim-ui>", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  const openid = await openIdOf(page, "李娜");
  await openProfile(page, { openid, left: 100, top: 200 });
  await page.evaluate(() => document.querySelector("ttshim-ui").remove());
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await openProfile(page, { openid: await openIdOf(page, "王芳"), left: 40, top: 50 });
  await expectCardAt(page.getByRole("dialog", { name: "王芳" }), 40, 50);
});
