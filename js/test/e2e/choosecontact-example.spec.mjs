// tt.chooseContact in the seed's web app: a person chooses a colleague in
// the contact picker (by mouse or keyboard alone, in Chinese or English)
// and their card opens at (100, 200); Cancel opens no card.
import { test, expect } from "@playwright/test";
import { configure, expectCardAt, pageErrors, consoleMessages } from "./helpers.mjs";
import { picker, box, row, confirm, people } from "./choosecontact-helpers.mjs";

const EXAMPLE = "/web/choosecontact.html";

test.describe("the seed's web app", () => {
  async function openExample(page) {
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).click();
    const dialog = picker(page);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  test("choose a colleague by clicking their row, Confirm: their card opens at exactly (100, 200)", async ({ page }) => {
    const errors = pageErrors(page);
    const messages = consoleMessages(page);
    const dialog = await openExample(page);
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await row(dialog, "李娜").click();
    await expect(box(dialog, "李娜")).toBeChecked();
    await confirm(dialog);
    const card = page.getByRole("dialog", { name: "李娜" });
    await expectCardAt(card, 100, 200);
    await expect(card.getByRole("heading", { name: "李娜" })).toBeVisible();
    await expect(page.getByLabel("enterProfile result")).toContainText('"errMsg": "enterProfile:ok"');
    const chosen = JSON.parse(await page.getByLabel("chooseContact result").textContent());
    expect(chosen).toEqual({ errMsg: "chooseContact:ok", data: await people(page, ["李娜"]), department_data: [] });
    expect(messages.filter((m) => m.type === "log").map((m) => m.text)).toContain('{"errMsg":"enterProfile:ok"}');
    expect(errors).toEqual([]);
  });

  test("an English client: the picker and the card speak English", async ({ page }) => {
    await configure(page, { client: { language: "en_US" } });
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).click();
    const dialog = picker(page, "Choose contacts");
    await row(dialog, "Wang Fang").click();
    await confirm(dialog, "Confirm");
    await expectCardAt(page.getByRole("dialog", { name: "Wang Fang" }), 100, 200);
  });

  test("Cancel closes the picker, opens no card, and gives the focus back to the button", async ({ page }) => {
    const dialog = await openExample(page);
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByLabel("chooseContact result")).toContainText('"errMsg": "chooseContact:cancel"');
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Choose a colleague" })).toBeFocused();
  });

  test("keyboard only: Tab to a row, Space, Tab to Confirm, Enter", async ({ page }) => {
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).focus();
    await page.keyboard.press("Enter");
    const dialog = picker(page);
    await expect(dialog.getByRole("searchbox", { name: "搜索" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(box(dialog, "张伟")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(box(dialog, "李娜")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(box(dialog, "李娜")).toBeChecked();
    const confirmButton = dialog.getByRole("button", { name: "确定" });
    for (let i = 0; i < 20 && !(await confirmButton.evaluate((b) => b.getRootNode().activeElement === b)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(confirmButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });
});
