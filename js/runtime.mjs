// The runtime a page loads ttshim from, as the package ships it in dist/:
// what `npx ttshim init` copies and the Vite and webpack plugins serve.
import { fileURLToPath } from "node:url";

export const RUNTIME_FILES = ["ttshim.js", "ttshim.js.map", "ttshim.mjs", "ttshim.mjs.map", "ttshim.wasm", "ttshim-net.wasm"];

// runtimePath is where the installed package holds one of RUNTIME_FILES.
export function runtimePath(name) {
  return fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
}

// The wasm must be application/wasm for the browser to compile it as it
// streams in.
const CONTENT_TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

export function contentType(name) {
  return CONTENT_TYPES[name.slice(name.lastIndexOf("."))];
}
