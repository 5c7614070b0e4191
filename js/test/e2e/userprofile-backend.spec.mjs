// Taro.getUserProfile as an app's backend sees it: after "Allow" the app
// gets the user's public profile, signed and encrypted with the session key
// its backend knows; and the example page (the documentation's code,
// unchanged) end to end.
import { test, expect, configure, openApp, pageErrors } from "./helpers.mjs";
import {
  DESC, popup, addProfileButton, tapForProfile, profileCall, expectedUserInfo, verifySignature, decrypt,
  expectBackendAccepts, backendSecrets,
} from "./userprofile-helpers.mjs";

const EXAMPLE = "/web/userprofile.html";

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

  test("the signature verifies and encryptedData decrypts to the userInfo plus the watermark", async ({ app: page }) => {
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

  test("a wrong session key does not verify", async ({ app: page }) => {
    await openApp(page, { consent: "allow", requireTap: false });
    const result = await page.evaluate((desc) => Taro.getUserProfile({ desc }), DESC);
    expect(verifySignature(result.rawData, "HyVFkGl5F5OQWJZZaNzBBg==")).not.toBe(result.signature);
    expect(() => decrypt(result.encryptedData, "HyVFkGl5F5OQWJZZaNzBBg==", result.iv)).toThrow();
  });

  test("each call has a fresh iv and cloudID; the same profile signs the same", async ({ app: page }) => {
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
