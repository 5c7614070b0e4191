// Steps and expectations shared by the choosecontact-*.spec.mjs files:
// finding the contact picker in <ttshim-ui>'s shadow root and its rows,
// starting a tt.chooseContact (or Taro.chooseContact) call from the test
// app, picking, confirming, and the result a pick should settle with.
import { expect } from "@playwright/test";

export const CANCEL = { errMsg: "chooseContact:cancel", errno: 1003003, errString: "user cancel" };
// The default tenant in directory order; the last two are external contacts.
export const EVERYONE = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明", "佐藤花子", "周杰", "艾米丽·卡特", "铃木一郎"];
export const DEPARTMENTS = ["工程部", "产品部", "设计部", "销售部", "人力资源部"];

export const picker = (page, name = "选择联系人") => page.getByRole("dialog", { name });
// A row's checkbox or radio, named by the person's (or department's) name.
export const box = (dialog, name) => dialog.getByRole("checkbox", { name, exact: true });
export const radio = (dialog, name) => dialog.getByRole("radio", { name, exact: true });
// A row as a person clicks it: the <label> around checkbox, avatar and name.
export const row = (dialog, name) => dialog.locator("label.row").filter({ has: dialog.page().getByLabel(name, { exact: true }) });

// startChoosing calls tt.chooseContact(option) in Promise form from the
// test app; the outcome, as {ok, result}, is kept for settled().
export async function startChoosing(page, option = {}, api = "tt") {
  await page.evaluate(([o, ns]) => {
    window.choice = testkit.settle((ns === "tt" ? tt : Taro).chooseContact(o));
  }, [option, api]);
}

export const settled = (page) => page.evaluate(() => window.choice);

export async function pick(dialog, ...names) {
  for (const name of names) await row(dialog, name).click();
}

export async function confirm(dialog, label = "确定") {
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

export const people = (page, names, language) => Promise.all(names.map((n) => person(page, n, language)));
export const openIds = (page, names) => page.evaluate((ns) => ns.map((n) => testkit.firstUserNamed(n).openId), names);

export async function expectChosen(page, names, { language, departments = [] } = {}) {
  expect(await settled(page)).toEqual({
    ok: true,
    result: { errMsg: "chooseContact:ok", data: await people(page, names, language), department_data: departments },
  });
}

// visibleNames lists the names of the rows on screen, in order.
export async function visibleNames(dialog) {
  return dialog.locator("label.row:visible .row-name").allTextContents();
}
