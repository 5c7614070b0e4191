// Configuring the simulated client: window.ttShimConfig, a data-config JSON
// file, and ttShim.configure / config / reset at run time.
import { test, expect, APP, configure, openApp, openAuthenticatedApp, openProfile, openIdOf, expectCardAt } from "./helpers.mjs";

// readyOutcome is how ttShim.ready settled, as the page sees it.
function readyOutcome(page) {
  return page.evaluate(() => ttShim.ready.then(
    () => ({ resolved: true }),
    (e) => ({ rejected: true, isError: e instanceof Error, message: e.message })));
}

function nextConsoleError(page) {
  return page.waitForEvent("console", (m) => m.type() === "error" && m.text().startsWith("ttshim:"));
}

test.describe("window.ttShimConfig", () => {
  test("an unknown key is a console error naming client.platfrom, and ready rejects with it", async ({ page }) => {
    await configure(page, { client: { platfrom: "ios" } });
    const consoleError = nextConsoleError(page);
    await page.goto(APP);
    const expected = 'ttshim: configuration error in window.ttShimConfig: unknown key "client.platfrom" (did you mean "client.platform"?)';
    expect((await consoleError).text()).toBe(expected);
    expect(await readyOutcome(page)).toEqual({ rejected: true, isError: true, message: expected });
  });

  test("window.ttshimConfig, the Node option's spelling, fails the start naming the page's", async ({ page }) => {
    await page.addInitScript(() => { window.ttshimConfig = { client: { platform: "ios" } }; });
    await page.goto(APP);
    expect(await readyOutcome(page)).toEqual({ rejected: true, isError: true,
      message: "ttshim: configuration error: window.ttshimConfig is spelled window.ttShimConfig" });
  });

  test("a value of the wrong type names the key and what it should be", async ({ page }) => {
    await configure(page, { client: { version: 7 } });
    const consoleError = nextConsoleError(page);
    await page.goto(APP);
    const expected = 'ttshim: configuration error in window.ttShimConfig: "client.version" should be a version string like "7.35.0", got number';
    expect((await consoleError).text()).toBe(expected);
    expect((await readyOutcome(page)).message).toBe(expected);
  });

  test("a value outside the allowed ones lists them", async ({ page }) => {
    await configure(page, { mode: "miniapp" });
    await page.goto(APP);
    expect((await readyOutcome(page)).message).toBe(
      'ttshim: configuration error in window.ttShimConfig: "mode" should be one of "webapp", "gadget", got "miniapp"');
  });

  test("client.os on a mobile platform is refused", async ({ page }) => {
    await configure(page, { client: { platform: "ios", os: "mac" } });
    await page.goto(APP);
    expect((await readyOutcome(page)).message).toContain('"client.os" applies only to platform "pc"');
  });

  test("after a configuration error, calls fail instead of hanging", async ({ page }) => {
    await configure(page, { client: { platfrom: "ios" } });
    await page.goto(APP);
    const result = await page.evaluate(() => tt.enterProfile({ openid: "x" }).catch((r) => r));
    expect(result.errno).toBe(102);
    expect(result.errString).toContain('unknown key "client.platfrom" (did you mean "client.platform"?)');
  });

  test("a valid configuration takes effect", async ({ app: page }) => {
    await openApp(page, { client: { platform: "pc", os: "mac", version: "7.40.0", language: "ja_JP" } });
    expect(await page.evaluate(() => ttShim.config().client)).toEqual({
      platform: "pc", os: "mac", version: "7.40.0", language: "ja_JP",
    });
  });
});

test.describe("data-config file", () => {
  test("the JSON file named by data-config configures the client", async ({ page }) => {
    await openApp(page, undefined, "/web/fixtures/data-config.html");
    const config = await page.evaluate(() => ttShim.config());
    expect(config.client).toEqual({ platform: "ios", version: "7.40.0", language: "en_US" });
    expect(config.app.appName).toBe("Config File App");
  });

  test("window.ttShimConfig applies on top of the file", async ({ page }) => {
    await openApp(page, { client: { language: "ja_JP" } }, "/web/fixtures/data-config.html");
    expect(await page.evaluate(() => ttShim.config().client)).toEqual({
      platform: "ios", version: "7.40.0", language: "ja_JP",
    });
  });

  test("a missing file (404) rejects ready with a message naming the file and the status", async ({ page }) => {
    const consoleError = nextConsoleError(page);
    await page.goto("/web/fixtures/data-config-missing.html");
    const { rejected, message } = await readyOutcome(page);
    expect(rejected).toBe(true);
    expect(message).toMatch(/no-such-config\.json/);
    expect(message).toMatch(/404/);
    expect((await consoleError).text()).toBe(message);
  });

  test("an unknown key in the file names the file and the key", async ({ page }) => {
    await page.goto("/web/fixtures/data-config-bad.html");
    const { message } = await readyOutcome(page);
    expect(message).toMatch(/bad-key\.json/);
    expect(message).toContain('unknown key "client.platfrom" (did you mean "client.platform"?)');
  });
});

test.describe("ttShim.configure", () => {
  test("a good patch changes what later calls see", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    await page.evaluate(() => ttShim.configure({ client: { language: "en_US" } }));
    await openProfile(page, { openid: await openIdOf(page, "李娜"), left: 100, top: 200 });
    const card = page.getByRole("dialog", { name: "Li Na" });
    await expectCardAt(card, 100, 200);
    await expect(card.getByRole("button", { name: "Close" })).toBeVisible();
  });

  test("a bad patch throws a TypeError naming the key and changes nothing", async ({ app: page }) => {
    await openApp(page);
    const seen = await page.evaluate(() => {
      const before = ttShim.config();
      let thrown;
      try {
        ttShim.configure({ client: { platform: "ios", platfrom: "android" } });
      } catch (e) {
        thrown = { isTypeError: e instanceof TypeError, message: e.message };
      }
      return { thrown, unchanged: JSON.stringify(ttShim.config()) === JSON.stringify(before) };
    });
    expect(seen).toEqual({ thrown: { isTypeError: true, message: 'unknown key "client.platfrom" (did you mean "client.platform"?)' }, unchanged: true });
  });

  test("a patch that breaks a rule across keys throws a TypeError and changes nothing", async ({ app: page }) => {
    await openApp(page);
    const seen = await page.evaluate(() => {
      let isTypeError = false;
      try { ttShim.configure({ client: { platform: "ios", os: "mac" } }); } catch (e) { isTypeError = e instanceof TypeError; }
      return { isTypeError, platform: ttShim.config().client.platform };
    });
    expect(seen).toEqual({ isTypeError: true, platform: "pc" });
  });

  test("a patch that is not an object throws a TypeError", async ({ app: page }) => {
    await openApp(page);
    const names = await page.evaluate(() => [null, 5, "ios", []].map((patch) => {
      try { ttShim.configure(patch); return "accepted"; } catch (e) { return e.constructor.name; }
    }));
    expect(names).toEqual(["TypeError", "TypeError", "TypeError", "TypeError"]);
  });
});

test("ttShim.config() returns a copy: changing it changes nothing", async ({ app: page }) => {
  await openApp(page);
  const seen = await page.evaluate(() => {
    const copy = ttShim.config();
    copy.client.platform = "ios";
    copy.users.length = 0;
    const again = ttShim.config();
    return { platform: again.client.platform, users: again.users.length, same: copy === again };
  });
  expect(seen).toEqual({ platform: "pc", users: 12, same: false });
});

test.describe("ttShim.reset", () => {
  test("clears the call log, closes the card and forgets authentication", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const openid = await openIdOf(page, "李娜");
    await openProfile(page, { openid, left: 100, top: 200 });
    const card = page.getByRole("dialog", { name: "李娜" });
    await expect(card).toBeVisible();

    await page.evaluate(() => ttShim.reset());
    await expect(card).toHaveCount(0);
    expect(await page.evaluate(() => ttShim.calls())).toEqual([]);
    const { result } = await openProfile(page, { openid });
    expect(result.errno).toBe(105);
  });

  test("returns to the boot configuration", async ({ page }) => {
    await openApp(page, { client: { language: "en_US" } });
    const languages = await page.evaluate(() => {
      ttShim.configure({ client: { language: "ja_JP" } });
      const during = ttShim.config().client.language;
      ttShim.reset();
      return [during, ttShim.config().client.language];
    });
    expect(languages).toEqual(["ja_JP", "en_US"]);
  });

  test("forgets a gadget's login", async ({ page }) => {
    await openApp(page, { mode: "gadget" });
    const errnos = await page.evaluate(async () => {
      await tt.requestAccess({ scopeList: [] });
      const before = await tt.checkSession().then(() => 0, (r) => r.errno);
      ttShim.reset();
      const after = await tt.checkSession().then(() => 0, (r) => r.errno);
      return [before, after];
    });
    expect(errnos).toEqual([0, 105]);
  });

  test("after reset, h5sdk.ready runs as after boot: at once, unauthenticated, with no config in flight", async ({ app: page }) => {
    await openAuthenticatedApp(page);
    const seen = await page.evaluate(async () => {
      const queued = [];
      const signed = await testkit.sign();
      ttShim.reset(); // forgets the authentication, so the next ready waits for the config in flight
      // In flight at the next reset, which drops the ready callbacks waiting for its success.
      h5sdk.config({ ...signed, jsApiList: [] });
      h5sdk.ready(() => queued.push("dropped"));
      ttShim.reset();
      await testkit.afterEarlierCalls();
      const ran = await new Promise((resolve) => h5sdk.ready(() => resolve(true)));
      const profile = await tt.enterProfile({ openid: "ou_x" }).catch((e) => e.errno);
      return { queued, ran, profile };
    });
    expect(seen).toEqual({ queued: [], ran: true, profile: 105 });
  });
});
