// tt.chooseContact as a person sees it: a modal contact picker in
// <ttshim-ui>'s shadow root, with search, checkboxes (or radios), a live
// count, a limit, and Confirm / Cancel. The seed's web app chooses a
// colleague and opens their card at (100, 200).
import { test, expect } from "@playwright/test";
import { configure, openApp, openAuthenticatedApp, expectCardAt, pageErrors, consoleMessages } from "./helpers.mjs";

const EXAMPLE = "/web/choosecontact.html";
const CANCEL = { errMsg: "chooseContact:cancel", errno: 1003003, errString: "user cancel" };
// The default tenant in directory order; the last two are external contacts.
const EVERYONE = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明", "佐藤花子", "周杰", "艾米丽·卡特", "铃木一郎"];
const DEPARTMENTS = ["工程部", "产品部", "设计部", "销售部", "人力资源部"];

const picker = (page, name = "选择联系人") => page.getByRole("dialog", { name });
// A row's checkbox or radio, named by the person's (or department's) name.
const box = (dialog, name) => dialog.getByRole("checkbox", { name, exact: true });
const radio = (dialog, name) => dialog.getByRole("radio", { name, exact: true });
// A row as a person clicks it: the <label> around checkbox, avatar and name.
const row = (dialog, name) => dialog.locator("label.row").filter({ has: dialog.page().getByLabel(name, { exact: true }) });

// startChoosing calls tt.chooseContact(option) in Promise form from the
// test app; the outcome, as {ok, result}, is kept for settled().
async function startChoosing(page, option = {}, api = "tt") {
  await page.evaluate(([o, ns]) => {
    window.choice = testkit.settle((ns === "tt" ? tt : Taro).chooseContact(o));
  }, [option, api]);
}

const settled = (page) => page.evaluate(() => window.choice);

async function pick(dialog, ...names) {
  for (const name of names) await row(dialog, name).click();
}

async function confirm(dialog, label = "确定") {
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

// person is a user as chooseContact returns them, for a client language.
function person(page, name, language = "zh_CN") {
  return page.evaluate(([n, lang]) => {
    const u = ttShim.config().users.find((x) => [x.name.zh_cn, x.name.en_us, x.name.ja_jp].includes(n));
    const key = { zh_CN: "zh_cn", en_US: "en_us", ja_JP: "ja_jp" }[lang];
    return { openId: u.openId, unionId: u.unionId, name: u.name[key], i18nNames: u.name, avatarUrls: [u.avatar] };
  }, [name, language]);
}

const people = (page, names, language) => Promise.all(names.map((n) => person(page, n, language)));
const openIds = (page, names) => page.evaluate((ns) => ns.map((n) => testkit.firstUserNamed(n).openId), names);

async function expectChosen(page, names, { language, departments = [] } = {}) {
  expect(await settled(page)).toEqual({
    ok: true,
    result: { errMsg: "chooseContact:ok", data: await people(page, names, language), department_data: departments },
  });
}

// visibleNames lists the names of the rows on screen, in order.
async function visibleNames(dialog) {
  return dialog.locator("label.row:visible .row-name").allTextContents();
}

test.describe("the seed's web app", () => {
  async function openExample(page) {
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).click();
    const dialog = picker(page);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  test("choose a colleague by clicking their row, Confirm: their card opens at exactly (100, 200)", async ({ page }) => {
    const errors = pageErrors(page);
    const messages = consoleMessages(page);
    const dialog = await openExample(page);
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await row(dialog, "李娜").click();
    await expect(box(dialog, "李娜")).toBeChecked();
    await confirm(dialog);
    const card = page.getByRole("dialog", { name: "李娜" });
    await expectCardAt(card, 100, 200);
    await expect(card.getByRole("heading", { name: "李娜" })).toBeVisible();
    await expect(page.getByLabel("enterProfile result")).toContainText('"errMsg": "enterProfile:ok"');
    const chosen = JSON.parse(await page.getByLabel("chooseContact result").textContent());
    expect(chosen).toEqual({ errMsg: "chooseContact:ok", data: await people(page, ["李娜"]), department_data: [] });
    expect(messages.filter((m) => m.type === "log").map((m) => m.text)).toContain('{"errMsg":"enterProfile:ok"}');
    expect(errors).toEqual([]);
  });

  test("an English client: the picker and the card speak English", async ({ page }) => {
    await configure(page, { client: { language: "en_US" } });
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).click();
    const dialog = picker(page, "Choose contacts");
    await row(dialog, "Wang Fang").click();
    await confirm(dialog, "Confirm");
    await expectCardAt(page.getByRole("dialog", { name: "Wang Fang" }), 100, 200);
  });

  test("Cancel closes the picker, opens no card, and gives the focus back to the button", async ({ page }) => {
    const dialog = await openExample(page);
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByLabel("chooseContact result")).toContainText('"errMsg": "chooseContact:cancel"');
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Choose a colleague" })).toBeFocused();
  });

  test("keyboard only: Tab to a row, Space, Tab to Confirm, Enter", async ({ page }) => {
    await page.goto(EXAMPLE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    await page.getByRole("button", { name: "Choose a colleague" }).focus();
    await page.keyboard.press("Enter");
    const dialog = picker(page);
    await expect(dialog.getByRole("searchbox", { name: "搜索" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(box(dialog, "张伟")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(box(dialog, "李娜")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(box(dialog, "李娜")).toBeChecked();
    const confirmButton = dialog.getByRole("button", { name: "确定" });
    for (let i = 0; i < 20 && !(await confirmButton.evaluate((b) => b.getRootNode().activeElement === b)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(confirmButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expectCardAt(page.getByRole("dialog", { name: "李娜" }), 100, 200);
  });
});

test.describe("the picker", () => {
  test("lists everyone with avatar, name and department; external contacts are tagged", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await expect(dialog.getByRole("heading", { name: "选择联系人" })).toBeVisible();
    expect(await visibleNames(dialog)).toEqual(EVERYONE);
    await expect(dialog.getByRole("checkbox")).toHaveCount(12);
    const liNa = row(dialog, "李娜");
    await expect(liNa).toContainText("产品部");
    await expect(liNa).not.toContainText("外部");
    await expect(liNa.locator("img")).toHaveAttribute("src", await page.evaluate(() => testkit.firstUserNamed("李娜").avatar));
    const emily = row(dialog, "艾米丽·卡特");
    await expect(emily).toContainText("合作伙伴有限公司");
    await expect(emily.locator(".tag")).toHaveText("外部");
    await expect(box(dialog, "艾米丽·卡特")).toHaveAccessibleDescription(/外部/);
    await expect(dialog.getByRole("status")).toHaveText("已选 0 人");
    await expect(dialog.getByRole("button", { name: "确定" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "取消" })).toBeVisible();
  });

  test("multi (the default): the result lists the people in the order they were picked", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "王芳", "艾米丽·卡特", "李娜");
    await expect(dialog.getByRole("status")).toHaveText("已选 3 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳", "艾米丽·卡特", "李娜"]);
  });

  test("unpicking takes a person out of the order; picking again puts them last", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "李娜", "王芳", "李娜", "刘洋", "李娜");
    await expect(box(dialog, "李娜")).toBeChecked();
    await expect(dialog.getByRole("status")).toHaveText("已选 3 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳", "刘洋", "李娜"]);
  });

  test("Confirm with nobody picked answers an empty list", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    await confirm(picker(page));
    await expectChosen(page, []);
  });

  test("single (multi: false): radios, the last pick wins", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { multi: false });
    const dialog = picker(page);
    await expect(dialog.getByRole("radio")).toHaveCount(12);
    await expect(dialog.getByRole("checkbox")).toHaveCount(0);
    await pick(dialog, "李娜", "王芳");
    await expect(radio(dialog, "李娜")).not.toBeChecked();
    await expect(radio(dialog, "王芳")).toBeChecked();
    await expect(dialog.getByRole("status")).toHaveText("已选 1 人");
    await confirm(dialog);
    await expectChosen(page, ["王芳"]);
  });

  test("a mobile client shows the picker full-screen; a PC client as a centred sheet", async ({ page }) => {
    await openAuthenticatedApp(page, { client: { platform: "ios" } });
    await startChoosing(page);
    const sheet = picker(page).locator(".sheet");
    const viewport = page.viewportSize();
    await expect(sheet).toBeVisible();
    expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    await pick(picker(page), "李娜");
    await confirm(picker(page));
    await expectChosen(page, ["李娜"]);
    await page.evaluate(() => ttShim.configure({ client: { platform: "pc" } }));
    await page.evaluate(() => testkit.authenticate());
    await startChoosing(page);
    const box2 = await picker(page).locator(".sheet").boundingBox();
    expect(box2.width).toBeLessThan(viewport.width);
    expect(box2.x).toBeGreaterThan(0);
  });

  test("an English client: title, search, names, tag, count, limit and buttons in English", async ({ page }) => {
    await openAuthenticatedApp(page, { client: { language: "en_US" } });
    await startChoosing(page, { maxNum: 2 });
    const dialog = picker(page, "Choose contacts");
    await expect(dialog.getByRole("searchbox", { name: "Search" })).toBeFocused();
    expect((await visibleNames(dialog)).slice(0, 3)).toEqual(["Zhang Wei", "Li Na", "Wang Fang"]);
    await expect(row(dialog, "Emily Carter")).toContainText("External");
    await expect(row(dialog, "Emily Carter")).toContainText("Partner Co., Ltd.");
    await pick(dialog, "Li Na", "Zhou Jie", "Zhao Min");
    await expect(dialog.getByRole("alert")).toHaveText("You can choose up to 2");
    await expect(dialog.getByRole("status")).toHaveText("2 selected");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeVisible();
    await confirm(dialog, "Confirm");
    await expectChosen(page, ["Li Na", "Zhou Jie"], { language: "en_US" });
  });

  test("a Japanese client: 連絡先を選択, 検索, 確定 and キャンセル", async ({ page }) => {
    await openAuthenticatedApp(page, { client: { language: "ja_JP" } });
    await startChoosing(page);
    const dialog = picker(page, "連絡先を選択");
    await expect(dialog.getByRole("searchbox", { name: "検索" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "キャンセル" })).toBeVisible();
    await expect(row(dialog, "鈴木一郎")).toContainText("社外");
    await pick(dialog, "リ・ナ");
    await expect(dialog.getByRole("status")).toHaveText("1 人を選択中");
    await confirm(dialog, "確定");
    await expectChosen(page, ["李娜"], { language: "ja_JP" });
  });
});

test.describe("maxNum and limitTips", () => {
  test("a pick past maxNum is refused and limitTips is shown as an alert", async ({ page }) => {
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

  test("without limitTips a default tip says the limit; unpicking makes room again", async ({ page }) => {
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

  test("pre-chosen and disabled people count toward maxNum", async ({ page }) => {
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

test.describe("search", () => {
  async function search(page, query) {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await dialog.getByRole("searchbox", { name: "搜索" }).fill(query);
    return dialog;
  }

  test("by Chinese name", async ({ page }) => {
    const dialog = await search(page, "王");
    expect(await visibleNames(dialog)).toEqual(["王芳"]);
    await expect(box(dialog, "李娜")).toBeHidden();
  });

  test("by English name, ignoring case", async ({ page }) => {
    let dialog = await search(page, "LI");
    expect(await visibleNames(dialog)).toEqual(["李娜", "刘洋"]);
    await dialog.getByRole("searchbox").fill("emily c");
    expect(await visibleNames(dialog)).toEqual(["艾米丽·卡特"]);
  });

  test("by Japanese name", async ({ page }) => {
    const dialog = await search(page, "鈴木");
    expect(await visibleNames(dialog)).toEqual(["铃木一郎"]);
    await dialog.getByRole("searchbox").fill("カーター");
    expect(await visibleNames(dialog)).toEqual(["艾米丽·卡特"]);
  });

  test("as you type, and clearing the box shows everyone again", async ({ page }) => {
    const dialog = await search(page, "");
    const input = dialog.getByRole("searchbox");
    await input.pressSequentially("zh");
    expect(await visibleNames(dialog)).toEqual(["张伟", "赵敏", "周杰"]);
    await input.pressSequentially("ang");
    expect(await visibleNames(dialog)).toEqual(["张伟"]);
    await input.fill("");
    expect(await visibleNames(dialog)).toEqual(EVERYONE);
  });

  test("no match says so", async ({ page }) => {
    const dialog = await search(page, "nobody at all");
    expect(await visibleNames(dialog)).toEqual([]);
    await expect(dialog.getByText("无搜索结果")).toBeVisible();
    await dialog.getByRole("searchbox").fill("");
    await expect(dialog.getByText("无搜索结果")).toBeHidden();
  });

  test("picks hidden by a search stay picked, in order", async ({ page }) => {
    const dialog = await search(page, "");
    await pick(dialog, "李娜");
    await dialog.getByRole("searchbox").fill("wang");
    await pick(dialog, "王芳");
    await dialog.getByRole("searchbox").fill("");
    await expect(box(dialog, "李娜")).toBeChecked();
    await confirm(dialog);
    await expectChosen(page, ["李娜", "王芳"]);
  });
});

test.describe("chosenIds and disableChosenIds", () => {
  test("chosenIds start checked, in list order before later picks; they can be unpicked", async ({ page }) => {
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

  test("disableChosenIds are checked and disabled, cannot be unpicked, and are returned first", async ({ page }) => {
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

  test("an id in both fails with errno 1003001 before any dialog", async ({ page }) => {
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
  test("ignore: true leaves out the current user, 张伟", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { ignore: true });
    const dialog = picker(page);
    expect(await visibleNames(dialog)).toEqual(EVERYONE.slice(1));
    await expect(box(dialog, "张伟")).toHaveCount(0);
  });

  test("ignore is false by default: the current user can be chosen", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await pick(dialog, "张伟");
    await confirm(dialog);
    await expectChosen(page, ["张伟"]);
  });

  test("externalContact: false hides Emily Carter and Ichiro Suzuki", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { externalContact: false });
    const dialog = picker(page);
    expect(await visibleNames(dialog)).toEqual(EVERYONE.slice(0, 10));
    await expect(dialog.getByText("外部", { exact: true })).toHaveCount(0);
  });

  test("enableChooseDepartment: departments in their own group, returned in department_data", async ({ page }) => {
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

  test("departments are found by name too", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page, { enableChooseDepartment: true });
    const dialog = picker(page);
    await dialog.getByRole("searchbox").fill("engineer");
    expect(await visibleNames(dialog)).toEqual(["工程部"]);
    await expect(dialog.getByRole("group", { name: "联系人" })).toBeHidden();
  });

  test("without enableChooseDepartment there is no department group", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await expect(dialog.getByRole("group", { name: "部门" })).toHaveCount(0);
    await pick(dialog, "李娜");
    await confirm(dialog);
    await expectChosen(page, ["李娜"]);
  });
});

test.describe("cancel", () => {
  test("the Cancel button fails the call with chooseContact:cancel, errno 1003003", async ({ page }) => {
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

  test("Escape cancels, even while typing in the search box", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    const dialog = picker(page);
    await dialog.getByRole("searchbox").fill("li");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
  });

  test("with callbacks, a cancel reaches fail and complete, never success", async ({ page }) => {
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
  test("a web app must call h5sdk.config first", async ({ page }) => {
    await openApp(page);
    await startChoosing(page);
    const { ok, result } = await settled(page);
    expect(ok).toBe(false);
    expect(result.errMsg).toBe("chooseContact:fail Authentication failed. Call h5sdk.config before tt.chooseContact");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("web apps need client V5.7.0: 5.6.0 fails with errno 103, 5.7.0 opens the picker", async ({ page }) => {
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

test.describe("the contactPicker configuration", () => {
  test('"cancel" fails every call at once, with no picker', async ({ page }) => {
    await openAuthenticatedApp(page, { contactPicker: "cancel" });
    await startChoosing(page);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: "cancel", answeredBy: "configuration" });
  });

  test("{select: [openIds]} answers at once, in that order, with no picker", async ({ page }) => {
    await openAuthenticatedApp(page);
    const ids = await openIds(page, ["王芳", "李娜"]);
    await page.evaluate((select) => ttShim.configure({ contactPicker: { select } }), ids);
    await startChoosing(page);
    await expectChosen(page, ["王芳", "李娜"]);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const [entry] = await page.evaluate(() => ttShim.calls("chooseContact"));
    expect(entry.dialog).toEqual({ kind: "contacts", answer: ids, answeredBy: "configuration" });
  });

  test('"ask" (the default) leaves the call waiting on the picker', async ({ page }) => {
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
  test("dialogs() lists the picker; answer([openIds]) settles it and closes it", async ({ page }) => {
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

  test("an answer the picker cannot take is refused and leaves it open", async ({ page }) => {
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

  test("reset() cancels a waiting picker and closes it", async ({ page }) => {
    await openAuthenticatedApp(page);
    await startChoosing(page);
    await expect(picker(page)).toBeVisible();
    await page.evaluate(() => ttShim.reset());
    await expect(picker(page)).toHaveCount(0);
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
    expect(await page.evaluate(() => ttShim.dialogs())).toEqual([]);
  });

  test("two waiting calls: one picker at a time, answered oldest first", async ({ page }) => {
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

test.describe("Taro.chooseContact", () => {
  test("success runs, then complete, then the Promise resolves with the same object", async ({ page }) => {
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

  test("a cancel runs fail, then complete, and still rejects the Promise", async ({ page }) => {
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

test.describe("user data that looks like HTML", () => {
  const NAME = "<img src=x onerror=window.pwned=1>";
  const DEPARTMENT = "<b onmouseover=window.pwned=2>R&D</b>";
  const TIPS = "<img src=y onerror=window.pwned=3>";
  const config = {
    users: [
      { openId: "ou_me", name: { zh_cn: "我" } },
      { openId: "ou_markup", name: { zh_cn: NAME }, department: { zh_cn: DEPARTMENT } },
    ],
  };

  test("is shown as text in the picker, the limit tip too, and can be chosen", async ({ page }) => {
    const errors = pageErrors(page);
    const failed = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await openAuthenticatedApp(page, config);
    await startChoosing(page, { maxNum: 1, limitTips: TIPS });
    const dialog = picker(page);
    await expect(box(dialog, NAME)).toBeVisible();
    await expect(row(dialog, NAME)).toContainText(DEPARTMENT);
    await pick(dialog, "我", NAME);
    await expect(dialog.getByRole("alert")).toHaveText(TIPS);
    await dialog.getByRole("searchbox").fill("onerror");
    expect(await visibleNames(dialog)).toEqual([NAME]);
    const seen = await page.evaluate(() => {
      const root = document.querySelector("ttshim-ui").shadowRoot;
      return {
        images: [...root.querySelectorAll("img")].map((img) => img.className),
        bold: root.querySelectorAll("b").length,
        pwned: window.pwned,
      };
    });
    expect(seen).toEqual({ images: ["row-avatar", "row-avatar"], bold: 0, pwned: undefined });
    await dialog.getByRole("searchbox").fill("");
    await pick(dialog, "我", NAME);
    await confirm(dialog);
    const { ok, result } = await settled(page);
    expect(ok).toBe(true);
    expect(result.data.map((p) => [p.openId, p.name])).toEqual([["ou_markup", NAME]]);
    expect(errors).toEqual([]);
    expect(failed.filter((url) => /\/[xy]$/.test(url))).toEqual([]);
  });
});
