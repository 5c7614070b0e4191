// Shared steps of the end-to-end tests: opening a test page with a client
// configuration, and collecting what the page reports.
import { expect } from "@playwright/test";

export const APP = "/web/fixtures/app.html";

// configure sets window.ttShimConfig before any page script runs.
export async function configure(page, config) {
  await page.addInitScript((c) => { window.ttShimConfig = c; }, config);
}

// openApp loads the test app and waits until the shim serves calls.
export async function openApp(page, config, url = APP) {
  if (config) await configure(page, config);
  await page.goto(url);
  await page.evaluate(() => ttShim.ready);
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
