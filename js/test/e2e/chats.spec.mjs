// The chat APIs as a person meets them: the chat picker of tt.chooseChat
// and tt.sendMessageCard (search, pick, the confirmation box, the message,
// the limit of ten, Cancel and Escape, PC and mobile, light and dark), the
// chat page tt.enterChat opens, and what tt.getChatInfo and the call log
// tell a test. Web apps with strict off, so no h5sdk.config first.
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const ENGINEERING = "oc_14c1ce87499304d9428a580618e77f2f";
const LI_NA_CHAT = "oc_db4334c8379f3ac82fef6481187d5428";
const CARD = { msg_type: "interactive", card: { elements: [{ tag: "div", text: { tag: "plain_text", content: "周报已更新" } }] } };

// start makes a call in Promise form and keeps it, to read once answered.
function start(page, api, option) {
  return page.evaluate(([a, o]) => { window.pending = testkit.settle(tt[a](o)); }, [api, option]);
}
const settled = (page) => page.evaluate(() => window.pending);
const chatRow = (dialog, name) => dialog.getByRole("radio", { name, exact: true }).or(dialog.getByRole("checkbox", { name, exact: true }));

test("chooseChat on PC: search, pick one, the confirmation box, Send; Escape cancels", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, { strict: false });
  await start(page, "chooseChat", { confirmDesc: "发到群里讨论" });
  const picker = page.getByRole("dialog", { name: "选择会话" });
  await expect(picker.getByRole("searchbox", { name: "搜索" })).toBeFocused();
  await expect(chatRow(picker, "工程部")).toHaveAccessibleDescription("3 位成员");
  await expect(chatRow(picker, "审批助手")).toHaveAccessibleDescription("机器人");
  await expect(chatRow(picker, "合作伙伴项目群")).toHaveAccessibleDescription("4 位成员 外部");
  // 张伟 is not in the sales team's meeting, so it is not listed.
  await expect(chatRow(picker, "销售周会")).toHaveCount(0);
  await expect(picker.getByRole("button", { name: "确定" })).toBeDisabled();
  await picker.getByRole("searchbox").fill("工程");
  await expect(chatRow(picker, "全员群")).toBeHidden();
  await chatRow(picker, "工程部").check();
  await expect(picker.getByRole("status")).toHaveText("已选 1 个会话");
  await picker.getByRole("button", { name: "确定" }).click();
  const box = picker.getByRole("group", { name: "已选择" });
  await expect(box.getByRole("listitem")).toHaveText(["工程部"]);
  await expect(box).toContainText("发到群里讨论");
  await expect(box.getByRole("textbox")).toBeHidden();
  await box.getByRole("button", { name: "发送" }).click();
  const { result } = await settled(page);
  expect(result).toEqual({ errMsg: "chooseChat:ok", data: [{ id: ENGINEERING, chatType: 1, name: "工程部",
    i18nNames: { zh_cn: "工程部", en_us: "Engineering", ja_jp: "エンジニアリング部" }, avatarUrls: [expect.stringMatching(/^data:image\/svg\+xml/)] }] });
  await expect(picker).toHaveCount(0);

  await start(page, "chooseChat", {});
  await expect(picker).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: false, result: { errMsg: "chooseChat:cancel", errno: 1002002, errString: "user cancel" } });
  const log = await page.evaluate(() => ttShim.calls("chooseChat"));
  expect(log.map((c) => [c.outcome, c.dialog.answer, c.dialog.answeredBy])).toEqual([["ok", [ENGINEERING], "user"], ["cancel", "cancel", "user"]]);
  expect(errors).toEqual([]);
});

test("chooseChat on a phone in English, dark: full screen, ten at most, the message and the page's confirm texts", async ({ app: page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const me = "ou_34af1a13821e9bdb807c5b45036252af";
  const list = Array.from({ length: 11 }, (_, i) => ({ name: { en_us: `Team ${i + 1}` }, members: [me] }));
  await openApp(page, { strict: false, client: { platform: "ios", language: "en_US" }, chats: { list } });
  await start(page, "chooseChat", { multiSelect: true, showMessageInput: true, confirmTitle: "Share with", confirmText: "Share" });
  const picker = page.getByRole("dialog", { name: "Choose chats" });
  const sheet = picker.locator(".sheet");
  const viewport = page.viewportSize();
  await expect(sheet).toBeVisible();
  expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  expect(await sheet.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(41, 41, 41)");
  for (let i = 11; i >= 1; i--) await chatRow(picker, `Team ${i}`).click();
  await expect(picker.getByRole("alert")).toHaveText("You can choose up to 10 chats");
  await expect(chatRow(picker, "Team 1")).not.toBeChecked();
  await expect(picker.getByRole("status")).toHaveText("10 selected");
  await chatRow(picker, "Team 3").uncheck();
  await picker.getByRole("button", { name: "Confirm" }).click();
  const box = picker.getByRole("group", { name: "Share with" });
  await expect(box.getByRole("listitem")).toHaveCount(9);
  await expect(box.getByRole("textbox", { name: "Leave a message" })).toBeFocused();
  // Cancel goes back to the list, picks kept.
  await box.getByRole("button", { name: "Cancel" }).click();
  await expect(chatRow(picker, "Team 11")).toBeChecked();
  await picker.getByRole("button", { name: "Confirm" }).click();
  await page.keyboard.type("Please review");
  await box.getByRole("button", { name: "Share" }).click();
  const { result } = await settled(page);
  expect(result.message).toBe("Please review");
  expect(result.data.map((c) => c.name)).toEqual(["Team 11", "Team 10", "Team 9", "Team 8", "Team 7", "Team 6", "Team 5", "Team 4", "Team 2"]);
});

test("sendMessageCard: through the picker, answered by ttShim.answer, or to given chats; the log keeps the card per chat", async ({ app: page }) => {
  await openApp(page, { strict: false, chats: { list: [
    { openChatId: "oc_team", name: { zh_cn: "项目组" }, members: ["ou_34af1a13821e9bdb807c5b45036252af"] },
    { openChatId: "oc_muted", name: { zh_cn: "禁言群" }, members: ["ou_34af1a13821e9bdb807c5b45036252af"], sendStatus: 11 }] } });
  await start(page, "sendMessageCard", { shouldChooseChat: true, chooseChatParams: { multiSelect: true }, withAdditionalMessage: true, cardContent: CARD });
  await expect(page.getByRole("dialog", { name: "选择会话" })).toBeVisible();
  expect(await page.evaluate(() => ttShim.dialogs())).toEqual([{ id: expect.any(Number), kind: "chats", api: "tt.sendMessageCard",
    chats: { multi: true, messageInput: true, chats: [
      { openChatId: "oc_team", name: { zh_cn: "项目组", en_us: "", ja_jp: "" }, avatar: expect.any(String), group: true, members: 1 },
      { openChatId: "oc_muted", name: { zh_cn: "禁言群", en_us: "", ja_jp: "" }, avatar: expect.any(String), group: true, members: 1 }] } }]);
  await expect(page.evaluate(() => ttShim.answer(["oc_nowhere"]))).rejects.toThrow(/oc_nowhere is not in the picker/);
  await page.evaluate(() => ttShim.answer({ select: ["oc_team"], message: "请查收" }));
  const { result } = await settled(page);
  expect(result).toEqual({ errMsg: "sendMessageCard:ok", sendCardInfo: [{ status: 0, openChatId: "oc_team", openMessageId: expect.stringMatching(/^om_[0-9a-f]{32}$/) }] });
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const failed = await page.evaluate((card) => testkit.settle(tt.sendMessageCard({ openChatIDs: ["oc_team", "oc_muted"], cardContent: card })), CARD);
  expect(failed.result).toMatchObject({ errno: 102, errCode: -5, failedOpenChatIDs: ["oc_muted"],
    sendCardInfo: [{ status: 0, openChatId: "oc_team" }, { status: 11, openChatId: "oc_muted" }] });
  const broken = await page.evaluate(() => testkit.settle(tt.sendMessageCard({ openChatIDs: ["oc_team"], cardContent: { msg_type: "text" } })));
  expect(broken.result).toMatchObject({ errno: 104, errCode: -4 });
  const log = await page.evaluate(() => ttShim.calls("sendMessageCard"));
  expect(log.map((c) => [c.outcome, c.args.cardContent.msg_type, c.result.sendCardInfo?.map((i) => i.openChatId)])).toEqual([
    ["ok", "interactive", ["oc_team"]], ["fail", "interactive", ["oc_team", "oc_muted"]], ["fail", "text", undefined]]);
  expect(log[0].dialog).toEqual({ kind: "chats", answer: { select: ["oc_team"], message: "请查收" }, answeredBy: "ttShim.answer" });
});

test("enterChat draws the chat page over the app until Back; getChatInfo and the launch's trigger code read the tenant", async ({ page }) => {
  await openApp(page, { strict: false, client: { platform: "android" } });
  expect(await page.evaluate((id) => tt.enterChat({ openChatId: id }), ENGINEERING)).toEqual({ errMsg: "enterChat:ok" });
  const chat = page.getByRole("dialog", { name: "工程部" });
  await expect(chat.getByRole("heading", { name: "工程部" })).toBeVisible();
  await expect(chat).toContainText("3 位成员");
  await expect(chat.getByLabel("12 条未读")).toHaveText("12");
  await expect(chat).toContainText("页面调用 tt.enterChat 打开了此会话");
  await chat.getByRole("button", { name: "返回" }).click();
  await expect(chat).toHaveCount(0);

  await page.evaluate(() => tt.enterChat({ openid: "ou_b876aa59f6638f66a20342e40ceafdf8", needBadge: false }));
  const li = page.getByRole("dialog", { name: "李娜" });
  await expect(li.getByRole("heading", { name: "李娜" })).toBeVisible();
  await expect(li.locator(".badge")).toBeEmpty();
  await page.evaluate(() => ttShim.reset());
  await expect(li).toHaveCount(0);

  const none = await page.evaluate(() => testkit.settle(tt.enterChat({})));
  expect(none.result).toEqual({ errMsg: "enterChat:fail Parameter error. openId and openChatId cannot be both empty", errno: 1002012,
    errString: "Parameter error. openId and openChatId cannot be both empty" });
  const info = await page.evaluate((id) => tt.getChatInfo({ openChatId: id, chatType: 0, userType: 0 }), LI_NA_CHAT);
  expect(info).toMatchObject({ errMsg: "getChatInfo:ok", name: "李娜", badge: 2, atCount: 0 });

  // The app was opened by a message shortcut in 工程部: its trigger code gives the messages.
  const triggerCode = await page.evaluate(() => ttShim.config().launch.triggerCode);
  const detail = await page.evaluate((code) => tt.getBlockActionSourceDetail({ triggerCode: code }), triggerCode);
  expect(detail.content.messages.map((m) => [m.sender.name, JSON.parse(m.content).text, m.openChatId])).toEqual([
    ["刘洋", "登录页的埋点已经上线了", ENGINEERING], ["杨磊", "我来跟进数据看板", ENGINEERING]]);
  expect(await page.evaluate((code) => tt.getTriggerContext({ triggerCode: code }), triggerCode))
    .toEqual({ errMsg: "getTriggerContext:ok", openChatId: ENGINEERING, bizType: "message" });
  const wrong = await page.evaluate(() => testkit.settle(tt.getTriggerContext({ triggerCode: "c-other" })));
  expect(wrong.result).toMatchObject({ errno: 104, errCode: 42302 });
});
