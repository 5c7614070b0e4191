// Taro.getUserProfile's authorization popup: each call puts it on screen
// and only a tap may start one; a click (or Escape) answers it, in Chinese
// or English, on PC or mobile. Also the consent configuration, ttShim's
// dialogs/answer/reset, the requireTap switch and the call log.
import { test, expect, openApp, pageErrors } from "./helpers.mjs";
import {
  APP_NAME, DESC, AUTH_DENY, popup, addProfileButton, tapForProfile, profileCall, callOnLoad, expectedUserInfo,
} from "./userprofile-helpers.mjs";

const NO_TAP = {
  errMsg: "getUserProfile:fail can only be invoked by user TAP gesture.",
  errno: 110,
  errString: "can only be invoked by user TAP gesture.",
};

test.describe("the authorization popup, answered by a click", () => {
  test("zh_CN (default): the popup names the app, the user and desc; 允许 resolves with the profile", async ({ app: page }) => {
    const errors = pageErrors(page);
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    const dialog = popup(page);
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(dialog).toContainText(APP_NAME);
    await expect(dialog).toContainText("申请获取以下权限");
    await expect(dialog).toContainText("张伟");
    await expect(dialog).toContainText(DESC);
    await expect(dialog.getByRole("button", { name: "拒绝" })).toBeVisible();
    await dialog.getByRole("button", { name: "允许" }).click();
    await expect(dialog).toHaveCount(0);
    const { ok, result } = await profileCall(page);
    expect(ok).toBe(true);
    expect(result.errMsg).toBe("getUserProfile:ok");
    expect(result.userInfo).toEqual(await expectedUserInfo(page));
    expect(Object.keys(result).sort()).toEqual(
      ["cloudID", "encryptedData", "errMsg", "iv", "rawData", "signature", "userInfo"]);
    expect(errors).toEqual([]);
  });

  test("zh_CN: 拒绝 fails with auth deny, errno 107", async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
  });

  test("en_US: the popup says Allow and Deny, and Allow shares the English nickname", async ({ app: page }) => {
    await openApp(page, { client: { language: "en_US" } });
    await addProfileButton(page, { desc: "To complete your member info" });
    await tapForProfile(page);
    const dialog = popup(page);
    await expect(dialog).toContainText("requests the following permission");
    await expect(dialog).toContainText("Zhang Wei");
    await expect(dialog.getByRole("button", { name: "Deny" })).toBeVisible();
    await dialog.getByRole("button", { name: "Allow" }).click();
    await expect(dialog).toHaveCount(0);
    const { ok, result } = await profileCall(page);
    expect(ok).toBe(true);
    expect(result.userInfo).toEqual(await expectedUserInfo(page, { nickName: "Zhang Wei" }));
  });

  test("en_US: Deny fails with auth deny", async ({ app: page }) => {
    await openApp(page, { client: { language: "en_US" } });
    await addProfileButton(page);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "Deny" }).click();
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
  });

  test("Escape dismisses the popup as a denial", async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await page.keyboard.press("Escape");
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.dialog).toEqual({ kind: "consent", answer: "deny", answeredBy: "user" });
  });

  test("each call asks again: a second tap after Allow shows the popup again", async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "允许" }).click();
    expect((await profileCall(page)).ok).toBe(true);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
  });

  test.describe("on a mobile client", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("ios: the popup is a bottom sheet whose buttons still answer it", async ({ app: page }) => {
      await openApp(page, { client: { platform: "ios" } });
      await addProfileButton(page);
      await tapForProfile(page);
      const allow = popup(page).getByRole("button", { name: "允许" });
      await expect(allow).toBeVisible();
      const box = await allow.boundingBox();
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.y).toBeGreaterThan(844 / 2);
      await allow.click();
      await expect(popup(page)).toHaveCount(0);
      const { ok, result } = await profileCall(page);
      expect(ok).toBe(true);
      expect(result.userInfo).toEqual(await expectedUserInfo(page));
    });
  });
});

test.describe("the consent configuration", () => {
  test('"ask" (the default) leaves the call pending with the popup open', async ({ app: page }) => {
    await openApp(page, { consent: "ask" });
    await addProfileButton(page);
    await tapForProfile(page);
    const state = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 200));
      let settled = false;
      window.profileCall.then(() => { settled = true; });
      await new Promise((r) => setTimeout(r, 50));
      return { settled, dialogs: ttShim.dialogs().length };
    });
    expect(state).toEqual({ settled: false, dialogs: 1 });
    await expect(popup(page)).toBeVisible();
  });

  test('"allow" answers at once, with no popup, and the log says the configuration answered', async ({ app: page }) => {
    await openApp(page, { consent: "allow" });
    await addProfileButton(page);
    await page.getByRole("button", { name: "Get profile" }).click();
    const { ok, result } = await profileCall(page);
    expect(ok).toBe(true);
    expect(result.userInfo).toEqual(await expectedUserInfo(page));
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.outcome).toBe("ok");
    expect(entry.dialog).toEqual({ kind: "consent", answer: "allow", answeredBy: "configuration" });
  });

  test('"deny" fails at once with auth deny, with no popup', async ({ app: page }) => {
    await openApp(page, { consent: "deny" });
    await addProfileButton(page);
    await page.getByRole("button", { name: "Get profile" }).click();
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.outcome).toBe("fail");
    expect(entry.dialog).toEqual({ kind: "consent", answer: "deny", answeredBy: "configuration" });
  });

  test("ttShim.configure switches the mode at run time", async ({ app: page }) => {
    await openApp(page);
    await page.evaluate(() => ttShim.configure({ consent: "deny" }));
    await addProfileButton(page);
    await page.getByRole("button", { name: "Get profile" }).click();
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    await page.evaluate(() => ttShim.configure({ consent: "ask" }));
    await tapForProfile(page);
  });
});

test.describe("ttShim.dialogs and ttShim.answer", () => {
  test("dialogs() lists the waiting popup; answer(\"allow\") settles it and closes it", async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    const [dialog, ...more] = await page.evaluate(() => ttShim.dialogs());
    expect(more).toEqual([]);
    const { userAvatar, appAvatar } = dialog.consent;
    expect(dialog).toEqual({
      id: dialog.id, kind: "consent", api: "Taro.getUserProfile",
      consent: { appName: APP_NAME, appAvatar, desc: DESC, userName: "张伟", userAvatar },
    });
    expect(userAvatar).toBe(await page.evaluate(() => testkit.firstUserNamed("张伟").avatar));
    await page.evaluate(() => ttShim.answer("allow"));
    await expect(popup(page)).toHaveCount(0);
    expect((await profileCall(page)).ok).toBe(true);
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.dialog).toEqual({ kind: "consent", answer: "allow", answeredBy: "ttShim.answer" });
  });

  test('answer("deny") fails the call; an answer a popup cannot take leaves it open', async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    const wrong = await page.evaluate(() => { try { ttShim.answer("cancel"); return "accepted"; } catch (e) { return e.message; } });
    expect(wrong).toBe('ttShim.answer(decision): Taro.getUserProfile cannot take the answer "cancel": a consent popup takes "allow" or "deny"');
    await expect(popup(page)).toBeVisible();
    await page.evaluate(() => ttShim.answer("deny"));
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    const none = await page.evaluate(() => { try { ttShim.answer("allow"); return "accepted"; } catch (e) { return e.message; } });
    expect(none).toBe("ttShim.answer(decision): no dialog is waiting for an answer");
  });

  test("two waiting calls: one popup at a time, answered oldest first", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    const descs = await page.evaluate(() => {
      window.first = testkit.settle(Taro.getUserProfile({ desc: "first" }));
      window.second = testkit.settle(Taro.getUserProfile({ desc: "second" }));
      return ttShim.dialogs().map((d) => d.consent.desc);
    });
    expect(descs).toEqual(["first", "second"]);
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await expect(popup(page)).toContainText("first");
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    await expect(popup(page)).toContainText("second");
    await popup(page).getByRole("button", { name: "允许" }).click();
    await expect(popup(page)).toHaveCount(0);
    const outcomes = await page.evaluate(async () => [(await window.first).ok, (await window.second).ok]);
    expect(outcomes).toEqual([false, true]);
  });

  test("ttShim.reset() settles a waiting call as denied and closes the popup", async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await page.evaluate(() => ttShim.reset());
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
  });
});

test.describe("the tap rule", () => {
  test("a call the page makes on load, without a tap, fails and shows nothing", async ({ page }) => {
    await callOnLoad(page, { desc: DESC });
    await openApp(page);
    expect(await page.evaluate(() => window.onLoadCall)).toEqual({ ok: false, result: NO_TAP });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
  });

  test("requireTap: false lets the same call through to the popup", async ({ page }) => {
    await callOnLoad(page, { desc: DESC });
    await openApp(page, { requireTap: false });
    await expect(popup(page)).toBeVisible();
    await popup(page).getByRole("button", { name: "允许" }).click();
    const { ok, result } = await page.evaluate(() => window.onLoadCall);
    expect(ok).toBe(true);
    expect(result.userInfo).toEqual(await expectedUserInfo(page));
  });

  test("requireTap: false lets a page.evaluate call through", async ({ app: page }) => {
    await openApp(page, { requireTap: false });
    await page.evaluate(() => { window.profileCall = testkit.settle(Taro.getUserProfile({ desc: "x" })); });
    await expect(popup(page)).toBeVisible();
    await popup(page).getByRole("button", { name: "允许" }).click();
    expect((await profileCall(page)).ok).toBe(true);
  });
});

test.describe("the call log", () => {
  test('the entry is "pending" while the popup waits, then "ok", answered by the user', async ({ app: page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    const [waiting] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(waiting).toEqual({
      api: "Taro.getUserProfile", args: { desc: DESC }, outcome: "pending", result: null,
      time: waiting.time, dialog: { kind: "consent", answer: null },
    });
    await popup(page).getByRole("button", { name: "允许" }).click();
    const { result } = await profileCall(page);
    const [done, ...more] = await page.evaluate(() => ttShim.calls("getUserProfile"));
    expect(more).toEqual([]);
    expect(done).toEqual({
      api: "Taro.getUserProfile", args: { desc: DESC }, outcome: "ok", result,
      time: waiting.time, settled: done.settled, dialog: { kind: "consent", answer: "allow", answeredBy: "user" },
    });
    expect(done.settled).toBeGreaterThanOrEqual(waiting.time);
  });
});
