// Taro.getUserProfile as a person and an app's backend see it: each call
// puts the authorization popup on screen, and only a tap may start one.
// After "Allow" the app gets the user's public profile, signed and
// encrypted with the session key its backend knows.
import { createDecipheriv, createHash } from "node:crypto";
import { test, expect } from "@playwright/test";
import { configure, openApp, pageErrors } from "./helpers.mjs";

const EXAMPLE = "/web/userprofile.html";
const APP_NAME = "ttshim Demo";
const DESC = "用于完善会员资料";
const AUTH_DENY = { errMsg: "getUserProfile:fail auth deny", errno: 107, errString: "auth deny" };
const NO_TAP = {
  errMsg: "getUserProfile:fail can only be invoked by user TAP gesture.",
  errno: 110,
  errString: "can only be invoked by user TAP gesture.",
};
const DESC_LENGTH = {
  errMsg: "getUserProfile:fail desc length does not meet the requirements",
  errno: 104,
  errString: "desc length does not meet the requirements",
};

// The popup: a dialog named after the app, in <ttshim-ui>'s shadow root.
const popup = (page) => page.getByRole("dialog", { name: APP_NAME });

// addProfileButton puts a button in the test app whose click handler calls
// Taro.getUserProfile(option), as a page's tap handler would; the call's
// {ok, result} is kept in window.profileCall.
async function addProfileButton(page, option = { desc: DESC }) {
  await page.evaluate((o) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Get profile";
    button.addEventListener("click", () => {
      window.profileCall = testkit.settle(Taro.getUserProfile({ ...o }));
    });
    document.body.append(button);
  }, option);
}

async function tapForProfile(page) {
  await page.getByRole("button", { name: "Get profile" }).click();
  await expect(popup(page)).toBeVisible();
}

const profileCall = (page) => page.evaluate(() => window.profileCall);

// callOnLoad makes the page call Taro.getUserProfile(option) from its own
// script as soon as the DOM is there, long before anything clicked it; the
// outcome is kept in window.onLoadCall. Playwright's page.evaluate runs with
// a user gesture (it grants transient activation), so it cannot show a
// call made without a tap.
async function callOnLoad(page, option) {
  await page.addInitScript((o) => {
    document.addEventListener("DOMContentLoaded", () => {
      window.onLoadCall = testkit.settle(Taro.getUserProfile(o));
    });
  }, option);
}

// The default user, 张伟, as getUserProfile shares him.
async function expectedUserInfo(page, { nickName = "张伟", lang = "en" } = {}) {
  const avatarUrl = await page.evaluate(() => ttShim.config().users.find((u) => u.name.zh_cn === "张伟").avatar);
  const places = {
    en: ["China", "Guangdong", "Guangzhou"],
    zh_CN: ["中国", "广东", "广州"],
    zh_TW: ["中國", "廣東", "廣州"],
  }[lang];
  const [country, province, city] = places;
  return { nickName, gender: 1, language: lang, city, province, country, avatarUrl };
}

// What an app's backend does with the result: verify the signature and
// decrypt encryptedData with the session_key it got from code2Session.
function verifySignature(rawData, sessionKey) {
  return createHash("sha1").update(rawData + sessionKey, "utf8").digest("hex");
}

function decrypt(encryptedData, sessionKey, iv) {
  const decipher = createDecipheriv("aes-128-cbc", Buffer.from(sessionKey, "base64"), Buffer.from(iv, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(encryptedData, "base64")), decipher.final()]).toString("utf8");
}

// expectBackendAccepts checks a getUserProfile result as a backend would,
// against the session and app the page has; it returns the decrypted data.
function expectBackendAccepts(result, { sessionKey, appId, from, to }) {
  expect(verifySignature(result.rawData, sessionKey)).toBe(result.signature);
  expect(JSON.parse(result.rawData)).toEqual(result.userInfo);
  const plaintext = decrypt(result.encryptedData, sessionKey, result.iv);
  const data = JSON.parse(plaintext);
  expect(data).toEqual({ ...result.userInfo, watermark: { timestamp: data.watermark.timestamp, appid: appId } });
  expect(Object.keys(data)).not.toContain("openId");
  expect(Object.keys(data)).not.toContain("unionId");
  expect(data.watermark.timestamp).toBeGreaterThanOrEqual(Math.floor(from / 1000) - 1);
  expect(data.watermark.timestamp).toBeLessThanOrEqual(Math.ceil(to / 1000) + 1);
  return data;
}

const backendSecrets = (page) =>
  page.evaluate(() => ({ sessionKey: ttShim.session().sessionKey, appId: ttShim.config().app.appId }));

test.describe("the authorization popup, answered by a click", () => {
  test("zh_CN (default): the popup names the app, the user and desc; 允许 resolves with the profile", async ({ page }) => {
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

  test("zh_CN: 拒绝 fails with auth deny, errno 107", async ({ page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
  });

  test("en_US: the popup says Allow and Deny, and Allow shares the English nickname", async ({ page }) => {
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

  test("en_US: Deny fails with auth deny", async ({ page }) => {
    await openApp(page, { client: { language: "en_US" } });
    await addProfileButton(page);
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "Deny" }).click();
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
  });

  test("Escape dismisses the popup as a denial", async ({ page }) => {
    await openApp(page);
    await addProfileButton(page);
    await tapForProfile(page);
    await page.keyboard.press("Escape");
    await expect(popup(page)).toHaveCount(0);
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.dialog).toEqual({ kind: "consent", answer: "deny", answeredBy: "user" });
  });

  test("each call asks again: a second tap after Allow shows the popup again", async ({ page }) => {
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

    test("ios: the popup is a bottom sheet whose buttons still answer it", async ({ page }) => {
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
  test('"ask" (the default) leaves the call pending with the popup open', async ({ page }) => {
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

  test('"allow" answers at once, with no popup, and the log says the configuration answered', async ({ page }) => {
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

  test('"deny" fails at once with auth deny, with no popup', async ({ page }) => {
    await openApp(page, { consent: "deny" });
    await addProfileButton(page);
    await page.getByRole("button", { name: "Get profile" }).click();
    expect(await profileCall(page)).toEqual({ ok: false, result: AUTH_DENY });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("Taro.getUserProfile"));
    expect(entry.outcome).toBe("fail");
    expect(entry.dialog).toEqual({ kind: "consent", answer: "deny", answeredBy: "configuration" });
  });

  test("ttShim.configure switches the mode at run time", async ({ page }) => {
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
  test("dialogs() lists the waiting popup; answer(\"allow\") settles it and closes it", async ({ page }) => {
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

  test('answer("deny") fails the call; an answer a popup cannot take leaves it open', async ({ page }) => {
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

  test("two waiting calls: one popup at a time, answered oldest first", async ({ page }) => {
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

  test("ttShim.reset() settles a waiting call as denied and closes the popup", async ({ page }) => {
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

  test("requireTap: false lets a page.evaluate call through", async ({ page }) => {
    await openApp(page, { requireTap: false });
    await page.evaluate(() => { window.profileCall = testkit.settle(Taro.getUserProfile({ desc: "x" })); });
    await expect(popup(page)).toBeVisible();
    await popup(page).getByRole("button", { name: "允许" }).click();
    expect((await profileCall(page)).ok).toBe(true);
  });
});

test.describe("desc and lang", () => {
  const settleProfile = (page, option) => page.evaluate((o) => testkit.settle(Taro.getUserProfile(o)), option);

  test("a missing desc fails in Taro's wording, before any popup", async ({ page }) => {
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

  test("a desc of 31 characters, or an empty one, fails; 16 emoji are 32 JS characters", async ({ page }) => {
    await openApp(page, { requireTap: false });
    expect(await settleProfile(page, { desc: "a".repeat(31) })).toEqual({ ok: false, result: DESC_LENGTH });
    expect(await settleProfile(page, { desc: "" })).toEqual({ ok: false, result: DESC_LENGTH });
    expect(await settleProfile(page, { desc: "😀".repeat(16) })).toEqual({ ok: false, result: DESC_LENGTH });
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a desc of 30 CJK characters is shown whole in the popup", async ({ page }) => {
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
    test(`lang ${lang ?? "left out"} names the region in ${lang ?? "en"}`, async ({ page }) => {
      await openApp(page, { consent: "allow", requireTap: false });
      const option = lang === undefined ? { desc: DESC } : { desc: DESC, lang };
      const { ok, result } = await settleProfile(page, option);
      expect(ok).toBe(true);
      expect(result.userInfo).toEqual(await expectedUserInfo(page, { lang: lang ?? "en" }));
      expect(JSON.parse(result.rawData)).toEqual(result.userInfo);
    });
  }

  test("an unknown lang fails", async ({ page }) => {
    await openApp(page, { consent: "allow", requireTap: false });
    const { ok, result } = await settleProfile(page, { desc: DESC, lang: "fr" });
    expect(ok).toBe(false);
    expect(result.errMsg).toBe(
      'getUserProfile:fail parameter error: parameter.lang should be one of "en", "zh_CN", "zh_TW" instead of "fr"');
  });
});

test.describe("Taro's Promise rules", () => {
  test("success, then complete, then the Promise resolves", async ({ page }) => {
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

  test("after a denial: fail, then complete, then the Promise rejects with the fail object", async ({ page }) => {
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

test.describe("what the app's backend checks", () => {
  test("the backend's own decryption matches the contract's vector", () => {
    const plaintext = decrypt(
      "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+3hVbJSRgv+4lGOETKUQz6OYStslQ142dNCuabNPGBzlooOmB231qMM85d2/fV6ChevvXvQP8Hkue1poOFtnEtpyxVLW1zAo6/1Xx1COxFvrc2d7UL/lmHInNlxuacJXwu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn/Hz7saL8xz+W//FRAUid1OksQaQx4CMs8LOddcQhULW4ucetDf96JcR3g0gfRK4PC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns/8wR2SiRS7MNACwTyrGvt9ts8p12PKFdlqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYVoKlaRv85IfVunYzO0IKXsyl7JCUjCpoG20f0a04COwfneQAGGwd5oa+T8yO5hzuyDb/XcxxmK01EpqOyuxINew==",
      "tiihtNczf5v6AKRyjwEUhQ==", "r7BXXKkLb8qrSNn05n0qiA==");
    expect(JSON.parse(plaintext).watermark).toEqual({ timestamp: 1477314187, appid: "wx4f4bc4dec97d474b" });
    expect(verifySignature(
      '{"nickName":"Band","gender":1,"language":"zh_CN","city":"Guangzhou","province":"Guangdong","country":"CN","avatarUrl":"http://wx.qlogo.cn/mmopen/vi_32/1vZvI39NWFQ9XM4LtQpFrQJ1xlgZxx3w7bQxKARol6503Iuswjjn6nIGBiaycAjAtpujxyzYsrztuuICqIM5ibXQ/0"}',
      "HyVFkGl5F5OQWJZZaNzBBg==")).toBe("75e81ceda165f4ffa64f4068af58c64b8f54b88c");
  });

  test("the signature verifies and encryptedData decrypts to the userInfo plus the watermark", async ({ page }) => {
    await openApp(page, { client: { language: "en_US" } });
    await addProfileButton(page, { desc: DESC, lang: "zh_TW" });
    const from = Date.now();
    await tapForProfile(page);
    await popup(page).getByRole("button", { name: "Allow" }).click();
    const { ok, result } = await profileCall(page);
    const to = Date.now();
    expect(ok).toBe(true);
    expect(result.userInfo).toEqual(await expectedUserInfo(page, { nickName: "Zhang Wei", lang: "zh_TW" }));
    const secrets = await backendSecrets(page);
    expect(secrets.appId).toBe("cli_a1b2c3d4e5f60718");
    expectBackendAccepts(result, { ...secrets, from, to });
  });

  test("a wrong session key does not verify", async ({ page }) => {
    await openApp(page, { consent: "allow", requireTap: false });
    const result = await page.evaluate((desc) => Taro.getUserProfile({ desc }), DESC);
    expect(verifySignature(result.rawData, "HyVFkGl5F5OQWJZZaNzBBg==")).not.toBe(result.signature);
    expect(() => decrypt(result.encryptedData, "HyVFkGl5F5OQWJZZaNzBBg==", result.iv)).toThrow();
  });

  test("each call has a fresh iv and cloudID; the same profile signs the same", async ({ page }) => {
    await openApp(page, { consent: "allow", requireTap: false });
    const from = Date.now();
    const [a, b] = await page.evaluate(() => Promise.all([
      Taro.getUserProfile({ desc: "one" }), Taro.getUserProfile({ desc: "two" }),
    ]));
    const to = Date.now();
    expect(a.iv).not.toBe(b.iv);
    expect(a.encryptedData).not.toBe(b.encryptedData);
    expect(a.cloudID).not.toBe(b.cloudID);
    expect(Buffer.from(a.iv, "base64")).toHaveLength(16);
    expect(a.signature).toBe(b.signature);
    const secrets = await backendSecrets(page);
    expectBackendAccepts(a, { ...secrets, from, to });
    expectBackendAccepts(b, { ...secrets, from, to });
  });
});

test.describe("the call log", () => {
  test('the entry is "pending" while the popup waits, then "ok", answered by the user', async ({ page }) => {
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
      time: waiting.time, dialog: { kind: "consent", answer: "allow", answeredBy: "user" },
    });
  });
});

test.describe("the example page (the documentation's code, unchanged)", () => {
  test("button → popup → 允许 → the nickname, avatar, gender, region and full result are shown", async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("No user info yet.");
    await expect(page.getByRole("region", { name: "userInfo" })).toBeHidden();
    await page.getByRole("button", { name: "获取用户信息 / Get user profile" }).click();
    const dialog = popup(page);
    await expect(dialog).toContainText(DESC);
    await expect(page.getByRole("status")).toHaveText("Waiting for the answer to the authorization popup…");
    const from = Date.now();
    await dialog.getByRole("button", { name: "允许" }).click();
    await expect(dialog).toHaveCount(0);
    const profile = page.getByRole("region", { name: "userInfo" });
    await expect(profile).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("hasUserInfo: true");
    await expect(profile.locator("#nickname")).toHaveText("张伟");
    await expect(profile.locator("#gender")).toHaveText("male");
    await expect(profile.locator("#region")).toHaveText("China / Guangdong / Guangzhou");
    const avatar = profile.getByRole("img", { name: "张伟" });
    await expect(avatar).toBeVisible();
    await expect(avatar).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
    await expect(page.getByLabel("result")).toContainText('"errMsg": "getUserProfile:ok"');
    // The full result as the page shows it is what the backend accepts.
    const shown = JSON.parse(await page.getByLabel("result").textContent());
    expect(shown.userInfo).toEqual(await expectedUserInfo(page));
    expectBackendAccepts(shown, { ...(await backendSecrets(page)), from, to: Date.now() });
    expect(errors).toEqual([]);
  });

  test("拒绝: the page shows the failure, and no user info", async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(EXAMPLE);
    await page.getByRole("button", { name: "获取用户信息 / Get user profile" }).click();
    await popup(page).getByRole("button", { name: "拒绝" }).click();
    await expect(page.getByRole("status")).toHaveText("Failed: getUserProfile:fail auth deny");
    await expect(page.getByLabel("result")).toContainText('"errno": 107');
    await expect(page.getByRole("region", { name: "userInfo" })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("an English client: Allow, and the English nickname is shown", async ({ page }) => {
    await configure(page, { client: { language: "en_US" } });
    await page.goto(EXAMPLE);
    await page.getByRole("button", { name: "获取用户信息 / Get user profile" }).click();
    await popup(page).getByRole("button", { name: "Allow" }).click();
    await expect(page.locator("#nickname")).toHaveText("Zhang Wei");
  });
});

test.describe("Taro.getEnv", () => {
  test("a web app is Taro.ENV_TYPE.WEB", async ({ page }) => {
    await openApp(page);
    const env = await page.evaluate(() => ({ env: Taro.getEnv(), web: Taro.ENV_TYPE.WEB }));
    expect(env).toEqual({ env: "WEB", web: "WEB" });
  });

  test('a gadget is "lark"', async ({ page }) => {
    await openApp(page, { mode: "gadget" });
    const env = await page.evaluate(() => ({ env: Taro.getEnv(), isWeb: Taro.getEnv() === Taro.ENV_TYPE.WEB }));
    expect(env).toEqual({ env: "lark", isWeb: false });
  });
});
