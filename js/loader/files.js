// The simulated file system in the page: tt.getFileSystemManager()'s one
// manager, whose reads Go answers, and the ttfile:// images the page
// shows, which a browser cannot load: an <img> whose src is a ttfile://
// path gets the file's data: URL instead, once the page has been given a
// file (a MutationObserver only from then, so other pages pay nothing).
import { Object, Promise, describe, invoke, later } from "./builtins.js";
import { encode } from "./payload.js";
import { errorOf, failure } from "./reply.js";

// The APIs that give the page ttfile:// paths.
export const GIVES_FILES = new Set(["chooseImage", "compressImage", "chooseVideo", "chooseMedia", "filePicker", "saveFile"]);

let askControl = null; // contract.js's control, handed over to avoid a cycle

export function useControl(control) {
  askControl = control;
}

// The documented methods ttshim does not read yet: each fails (async) or
// throws (sync) with errno 103, as an unsimulated API does.
const UNSIMULATED = ["access", "saveFile", "getFileInfo", "getSavedFileList", "removeSavedFile", "copyFile", "mkdir",
  "readdir", "rename", "rmdir", "stat", "unlink", "writeFile", "appendFile"];
const SYNC_UNSIMULATED = ["accessSync", "saveFileSync", "copyFileSync", "mkdirSync", "readdirSync", "renameSync",
  "rmdirSync", "statSync", "unlinkSync", "writeFileSync", "appendFileSync"];

function notSimulated(name) {
  return failure(name, 103, "FileSystemManager." + name + " is not simulated by ttshim yet");
}

function ask(name, option) {
  try {
    const reply = askControl("fs", { name, payload: encode(option, ["success", "fail", "complete"]) });
    const data = reply.r && reply.r.data;
    if (data && data["@@js"] === "ArrayBuffer") reply.r.data = arrayBufferOf(data.base64);
    return reply;
  } catch (e) {
    return failure(name, 102, "internal error: " + describe(e));
  }
}

export function arrayBufferOf(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

// asyncMethod answers as tt's calls do: callbacks, or a Promise when the
// option has none, settled in a later microtask.
function asyncMethod(name, answer) {
  return function (option) {
    const callbacks = {};
    if (option !== null && typeof option === "object") {
      for (const key of ["success", "fail", "complete"]) {
        try {
          if (typeof option[key] === "function") callbacks[key] = option[key];
        } catch {
          // An unreadable callback is no callback; encode reports it.
        }
      }
    }
    const reply = answer(option);
    const settle = (resolve, reject) => later(() => {
      const ok = reply.o === "ok";
      invoke(ok ? callbacks.success : callbacks.fail, reply.r);
      invoke(callbacks.complete, reply.r);
      if (resolve) (ok ? resolve : reject)(reply.r);
    });
    if (callbacks.success || callbacks.fail || callbacks.complete) return void settle();
    return new Promise(settle);
  };
}

let manager = null;

// fileSystemManager is the one manager getFileSystemManager returns.
export function fileSystemManager() {
  if (manager) return manager;
  const methods = {
    readFile: asyncMethod("readFile", (option) => ask("readFile", option)),
    readFileSync(filePath, encoding, position, length) {
      const option = { filePath };
      if (encoding !== undefined) option.encoding = encoding;
      if (position !== undefined) option.position = position;
      if (length !== undefined) option.length = length;
      const reply = ask("readFileSync", option);
      if (reply.o !== "ok") throw errorOf(reply.r);
      return reply.r.data;
    },
  };
  for (const name of UNSIMULATED) methods[name] = asyncMethod(name, () => notSimulated(name));
  for (const name of SYNC_UNSIMULATED) {
    methods[name] = function () {
      throw errorOf(notSimulated(name).r);
    };
  }
  manager = Object.freeze(methods);
  return manager;
}

// fileURL is ttShim.fileURL(path): a URL the page can load the file from.
export function fileURL(path) {
  if (typeof path !== "string") throw new TypeError("ttShim.fileURL(path): path should be a string");
  return askControl("fileURL", path);
}

let watching = false;

// watchFileImages starts rewriting ttfile:// image sources, the first time
// the page is given files.
export function watchFileImages() {
  if (watching || typeof MutationObserver !== "function" || typeof document === "undefined") return;
  watching = true;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") resolveImage(record.target);
      else for (const node of record.addedNodes) resolveImages(node);
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["src"] });
  resolveImages(document);
}

function resolveImages(node) {
  if (node.nodeType !== 1 && node.nodeType !== 9) return;
  if (node.localName === "img") resolveImage(node);
  else for (const img of node.querySelectorAll('img[src^="ttfile:"]')) resolveImage(img);
}

function resolveImage(img) {
  const src = img.getAttribute && img.getAttribute("src");
  if (img.localName !== "img" || !src || !src.startsWith("ttfile://")) return;
  try {
    const url = askControl("fileURL", src);
    if (url) img.setAttribute("src", url);
  } catch (e) {
    console.warn("ttshim: <img src=\"" + src + "\"> cannot be shown: " + describe(e));
  }
}
