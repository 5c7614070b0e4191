// "Copy as a Playwright test": a call of the log as a test a person can
// paste into a suite that uses ttshim/playwright. It replays the call on
// this page with the client it ran on, answers its dialog as it was
// answered, and asserts what the call got.

const js = (value) => JSON.stringify(value);

// callExpression is the call, made as an app would, in a Promise whatever
// its kind: a sync API's value or throw, an async one's Promise.
function callExpression(call) {
  const args = call.args === undefined || call.args === null ? "" : js(call.args);
  return `Promise.resolve().then(() => ${call.api}(${args})).catch((e) => ({ ...e }))`;
}

export function playwrightTest(call, config, pageURL) {
  const client = { mode: config.mode, client: config.client, strict: false };
  const lines = [
    'import { test, expect } from "ttshim/playwright";',
    "",
    `// The client the call ran on; strict: false skips h5sdk.config and tt.login, done by hand in the playground.`,
    `test.use({ ttshimConfig: ${js(client)} });`,
    "",
    `test(${js(call.api + " answers " + call.outcome)}, async ({ page, ttshim }) => {`,
    `  await page.goto(${js(pageURL)});`,
  ];
  const made = `page.evaluate(() => ${callExpression(call)})`;
  if (call.dialog && call.dialog.answer !== null && call.dialog.answer !== undefined) {
    lines.push(`  const answered = ${made};`,
      `  await expect(ttshim).toHaveDialog(${js(call.dialog.kind)});`,
      `  await ttshim.answer(${js(call.dialog.answer)});`,
      "  const result = await answered;");
  } else {
    lines.push(`  const result = await ${made};`);
  }
  if (call.result && typeof call.result === "object" && typeof call.result.errMsg === "string") {
    lines.push(`  expect(result).toMatchObject({ errMsg: ${js(call.result.errMsg)} });`);
  }
  lines.push(`  await expect(ttshim).toHaveCalled(${js(call.api)}, { outcome: ${js(call.outcome)} });`, "});", "");
  return lines.join("\n");
}
