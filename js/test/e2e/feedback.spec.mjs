// The client's interaction feedback as a person sees it: the toast and the
// loading that replace each other, the modal, the action sheet and the
// prompt, each answered by a click, the keyboard or ttShim.answer.
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const WEBAPP = { strict: false };
const IOS = { strict: false, client: { platform: "ios" } };
const ANDROID = { strict: false, client: { platform: "android" } };

// counter puts a button on the page that counts its clicks, under where
// the toast is drawn.
function addCounter(page) {
  return page.evaluate(() => {
    window.clicks = 0;
    const button = document.createElement("button");
    button.textContent = "Count";
    button.style.cssText = "position:fixed;inset:0;width:100%;height:100%";
    button.onclick = () => { window.clicks++; };
    document.body.append(button);
  });
}

test("Android: a toast shows its title, a loading replaces it, hideLoading takes it away, and only a masked one stops taps", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, ANDROID);
  await addCounter(page);
  const status = page.getByRole("status");

  expect(await page.evaluate(() => tt.showToast({ title: "已保存", icon: "success", duration: 60000 }))).toEqual({ errMsg: "showToast:ok" });
  await expect(status).toHaveText("已保存");
  // Without a mask, a tap goes through to the page.
  await page.mouse.click(20, 20);
  expect(await page.evaluate(() => window.clicks)).toBe(1);

  await page.evaluate(() => tt.showLoading({ title: "加载中", mask: true }));
  await expect(status).toHaveText("加载中");
  await expect(status).toHaveAttribute("aria-busy", "true");
  await page.mouse.click(20, 20);
  expect(await page.evaluate(() => window.clicks)).toBe(1);
  await page.evaluate(() => tt.hideLoading());
  await expect(status).toHaveCount(0);
  await page.mouse.click(20, 20);
  expect(await page.evaluate(() => window.clicks)).toBe(2);

  // A short toast goes by itself.
  await page.evaluate(() => tt.showToast({ title: "Bye", icon: "none", duration: 200 }));
  await expect(status).toHaveCount(0);
  expect(await page.evaluate(() => ttShim.calls("showToast").map((c) => c.args.title))).toEqual(["已保存", "Bye"]);
  // PC draws no mask: the page takes taps under a masked loading.
  await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
  await page.evaluate(() => tt.showLoading({ title: "加载中", mask: true }));
  await expect(status).toHaveText("加载中");
  await page.mouse.click(20, 20);
  expect(await page.evaluate(() => window.clicks)).toBe(3);
  expect(errors).toEqual([]);
});

test("the modal: Cancel, Escape and OK by the keyboard, the texts the page gives, and no Cancel when showCancel is false", async ({ app: page }) => {
  await openApp(page, WEBAPP);
  const ask = (option) => page.evaluate((o) => { window.answer = tt.showModal(o); }, option);
  const answer = () => page.evaluate(() => window.answer);

  await ask({ title: "删除文档？", content: "删除后无法恢复" });
  const modal = page.getByRole("dialog", { name: "删除文档？" });
  await expect(modal).toBeVisible();
  await expect(modal).toContainText("删除后无法恢复");
  await modal.getByRole("button", { name: "取消" }).click();
  expect(await answer()).toEqual({ errMsg: "showModal:ok", confirm: false, cancel: true });
  await expect(modal).toHaveCount(0);

  await ask({ content: "Only content", confirmText: "Go", cancelText: "Stay" });
  const second = page.getByRole("dialog", { name: "Only content" });
  await expect(second.getByRole("button")).toHaveText(["Stay", "Go"]);
  // The focus starts on the confirm button and Tab stays inside.
  await expect(second.getByRole("button", { name: "Go" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(second.getByRole("button", { name: "Stay" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(second.getByRole("button", { name: "Go" })).toBeFocused();
  await page.keyboard.press("Escape");
  expect(await answer()).toEqual({ errMsg: "showModal:ok", confirm: false, cancel: true });

  await ask({ title: "Done", showCancel: false });
  const third = page.getByRole("dialog", { name: "Done" });
  await expect(third.getByRole("button")).toHaveText(["确定"]);
  await page.keyboard.press("Enter");
  expect(await answer()).toEqual({ errMsg: "showModal:ok", confirm: true, cancel: false });

  // Title and content both empty is an error, and nothing is drawn.
  expect(await page.evaluate(() => tt.showModal({ title: "" }).catch((e) => e))).toEqual({
    errMsg: "showModal:fail invalid title and content", errno: 1100001, errString: "invalid title and content" });
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("iOS: the action sheet lists the items with Cancel, a tap answers its index, Cancel fails, and a web app on PC lacks it (errno 103)", async ({ app: page }) => {
  await openApp(page, IOS);
  const ask = () => page.evaluate(() => { window.answer = tt.showActionSheet({ itemList: ["回复", "转发", "<b>删除</b>"] }).catch((e) => e); });
  const answer = () => page.evaluate(() => window.answer);

  await ask();
  const sheet = page.getByRole("dialog", { name: "操作菜单" });
  await expect(sheet.getByRole("button")).toHaveText(["回复", "转发", "<b>删除</b>", "取消"]);
  await sheet.getByRole("button", { name: "转发" }).click();
  expect(await answer()).toEqual({ errMsg: "showActionSheet:ok", tapIndex: 1 });

  await ask();
  await sheet.getByRole("button", { name: "取消" }).click();
  expect(await answer()).toMatchObject({ errMsg: "showActionSheet:fail cancel" });

  await ask();
  await expect(sheet).toBeVisible();
  await page.evaluate(() => ttShim.answer(2));
  expect(await answer()).toEqual({ errMsg: "showActionSheet:ok", tapIndex: 2 });

  await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
  const onPC = await page.evaluate(() => tt.showActionSheet({ itemList: ["回复"] }).catch((e) => e));
  expect(onPC).toMatchObject({ errno: 103 });
  expect(onPC.errString).not.toContain("not simulated");
  await expect(sheet).toHaveCount(0);
});

test("the prompt: typed text up to maxLength, Enter confirms, Cancel gives an empty value; the legacy confirm draws the modal", async ({ app: page }) => {
  await openApp(page, WEBAPP);
  await page.evaluate(() => { window.answer = tt.showPrompt({ title: "重命名", placeholder: "新名字", maxLength: 5 }); });
  const prompt = page.getByRole("dialog", { name: "重命名" });
  const box = prompt.getByRole("textbox", { name: "重命名" });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("placeholder", "新名字");
  await page.keyboard.type("季度报告草稿");
  await expect(box).toHaveValue("季度报告草");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => window.answer)).toEqual({ errMsg: "showPrompt:ok", confirm: true, cancel: false, inputValue: "季度报告草" });

  await page.evaluate(() => { window.answer = tt.showPrompt({ title: "备注" }); });
  await page.getByRole("textbox", { name: "备注" }).fill("typed, then cancelled");
  await page.getByRole("dialog", { name: "备注" }).getByRole("button", { name: "取消" }).click();
  expect(await page.evaluate(() => window.answer)).toEqual({ errMsg: "showPrompt:ok", confirm: false, cancel: true, inputValue: "" });

  // h5sdk's old name, with its old keys, is the same modal.
  await page.evaluate(() => {
    window.legacy = new Promise((resolve) => h5sdk.device.notification.confirm({ title: "离开？", message: "未保存的修改会丢失", onSuccess: resolve }));
  });
  const legacy = page.getByRole("dialog", { name: "离开？" });
  await expect(legacy).toContainText("未保存的修改会丢失");
  await legacy.getByRole("button", { name: "确定" }).click();
  expect(await page.evaluate(() => window.legacy)).toMatchObject({ confirm: true, cancel: false });
});
