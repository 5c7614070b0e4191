// The system authentication (tt.startDeviceCredential) as a person answers
// it, by clicks and the keyboard, and what tt.checkWatermark and tt.mailto
// show a test, on an Android web app (strict off, so no h5sdk.config first).
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const ANDROID = { strict: false, client: { platform: "android" } };

// start makes a call in Promise form and keeps it, to read once answered.
function start(page, option) {
  return page.evaluate((o) => {
    window.pending = testkit.settle(tt.startDeviceCredential(o));
  }, option);
}

const settled = (page) => page.evaluate(() => window.pending);

test("the prompt shows the page's reason; Pass succeeds, Fail and Escape fail with errCode 40002", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, ANDROID);
  await start(page, { authContent: "<b>查看工资条</b>" });
  const prompt = page.getByRole("dialog", { name: "验证身份" });
  await expect(prompt).toHaveAccessibleDescription("<b>查看工资条</b>");
  await expect(prompt.getByRole("button", { name: "取消" })).toBeFocused();
  await prompt.getByRole("button", { name: "验证通过" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "startDeviceCredential:ok" } });
  await expect(prompt).toHaveCount(0);

  await start(page, { authContent: "解锁" });
  await prompt.getByRole("button", { name: "验证失败" }).click();
  const failed = "unlock failed: the fingerprint, face or passcode was not recognized (error code: 40002)";
  expect(await settled(page)).toEqual({ ok: false,
    result: { errMsg: "startDeviceCredential:fail " + failed, errno: 102, errString: failed, errCode: 40002 } });

  await start(page, { authContent: "解锁" });
  await expect(prompt).toBeVisible();
  await page.keyboard.press("Escape");
  const cancelled = "unlock failed: cancelled by the user (error code: 40002)";
  expect(await settled(page)).toEqual({ ok: false,
    result: { errMsg: "startDeviceCredential:cancel", errno: 102, errString: cancelled, errCode: 40002 } });
  const log = await page.evaluate(() => ttShim.calls("startDeviceCredential"));
  expect(log.map((c) => [c.outcome, c.dialog.answer, c.dialog.answeredBy])).toEqual([
    ["ok", "confirm", "user"], ["fail", "fail", "user"], ["cancel", "cancel", "user"]]);
  expect(errors).toEqual([]);
});

test("ttShim.answer and the configuration answer the prompt; no screen lock, an empty reason and PC fail at once", async ({ app: page }) => {
  await openApp(page, { ...ANDROID, client: { platform: "ios", language: "en_US" } });
  await start(page, { authContent: "Unlock" });
  const prompt = page.getByRole("dialog", { name: "Verify your identity" });
  await expect(prompt.getByRole("button", { name: "Pass" })).toBeVisible();
  expect(await page.evaluate(() => ttShim.dialogs())).toEqual([
    { id: expect.any(Number), kind: "credential", api: "tt.startDeviceCredential", credential: { authContent: "Unlock" } }]);
  await page.evaluate(() => ttShim.answer("confirm"));
  expect((await settled(page)).ok).toBe(true);
  await expect(prompt).toHaveCount(0);

  const call = (option) => page.evaluate((o) => testkit.settle(tt.startDeviceCredential(o)), option);
  await page.evaluate(() => ttShim.configure({ answers: { startDeviceCredential: "fail" } }));
  expect((await call({ authContent: "x" })).result.errCode).toBe(40002);
  await page.evaluate(() => ttShim.configure({ security: { deviceCredential: "none" } }));
  expect((await call({ authContent: "x" })).result).toMatchObject({ errno: 102, errCode: 40000 });
  expect((await call({ authContent: "" })).result).toMatchObject({ errno: 104, errCode: 40003 });
  await expect(prompt).toHaveCount(0);
  await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
  expect((await call({ authContent: "x" })).result.errno).toBe(103);
});

test("checkWatermark answers security.watermark; mailto draws nothing and the call log keeps the mail", async ({ app: page }) => {
  await openApp(page, ANDROID);
  expect(await page.evaluate(() => tt.checkWatermark())).toEqual({ errMsg: "checkWatermark:ok", hasWatermark: false });
  await page.evaluate(() => ttShim.configure({ security: { watermark: true } }));
  expect((await page.evaluate(() => tt.checkWatermark())).hasWatermark).toBe(true);

  const mail = { to: ["li.na@ttshim.example"], cc: ["wang.fang@ttshim.example"], subject: "周报", body: "见附件" };
  expect(await page.evaluate((m) => tt.mailto(m), mail)).toEqual({ errMsg: "mailto:ok" });
  expect((await page.evaluate(() => ttShim.calls("mailto")))[0].args).toEqual(mail);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const refused = await page.evaluate(() => testkit.settle(tt.mailto({ bcc: ["a@b.cn?cc=evil@x.cn"] })));
  expect(refused.result.errString).toBe('Parameter error. bcc[0] "a@b.cn?cc=evil@x.cn" is not an email address');
});
