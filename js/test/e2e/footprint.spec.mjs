// Everything ttshim changes in a page, as docs/production.md's "Not for production"
// lists it: four globals, one resize listener on window, and, once it shows
// something, one <ttshim-ui> element holding its UI in a shadow root.
import { test, expect } from "@playwright/test";

const URL_PATH = "/web/fixtures/footprint.html";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>footprint</title><script src="/dist/ttshim.js"></script></head><body><h1>footprint</h1></body></html>`;

async function listenersOf(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    return listeners.map((l) => l.type).sort();
  } finally {
    await cdp.detach();
  }
}

test("ttshim adds tt, h5sdk, Taro, ttShim, a resize listener and, for its UI, one element", async ({ page }) => {
  await page.route("**" + URL_PATH, (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
  await page.addInitScript(() => {
    Object.defineProperty(window, "__before", { value: Object.getOwnPropertyNames(window) });
    window.ttShimConfig = { strict: false };
  });
  await page.goto(URL_PATH);
  await page.evaluate(() => ttShim.ready);
  const added = () => page.evaluate(() => Object.getOwnPropertyNames(window)
    .filter((name) => !window.__before.includes(name) && name !== "__before").sort());
  // ttShimConfig is the page's own (set by this test).
  expect(await added()).toEqual(["Taro", "h5sdk", "tt", "ttShim", "ttShimConfig"]);
  expect(await listenersOf(page, "window")).toEqual(["resize"]);
  expect(await listenersOf(page, "document")).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain("ttshim-ui");

  await page.evaluate(() => tt.enterProfile({ openid: ttShim.config().users[1].openId, left: 1, top: 1 }));
  const hosts = await page.evaluate(() => [...document.querySelectorAll("ttshim-ui")].map((el) => ({
    parent: el.parentElement.tagName, shadow: el.shadowRoot.mode, attributes: el.getAttributeNames(),
  })));
  expect(hosts).toEqual([{ parent: "HTML", shadow: "open", attributes: ["data-ttshim"] }]);
  // The open card listens for Escape; closing it removes the listener.
  expect(await listenersOf(page, "document")).toEqual(["keydown"]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(await listenersOf(page, "document")).toEqual([]);
  expect(await added()).toEqual(["Taro", "h5sdk", "tt", "ttShim", "ttShimConfig"]);
});
