// ttshim/playwright's start checks as a test author meets them: a real
// Playwright run of js/test/startcheck/, read from its JSON report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function runSuite() {
  return new Promise((resolve, reject) => {
    execFile("npx", ["playwright", "test", "-c", "js/test/startcheck/playwright.config.mjs", "--reporter=json"],
      { cwd: ROOT, maxBuffer: 32 << 20, env: { ...process.env, CI: "" } }, (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout));
        } catch {
          reject(new Error(`no JSON report (${error?.message}): ${stderr}`));
        }
      });
  });
}

function results(report) {
  const out = new Map();
  const walk = (suite, titles) => {
    for (const spec of suite.specs || []) {
      const result = spec.tests[0].results[0];
      out.set([...titles, spec.title].join(" › "), {
        status: result.status,
        errors: result.errors.map((e) => e.message.replace(/\x1b\[[0-9;]*m/g, "")),
        annotations: spec.tests[0].annotations.map((a) => a.type),
      });
    }
    for (const child of suite.suites || []) walk(child, [...titles, child.title].filter((t) => !t.endsWith(".mjs")));
  };
  for (const suite of report.suites) walk(suite, []);
  return out;
}

test("the fixture fails a test with the reason ttshim could not start", async () => {
  const got = results(await runSuite());
  const misspelt = got.get("a misspelt key › fails before the test runs");
  assert.equal(misspelt.status, "failed");
  assert.deepEqual(misspelt.annotations, [], "the test's body did not run");
  assert.match(misspelt.errors.join("\n"),
    /ttshim: test\.use\(\{ ttshimConfig \}\) is not a valid configuration: unknown key "client\.langauge" \(did you mean "client\.language"\?\)/);

  const spelling = got.get("the page's spelling of the option › fails before the test runs");
  assert.equal(spelling.status, "failed");
  assert.deepEqual(spelling.annotations, [], "the test's body did not run");
  assert.match(spelling.errors.join("\n"), /test\.use\(\{ ttShimConfig \}\) is spelled test\.use\(\{ ttshimConfig \}\)/);

  const unloadable = got.get("a page whose ttshim cannot load fails the test with the reason");
  assert.equal(unloadable.status, "failed");
  assert.match(unloadable.errors.join("\n"),
    /ttshim did not start in https:\/\/app\.example\.test\/: cannot load https:\/\/app\.example\.test\/__ttshim__\/ttshim\.wasm: Error: HTTP 404/);

  assert.deepEqual(got.get("a valid configuration › passes"), { status: "passed", errors: [], annotations: [] });
});
