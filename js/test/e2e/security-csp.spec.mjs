// ttshim under a strict Content Security Policy: web/csp.html allows
// scripts from its own origin only (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline', no 'unsafe-eval') and styles from its own origin
// only. ttshim boots, answers, draws its card, popup and picker with their
// styles, and makes the browser report no violation.
import { test, expect } from "@playwright/test";
import { consoleMessages, expectCardAt, pageErrors } from "./helpers.mjs";

const PAGE = "/web/csp.html";

// Every violation the browser reports, from before the page's first script
// (an init script is not subject to the page's policy).
function recordViolations() {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

test.describe("a page with a strict Content Security Policy", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordViolations);
  });

  test("boots ttshim and answers, with the card, the consent popup and the picker, and no violation", async ({ page }) => {
    const messages = consoleMessages(page);
    const errors = pageErrors(page);
    await page.goto(PAGE);
    await expect(page.getByRole("status")).toHaveText("Authenticated");
    const result = page.getByLabel("result");

    await page.getByRole("button", { name: "Open Li Na's card" }).click();
    const card = page.getByRole("dialog", { name: "李娜" });
    // Placed and styled: its stylesheet and position were not blocked.
    await expectCardAt(card, 100, 200);
    await expect(card).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await expect(card.locator("img")).toHaveJSProperty("naturalWidth", 96);
    await expect(result).toContainText('"errMsg": "enterProfile:ok"');
    await card.getByRole("button", { name: "关闭" }).click();

    await page.getByRole("button", { name: "Get user profile" }).click();
    const popup = page.getByRole("dialog", { name: "ttshim Demo" });
    await expect(popup.locator(".sheet")).toHaveCSS("border-radius", "12px");
    await popup.getByRole("button", { name: "允许" }).click();
    await expect(result).toContainText('"errMsg": "getUserProfile:ok"');

    await page.getByRole("button", { name: "Choose contacts" }).click();
    const picker = page.getByRole("dialog", { name: "选择联系人" });
    await picker.getByRole("checkbox", { name: "王芳", exact: true }).check();
    await picker.getByRole("button", { name: "确定" }).click();
    await expect(result).toContainText('"errMsg": "chooseContact:ok"');
    await expect(result).toContainText('"name": "王芳"');

    const sync = await page.evaluate(() => tt.getSystemInfoSync().platform);
    expect(sync).toBe("windows_nt");
    expect(await page.evaluate(() => [window.__violations, window.cspViolations])).toEqual([[], []]);
    await expect(page.getByLabel("policy violations")).toHaveText("No policy violations.");
    expect(messages.filter((m) => m.type === "error" || m.type === "warning")).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the policy is in force: an inline script is refused, and reported", async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => ttShim.ready);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true;";
      document.body.append(script);
      return window.inlineRan;
    });
    expect(ran).toBeUndefined();
    await expect.poll(() => page.evaluate(() => window.__violations)).toEqual(["script-src-elem inline"]);
    await expect(page.getByLabel("policy violations")).toHaveText("script-src-elem blocked inline");
  });
});
