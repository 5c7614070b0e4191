// The entry of dist/ttshim.js, the classic script a page includes with
// <script src>: its own URL and data-* attributes say where the wasm is.
import { start } from "./boot.js";

const script = document.currentScript;
start({ base: script && script.src ? script.src : location.href, dataset: script ? script.dataset : {} });
