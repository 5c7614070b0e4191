// The window as a person sees it: the navigation bar the client draws once
// the page sets it up, its clicks reaching tt.on*NavigationBarClick, the
// closed window, and the confirmation before leaving.
import { test, expect } from "@playwright/test";
import { test as fixtureTest } from "ttshim/playwright";
import { openAuthenticatedApp, pageErrors, APP } from "./helpers.mjs";

// A 1×1 PNG, bare base64 as setNavigationBar's own example passes it.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

// listen keeps what the page's bar listeners hear in window.clicks.
function listen(page) {
  return page.evaluate(() => {
    window.clicks = [];
    tt.onLeftNavigationBarClick((event) => window.clicks.push("left:" + event.id));
    tt.onRightNavigationBarClick((event) => window.clicks.push("right:" + event.id));
  });
}

const clicks = (page) => page.evaluate(() => testkit.afterEarlierCalls().then(() => window.clicks));

test("PC: the bar appears once the page sets it up, shows the document's title and image buttons, and a click reaches the listener", async ({ page }) => {
  const errors = pageErrors(page);
  await openAuthenticatedApp(page);
  const bar = page.getByRole("navigation", { name: "导航栏" });
  await expect(bar).toHaveCount(0);
  await listen(page);
  const res = await page.evaluate((png) => tt.setNavigationBar({
    right: { items: [{ id: "save", text: "保存", imageBase64: png }, { id: "word", text: "文字" }] },
  }), PNG);
  expect(res).toEqual({ errMsg: "setNavigationBar:ok" });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("heading")).toHaveText("ttshim test app");
  // PC draws image buttons only: the text-only item is not there.
  await expect(bar.getByRole("button", { name: "文字" })).toHaveCount(0);
  await expect(bar.getByRole("button", { name: "返回" })).toBeVisible();
  await bar.getByRole("button", { name: "保存" }).click();
  await page.evaluate(() => ttShim.tapNavigationBar("right", "save"));
  expect(await clicks(page)).toEqual(["right:save", "right:save"]);
  const state = await page.evaluate(() => ttShim.navigationBar());
  expect(state).toMatchObject({ shown: true, title: "ttshim test app", left: [],
    right: [{ id: "save", drawn: true }, { id: "word", drawn: false }] });
  expect(await page.evaluate(() => { try { ttShim.tapNavigationBar("right", "word"); } catch (e) { return e.message; } }))
    .toBe('ttShim.tapNavigationBar(side, id): the right item "word" is not drawn: PC shows image buttons only');
  // The title follows the document's.
  await page.evaluate(() => { document.title = "订单"; });
  await expect(bar.getByRole("heading")).toHaveText("订单");
  expect(errors).toEqual([]);
});

test("iOS: text buttons, two right items reversed, the colours setNavigationBarColor sets, a left click", async ({ page }) => {
  await openAuthenticatedApp(page, { client: { platform: "ios", version: "7.45.0" } });
  await listen(page);
  await page.evaluate(() => tt.setNavigationBar({
    left: { items: [{ id: "cancel", text: "取消编辑" }] },
    right: { items: [{ id: "a", text: "甲" }, { id: "b", text: "乙" }] },
  }));
  const bar = page.getByRole("navigation", { name: "导航栏" });
  await expect(bar.getByRole("button")).toHaveText(["取消编辑", "乙", "甲", "✕"]);
  await expect(bar.getByRole("button", { name: "返回" })).toHaveCount(0);
  await expect(bar.getByRole("button", { name: "关闭" })).toBeVisible();
  expect(await page.evaluate(() => tt.setNavigationBarColor({ backgroundColor: "#3370FF", frontColor: "#ffffff" })))
    .toEqual({ errMsg: "setNavigationBarColor:ok" });
  await expect(bar).toHaveCSS("background-color", "rgb(51, 112, 255)");
  await expect(bar.getByRole("heading")).toHaveCSS("color", "rgb(255, 255, 255)");
  await bar.getByRole("button", { name: "取消编辑" }).click();
  await bar.getByRole("button", { name: "乙" }).click();
  expect(await clicks(page)).toEqual(["left:cancel", "right:b"]);
  const bad = await page.evaluate(() => testkit.settle(tt.setNavigationBarColor({ backgroundColor: "red", frontColor: "#fff" })));
  expect(bad.result.errString).toBe('Parameter error. backgroundColor "red" is not a hex colour like #ffffff');
});

test("closeWindow covers the page, is logged and heard; later calls fail until reset", async ({ page }) => {
  await openAuthenticatedApp(page);
  await page.evaluate(() => {
    window.closes = [];
    ttShim.on("close", (event) => window.closes.push(event));
  });
  expect(await page.evaluate(() => tt.closeWindow())).toEqual({ errMsg: "closeWindow:ok" });
  const closed = page.getByRole("alert");
  await expect(closed).toContainText("窗口已关闭");
  await expect(closed).toContainText("页面调用了 tt.closeWindow");
  expect(await page.evaluate(() => window.closes)).toEqual([{ type: "close", by: "tt.closeWindow" }]);
  expect(await page.evaluate(() => ttShim.calls("closeWindow").map((c) => c.outcome))).toEqual(["ok"]);
  const later = await page.evaluate(() => testkit.settle(tt.getSystemInfo()));
  expect(later.result.errString).toBe("internal error: the window is closed (tt.closeWindow); ttShim.reset() opens it again");
  await page.evaluate(() => ttShim.reset());
  await expect(closed).toHaveCount(0);
  await page.evaluate(() => testkit.authenticate());
  expect((await page.evaluate(() => testkit.settle(tt.getSystemInfo()))).ok).toBe(true);
});

test("the bar's back button asks before leaving: cancel stays, confirm closes the window", async ({ page }) => {
  await openAuthenticatedApp(page, { client: { platform: "android", version: "7.45.0" } });
  await page.evaluate(() => tt.enableLeaveConfirm({ effect: ["back"], title: "提示", content: "确认要退出页面吗？", confirmText: "退出" }));
  await page.evaluate(() => tt.setNavigationBar({ right: { items: [] } }));
  const bar = page.getByRole("navigation", { name: "导航栏" });
  await bar.getByRole("button", { name: "返回" }).click();
  const dialog = page.getByRole("dialog", { name: "提示" });
  await expect(dialog).toContainText("确认要退出页面吗？");
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  // Escape is a cancel too.
  await bar.getByRole("button", { name: "返回" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  // ttShim.leave waits for the person's answer.
  const left = page.evaluate(() => ttShim.leave("back"));
  await dialog.getByRole("button", { name: "退出" }).click();
  expect(await left).toBe(true);
  await expect(page.getByRole("alert")).toContainText("用户点击了返回");
  await expect(bar).toHaveCount(0);
});

test("leave: answered by ttShim.answer or the answers key, at once when not covered or disabled", async ({ page }) => {
  await openAuthenticatedApp(page, { client: { language: "en_US" } });
  await page.evaluate(() => tt.enableLeaveConfirm({ effect: ["close"], content: "Unsaved changes" }));
  expect(await page.evaluate(async () => {
    const left = ttShim.leave("close");
    const [dialog] = ttShim.dialogs();
    ttShim.answer("cancel");
    return { dialog, left: await left };
  })).toEqual({ left: false, dialog: { id: 1, kind: "leaveConfirm", api: "tt.enableLeaveConfirm",
    leave: { effect: ["close"], content: "Unsaved changes", leaving: "close" } } });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
  const pending = page.evaluate(() => ttShim.leave("close"));
  await expect(dialog.getByRole("button", { name: "Confirm" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeVisible();
  expect(await page.evaluate(() => { try { ttShim.answer("allow"); } catch (e) { return e.message; } }))
    .toBe('ttShim.answer(decision): tt.enableLeaveConfirm cannot take the answer "allow": it takes "confirm" or "cancel"');
  await page.evaluate(() => ttShim.reset()); // settles it as a cancel
  expect(await pending).toBe(false);
  // The answers key answers in advance; "back" is not covered; disabled, close leaves at once.
  await page.evaluate(() => testkit.authenticate());
  await page.evaluate(() => ttShim.configure({ answers: { enableLeaveConfirm: "cancel" } }));
  await page.evaluate(() => tt.enableLeaveConfirm({ effect: ["close"], title: "Leave?" }));
  expect(await page.evaluate(() => ttShim.leave("close"))).toBe(false);
  await page.evaluate(() => tt.disableLeaveConfirm());
  expect(await page.evaluate(() => ttShim.leave("close"))).toBe(true);
  await expect(page.getByRole("alert")).toContainText("The person closed the window");
  expect(await page.evaluate(() => { try { ttShim.leave(); } catch (e) { return e.message; } }))
    .toBe("ttShim.leave(how): the window is already closed (close)");
});

test("dark, English: the bar and the closed window in dark colours, and the page's markup stays text", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openAuthenticatedApp(page, { client: { language: "en_US", platform: "android", version: "7.45.0" } });
  await page.evaluate(() => tt.setNavigationBar({ right: { items: [{ id: "x", text: "<img src=x onerror=window.pwned=1>" }] } }));
  const bar = page.getByRole("navigation", { name: "Navigation bar" });
  await expect(bar).toHaveCSS("background-color", "rgb(31, 31, 31)");
  await expect(bar.getByRole("button", { name: "Back" })).toBeVisible();
  await expect(bar.getByRole("button", { name: "<img src=x onerror=window.pwned=1>" })).toBeVisible();
  const refused = await page.evaluate(() => testkit.settle(tt.setNavigationBar({
    right: { items: [{ id: "x", imageBase64: "javascript:alert(1)" }] } })));
  expect(refused.result.errno).toBe(104);
  await bar.getByRole("button", { name: "Close" }).click();
  const closed = page.getByRole("alert");
  await expect(closed).toContainText("The window was closed");
  await expect(closed).toHaveCSS("background-color", "rgb(26, 26, 26)");
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

fixtureTest("the ttshim fixture reads and clicks the bar and leaves", async ({ page, ttshim }) => {
  await page.goto(APP);
  await page.evaluate(() => testkit.authenticate());
  await listen(page);
  await page.evaluate(() => tt.setNavigationBar({ left: { items: [{ id: "home", text: "首页", imageBase64: "data:image/png;base64,iVBORw0KGgo=" }] } }));
  expect((await ttshim.navigationBar()).left).toEqual([{ id: "home", text: "首页", imageBase64: "data:image/png;base64,iVBORw0KGgo=", drawn: true }]);
  await ttshim.tapNavigationBar("left");
  expect(await clicks(page)).toEqual(["left:home"]);
  expect(await ttshim.leave("close")).toBe(true);
  expect((await ttshim.navigationBar()).shown).toBe(false);
});
