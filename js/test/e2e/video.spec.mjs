// tt.chooseVideo, tt.chooseMedia and tt.saveVideoToPhotosAlbum as a person
// sees them: the album's video tiles with their durations, the mixed
// album, the camera that shoots or records, the album's permission prompt
// on a phone, and the files the page then reads.
import { test, expect, openAuthenticatedApp, pageErrors } from "./helpers.mjs";

const cancelled = (api) => ({ errMsg: `${api}:cancel`, errno: 1301001, errString: "User canceled the operation" });

async function start(page, api, option = {}) {
  await page.evaluate(([name, o]) => { window.choice = testkit.settle(tt[name](o)); }, [api, option]);
}
const settled = (page) => page.evaluate(() => window.choice);

test("chooseVideo on a phone: the album shows durations, a long video is refused, the file reads as an MP4", async ({ app: page }) => {
  const errors = pageErrors(page);
  await openAuthenticatedApp(page, { client: { platform: "android" } });
  await start(page, "chooseVideo", { maxDuration: 30 });
  const album = page.getByRole("dialog", { name: "选择视频" });
  await expect(album.getByRole("checkbox")).toHaveCount(2);
  await expect(album.getByRole("checkbox", { name: "standup.mp4 0:08" })).toBeVisible();
  await expect(album.getByText("0:42")).toBeVisible();
  await album.getByText("standup.mp4").click();
  await album.getByText("product-demo.mp4").click(); // a second is refused
  await expect(album.getByRole("alert")).toHaveText("最多选择 1 个视频");
  await expect(album.getByRole("status")).toHaveText("已选 1/1");
  await album.getByRole("button", { name: "确定" }).click();
  await expect(album).toBeHidden();
  const { ok, result } = await settled(page);
  expect(ok).toBe(true);
  expect(result).toEqual({ errMsg: "chooseVideo:ok", tempFilePath: expect.stringMatching(/^ttfile:\/\/temp\/\d+\.mp4$/),
    size: expect.any(Number), duration: 8, width: 1280, height: 720 });
  const read = await page.evaluate(async (path) => {
    const data = (await tt.getFileSystemManager().readFile({ filePath: path, encoding: "hex", position: 4, length: 8 })).data;
    return { data, url: ttShim.fileURL(path).slice(0, 22) };
  }, result.tempFilePath);
  expect(read).toEqual({ data: "66747970" + "69736f6d", url: "data:video/mp4;base64," }); // "ftypisom"

  // The 42 s video is longer than maxDuration; Escape cancels.
  await start(page, "chooseVideo", { maxDuration: 30 });
  await album.getByRole("checkbox", { name: "product-demo.mp4" }).check();
  await album.getByRole("button", { name: "确定" }).click();
  expect((await settled(page)).result).toMatchObject({ errno: 1301004,
    errString: "Video duration exceeds the maximum limit: product-demo.mp4 lasts 42 s, maxDuration is 30 s" });
  await start(page, "chooseVideo");
  await expect(album).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await settled(page)).toEqual({ ok: false, result: cancelled("chooseVideo") });
  expect(errors).toEqual([]);
});

test("chooseMedia on PC: one album of pictures and videos, up to count, each file typed", async ({ app: page }) => {
  await openAuthenticatedApp(page);
  await start(page, "chooseMedia", { count: 2, sourceType: ["camera"] }); // PC has only the album
  const album = page.getByRole("dialog", { name: "选择图片或视频" });
  await expect(album.getByRole("checkbox")).toHaveCount(5);
  await album.getByText("product-demo.mp4").click();
  await album.getByText("whiteboard.png").click();
  await album.getByText("sunrise.png").click();
  await expect(album.getByRole("alert")).toHaveText("最多选择 2 个文件");
  await album.getByRole("button", { name: "确定" }).click();
  const { result } = await settled(page);
  expect(result).toEqual({ errMsg: "chooseMedia:ok", tempFiles: [
    { tempFilePath: expect.stringMatching(/\.mp4$/), type: "video", size: expect.any(Number) },
    { tempFilePath: expect.stringMatching(/\.png$/), type: "image", size: expect.any(Number) },
  ] });
  // The picture shows in an <img>, as chooseImage's do.
  const width = await page.evaluate(async (path) => {
    document.body.insertAdjacentHTML("beforeend", `<img id="picked" src="${path}">`);
    await new Promise((resolve) => setTimeout(resolve));
    const img = document.getElementById("picked");
    await img.decode();
    return img.naturalWidth;
  }, result.tempFiles[1].tempFilePath);
  expect(width).toBe(480);
  // Videos only, answered by ttShim.answer; the dialog lists what it offers.
  await start(page, "chooseMedia", { mediaType: ["video"] });
  await expect(page.getByRole("dialog", { name: "选择视频" })).toBeVisible();
  expect(await page.evaluate(() => ttShim.dialogs()[0].images.images[1])).toEqual(
    { name: "product-demo.mp4", width: 720, height: 1280, video: true, duration: 42 });
  await page.evaluate(() => ttShim.answer("cancel"));
  expect(await settled(page)).toEqual({ ok: false, result: cancelled("chooseMedia") });
});

test("a phone's camera: chooseMedia shoots or records, stopping at maxDuration; English texts", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { platform: "ios", language: "en_US" } });
  await start(page, "chooseMedia", { sourceType: ["camera"], maxDuration: 5 });
  const camera = page.getByRole("dialog", { name: "Camera" });
  await expect(camera.getByRole("checkbox")).toHaveCount(0);
  await camera.getByRole("button", { name: "Record video" }).click();
  const recorded = (await settled(page)).result.tempFiles;
  expect(recorded).toEqual([{ tempFilePath: expect.stringMatching(/\.mp4$/), type: "video", size: expect.any(Number),
    duration: 5, width: 1280, height: 720 }]);
  await start(page, "chooseMedia", { sourceType: ["camera"] });
  await camera.getByRole("button", { name: "Take photo" }).click();
  expect((await settled(page)).result.tempFiles[0].type).toBe("image");
  // chooseVideo's camera has one button, which records.
  await start(page, "chooseVideo", { sourceType: ["camera"] });
  await expect(camera.getByRole("button", { name: "Take photo" })).toHaveCount(0);
  await camera.getByRole("button", { name: "Record video" }).click();
  expect((await settled(page)).result.duration).toBe(8);
  // Options out of range fail before any dialog.
  await start(page, "chooseMedia", { maxDuration: 90 });
  expect((await settled(page)).result.errString).toBe("Parameter error. maxDuration should be from 3 to 60 seconds, got 90");
});

test("saveVideoToPhotosAlbum: a phone asks for the album, the call log is the album, a picture is refused", async ({ app: page }) => {
  await openAuthenticatedApp(page, { client: { platform: "android" }, answers: { chooseVideo: 1, chooseImage: 0 } });
  const [video, image] = await page.evaluate(async () => [(await tt.chooseVideo()).tempFilePath, (await tt.chooseImage()).tempFilePaths[0]]);
  await start(page, "saveVideoToPhotosAlbum", { filePath: video });
  const prompt = page.getByRole("dialog", { name: "ttshim Demo 申请使用你的相册（保存图片或视频）" });
  await prompt.getByRole("button", { name: "允许" }).click();
  expect(await settled(page)).toEqual({ ok: true, result: { errMsg: "saveVideoToPhotosAlbum:ok" } });
  // Allowed for the session: the next save asks nothing.
  await start(page, "saveVideoToPhotosAlbum", { filePath: image });
  expect((await settled(page)).result).toEqual({ errMsg: `saveVideoToPhotosAlbum:fail Video format not supported: ${image} is not a video`,
    errno: 1301011, errString: `Video format not supported: ${image} is not a video` });
  expect(await page.evaluate(() => ttShim.calls("saveVideoToPhotosAlbum").map((c) => [c.args.filePath, c.outcome]))).toEqual([
    [video, "ok"], [image, "fail"],
  ]);
});
