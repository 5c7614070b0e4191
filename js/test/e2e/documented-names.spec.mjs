// Every API Feishu documents is there, as in the real client: each name in
// apis.tsv that the configured client documents (a web app's or a gadget's
// column) is a function on tt, or at its h5sdk path, and where Taro wraps
// it, on Taro. The names the mode's column leaves out are functions too,
// and answer errno 103 through their own channel, as the client does for
// an API it lacks. apis.tsv is read here, not the registry: it is what a
// page's author reads.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openApp } from "./helpers.mjs";
import { loadRegistry } from "./hostile-registry.mjs";

const SPEC = process.env.TTSHIM_SPEC || new URL("../../../../shared/spec/feishu", import.meta.url).pathname;

// The rows naming something a page calls: tt's APIs (a lower-case first
// letter; capitalised names are objects' types and methods) and h5sdk's
// legacy names, with each mode's column.
const rows = readFileSync(`${SPEC}/apis.tsv`, "utf8").trim().split("\n").slice(1).map((line) => {
  const [name, , webapp, gadget] = line.split("\t");
  return { name, webapp, gadget };
}).filter(({ name }) => /^[a-z]\w*$/.test(name) || name.startsWith("h5sdk."));
const full = (name) => (name.startsWith("h5sdk.") ? name : "tt." + name);

// What each named function is in the page, and for the ones listed in
// `call`, how a call answers, through whichever channel its kind uses: a
// throw, a rejection, a listener's throw, or h5sdk.config's onFail.
function inPage({ names, call }) {
  const at = (path) => path.split(".").reduce((owner, key) => owner?.[key], globalThis);
  const answerOf = async (path) => {
    const fn = at(path);
    const kind = ttShim.kindOf(path);
    try {
      if (kind === "h5config") {
        const failed = await new Promise((resolve) => fn({ onSuccess: () => resolve(null), onFail: resolve }));
        return failed && { errno: failed.errno, text: failed.errorMessage };
      }
      await (kind === "listener" ? fn(() => {}) : fn({}));
      return null;
    } catch (e) {
      return { errno: e.errno, text: e.errString };
    }
  };
  return (async () => {
    const types = Object.fromEntries(names.map((path) => [path, typeof at(path)]));
    const answers = {};
    for (const path of call) answers[path] = await answerOf(path);
    return { types, answers };
  })();
}

// ttshim's choices (docs/choices.md, "Choices where the real client is
// undocumented"): tt.request and tt.getSystemInfoSync work in web apps
// too, as Taro's H5 build calls them there, and so does tt.canIUse, which
// has no page. h5sdk.ready and h5sdk.error only queue callbacks, in
// either mode.
const WIDER = { webapp: ["tt.request", "tt.getSystemInfoSync", "tt.canIUse"], gadget: [] };
const QUEUES = ["h5sdk.ready", "h5sdk.error"];

for (const mode of ["webapp", "gadget"]) {
  test(`a ${mode === "webapp" ? "web app" : "gadget"}: every name apis.tsv documents is a function, and those it leaves out answer 103`, async ({ page }) => {
    expect(rows.length, "apis.tsv's rows").toBeGreaterThan(200);
    await openApp(page, { mode });
    const documented = rows.filter((row) => row[mode] !== "-").map((row) => full(row.name));
    const lacking = rows.filter((row) => row[mode] === "-").map((row) => full(row.name))
      .filter((name) => !WIDER[mode].includes(name) && !QUEUES.includes(name));
    expect(lacking.length, "names the mode leaves out").toBeGreaterThan(20);
    const { types, answers } = await page.evaluate(inPage, { names: [...documented, ...lacking, ...WIDER[mode]], call: [...lacking, ...WIDER[mode]] });
    const notFunctions = Object.entries(types).filter(([, type]) => type !== "function");
    expect(notFunctions, "names that are not functions").toEqual([]);
    const answeredOtherwise = lacking.filter((name) => {
      const answer = answers[name];
      const unsupported = answer && answer.text.startsWith(`feature not support: ${name} is not available to`);
      return !unsupported || (name !== "h5sdk.config" && answer.errno !== 103);
    });
    expect(answeredOtherwise.map((name) => [name, answers[name]]), "names the mode leaves out that answer otherwise").toEqual([]);
    for (const name of WIDER[mode]) expect(answers[name]?.errno, `${name}, which ttshim gives web apps too`).not.toBe(103);
  });
}

test("where Taro wraps an API, Taro has it too", async ({ page }) => {
  await openApp(page);
  const registry = loadRegistry();
  const twins = registry.filter((ref) => ref.ns === "Taro").map((ref) => ref.name);
  expect(twins.length).toBeGreaterThan(100);
  for (const name of ["showToast", "request", "getLocation", "onLocationChange", "getStorageSync"]) expect(twins).toContain(name);
  const missing = await page.evaluate((names) => names.filter((name) => typeof Taro[name] !== "function"), twins);
  expect(missing).toEqual([]);
});
