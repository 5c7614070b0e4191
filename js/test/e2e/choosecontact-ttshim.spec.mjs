// Driving the contact picker from a test: the contactPicker
// configuration ("ask", "cancel", {select}), and ttShim.dialogs,
// ttShim.answer and ttShim.reset on a waiting picker.
import { test, expect, openAuthenticatedApp } from "./helpers.mjs";
import { CANCEL, picker, startChoosing, settled, pick, openIds, expectChosen } from "./choosecontact-helpers.mjs";

test.describe("the contactPicker configuration", () => {
  test('"cancel" fails every call at once, with no picker', async ({ app: page }) => {
    await openAuthenticatedApp(page, { contactPicker: "cancel" });
    await startChoosing(page);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: "cancel", answeredBy: "configuration" });
  });

  test("{select: [openIds]} answers at once, in that order, with no picker", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const ids = await openIds(page, ["王芳", "李娜"]);
    await page.evaluate((select) => ttShim.configure({ contactPicker: { select } }), ids);
    await startChoosing(page);
    await expectChosen(page, ["王芳", "李娜"]);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: ids, answeredBy: "configuration" });
  });

  test('"ask" (the default) leaves the call waiting on the picker', async ({ app: page }) => {
    await openAuthenticatedApp(page, { contactPicker: "ask" });
    await startChoosing(page);
    await expect(picker(page)).toBeVisible();
    const state = await page.evaluate(async () => {
      let done = false;
      window.choice.then(() => { done = true; });
      await new Promise((r) => setTimeout(r, 200));
      return { done, dialogs: ttShim.dialogs().length };
    });
    expect(state).toEqual({ done: false, dialogs: 1 });
  });
});

test.describe("ttShim.dialogs, ttShim.answer and ttShim.reset", () => {
  test("dialogs() lists the picker; answer([openIds]) settles it and closes it", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const [me] = await page.evaluate(() => ttShim.config().users);
    await startChoosing(page, { maxNum: 5, limitTips: "tips" });
    await expect(picker(page)).toBeVisible();
    const [dialog, ...more] = await page.evaluate(() => ttShim.dialogs());
    expect(more).toEqual([]);
    expect(dialog).toMatchObject({ kind: "contacts", api: "tt.chooseContact" });
    expect(dialog.picker).toMatchObject({ multi: true, maxNum: 5, limitTips: "tips" });
    expect(dialog.picker.people).toHaveLength(12);
    expect(dialog.picker.people[0]).toEqual({
      openId: me.openId, unionId: me.unionId, name: me.name, department: me.department, avatar: me.avatar,
    });
    const ids = await openIds(page, ["刘洋", "李娜"]);
    await page.evaluate((select) => ttShim.answer(select), ids);
    await expect(picker(page)).toHaveCount(0);
    await expectChosen(page, ["刘洋", "李娜"]);
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: ids, answeredBy: "ttShim.answer" });
  });

  test("an answer the picker cannot take is refused and leaves it open", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    await expect(picker(page)).toBeVisible();
    const refused = await page.evaluate(() => {
      const out = [];
      for (const decision of ["allow", ["ou_nobody"]]) {
        try { ttShim.answer(decision); out.push("accepted"); } catch (e) { out.push(e.message); }
      }
      return out;
    });
    expect(refused).toEqual([
      'ttShim.answer(decision): tt.chooseContact cannot take the answer "allow": the contact picker takes "cancel" or a list of openIds',
      'ttShim.answer(decision): tt.chooseContact cannot take the answer ["ou_nobody"]: ou_nobody is not in the picker',
    ]);
    await expect(picker(page)).toBeVisible();
    await page.evaluate(() => ttShim.answer("cancel"));
    await expect(picker(page)).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
  });

  test("reset() cancels a waiting picker and closes it", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    await expect(picker(page)).toBeVisible();
    await page.evaluate(() => ttShim.reset());
    await expect(picker(page)).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
  });

  test("two waiting calls: one picker at a time, answered oldest first", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await page.evaluate(() => {
      window.first = testkit.settle(tt.chooseContact({ multi: false }));
      window.second = testkit.settle(tt.chooseContact({ ignore: true }));
    });
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await expect(picker(page).getByRole("radio")).toHaveCount(12);
    await pick(picker(page), "李娜");
    await picker(page).getByRole("button", { name: "确定" }).click();
    await expect(picker(page).getByRole("checkbox")).toHaveCount(11);
    await picker(page).getByRole("button", { name: "取消" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [first, second] = await page.evaluate(() => Promise.all([window.first, window.second]));
    expect(first.result.data.map((p) => p.name)).toEqual(["李娜"]);
    expect(second).toEqual({ ok: false, result: CANCEL });
  });
});
