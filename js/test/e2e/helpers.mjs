// Shared steps of the end-to-end tests: opening a test page with a client
// configuration, and collecting what the page reports.
import { test as base, expect } from "@playwright/test";

export const APP = "/web/fixtures/app.html";

// A test that only calls the shim on the test app takes `app` rather than
// `page`: the worker's one booted test app, which openApp brings back to
// how it loaded with ttShim.reset() (as an app's own suite would share a
// page), instead of a new context and a new boot of ttshim.wasm, which are
// most of such a test's time. A test takes a fresh `page` when it routes,
// navigates, adds init scripts, listens to the page, registers listeners
// that outlive ttShim.reset() (ttShim.on, tt.on…), changes built-ins or
// the document's head, or checks the boot itself.
const sharedApps = new WeakSet();
export { expect };

export const test = base.extend({
  bootedApp: [async ({ browser }, use) => {
    const page = await browser.newPage();
    sharedApps.add(page);
    await use(page);
    await page.context().close();
  }, { scope: "worker" }],
  app: async ({ bootedApp, viewport, colorScheme, reducedMotion, forcedColors }, use) => {
    // The page's emulation as the test's options have it, whatever the last test set.
    const size = bootedApp.viewportSize();
    if (viewport && (size.width !== viewport.width || size.height !== viewport.height)) await bootedApp.setViewportSize(viewport);
    await bootedApp.emulateMedia({ media: null, colorScheme, reducedMotion, forcedColors });
    await openApp(bootedApp);
    await use(bootedApp);
  },
});

// configure sets window.ttShimConfig before any page script runs.
export async function configure(page, config) {
  if (sharedApps.has(page)) throw new Error("configure: the shared app has booted already; take a fresh page, or pass the configuration to openApp");
  await page.addInitScript((c) => { window.ttShimConfig = c; }, config);
}

// openApp loads the test app and waits until the shim serves calls. On the
// shared app it resets the shim to its defaults and then configures it.
export async function openApp(page, config, url = APP) {
  if (sharedApps.has(page)) return reopenSharedApp(page, config, url);
  if (config) await configure(page, config);
  await page.goto(url);
  await page.evaluate(() => ttShim.ready);
}

async function reopenSharedApp(page, config, url) {
  if (url !== APP) throw new Error(`openApp: the shared app is ${APP}, not ${url}; take a fresh page`);
  const booted = page.url().endsWith(APP) && await page.evaluate(() => typeof testkit === "object" && !!window.testkitBaseline).catch(() => false);
  if (!booted) {
    await page.goto(APP);
    await page.evaluate(async () => {
      await ttShim.ready;
      const globals = new Set(Object.getOwnPropertyNames(window)).add("testkitBaseline");
      window.testkitBaseline = { globals, body: document.body.innerHTML };
    });
  }
  await page.evaluate((c) => {
    // What the last test left: the shim's state, its own globals and nodes.
    ttShim.reset();
    for (const name of Object.getOwnPropertyNames(window)) {
      if (!testkitBaseline.globals.has(name)) delete window[name];
    }
    document.body.innerHTML = testkitBaseline.body;
    if (c) ttShim.configure(c);
  }, config ?? null);
}

export async function openAuthenticatedApp(page, config, jsApiList = []) {
  await openApp(page, config);
  await page.evaluate((list) => testkit.authenticate(list), jsApiList);
}

export function pageErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export function consoleMessages(page) {
  const messages = [];
  page.on("console", (m) => messages.push({ type: m.type(), text: m.text() }));
  return messages;
}

// openProfile calls tt.enterProfile in Promise form and returns {ok, result}.
export function openProfile(page, option) {
  return page.evaluate((o) => testkit.settle(tt.enterProfile(o)), option);
}

export async function openIdOf(page, name) {
  return page.evaluate((n) => testkit.firstUserNamed(n).openId, name);
}

export async function expectCardAt(card, x, y) {
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  expect({ x: box.x, y: box.y }).toEqual({ x, y });
}

// A directory whose second user's name and department are HTML that would
// run script if the shim ever wrote them as markup.
export const MARKUP_NAME = "<img src=x onerror=window.pwned=1>";
export const MARKUP_DEPARTMENT = "<b onmouseover=window.pwned=2>R&D</b>";
export const MARKUP_DIRECTORY = {
  users: [
    { openId: "ou_me", name: { zh_cn: "我" } },
    { openId: "ou_markup", name: { zh_cn: MARKUP_NAME }, department: { zh_cn: MARKUP_DEPARTMENT } },
  ],
};
