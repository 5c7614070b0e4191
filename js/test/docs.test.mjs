// The README and docs/ as a reader follows them: every relative link names
// a file of the repository and, after #, a heading of that file (GitHub's
// anchors); none leaves the clone (../shared is not in it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

// anchorsOf is GitHub's anchor for each heading: lower case, punctuation
// dropped, spaces to hyphens, a repeat numbered.
export function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
    const count = seen.get(base) || 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

function linksOf(markdown) {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

async function documents() {
  const docs = (await readdir(join(ROOT, "docs"))).filter((name) => name.endsWith(".md")).map((name) => join("docs", name));
  return ["README.md", ...docs];
}

test("every relative link in the README and docs/ resolves to a file and a heading in the clone", async () => {
  const problems = [];
  const cache = new Map();
  const read = async (path) => {
    if (!cache.has(path)) cache.set(path, readFile(join(ROOT, path), "utf8"));
    return cache.get(path);
  };
  for (const doc of await documents()) {
    for (const link of linksOf(await read(doc))) {
      if (/^(https?|mailto):/.test(link)) continue;
      const [path, anchor] = link.split("#");
      const target = path === "" ? doc : relative(ROOT, join(ROOT, dirname(doc), decodeURI(path)));
      if (target.startsWith("..")) {
        problems.push(`${doc}: ${link} leaves the repository`);
        continue;
      }
      try {
        await stat(join(ROOT, target));
      } catch {
        problems.push(`${doc}: ${link}: no file ${target}`);
        continue;
      }
      if (anchor && target.endsWith(".md") && !anchorsOf(await read(target)).has(decodeURIComponent(anchor))) {
        problems.push(`${doc}: ${link}: ${target} has no heading #${anchor}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("the README is a first screen: short, and naming nothing outside the clone", async () => {
  const readme = await readFile(join(ROOT, "README.md"), "utf8");
  assert.ok(readme.split("\n").length <= 150, `the README has ${readme.split("\n").length} lines; the rest belongs in docs/`);
  assert.doesNotMatch(readme, /\.\.\/shared/);
  assert.match(readme, /<!-- readme-quickstart: public\/index\.html -->/, "make pack runs the page block");
  assert.match(readme, /<!-- readme-quickstart: tests\/\S+\.spec\.mjs -->/, "make pack runs the test block");
});
