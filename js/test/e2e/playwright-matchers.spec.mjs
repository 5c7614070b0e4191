// ttshim/playwright's assertions: expect(ttshim).toHaveCalled and friends
// wait for the app, as Playwright's web-first assertions do, and say what
// the log held when they give up; ttshim.overrides() lists what answers.
import { test, expect } from "ttshim/playwright";

const APP = "https://app.example.test/";
// A button whose call comes a little later, as an app's after a fetch does.
const PAGE = `<!doctype html><title>app</title>
<button onclick="setTimeout(() => tt.enterProfile({ openid: ttShim.config().users[1].openId, left: 1, top: 2 }), 300)">Open</button>
<button onclick="Taro.getUserProfile({ desc: 'to greet you' }).then((r) => { document.title = r.userInfo.nickName; })">Greet</button>`;

test.use({ ttshimConfig: { strict: false, requireTap: false, client: { language: "en_US" } } });

test.beforeEach(async ({ page }) => {
  await page.route(APP, (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
  await page.goto(APP);
});

test("toHaveCalled waits for the call a click makes later, and fails naming what the log held", async ({ page, ttshim }) => {
  const openId = (await ttshim.config()).users[1].openId;
  await page.getByRole("button", { name: "Open" }).click();
  await expect(ttshim).toHaveCalled("enterProfile", { args: { openid: /^ou_/, left: 1 }, outcome: "ok" });
  await expect(ttshim).toHaveCalled("tt.enterProfile", { args: { openid: openId }, times: 1 });
  await expect(ttshim).not.toHaveCalled("enterProfile", { args: { left: 5 } });
  await expect(ttshim).not.toHaveCalled("getUserInfo", { timeout: 200 });

  const twice = await expect(ttshim).toHaveCalled("enterProfile", { times: 2, timeout: 300 }).catch((e) => e);
  expect(twice.message).toContain('expect(ttshim).toHaveCalled("enterProfile", {"times":2,"timeout":300})');
  expect(twice.message).toContain("Expected: 2 calls of enterProfile that fit, within 300 ms");
  expect(twice.message).toContain(`Received: 1 that fit, of 1 call of enterProfile:\n  tt.enterProfile ok {"left":1,"openid":"${openId}","top":2}`);
  const none = await expect(ttshim).toHaveShownToast("saved", { timeout: 200 }).catch((e) => e);
  expect(none.message).toContain("Received: 0 that fit, of 0 calls of showToast");
  await expect(expect(page).toHaveCalled("enterProfile")).rejects.toThrow(/expect the ttshim fixture/);
});

test("toHaveDialog waits for the consent popup; overrides() lists what answers the calls", async ({ page, ttshim }) => {
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(ttshim).toHaveDialog("consent", { api: "getUserProfile" });
  await expect(ttshim).not.toHaveDialog("contacts");
  await ttshim.answer("allow");
  await expect(ttshim).not.toHaveDialog("consent");
  await expect(ttshim).toHaveCalled("Taro.getUserProfile", { outcome: "ok", result: { userInfo: { nickName: expect.any(String) } } });

  expect(await ttshim.overrides()).toEqual([]);
  await ttshim.override("enterProfile", {}, { times: 2 });
  await ttshim.override("Taro.getUserProfile", async () => ({ userInfo: { nickName: "From Node" } }));
  expect(await ttshim.overrides()).toEqual([
    { api: "enterProfile", answers: ["tt.enterProfile", "Taro.enterProfile"], responder: "value", remaining: 2 },
    { api: "Taro.getUserProfile", answers: ["Taro.getUserProfile"], responder: "function", remaining: null },
  ]);
  await page.evaluate(() => tt.enterProfile({ openid: "ou_anyone" }));
  expect((await ttshim.overrides())[0].remaining).toBe(1);
  await ttshim.restore();
  expect(await ttshim.overrides()).toEqual([]);
});
