import { test, expect } from "@playwright/test";

test("seed flow: config, ready, enterProfile card at (100, 200)", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => console.log("console:", m.text()));
  await page.goto("/web/enterprofile.html");
  await expect(page.getByRole("status")).toHaveText("Authenticated");
  await page.getByRole("button", { name: "Open profile" }).click();
  await expect(page.getByLabel("result")).toHaveText('{"errMsg":"enterProfile:ok"}');
  const card = page.getByRole("dialog", { name: "李娜" });
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  expect([box.x, box.y]).toEqual([100, 200]);
  expect(errors).toEqual([]);
});
