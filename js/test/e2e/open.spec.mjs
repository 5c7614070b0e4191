// The open abilities as a person uses them: the security-password box
// (tt.startPasswordVerify), typed into and answered by keyboard and mouse,
// and steered by a test (strict off, so no h5sdk.config first).
import { test, expect } from "@playwright/test";
import { openApp, pageErrors } from "./helpers.mjs";

// verify makes a call in Promise form and keeps it, to read once answered.
function verify(page) {
  return page.evaluate(() => {
    window.pending = testkit.settle(tt.startPasswordVerify());
  });
}

const settled = (page) => page.evaluate(() => window.pending);

function failed(errString, errCode, verb = "fail") {
  return { ok: false, result: { errMsg: `startPasswordVerify:${verb}` + (verb === "fail" ? " " + errString : ""),
    errno: 102, errString, errCode } };
}

test("the person types the security password: a wrong one fails and the next box says so, the right one passes, Escape cancels", async ({ page }) => {
  const errors = pageErrors(page);
  await openApp(page, { strict: false });
  await verify(page);
  const box = page.getByRole("dialog", { name: "验证安全密码" });
  const password = box.getByLabel("验证安全密码");
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute("type", "password");
  await page.keyboard.type("654321");
  await page.keyboard.press("Enter");
  expect(await settled(page)).toEqual(failed("verification failed: wrong password, 4 attempts left (error code: 40102)", 40102));
  await expect(box).toHaveCount(0);

  await verify(page);
  await expect(box.getByText("密码错误，还可尝试 4 次")).toBeVisible();
  await password.fill("123456");
  await box.getByRole("button", { name: "确定" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "startPasswordVerify:ok" } });

  await verify(page);
  await expect(box.getByText("密码错误")).toHaveCount(0);
  await page.keyboard.type("123");
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual(failed("verification failed: cancelled by the user (error code: 40101)", 40101, "cancel"));
  const log = await page.evaluate(() => ttShim.calls("startPasswordVerify"));
  expect(log.map((c) => [c.outcome, c.dialog.answer, c.dialog.answeredBy])).toEqual([
    ["fail", "confirm", "user"], ["ok", "confirm", "user"], ["cancel", "cancel", "user"]]);
  expect(errors).toEqual([]);
});

test("a test answers the box; the last try locks the password until ttShim.reset()", async ({ page }) => {
  await openApp(page, { strict: false, client: { platform: "android", language: "en_US" }, security: { password: "2468", passwordAttempts: 2 } });
  await verify(page);
  const box = page.getByRole("dialog", { name: "Verify security password" });
  await expect(box.getByRole("button", { name: "Cancel" })).toBeVisible();
  await page.evaluate(() => ttShim.answer({ password: "1357" }));
  expect(await settled(page)).toEqual(failed("verification failed: wrong password, 1 attempt left (error code: 40102)", 40102));

  await verify(page);
  await expect(box.getByText("Wrong password. Attempts left: 1")).toBeVisible();
  expect(await page.evaluate(() => ttShim.dialogs())).toEqual([
    { id: expect.any(Number), kind: "password", api: "tt.startPasswordVerify", password: { attemptsLeft: 1 } }]);
  await expect(page.evaluate(() => ttShim.answer({ password: 2468 }))).rejects.toThrow(/password should be a string/);
  await box.getByLabel("Verify security password").fill("0000");
  await box.getByRole("button", { name: "OK" }).click();
  const locked = failed("verification failed: too many wrong passwords (2); ttShim.reset() unlocks it (error code: 40103)", 40103);
  expect(await settled(page)).toEqual(locked);
  // Locked: even the right password is not asked for.
  await page.evaluate(() => ttShim.configure({ answers: { startPasswordVerify: { password: "2468" } } }));
  await verify(page);
  expect(await settled(page)).toEqual(locked);
  await expect(box).toHaveCount(0);

  await page.evaluate(() => ttShim.reset());
  await verify(page);
  await box.getByLabel("Verify security password").fill("2468");
  await box.getByRole("button", { name: "OK" }).click();
  expect((await settled(page)).ok).toBe(true);
});
