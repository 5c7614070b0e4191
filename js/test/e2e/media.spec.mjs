// tt.chooseImage as a person sees it: an album of thumbnails (or, on a
// phone, a camera) drawn in <ttshim-ui>'s shadow root, and what the page
// does with the pictures: an <img src="ttfile://…"> that shows them, and
// getFileSystemManager() reading their bytes.
import { test, expect, openAuthenticatedApp, pageErrors } from "./helpers.mjs";

const CANCEL = { errMsg: "chooseImage:cancel", errno: 1300001, errString: "User canceled the operation" };
const album = (page, name = "选择图片") => page.getByRole("dialog", { name });

async function startChoosing(page, option = {}) {
  await page.evaluate((o) => { window.choice = testkit.settle(tt.chooseImage(o)); }, option);
}
const settled = (page) => page.evaluate(() => window.choice);

test("the album: pick up to count pictures, confirm, and the page shows and reads them", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openAuthenticatedApp(page);
  await startChoosing(page, { count: 2 });
  const dialog = album(page);
  await expect(dialog.getByRole("heading", { name: "选择图片" })).toBeVisible();
  await expect(dialog.getByRole("checkbox")).toHaveCount(3);
  await expect(dialog.getByRole("status")).toHaveText("已选 0/2");
  const confirm = dialog.getByRole("button", { name: "确定" });
  await expect(confirm).toBeDisabled();
  // Every thumbnail is a picture the browser loaded.
  for (const img of await dialog.locator("img.thumb").all()) {
    expect(await img.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await dialog.getByText("team-lunch.png").click();
  await dialog.getByText("sunrise.png").click();
  await dialog.getByText("whiteboard.png").click(); // a third is refused
  await expect(dialog.getByRole("alert")).toHaveText("最多选择 2 张图片");
  await expect(dialog.getByRole("checkbox", { name: "whiteboard.png" })).not.toBeChecked();
  await expect(dialog.getByRole("status")).toHaveText("已选 2/2");
  await confirm.click();
  await expect(dialog).toBeHidden();
  const { ok, result } = await settled(page);
  expect(ok).toBe(true);
  expect(result.errMsg).toBe("chooseImage:ok");
  expect(result.tempFilePaths).toHaveLength(2);
  expect(result.tempFilePaths[0]).toMatch(/^ttfile:\/\/temp\/\d+\.png$/);
  expect(result.tempFiles.map((f) => f.path)).toEqual(result.tempFilePaths);

  // The page puts the path in an <img>, as it would in the client.
  const shown = await page.evaluate(async (path) => {
    const img = document.createElement("img");
    img.src = path;
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve));
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight, src: img.src.slice(0, 22) };
  }, result.tempFilePaths[0]);
  expect(shown).toEqual({ width: 800, height: 450, src: "data:image/png;base64," });
  expect(await page.evaluate((p) => ttShim.fileURL(p).slice(0, 22), result.tempFilePaths[1])).toBe("data:image/png;base64,");

  // And reads its bytes.
  const read = await page.evaluate(async ([path, size]) => {
    const fs = tt.getFileSystemManager();
    const text = await fs.readFile({ filePath: path, encoding: "base64", length: 6 });
    const bytes = fs.readFileSync(path);
    let missing;
    try { fs.readFileSync("ttfile://temp/none.png"); } catch (e) { missing = e.errMsg; }
    return { same: fs === tt.getFileSystemManager(), text: text.data, size: bytes.byteLength === size, missing };
  }, [result.tempFilePaths[1], result.tempFiles[1].size]);
  expect(read).toEqual({ same: true, text: "iVBORw0K", size: true, missing: "readFileSync:fail File does not exist: ttfile://temp/none.png" });
  expect(errors).toEqual([]);
});

test("cancel by button, by Escape, by ttShim.answer; ttShim.answer picks by name", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  for (const close of [
    () => album(page).getByRole("button", { name: "取消" }).click(),
    () => page.keyboard.press("Escape"),
    () => page.evaluate(() => ttShim.answer("cancel")),
  ]) {
    await startChoosing(page);
    await expect(album(page)).toBeVisible();
    await close();
    await expect(album(page)).toBeHidden();
    expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
  }
  await startChoosing(page);
  expect(await page.evaluate(() => ttShim.dialogs()[0].images)).toEqual({
    count: 9,
    images: [
      { name: "sunrise.png", width: 640, height: 480 },
      { name: "whiteboard.png", width: 480, height: 640 },
      { name: "team-lunch.png", width: 800, height: 450 },
    ],
  });
  await page.evaluate(() => ttShim.answer(["whiteboard.png"]));
  const { result } = await settled(page);
  expect(await page.evaluate((p) => ttShim.calls("chooseImage").at(-1).dialog, result.tempFilePaths[0])).toEqual({
    kind: "images", answer: ["whiteboard.png"], answeredBy: "ttShim.answer",
  });
});

test("a phone's camera takes one picture; texts follow the client language", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { platform: "ios", language: "en_US" } });
  await startChoosing(page, { sourceType: ["camera"], count: 5 });
  const camera = album(page, "Camera");
  await expect(camera.getByRole("checkbox")).toHaveCount(0);
  await camera.getByRole("button", { name: "Take photo" }).click();
  const { ok, result } = await settled(page);
  expect(ok).toBe(true);
  expect(result.tempFilePaths).toHaveLength(1);
  const width = await page.evaluate(async (path) => {
    document.body.insertAdjacentHTML("beforeend", `<p><img id="shot" src="${path}"></p>`);
    await new Promise((resolve) => setTimeout(resolve));
    const img = document.getElementById("shot");
    await img.decode();
    return img.naturalWidth;
  }, result.tempFilePaths[0]);
  expect(width).toBe(640);
  // Saving it: iOS asks for the album first.
  const saving = page.evaluate((filePath) => tt.saveImageToPhotosAlbum({ filePath }).then((r) => r.errMsg), result.tempFilePaths[0]);
  const prompt = page.getByRole("dialog", { name: "ttshim Demo wants to use your photo album (saving images and videos)" });
  await prompt.getByRole("button", { name: "Allow" }).click();
  expect(await saving).toBe("saveImageToPhotosAlbum:ok");
  // The album in English.
  await startChoosing(page, { count: 1 });
  const dialog = album(page, "Choose images");
  await expect(dialog.getByRole("status")).toHaveText("0 of 1 selected");
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: false, result: CANCEL });
});

test("media.images: the album shows configured pictures; bad options fail with errno 104", async ({ app: page }) => {
  const dot = "data:image/svg+xml;base64," + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"/>').toString("base64");
  await openAuthenticatedApp(page, { media: { images: [{ name: "logo.svg", url: dot, width: 30, height: 20, type: "png" }] } });
  await startChoosing(page, { count: 21 });
  expect((await settled(page)).result).toEqual({
    errMsg: "chooseImage:fail Parameter error. count should be a whole number from 1 to 20, got 21", errno: 104,
    errString: "Parameter error. count should be a whole number from 1 to 20, got 21",
  });
  await startChoosing(page, { sizeType: ["compressed"] });
  const dialog = album(page);
  await expect(dialog.getByRole("checkbox")).toHaveCount(1);
  await dialog.getByRole("checkbox", { name: "logo.svg" }).check();
  await dialog.getByRole("button", { name: "确定" }).click();
  const { result } = await settled(page);
  expect(result.tempFiles[0].size).toBe(Buffer.from(dot.split(",")[1], "base64").length);
  expect(await page.evaluate((p) => ttShim.fileURL(p), result.tempFilePaths[0])).toBe(dot);
});

test("previewImage: a viewer over the page, paged by buttons and keys, closed by click or Escape", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openAuthenticatedApp(page, { answers: { chooseImage: ["sunrise.png", "whiteboard.png"] } });
  const paths = await page.evaluate(async () => (await tt.chooseImage()).tempFilePaths);
  expect(await page.evaluate((urls) => tt.previewImage({ urls, current: urls[1] }).then((r) => r.errMsg), paths)).toBe("previewImage:ok");
  const viewer = page.getByRole("dialog", { name: "图片预览" });
  const shown = viewer.locator("img.shown");
  await expect(viewer.getByRole("status")).toHaveText("2 / 2");
  expect(await shown.evaluate((img) => img.decode().then(() => img.naturalHeight))).toBe(640);
  await expect(viewer.getByRole("button", { name: "下一张" })).toBeDisabled();
  await viewer.getByRole("button", { name: "上一张" }).click();
  await expect(viewer.getByRole("status")).toHaveText("1 / 2");
  expect(await shown.evaluate((img) => img.decode().then(() => img.naturalHeight))).toBe(480);
  await page.keyboard.press("ArrowRight");
  await expect(viewer.getByRole("status")).toHaveText("2 / 2");
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  // A click beside the picture closes it too; the close button as well.
  await page.evaluate((urls) => tt.previewImage({ urls }), paths);
  await expect(viewer.getByRole("status")).toHaveText("1 / 2");
  await viewer.click({ position: { x: 5, y: 300 } });
  await expect(viewer).toBeHidden();
  await page.evaluate((urls) => tt.previewImage({ urls }), paths);
  await viewer.getByRole("button", { name: "关闭" }).click();
  await expect(viewer).toBeHidden();

  // The other image APIs on the same pictures.
  const results = await page.evaluate(async ([first]) => {
    const info = await tt.getImageInfo({ src: first });
    const { tempFilePath } = await tt.compressImage({ src: first, quality: 60 });
    const saved = await tt.saveImageToPhotosAlbum({ filePath: tempFilePath });
    const album = ttShim.calls("saveImageToPhotosAlbum").map((c) => c.args.filePath);
    const unknown = await testkit.settle(tt.getImageInfo({ src: "https://example.com/p.png" }));
    return { info, compressed: tempFilePath !== first, saved: saved.errMsg, album: album[0] === tempFilePath, unknown: unknown.result.errno };
  }, paths);
  expect(results).toEqual({
    info: { errMsg: "getImageInfo:ok", width: 640, height: 480, type: "png", path: paths[0] },
    compressed: true, saved: "saveImageToPhotosAlbum:ok", album: true, unknown: 1300007,
  });
  expect(errors).toEqual([]);
});

test("the FileSystemManager takes hostile input through its fail path", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openAuthenticatedApp(page);
  const answers = await page.evaluate(async () => {
    const fs = tt.getFileSystemManager();
    const settle = (call) => call.then((r) => "ok " + r.errMsg, (r) => r.errno + " " + r.errMsg);
    const cyclic = { filePath: "ttfile://temp/a.png" };
    cyclic.self = cyclic;
    const getter = { get filePath() { throw new Error("boom"); } };
    const trap = new Proxy({}, { get() { throw new Error("get trap"); }, ownKeys() { throw new Error("ownKeys trap"); } });
    const out = [];
    for (const option of [5, "x", null, cyclic, getter, trap, { filePath: "ttfile://" + "x".repeat(1 << 20) }, { filePath: 1n }]) {
      out.push(await settle(fs.readFile(option)));
    }
    const thrown = (fn) => { try { fn(); return "returned"; } catch (e) { return e.errno + " " + e.message; } };
    out.push(thrown(() => fs.readFileSync(5)), thrown(() => fs.readFileSync(undefined)), thrown(() => fs.statSync("a")));
    out.push(await settle(fs.writeFile({ filePath: "ttfile://user/a" })));
    let called = 0;
    fs.readFile({ filePath: "nope", fail: () => called++, complete: () => called++ });
    await tt.getSystemInfo();
    out.push(called);
    return out;
  });
  expect(answers).toEqual([
    "104 readFile:fail Parameter error. parameter should be Object instead of Number",
    "104 readFile:fail Parameter error. parameter should be Object instead of String",
    "104 readFile:fail Parameter error. filePath cannot be empty",
    expect.stringMatching(/^104 readFile:fail Parameter error\. self cannot be read: TypeError: Converting circular structure/),
    "104 readFile:fail Parameter error. filePath cannot be read: Error: boom",
    expect.stringMatching(/^104 readFile:fail Parameter error\. arguments are not readable: Error: /),
    expect.stringMatching(/^203 readFile:fail File does not exist: ttfile:\/\/x{291}… \(1048585 bytes\)$/),
    "104 readFile:fail Parameter error. filePath is of wrong type",
    "104 readFileSync:fail Parameter error. filePath is of wrong type",
    "104 readFileSync:fail Parameter error. filePath cannot be empty",
    "103 statSync:fail FileSystemManager.statSync is not simulated by ttshim yet",
    "103 writeFile:fail FileSystemManager.writeFile is not simulated by ttshim yet",
    2,
  ]);
  expect(await page.evaluate(() => tt.getSystemInfo().then((r) => r.errMsg))).toBe("getSystemInfo:ok");
  expect(errors).toEqual([]);
});
