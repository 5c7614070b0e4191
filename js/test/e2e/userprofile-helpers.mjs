// Steps and expectations shared by the userprofile-*.spec.mjs files: the
// authorization popup, calling Taro.getUserProfile from a tap (or on load,
// without one), the default user's expected userInfo, and what an app's
// backend does with a result: verify the signature and decrypt
// encryptedData with the session_key it got from code2Session.
import { createDecipheriv, createHash } from "node:crypto";
import { expect } from "@playwright/test";

export const APP_NAME = "ttshim Demo";
export const DESC = "用于完善会员资料";
export const AUTH_DENY = { errMsg: "getUserProfile:fail auth deny", errno: 107, errString: "auth deny" };

// The popup: a dialog named after the app, in <ttshim-ui>'s shadow root.
export const popup = (page) => page.getByRole("dialog", { name: APP_NAME });

// addProfileButton puts a button in the test app whose click handler calls
// Taro.getUserProfile(option), as a page's tap handler would; the call's
// {ok, result} is kept in window.profileCall.
export async function addProfileButton(page, option = { desc: DESC }) {
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

export async function tapForProfile(page) {
  await page.getByRole("button", { name: "Get profile" }).click();
  await expect(popup(page)).toBeVisible();
}

export const profileCall = (page) => page.evaluate(() => window.profileCall);

// callOnLoad makes the page call Taro.getUserProfile(option) from its own
// script as soon as the DOM is there, long before anything clicked it; the
// outcome is kept in window.onLoadCall. Playwright's page.evaluate runs with
// a user gesture (it grants transient activation), so it cannot show a
// call made without a tap.
export async function callOnLoad(page, option) {
  await page.addInitScript((o) => {
    document.addEventListener("DOMContentLoaded", () => {
      window.onLoadCall = testkit.settle(Taro.getUserProfile(o));
    });
  }, option);
}

// The default user, 张伟, as getUserProfile shares him.
export async function expectedUserInfo(page, { nickName = "张伟", lang = "en" } = {}) {
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
export function verifySignature(rawData, sessionKey) {
  return createHash("sha1").update(rawData + sessionKey, "utf8").digest("hex");
}

export function decrypt(encryptedData, sessionKey, iv) {
  const decipher = createDecipheriv("aes-128-cbc", Buffer.from(sessionKey, "base64"), Buffer.from(iv, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(encryptedData, "base64")), decipher.final()]).toString("utf8");
}

// expectBackendAccepts checks a getUserProfile result as a backend would,
// against the session and app the page has; it returns the decrypted data.
export function expectBackendAccepts(result, { sessionKey, appId, from, to }) {
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

export const backendSecrets = (page) =>
  page.evaluate(() => ({ sessionKey: ttShim.session().sessionKey, appId: ttShim.config().app.appId }));
