// The open abilities as a person uses them: the security-password box
// (tt.startPasswordVerify), typed into and answered by keyboard and mouse,
// the share panels (tt.shareWebContent, tt.share), badges and the bot's
// chat, steered by a test (strict off, so no h5sdk.config first).
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

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

test("the person types the security password: a wrong one fails and the next box says so, the right one passes, Escape cancels", async ({ app: page }) => {
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

const ENGINEERING = "oc_14c1ce87499304d9428a580618e77f2f";
const call = (page, api, option) => page.evaluate(([a, o]) => { window.pending = testkit.settle(a.split(".").reduce((o, k) => o[k], window)(o)); }, [api, option]);
const rowOf = (dialog, name) => dialog.getByRole("checkbox", { name, exact: true });

test("shareWebContent: the share panel shows the title and link, sends to the chats picked with a message; a cancel succeeds too", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, { strict: false });
  await call(page, "tt.shareWebContent", { title: "周报", url: "https://example.com/weekly" });
  const panel = page.getByRole("dialog", { name: "选择会话" });
  await rowOf(panel, "工程部").check();
  await rowOf(panel, "李娜").check();
  await expect(panel.getByRole("status")).toHaveText("已选 2 个会话");
  await panel.getByRole("button", { name: "确定" }).click();
  const box = panel.getByRole("group", { name: "已选择" });
  await expect(box.getByRole("listitem")).toHaveText(["工程部", "李娜"]);
  await expect(box).toContainText("周报");
  await expect(box).toContainText("https://example.com/weekly");
  await box.getByRole("textbox").fill("请看");
  await box.getByRole("button", { name: "发送" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "shareWebContent:ok" } });

  await call(page, "tt.shareWebContent", { url: "https://example.com/" });
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "shareWebContent:ok" } });
  await call(page, "tt.shareWebContent", { url: "javascript:alert(1)" });
  expect(await settled(page)).toMatchObject({ ok: false, result: {
    errno: 104, errString: 'Parameter error. url should be an http or https URL, got "javascript:alert(1)"' } });
  await expect(panel).toHaveCount(0);
  // The old name asks the same panel, which a test answers.
  await call(page, "h5sdk.biz.util.share", { url: "https://example.com/old" });
  await expect(panel).toBeVisible();
  await page.evaluate((id) => ttShim.answer([id]), ENGINEERING);
  await expect(panel).toHaveCount(0);
  const log = await page.evaluate(() => ttShim.calls("shareWebContent"));
  expect(log.map((c) => [c.args.url, c.dialog?.answer, c.dialog?.answeredBy])).toEqual([
    ["https://example.com/weekly", { select: [ENGINEERING, "oc_db4334c8379f3ac82fef6481187d5428"], message: "请看" }, "user"],
    ["https://example.com/", "cancel", "user"], ["javascript:alert(1)", undefined, undefined]]);
  expect(errors).toEqual([]);
});

test("share on a phone: the panel lists the channels, one channel goes straight there, and a phone without WeChat fails", async ({ app: page }) => {
  await openApp(page, { strict: false, client: { platform: "android" } });
  const link = { contentType: "url", title: "飞书", url: "https://www.feishu.cn/", channelType: ["wx", "wx_timeline", "system"] };
  await call(page, "tt.share", link);
  const sheet = page.getByRole("dialog", { name: "操作菜单" });
  // Moments takes images alone, so a link is not offered there.
  await expect(sheet.getByRole("button")).toHaveText(["微信", "系统分享", "取消"]);
  await sheet.getByRole("button", { name: "系统分享" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "share:ok" } });
  await call(page, "tt.share", { ...link, channelType: ["wx"] });
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "share:ok" } });
  await expect(sheet).toHaveCount(0);

  await page.evaluate(() => ttShim.configure({ share: { wechatInstalled: false } }));
  await call(page, "tt.share", { contentType: "image", image: "dHRzaGlt" });
  await expect(sheet.getByRole("button")).toHaveText(["微信", "朋友圈", "取消"]);
  await sheet.getByRole("button", { name: "朋友圈" }).click();
  expect(await settled(page)).toEqual({ ok: false, result: { errMsg: "share:fail WeChat is not installed (error code: 101)", errno: 102,
    errString: "WeChat is not installed (error code: 101)", errCode: 101 } });
  await call(page, "tt.share", link);
  await page.evaluate(() => ttShim.answer("cancel"));
  expect(await settled(page)).toEqual({ ok: false, result: { errMsg: "share:cancel", errno: 100, errString: "user cancel" } });
  const log = await page.evaluate(() => ttShim.calls("share"));
  expect(log.map((c) => [c.outcome, c.args.contentType, c.dialog?.answer])).toEqual([
    ["ok", "url", 1], ["ok", "url", undefined], ["fail", "image", 1], ["cancel", "url", "cancel"]]);
});

test("a gadget on PC: badges reach its listeners as the test moves them, enterBot opens the app's bot, toggleChat the chat sidebar", async ({ page }) => {
  await openApp(page, { strict: false, mode: "gadget", permissions: { "scope.appBadge": "allow" }, appBadge: { badgeNum: 2 } });
  await page.evaluate((id) => {
    window.heard = [];
    tt.onServerBadgePush((res) => heard.push(["app", res.badgeNum, res.feature, res.extra]));
    window.onEngineering = (res) => heard.push(["engineering", res.badge]);
    tt.onChatBadgeChange({ openChatId: id, onChange: onEngineering });
  }, ENGINEERING);
  expect(await page.evaluate(() => tt.reportBadge({ badgeNum: 2 }))).toEqual({ errMsg: "reportBadge:ok", isMatched: true });
  await page.evaluate(() => tt.updateBadge({ badgeNum: 5 }));
  expect(await page.evaluate(() => ttShim.config().appBadge.badgeNum)).toBe(5);
  expect(await page.evaluate(() => tt.reportBadge({ badgeNum: 2 }))).toEqual({ errMsg: "reportBadge:ok", isMatched: false });
  await page.evaluate((id) => {
    ttShim.configure({ appBadge: { badgeNum: 9, extra: "todo" } });
    const { list } = ttShim.config().chats;
    list.find((c) => c.openChatId === id).badge = 20;
    ttShim.configure({ chats: { list } });
  }, ENGINEERING);
  await expect.poll(() => page.evaluate(() => heard)).toEqual([["app", 9, 1, "todo"], ["engineering", 20]]);
  // Without onChange, off drops every function of the chat.
  await page.evaluate((id) => {
    tt.offChatBadgeChange({ openChatId: id });
    const { list } = ttShim.config().chats;
    list.find((c) => c.openChatId === id).badge = 0;
    ttShim.configure({ chats: { list }, appBadge: { badgeNum: 0 } });
  }, ENGINEERING);
  await expect.poll(() => page.evaluate(() => heard.length)).toBe(3);
  expect(await page.evaluate(() => heard[2])).toEqual(["app", 0, 1, "todo"]);

  expect(await page.evaluate(() => tt.enterBot())).toEqual({ errMsg: "enterBot:ok" });
  const bot = page.getByRole("dialog", { name: "ttshim Demo" });
  await expect(bot.getByRole("heading", { name: "ttshim Demo" })).toBeVisible();
  await expect(bot).toContainText("机器人");
  await expect(bot).toContainText("页面调用 tt.enterBot 打开了此会话");
  await bot.getByRole("button", { name: "返回" }).click();
  await expect(bot).toHaveCount(0);

  // The sidebar opens beside the app, switches with isKeep, closes on the next call or its button.
  await page.evaluate((id) => tt.toggleChat({ openChatId: id, width: 360 }), ENGINEERING);
  const engineering = page.getByRole("complementary", { name: "工程部" });
  await expect(engineering).toContainText("3 位成员");
  await expect(engineering.getByRole("navigation", { name: "侧边菜单栏" })).toBeVisible();
  expect(await engineering.evaluate((el) => el.getBoundingClientRect().width)).toBe(360);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.evaluate(() => tt.toggleChat({ openChatId: "oc_db4334c8379f3ac82fef6481187d5428", isKeep: true, needSidebar: false }));
  const li = page.getByRole("complementary", { name: "李娜" });
  await expect(li).toContainText("页面调用 tt.toggleChat 打开了此会话");
  await expect(li.getByRole("navigation")).toHaveCount(0);
  await expect(engineering).toHaveCount(0);
  await page.evaluate((id) => tt.toggleChat({ openChatId: id }), ENGINEERING);
  await expect(page.getByRole("complementary")).toHaveCount(0);
  await page.evaluate((id) => tt.toggleChat({ openChatId: id }), ENGINEERING);
  await engineering.getByRole("button", { name: "关闭" }).click();
  await expect(engineering).toHaveCount(0);
  await page.evaluate((id) => tt.toggleChat({ openChatId: id }), ENGINEERING);
  await expect(engineering).toBeVisible();
});
