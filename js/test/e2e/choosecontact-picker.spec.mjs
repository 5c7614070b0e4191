// tt.chooseContact as a person sees it: a modal contact picker in
// <ttshim-ui>'s shadow root, with search, checkboxes (or radios), a live
// count and Confirm / Cancel, on PC and mobile, in three languages; user
// data that looks like HTML is shown as text.
import { test, expect, openAuthenticatedApp, pageErrors, MARKUP_DEPARTMENT, MARKUP_DIRECTORY, MARKUP_NAME } from "./helpers.mjs";
import {
  EVERYONE, picker, box, radio, row, startChoosing, settled, pick, confirm, expectChosen, visibleNames,
} from "./choosecontact-helpers.mjs";

test.describe("the picker", () => {
  test("lists everyone with avatar, name and department; external contacts are tagged", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await expect(dialog.getByRole("heading", { name: "选择联系人" })).toBeVisible();
    expect(await visibleNames(dialog)).toEqual(EVERYONE);
    await expect(dialog.getByRole("checkbox")).toHaveCount(12);
    const liNa = row(dialog, "李娜");
    await expect(liNa).toContainText("产品部");
    await expect(liNa).not.toContainText("外部");
    await expect(liNa.locator("img")).toHaveAttribute("src", await page.evaluate(() => testkit.firstUserNamed("李娜").avatar));
    const emily = row(dialog, "艾米丽·卡特");
    await expect(emily).toContainText("合作伙伴有限公司");
    await expect(emily.locator(".tag")).toHaveText("外部");
    await expect(box(dialog, "艾米丽·卡特")).toHaveAccessibleDescription(/外部/);
    await expect(dialog.getByRole("status")).toHaveText("已选 0 人");
    await expect(dialog.getByRole("button", { name: "确定" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "取消" })).toBeVisible();
  });

  test("multi (the default): the result lists the people in the order they were picked", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "王芳", "艾米丽·卡特", "李娜");
    await expect(dialog.getByRole("status")).toHaveText("已选 3 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳", "艾米丽·卡特", "李娜"]);
  });

  test("unpicking takes a person out of the order; picking again puts them last", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "李娜", "王芳", "李娜", "刘洋", "李娜");
    await expect(box(dialog, "李娜")).toBeChecked();
    await expect(dialog.getByRole("status")).toHaveText("已选 3 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳", "刘洋", "李娜"]);
  });

  test("the keyboard stays in the picker: Tab wraps from its last stop to its first, Shift+Tab back", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    const search = dialog.getByRole("searchbox");
    await expect(search).toBeFocused();
    // 12 checkboxes and two buttons after the search box: twice round.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      await expect(dialog.locator(":focus")).toHaveCount(1);
    }
    await search.focus();
    await page.keyboard.press("Shift+Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(search).toBeFocused();
  });

  test("Confirm with nobody picked answers an empty list", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    await confirm(picker(page));
    await expectChosen(page, []);
  });

  test("single (multi: false): radios, the last pick wins", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { multi: false });
    const dialog = picker(page);
    await expect(dialog.getByRole("radio")).toHaveCount(12);
    await expect(dialog.getByRole("checkbox")).toHaveCount(0);
    await pick(dialog, "李娜", "王芳");
    await expect(radio(dialog, "李娜")).not.toBeChecked();
    await expect(radio(dialog, "王芳")).toBeChecked();
    await expect(dialog.getByRole("status")).toHaveText("已选 1 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳"]);
  });

  test("a mobile client shows the picker full-screen; a PC client as a centred sheet", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { platform: "ios" } });
    await startChoosing(page);
    const sheet = picker(page).locator(".sheet");
    const viewport = page.viewportSize();
    await expect(sheet).toBeVisible();
    expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    await pick(picker(page), "李娜");
    await confirm(picker(page));
    await expectChosen(page, ["李娜"]);
    await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
    await page.evaluate(() => testkit.authenticate());
    await startChoosing(page);
    const box2 = await picker(page).locator(".sheet").boundingBox();
    expect(box2.width).toBeLessThan(viewport.width);
    expect(box2.x).toBeGreaterThan(0);
  });

  test("an English client: title, search, names, tag, count, limit and buttons in English", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { language: "en_US" } });
    await startChoosing(page, { maxNum: 2 });
    const dialog = picker(page, "Choose contacts");
    await expect(dialog.getByRole("searchbox", { name: "Search" })).toBeFocused();
    expect((await visibleNames(dialog)).slice(0, 3)).toEqual(["Zhang Wei", "Li Na", "Wang Fang"]);
    await expect(row(dialog, "Emily Carter")).toContainText("External");
    await expect(row(dialog, "Emily Carter")).toContainText("Partner Co., Ltd.");
    await pick(dialog, "Li Na", "Zhou Jie", "Zhao Min");
    await expect(dialog.getByRole("alert")).toHaveText("You can choose up to 2");
    await expect(dialog.getByRole("status")).toHaveText("2 selected");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeVisible();
    await confirm(dialog, "Confirm");
    await expectChosen(page, ["Li Na", "Zhou Jie"], { language: "en_US" });
  });

  test("a Japanese client: 連絡先を選択, 検索, 確定 and キャンセル", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { language: "ja_JP" } });
    await startChoosing(page);
    const dialog = picker(page, "連絡先を選択");
    await expect(dialog.getByRole("searchbox", { name: "検索" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "キャンセル" })).toBeVisible();
    await expect(row(dialog, "鈴木一郎")).toContainText("社外");
    await pick(dialog, "リ・ナ");
    await expect(dialog.getByRole("status")).toHaveText("1 人を選択中");
    await confirm(dialog, "確定");
    await expectChosen(page, ["李娜"], { language: "ja_JP" });
  });
});

test.describe("search", () => {
  async function search(page, query) {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await dialog.getByRole("searchbox", { name: "搜索" }).fill(query);
    return dialog;
  }

  test("by Chinese name", async ({ app: page }) => {
    const dialog = await search(page, "王");
    expect(await visibleNames(dialog)).toEqual(["王芳"]);
    await expect(box(dialog, "李娜")).toBeHidden();
  });

  test("by English name, ignoring case", async ({ app: page }) => {
    let dialog = await search(page, "LI");
    expect(await visibleNames(dialog)).toEqual(["李娜", "刘洋"]);
    await dialog.getByRole("searchbox").fill("emily c");
    expect(await visibleNames(dialog)).toEqual(["艾米丽·卡特"]);
  });

  test("by Japanese name", async ({ app: page }) => {
    const dialog = await search(page, "鈴木");
    expect(await visibleNames(dialog)).toEqual(["铃木一郎"]);
    await dialog.getByRole("searchbox").fill("カーター");
    expect(await visibleNames(dialog)).toEqual(["艾米丽·卡特"]);
  });

  test("as you type, and clearing the box shows everyone again", async ({ app: page }) => {
    const dialog = await search(page, "");
    const input = dialog.getByRole("searchbox");
    await input.pressSequentially("zh");
    expect(await visibleNames(dialog)).toEqual(["张伟", "赵敏", "周杰"]);
    await input.pressSequentially("ang");
    expect(await visibleNames(dialog)).toEqual(["张伟"]);
    await input.fill("");
    expect(await visibleNames(dialog)).toEqual(EVERYONE);
  });

  test("no match says so", async ({ app: page }) => {
    const dialog = await search(page, "nobody at all");
    expect(await visibleNames(dialog)).toEqual([]);
    await expect(dialog.getByText("无搜索结果")).toBeVisible();
    await dialog.getByRole("searchbox").fill("");
    await expect(dialog.getByText("无搜索结果")).toBeHidden();
  });

  test("picks hidden by a search stay picked, in order", async ({ app: page }) => {
    const dialog = await search(page, "");
    await pick(dialog, "李娜");
    await dialog.getByRole("searchbox").fill("wang");
    await pick(dialog, "王芳");
    await dialog.getByRole("searchbox").fill("");
    await expect(box(dialog, "李娜")).toBeChecked();
    await confirm(dialog);
    await expectChosen(page, ["李娜", "王芳"]);
  });
});

test.describe("user data that looks like HTML", () => {
  const NAME = MARKUP_NAME;
  const DEPARTMENT = MARKUP_DEPARTMENT;
  const TIPS = "<img src=y onerror=window.pwned=3>";
  const config = MARKUP_DIRECTORY;

  test("is shown as text in the picker, the limit tip too, and can be chosen", async ({ page }) => {
    const errors = pageErrors(page);
    const failed = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await openAuthenticatedApp(page, config);
    await startChoosing(page, { maxNum: 1, limitTips: TIPS });
    const dialog = picker(page);
    await expect(box(dialog, NAME)).toBeVisible();
    await expect(row(dialog, NAME)).toContainText(DEPARTMENT);
    await pick(dialog, "我", NAME);
    await expect(dialog.getByRole("alert")).toHaveText(TIPS);
    await dialog.getByRole("searchbox").fill("onerror");
    expect(await visibleNames(dialog)).toEqual([NAME]);
    const seen = await page.evaluate(() => {
      const root = document.querySelector("ttshim-ui").shadowRoot;
      return {
        images: [...root.querySelectorAll("img")].map((img) => img.className),
        bold: root.querySelectorAll("b").length,
        pwned: window.pwned,
      };
    });
    expect(seen).toEqual({ images: ["row-avatar", "row-avatar"], bold: 0, pwned: undefined });
    await dialog.getByRole("searchbox").fill("");
    await pick(dialog, "我", NAME);
    await confirm(dialog);
    const { ok, result } = await settled(page);
    expect(ok).toBe(true);
    expect(result.data.map((p) => [p.openId, p.name])).toEqual([["ou_markup", NAME]]);
    expect(errors).toEqual([]);
    expect(failed.filter((url) => /\/[xy]$/.test(url))).toEqual([]);
  });
});
