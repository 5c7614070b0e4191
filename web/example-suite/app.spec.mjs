// Tests of the Team Directory app (app.html, app.js), which does not include
// ttshim: `ttshim/playwright` puts the simulated Feishu client into every
// page and frame, and the `ttshim` fixture drives it from the test.
import { readFile } from "node:fs/promises";
import { test, expect } from "ttshim/playwright";

const APP = "https://app.example.test";
const WIDGET = "https://widget.example.test";
const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";
const WANG_FANG = "ou_60c10b9096a9111451cba1cf4b7ba044";

const file = (name) => readFile(new URL(name, import.meta.url), "utf8");

test.use({
  ttshimConfig: {
    acceptAnySignature: true, // the backend below signs nothing
    app: { appId: "cli_example", appName: "Team Directory" },
    client: { language: "en_US" },
  },
});

test.beforeEach(async ({ page }) => {
  // The app, from memory, on its own origin, with its backend's signature
  // endpoint mocked. Everything else falls back to the other routes: ttshim
  // serves its wasm at /__ttshim__/ on every origin.
  const pages = { "/": "app.html", "/app.js": "app.js", "/signin.js": "signin.js", "/settings.html": "settings.html" };
  await page.route(`${APP}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === "/api/jsapi-signature") {
      return route.fulfill({ json: { appId: "cli_example", timestamp: Date.now(), nonceStr: "n" + Date.now(), signature: "0".repeat(40) } });
    }
    if (!(pathname in pages)) return route.fallback();
    const name = pages[pathname];
    return route.fulfill({ contentType: name.endsWith(".js") ? "text/javascript" : "text/html", body: await file(name) });
  });
  await page.route(`${WIDGET}/widget.html`, async (route) => route.fulfill({ contentType: "text/html", body: await file("widget.html") }));
});

test("signs in with h5sdk.config when it loads", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await expect(page.getByRole("status")).toHaveText("Signed in");
  expect(await ttshim.calls("h5sdk.config")).toEqual([expect.objectContaining({
    outcome: "ok",
    args: expect.objectContaining({ appId: "cli_example", jsApiList: ["enterProfile", "chooseContact", "getSystemInfo"] }),
  })]);
});

test("opens Li Na's card", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await expect(page.getByRole("status")).toHaveText("Signed in");
  await page.getByRole("button", { name: "Open Li Na's profile" }).click();
  await expect(page.getByRole("dialog", { name: "Li Na" })).toBeVisible();
  expect(await ttshim.calls("enterProfile")).toEqual([expect.objectContaining({
    outcome: "ok", args: { openid: LI_NA, left: 100, top: 200 },
  })]);
});

test("shows the client's error when the card cannot open (an errno override)", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await ttshim.override("enterProfile", { errno: 2601002, errString: "Authentication failed" });
  await page.getByRole("button", { name: "Open Li Na's profile" }).click();
  await expect(page.getByRole("alert")).toHaveText("enterProfile:fail Authentication failed");
  await expect(page.getByRole("dialog", { name: "Li Na" })).toHaveCount(0);
});

test.describe("sharing the profile", () => {
  test("greets the person after they click Allow in the consent popup", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await page.getByRole("button", { name: "Share my profile" }).click();
    const popup = page.getByRole("dialog", { name: "Team Directory" });
    await expect(popup).toContainText("Show your name on your badge");
    await popup.getByRole("button", { name: "Allow" }).click();
    await expect(page.getByLabel("greeting")).toHaveText("Hello, Zhang Wei");
    const [call] = await ttshim.calls("getUserProfile");
    expect(call.dialog).toEqual({ kind: "consent", answer: "allow", answeredBy: "user" });
  });

  test("the test can answer the popup itself with ttshim.answer", async ({ page, ttshim }) => {
    await page.goto(APP + "/");
    await page.getByRole("button", { name: "Share my profile" }).click();
    await expect.poll(async () => (await ttshim.dialogs()).map((d) => d.kind)).toEqual(["consent"]);
    await ttshim.answer("allow");
    await expect(page.getByLabel("greeting")).toHaveText("Hello, Zhang Wei");
  });

  test("shows the refusal when the person denies", async ({ page }) => {
    await page.goto(APP + "/");
    await page.getByRole("button", { name: "Share my profile" }).click();
    await page.getByRole("dialog", { name: "Team Directory" }).getByRole("button", { name: "Deny" }).click();
    await expect(page.getByRole("alert")).toHaveText("getUserProfile:fail auth deny");
  });
});

test("lists the colleagues picked: once from a Node function, then from the real picker", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await expect(page.getByRole("status")).toHaveText("Signed in");
  const asked = [];
  await ttshim.override("chooseContact", async (option) => {
    asked.push(option); // the app's option, without its callbacks
    return { data: [{ openId: "ou_test", name: "Test Person" }], department_data: [] };
  }, { times: 1 });
  await page.getByRole("button", { name: "Pick colleagues" }).click();
  await expect(page.getByLabel("picked colleagues").getByRole("listitem")).toHaveText(["Test Person"]);
  expect(asked).toEqual([{ multi: true }]);

  // {times: 1} is used up: the next call shows ttshim's own picker.
  await page.getByRole("button", { name: "Pick colleagues" }).click();
  const picker = page.getByRole("dialog", { name: "Choose contacts" });
  await picker.getByRole("checkbox", { name: "Wang Fang", exact: true }).check();
  await picker.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByLabel("picked colleagues").getByRole("listitem")).toHaveText(["Wang Fang"]);
  const calls = await ttshim.calls("chooseContact");
  expect(calls.map((c) => [c.outcome, !!c.overridden])).toEqual([["ok", true], ["ok", false]]);
  expect(calls[1].result.data.map((p) => p.openId)).toEqual([WANG_FANG]);
});

test("the settings page asks the client, and the first page's calls are still there", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await expect(page.getByRole("status")).toHaveText("Signed in");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("client")).toHaveText("Lark 7.45.0 on windows_nt");
  // calls() is the current document's log; allDocuments adds the earlier ones.
  expect((await ttshim.calls()).map((c) => c.api)).toEqual(["h5sdk.config", "tt.getSystemInfo"]);
  const all = await ttshim.calls({ allDocuments: true });
  expect(all.map((c) => c.api)).toEqual(["h5sdk.config", "h5sdk.config", "tt.getSystemInfo"]);
  expect(all.map((c) => c.outcome)).toEqual(["ok", "ok", "ok"]);
});

test("the widget in its cross-origin iframe has the client too", async ({ page, ttshim }) => {
  await page.goto(APP + "/");
  await expect(page.frameLocator("iframe[title='client widget']").getByLabel("widget")).toHaveText("Lark 7.45.0, en_US");
  const widget = ttshim.frame(page.frame({ url: `${WIDGET}/widget.html` }));
  expect((await widget.calls()).map((c) => c.api)).toEqual(["h5sdk.config", "tt.getSystemInfo"]);
});

test.describe("on an iPhone", () => {
  // test.use replaces the whole option: repeat what the other tests set.
  test.use({
    ttshimConfig: {
      acceptAnySignature: true,
      app: { appId: "cli_example", appName: "Team Directory" },
      client: { language: "en_US", platform: "ios", version: "7.30.0" },
    },
  });

  test("the settings page shows the iOS client", async ({ page }) => {
    await page.goto(APP + "/settings.html");
    await expect(page.getByLabel("client")).toHaveText("Lark 7.30.0 on ios");
  });
});
