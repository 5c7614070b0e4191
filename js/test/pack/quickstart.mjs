// `make pack`: writes the README's quick-start files (each code block after
// a `<!-- readme-quickstart: PATH -->` line) into the fresh project, so its
// Playwright run proves the README's first screen works as written.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

const readme = await readFile(process.argv[2], "utf8");
const blocks = [...readme.matchAll(/<!-- readme-quickstart: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
if (blocks.length < 2) throw new Error(`the README has ${blocks.length} quick-start blocks, not a page and a test`);
for (const [, path, code] of blocks) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, code + "\n");
  console.log(`pack: the README's ${path}`);
}
