// The entry of dist/ttshim.mjs, the ES module build: a module has no
// script element to read, so the wasm is found next to the module itself.
import { start } from "./boot.js";

start({ base: import.meta.url, dataset: {} });
