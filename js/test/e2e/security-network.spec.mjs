// ttshim makes no network request the page did not ask for: across boot
// and a mix of calls (its card, consent popup and picker included), the
// browser fetches the page, ttshim.js and ttshim.wasm (and the data-config
// file, when the page names one), each once, and nothing else. Only a
// tt.request fetches more: what it asks for, and ttshim's network module
// (ttshim-net.wasm) if ttshim loads one on demand.
import { test, expect } from "@playwright/test";

const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";
const NETWORK_MODULE = /\/ttshim-net\.wasm$/;

// A page with ttshim and nothing else of its own (its icon is inline, so
// the browser does not ask for /favicon.ico either).
function pageWith(scriptAttributes) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>network</title><script src="/dist/ttshim.js"${scriptAttributes}></script></head><body><h1>network</h1></body></html>`;
}

// record lists every request of the test's browser context, service
// workers and frames included, by URL; data: URLs are not network requests.
function record(context) {
  const urls = [];
  context.on("request", (request) => {
    if (!request.url().startsWith("data:")) urls.push(request.url());
  });
  return urls;
}

// useEverything boots and makes calls of every kind, answering the popup
// and the picker with clicks.
async function useEverything(page) {
  await page.evaluate(() => ttShim.ready);
  const answers = page.evaluate(async (openid) => {
    const { app } = ttShim.config();
    const config = await new Promise((resolve) => h5sdk.config({
      appId: app.appId, timestamp: Date.now(), nonceStr: "network", signature: "any", jsApiList: [],
      onSuccess: () => resolve("ok"), onFail: (e) => resolve(e.errorMessage),
    }));
    const results = [config, tt.getSystemInfoSync().platform, tt.canIUse("enterProfile"), Taro.getEnv()];
    for (const call of [
      () => tt.getSystemInfo(),
      () => Taro.getSystemInfo(),
      () => tt.enterProfile({ openid, left: 10, top: 10 }),
      () => tt.requestAccess({ appID: app.appId, scopeList: [] }),
      () => tt.getUserInfo(),
      () => Taro.getUserProfile({ desc: "network test" }),
      () => tt.chooseContact({ multi: true }),
    ]) {
      results.push(await call().then((r) => r.errMsg, (r) => r.errMsg));
    }
    ttShim.calls();
    ttShim.session();
    ttShim.reset();
    return results;
  }, LI_NA);
  const popup = page.getByRole("dialog", { name: /Demo|App/ });
  await popup.getByRole("button", { name: /允许|Allow/ }).click();
  const picker = page.getByRole("dialog", { name: /选择联系人|Choose contacts/ });
  await picker.getByRole("button", { name: /取消|Cancel/ }).click();
  return answers;
}

for (const [name, attributes, extra] of [
  ["a page", "", []],
  ["a page with data-config", ' data-config="mobile-en.json"', ["/web/fixtures/mobile-en.json"]],
]) {
  test(`${name}: only the page and ttshim's own files are fetched, until a tt.request`, async ({ page, context, baseURL }) => {
    const url = "/web/fixtures/network.html";
    await page.route("**" + url, (route) => route.fulfill({ contentType: "text/html", body: pageWith(attributes) }));
    await page.addInitScript(() => { window.ttShimConfig = { acceptAnySignature: true, requireTap: false }; });
    const urls = record(context);
    await page.goto(url);
    const answers = await useEverything(page);
    expect(answers.slice(0, 4)).toEqual(["ok", expect.any(String), true, "WEB"]);
    expect(answers.slice(4)).toEqual([
      "getSystemInfo:ok", "getSystemInfo:ok", "enterProfile:ok", "requestAccess:ok", "getUserInfo:ok",
      "getUserProfile:ok", "chooseContact:cancel",
    ]);
    await page.waitForLoadState("networkidle");
    const expected = [url, "/dist/ttshim.js", "/dist/ttshim.wasm", ...extra].map((path) => baseURL + path);
    expect([...urls].sort()).toEqual(expected.sort());

    // A tt.request fetches what it asks for, and may load ttshim's network
    // module first: nothing else.
    const before = urls.length;
    const asked = baseURL + "/web/fixtures/mobile-en.json?asked";
    const status = await page.evaluate((u) => tt.request({ url: u }).then((r) => r.statusCode), asked);
    expect(status).toBe(200);
    await page.waitForLoadState("networkidle");
    const later = urls.slice(before);
    expect(later.filter((u) => !NETWORK_MODULE.test(u))).toEqual([asked]);
    expect(later.filter((u) => NETWORK_MODULE.test(u)).length).toBeLessThanOrEqual(1);
  });
}
