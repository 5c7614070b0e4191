// How a chooseContact call settles around the picker: a cancel (button,
// Escape, callbacks), what the client and h5sdk.config must allow first,
// and Taro.chooseContact's callbacks and Promise.
import { test, expect, openApp, openAuthenticatedApp } from "./helpers.mjs";
import { CANCEL, picker, startChoosing, settled, pick, confirm, people } from "./choosecontact-helpers.mjs";

test.describe("cancel", () => {
  test("the Cancel button fails the call with chooseContact:cancel, errno 1003003", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "李娜");
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: "cancel", answeredBy: "user" });
  });

  test("Escape cancels, even while typing in the search box", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await dialog.getByRole("searchbox").fill("li");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
  });

  test("with callbacks, a cancel reaches fail and complete, never success", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await page.evaluate(() => {
      window.seen = [];
      tt.chooseContact({
        success: (r) => window.seen.push(["success", r.errMsg]),
        fail: (r) => window.seen.push(["fail", r.errMsg, r.errno]),
        complete: (r) => window.seen.push(["complete", r.errMsg]),
      });
    });
    await picker(page).getByRole("button", { name: "取消" }).click();
    await expect(picker(page)).toHaveCount(0);
    await page.evaluate(() => testkit.afterEarlierCalls());
    expect(await page.evaluate(() => window.seen)).toEqual([
      ["fail", "chooseContact:cancel", 1003003], ["complete", "chooseContact:cancel"],
    ]);
  });
});

test.describe("client and authentication", () => {
  test("a web app must call h5sdk.config first", async ({ app: page }) => {
    await openApp(page);
    await startChoosing(page);
    const { ok, result } = await settled(page);
    expect(ok).toBe(false);
    expect(result.errMsg).toBe("chooseContact:fail Authentication failed. Call h5sdk.config before tt.chooseContact");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("web apps need client V5.7.0: 5.6.0 fails with errno 103, 5.7.0 opens the picker", async ({ app: page }) => {
    await openAuthenticatedApp(page, { client: { version: "5.6.0" } });
    await startChoosing(page);
    const { ok, result } = await settled(page);
    expect(ok).toBe(false);
    expect(result.errno).toBe(103);
    expect(await page.evaluate(() => tt.canIUse("chooseContact"))).toBe(false);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.evaluate(() => ttShim.configure({ client: { version: "5.7.0" } }));
    await page.evaluate(() => testkit.authenticate());
    await startChoosing(page);
    await expect(picker(page)).toBeVisible();
  });
});

test.describe("Taro.chooseContact", () => {
  test("success runs, then complete, then the Promise resolves with the same object", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await page.evaluate(() => {
      window.seen = [];
      window.taroCall = testkit.settle(Taro.chooseContact({
        success: (r) => window.seen.push("success " + r.errMsg),
        fail: (r) => window.seen.push("fail " + r.errMsg),
        complete: (r) => window.seen.push("complete " + r.errMsg),
      }).then((r) => { window.seen.push("resolved"); return r; }));
    });
    const dialog = picker(page);
    const [entry] = await page.evaluate(() => ttShim.dialogs());
    expect(entry.api).toBe("Taro.chooseContact");
    await pick(dialog, "王芳");
    await confirm(dialog);
    const { ok, result } = await page.evaluate(() => window.taroCall);
    expect(ok).toBe(true);
    expect(result).toEqual({ errMsg: "chooseContact:ok", data: await people(page, ["王芳"]), department_data: [] });
    expect(await page.evaluate(() => window.seen)).toEqual(["success chooseContact:ok", "complete chooseContact:ok", "resolved"]);
  });

  test("a cancel runs fail, then complete, and still rejects the Promise", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await page.evaluate(() => {
      window.seen = [];
      window.taroCall = testkit.settle(Taro.chooseContact({
        fail: (r) => window.seen.push("fail " + r.errMsg),
        complete: (r) => window.seen.push("complete " + r.errMsg),
      }));
    });
    await expect(picker(page)).toBeVisible();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => window.taroCall)).toEqual({ ok: false, result: CANCEL });
    expect(await page.evaluate(() => window.seen)).toEqual(["fail chooseContact:cancel", "complete chooseContact:cancel"]);
  });
});
