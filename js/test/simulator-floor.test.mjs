// The official DevTools H5 simulator's own list is ttshim's floor: every
// API that page says the simulator supports is simulated here (issue 16).
// The page is read, not a copy of its list, so a name Feishu adds to it
// fails this test until ttshim has it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileSystemManager, useControl } from "../loader/files.js";

const SPEC = process.env.TTSHIM_SPEC || new URL("../../../shared/spec/feishu", import.meta.url).pathname;
const PAGE = `${SPEC}/guides/devtools-h5-simulator/H5模拟器对-API-的支持说明.md`;
const REGISTRY = JSON.parse(readFileSync(new URL("../../dist/registry.json", import.meta.url), "utf8"));

// Each table row starts with the API's link: [name](url) | **version**.
const listed = [...readFileSync(PAGE, "utf8").matchAll(/^\[([A-Za-z.]+)\]\(/gm)].map((m) => m[1]);

test("the simulator's page lists the APIs this test reads", () => {
  assert.ok(listed.length >= 30, `only ${listed.length} APIs read from ${PAGE}`);
  assert.ok(listed.includes("requestAuthCode") && listed.includes("FileSystemManager.readFile"));
});

test("every API the DevTools H5 simulator supports is simulated by ttshim", () => {
  const simulated = new Set(REGISTRY.filter((ref) => ref.simulated).map((ref) => ref.full));
  const missing = listed.filter((name) => !name.includes(".") && !simulated.has("tt." + name));
  assert.deepEqual(missing, [], "not simulated: " + missing.join(", "));
});

test("the simulator's FileSystemManager methods reach Go, not the unsimulated answer", async () => {
  const asked = [];
  useControl((kind, request) => {
    asked.push(request.name);
    return { o: "ok", r: { errMsg: request.name + ":ok", data: "" } };
  });
  const manager = fileSystemManager();
  for (const name of listed.filter((n) => n.startsWith("FileSystemManager.")).map((n) => n.split(".")[1])) {
    assert.equal(typeof manager[name], "function", `FileSystemManager.${name} is not a method`);
    await manager[name]({ filePath: "ttfile://temp/floor.txt" });
    assert.equal(asked.at(-1), name, `FileSystemManager.${name} did not ask Go`);
  }
});
