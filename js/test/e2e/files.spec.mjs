// The drive pickers (tt.docsPicker, tt.filePicker), the document viewer
// (tt.openDocument) and tt.saveFile as a person and a test use them, in a
// web app with strict off (no h5sdk.config first).
import { test, expect, openApp, pageErrors } from "./helpers.mjs";

const PC = { strict: false };
const ANDROID_EN = { strict: false, client: { platform: "android", language: "en_US" } };

// start makes a call in Promise form and keeps it, to read once answered.
function start(page, api, option) {
  return page.evaluate(([name, o]) => { window.pending = testkit.settle(tt[name](o)); }, [api, option]);
}

const settled = (page) => page.evaluate(() => window.pending);
const call = (page, api, option) => page.evaluate(([name, o]) => testkit.settle(tt[name](o)), [api, option]);

test("docsPicker lists the drive; a person searches, picks two in order and confirms; Escape cancels", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openApp(page, PC);
  await start(page, "docsPicker", {});
  const picker = page.getByRole("dialog", { name: "选择云文档" });
  await expect(picker.getByRole("checkbox")).toHaveCount(8);
  const roadmap = picker.getByRole("checkbox", { name: "2026 产品路线图" });
  await expect(roadmap).toHaveAccessibleDescription("文档 · 李娜 · 2026-12-01 更新");
  await expect(picker.getByRole("button", { name: "选择" })).toBeDisabled();
  await picker.getByRole("searchbox", { name: "搜索" }).fill("周报");
  await expect(picker.getByRole("checkbox")).toHaveCount(1);
  await picker.getByRole("checkbox", { name: "Q4 销售周报" }).check();
  await picker.getByRole("searchbox", { name: "搜索" }).fill("");
  await roadmap.check();
  await expect(picker.getByRole("status")).toHaveText("已选 2 项");
  await picker.getByRole("button", { name: "选择" }).click();
  const { ok, result } = await settled(page);
  expect(ok).toBe(true);
  expect(result.fileList.map((f) => f.fileName)).toEqual(["Q4 销售周报", "2026 产品路线图"]);
  expect(result.fileList[0].filePath).toMatch(/^https:\/\/ttshim\.feishu\.cn\/sheets\/shtcn[0-9a-f]{22}$/);
  await expect(picker).toHaveCount(0);

  await start(page, "docsPicker", { pickerTitle: "附上需求文档", pickerConfirm: "附上" });
  const titled = page.getByRole("dialog", { name: "附上需求文档" });
  await expect(titled.getByRole("button", { name: "附上" })).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: false, result: { errMsg: "docsPicker:cancel", errno: 102, errString: "user cancel" } });
  expect(errors).toEqual([]);
});

test("filePicker on a phone: maxNum refuses a third pick; the files read through the file system manager and show in an <img>", async ({ app: page }) => {
  await openApp(page, ANDROID_EN);
  await start(page, "filePicker", { maxNum: 2 });
  const picker = page.getByRole("dialog", { name: "Select a file" });
  const notes = picker.getByRole("checkbox", { name: "会议纪要.txt" });
  await notes.check();
  await picker.getByRole("checkbox", { name: "logo.png" }).check();
  await picker.getByRole("checkbox", { name: "产品介绍.pdf" }).click();
  await expect(picker.getByRole("alert")).toHaveText("You can choose up to 2");
  await expect(picker.getByRole("checkbox", { name: "产品介绍.pdf" })).not.toBeChecked();
  await expect(picker.getByRole("checkbox", { name: "产品介绍.pdf" })).toHaveAccessibleDescription("348.1 KB");
  await picker.getByRole("button", { name: "Confirm" }).click();
  const { result } = await settled(page);
  expect(result.list.map((f) => f.name)).toEqual(["会议纪要.txt", "logo.png"]);
  expect(result.list[0].path).toMatch(/^ttfile:\/\/temp\/[0-9a-f-]{36}-会议纪要\.txt$/);
  const text = await page.evaluate((path) => tt.getFileSystemManager().readFileSync(path, "utf8"), result.list[0].path);
  expect(text).toContain("发布时间定在下周三");
  const width = await page.evaluate(async (path) => {
    const img = document.createElement("img");
    img.src = path;
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve)); // ttshim resolves ttfile:// sources after the change
    await img.decode();
    return img.naturalWidth;
  }, result.list[1].path);
  expect(width).toBe(320);
});

test("ttShim.answer and answers pick by name; dialogs() shows the picker; isSystem and supportFileTypes as Android has them", async ({ app: page }) => {
  await openApp(page, { ...ANDROID_EN, client: { ...ANDROID_EN.client, version: "7.45.0" } });
  await start(page, "filePicker", { isSystem: true });
  await expect(page.getByRole("dialog", { name: "Files" }).getByRole("radio")).toHaveCount(5);
  const [dialog] = await page.evaluate(() => ttShim.dialogs());
  expect(dialog).toMatchObject({ kind: "files", api: "tt.filePicker", files: { maxNum: 1, system: true } });
  expect(dialog.files.items[2]).toEqual({ name: "产品介绍.pdf", type: "pdf", size: 356421 });
  await expect(page.evaluate(() => ttShim.answer(["logo.png", "产品介绍.pdf"]))).rejects.toThrow(/maxNum is 1/);
  await page.evaluate(() => ttShim.answer(["产品介绍.pdf"]));
  expect((await settled(page)).result.list[0].size).toBe(356421);

  await start(page, "filePicker", { supportFileTypes: ["txt", "png"] });
  await expect(page.getByRole("dialog", { name: "Select a file" }).getByRole("checkbox")).toHaveCount(2);
  await page.evaluate(() => ttShim.answer(1));
  expect((await settled(page)).result.list[0].name).toBe("logo.png");

  await page.evaluate(() => ttShim.configure({ answers: { docsPicker: ["设计规范 v3"] } }));
  const docs = await call(page, "docsPicker", {});
  expect(docs.result.fileList[0].fileName).toBe("设计规范 v3");
  const log = await page.evaluate(() => ttShim.calls("docsPicker"));
  expect(log[0].dialog).toEqual({ kind: "docs", answer: ["设计规范 v3"], answeredBy: "configuration" });
});

test("openDocument draws a viewer named by the file, closed by its button; a cloud document opens by its link", async ({ app: page }) => {
  await openApp(page, { ...PC, answers: { filePicker: ["产品介绍.pdf"] } });
  const picked = await call(page, "filePicker", {});
  const path = picked.result.list[0].path;
  expect(await call(page, "openDocument", { filePath: path })).toEqual({ ok: true, result: { errMsg: "openDocument:ok" } });
  const viewer = page.getByRole("dialog", { name: "产品介绍.pdf" });
  await expect(viewer.getByText("348.1 KB · ttshim 模拟预览")).toBeVisible();
  await viewer.getByRole("button", { name: "关闭" }).click();
  await expect(viewer).toHaveCount(0);

  const url = await page.evaluate(() => ttShim.config().documents[0].url);
  expect((await call(page, "openDocument", { filePath: url, fileType: "cloudFile" })).ok).toBe(true);
  const doc = page.getByRole("dialog", { name: "2026 产品路线图" });
  await expect(doc.getByText(url)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(doc).toHaveCount(0);
  const refused = await call(page, "openDocument", { filePath: path, fileType: "zip" });
  expect(refused.result).toMatchObject({ errno: 103, errString: "feature not support: fileType zip is not available on pc 7.45.0" });
  const log = await page.evaluate(() => ttShim.calls("openDocument"));
  expect(log.map((c) => [c.outcome, c.args.fileType ?? null])).toEqual([["ok", null], ["ok", "cloudFile"], ["fail", "zip"]]);
});

test("saveFile moves a picked file into ttfile://user; the old path is gone; the pickers follow dark mode", async ({ app: page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page, { ...ANDROID_EN, answers: { filePicker: ["会议纪要.txt"] } });
  const picked = await call(page, "filePicker", {});
  const from = picked.result.list[0].path;
  const saved = await call(page, "saveFile", { tempFilePath: from, filePath: "ttfile://user/minutes.txt" });
  expect(saved).toEqual({ ok: true, result: { errMsg: "saveFile:ok", savedFilePath: "ttfile://user/minutes.txt" } });
  expect(await page.evaluate(() => tt.getFileSystemManager().readFileSync("ttfile://user/minutes.txt", "utf8"))).toContain("周会纪要");
  expect((await call(page, "saveFile", { tempFilePath: from })).result).toMatchObject({ errno: 203 });

  await start(page, "docsPicker", {});
  const sheet = page.getByRole("dialog", { name: "Select Docs" }).locator("div.sheet");
  await expect(sheet).toHaveCSS("background-color", "rgb(41, 41, 41)");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect((await settled(page)).result.errMsg).toBe("docsPicker:cancel");
});
