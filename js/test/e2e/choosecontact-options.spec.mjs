// How chooseContact's options shape the contact picker: maxNum and
// limitTips, chosenIds and disableChosenIds, and who is offered (ignore,
// externalContact, enableChooseDepartment).
import { test, expect, openAuthenticatedApp } from "./helpers.mjs";
import {
  EVERYONE, DEPARTMENTS, picker, box, row, startChoosing, settled, pick, confirm, openIds, expectChosen,
  visibleNames,
} from "./choosecontact-helpers.mjs";

test.describe("maxNum and limitTips", () => {
  test("a pick past maxNum is refused and limitTips is shown as an alert", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { maxNum: 2, limitTips: "最多只能选 2 位同事" });
    const dialog = picker(page);
    await expect(dialog.getByRole("alert")).toHaveText("");
    await pick(dialog, "李娜", "王芳", "刘洋");
    await expect(box(dialog, "刘洋")).not.toBeChecked();
    await expect(dialog.getByRole("alert")).toHaveText("最多只能选 2 位同事");
    await expect(dialog.getByRole("status")).toHaveText("已选 2 人");
    await confirm(dialog);
    await expectChosen(page, ["李娜", "王芳"]);
  });

  test("without limitTips a default tip says the limit; unpicking makes room again", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { maxNum: 1 });
    const dialog = picker(page);
    await pick(dialog, "李娜", "王芳");
    await expect(box(dialog, "王芳")).not.toBeChecked();
    await expect(dialog.getByRole("alert")).toHaveText("最多选择 1 项");
    await pick(dialog, "李娜");
    await expect(dialog.getByRole("alert")).toHaveText("");
    await pick(dialog, "王芳");
    await expect(box(dialog, "王芳")).toBeChecked();
    await confirm(dialog);
    await expectChosen(page, ["王芳"]);
  });

  test("pre-chosen and disabled people count toward maxNum", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const [chen, zhou] = await openIds(page, ["陈静", "周杰"]);
    await startChoosing(page, { maxNum: 3, chosenIds: [chen], disableChosenIds: [zhou] });
    const dialog = picker(page);
    await expect(dialog.getByRole("status")).toHaveText("已选 2 人");
    await pick(dialog, "李娜", "王芳");
    await expect(box(dialog, "王芳")).not.toBeChecked();
    await expect(dialog.getByRole("alert")).toHaveText("最多选择 3 项");
    await confirm(dialog);
    await expectChosen(page, ["周杰", "陈静", "李娜"]);
  });
});

test.describe("chosenIds and disableChosenIds", () => {
  test("chosenIds start checked, in list order before later picks; they can be unpicked", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const [wang, li, chen] = await openIds(page, ["王芳", "李娜", "陈静"]);
    await startChoosing(page, { chosenIds: [wang, chen, li] });
    const dialog = picker(page);
    for (const name of ["李娜", "王芳", "陈静"]) await expect(box(dialog, name)).toBeChecked();
    await expect(box(dialog, "李娜")).toBeEnabled();
    await expect(dialog.getByRole("status")).toHaveText("已选 3 人");
    await pick(dialog, "刘洋", "陈静");
    await confirm(dialog);
    await expectChosen(page, ["李娜", "王芳", "刘洋"]);
  });

  test("disableChosenIds are checked and disabled, cannot be unpicked, and are returned first", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const [zhou, wang] = await openIds(page, ["周杰", "王芳"]);
    await startChoosing(page, { disableChosenIds: [zhou, wang] });
    const dialog = picker(page);
    for (const name of ["周杰", "王芳"]) {
      await expect(box(dialog, name)).toBeChecked();
      await expect(box(dialog, name)).toBeDisabled();
    }
    await row(dialog, "周杰").click({ force: true });
    await expect(box(dialog, "周杰")).toBeChecked();
    await expect(dialog.getByRole("status")).toHaveText("已选 2 人");
    await pick(dialog, "李娜");
    await confirm(dialog);
    await expectChosen(page, ["王芳", "周杰", "李娜"]);
  });

  test("an id in both fails with errno 1003001 before any dialog", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const [li] = await openIds(page, ["李娜"]);
    await startChoosing(page, { chosenIds: [li], disableChosenIds: [li] });
    const message = `chosenIds and disableChosenIds overlap: ${li}`;
    expect(await settled(page)).toEqual({
      ok: false, result: { errMsg: `chooseContact:fail ${message}`, errno: 1003001, errString: message },
    });
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

test.describe("who is offered", () => {
  test("ignore: true leaves out the current user, 张伟", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { ignore: true });
    const dialog = picker(page);
    expect(await visibleNames(dialog)).toEqual(EVERYONE.slice(1));
    await expect(box(dialog, "张伟")).toHaveCount(0);
  });

  test("ignore is false by default: the current user can be chosen", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "张伟");
    await confirm(dialog);
    await expectChosen(page, ["张伟"]);
  });

  test("externalContact: false hides Emily Carter and Ichiro Suzuki", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { externalContact: false });
    const dialog = picker(page);
    expect(await visibleNames(dialog)).toEqual(EVERYONE.slice(0, 10));
    await expect(dialog.getByText("外部", { exact: true })).toHaveCount(0);
  });

  test("enableChooseDepartment: departments in their own group, returned in department_data", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { enableChooseDepartment: true });
    const dialog = picker(page);
    const group = dialog.getByRole("group", { name: "部门" });
    await expect(group).toBeVisible();
    await expect(group.getByRole("checkbox")).toHaveCount(5);
    expect(await group.locator(".row-name").allTextContents()).toEqual(DEPARTMENTS);
    await expect(dialog.getByRole("group", { name: "联系人" }).getByRole("checkbox")).toHaveCount(12);
    const [dialogInfo] = await page.evaluate(() => ttShim.dialogs());
    const byName = Object.fromEntries(dialogInfo.picker.departments.map((d) => [d.name.zh_cn, d]));
    await pick(dialog, "设计部", "李娜", "工程部");
    await expect(dialog.getByRole("status")).toHaveText("已选 3 项");
    await confirm(dialog);
    const dept = (n) => ({ departmentId: byName[n].departmentId, openDepartmentId: byName[n].openDepartmentId });
    await expectChosen(page, ["李娜"], { departments: [dept("设计部"), dept("工程部")] });
  });

  test("departments are found by name too", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { enableChooseDepartment: true });
    const dialog = picker(page);
    await dialog.getByRole("searchbox").fill("engineer");
    expect(await visibleNames(dialog)).toEqual(["工程部"]);
    await expect(dialog.getByRole("group", { name: "联系人" })).toBeHidden();
  });

  test("without enableChooseDepartment there is no department group", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await expect(dialog.getByRole("group", { name: "部门" })).toHaveCount(0);
    await pick(dialog, "李娜");
    await confirm(dialog);
    await expectChosen(page, ["李娜"]);
  });
});
