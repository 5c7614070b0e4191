// The "Call an API" form: every name in ttShim.apis, grouped, each with its
// own editable JSON arguments (kept while switching between APIs).
import { pretty, showMessage } from "./dom.js";
import { apiKind, callbacksOf } from "./calls.js";
import { apiGroups } from "./apilist.js";

const FIRST_SHOWN = "tt.enterProfile";

const KIND_HINTS = {
  async: "Asynchronous: answers through success / fail / complete, or through a Promise when no callback is given.",
  sync: "Synchronous: returns its answer or throws, so the call form does not apply.",
  taro: "Taro: always returns a Promise, which settles after success / fail / complete ran, and rejects even when fail was given.",
  h5config: "Authenticates a web app: answers through onSuccess / onFail, then h5sdk.ready or h5sdk.error.",
  listener: "Listener: takes a function and returns undefined, or throws when given anything else. Run passes one that adds a result each time the client calls it.",
  legacy: "h5sdk's legacy name: answers through onSuccess / onFail, or through a Promise when neither is given.",
};

// kindHint says how an API answers and, for one ttshim does not simulate
// yet, why every call fails and how a test answers it instead.
function kindHint(name, kind) {
  if (ttShim.isSimulated(name)) return KIND_HINTS[kind];
  return `${KIND_HINTS[kind]} Not simulated yet: a call fails with errno 103 unless ttShim.override("${name}", …) answers it.`;
}

// exampleText is what the arguments box starts with; a listener is passed
// the playground's function, so it has none.
function exampleText(name, config) {
  return apiKind(name) === "listener" ? "" : pretty(exampleFor(name, config));
}

// exampleFor is the argument a first try would pass; APIs without one get {}.
export function exampleFor(name, config) {
  const users = config ? config.users : [];
  const colleague = users[1] || users[0];
  switch (name) {
    case "tt.enterProfile":
    case "Taro.enterProfile": return { openid: colleague ? colleague.openId : "", left: 100, top: 200 };
    case "tt.requestAccess":
    case "Taro.requestAccess": return { scopeList: [], appID: config ? config.app.appId : "" };
    case "tt.requestAuthCode": return { appId: config ? config.app.appId : "" };
    case "tt.canIUse":
    case "Taro.canIUse": return "enterProfile.object.left";
    case "h5sdk.config": return { jsApiList: [] };
    case "tt.chooseContact": return { multi: true, ignore: false };
    case "Taro.getUserProfile": return { desc: "Show your profile in this demo", lang: "en" };
    case "tt.request":
    case "Taro.request": return { url: "/package.json", method: "GET" };
    case "tt.getUserInfo":
    case "Taro.getUserInfo": return { withCredentials: true };
    default: return {};
  }
}

export class ApiRunner {
  constructor(parts, { caller, config }) {
    Object.assign(this, parts);
    this.caller = caller;
    this.config = config;
    this.texts = new Map(); // API name → its arguments as edited
    this.current = "";
    this.select.addEventListener("change", () => this.show(this.select.value));
    this.restore.addEventListener("click", () => this.restoreExample());
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
  }

  listApis(apis) {
    this.select.replaceChildren(...apiGroups(apis));
    const first = apis.includes(FIRST_SHOWN) ? FIRST_SHOWN : apis[0] || "";
    this.select.value = first;
    this.show(first);
  }

  // fillExamples gives every API not yet edited its example, now that the
  // configuration (users, appId) is known.
  fillExamples() {
    const config = this.config();
    for (const api of this.select.options) {
      if (!this.texts.has(api.value)) this.texts.set(api.value, exampleText(api.value, config));
    }
    this.args.value = this.texts.get(this.current) || "";
  }

  show(name) {
    if (this.current) this.texts.set(this.current, this.args.value);
    this.current = name;
    this.args.value = this.texts.get(name) || "";
    const kind = apiKind(name);
    this.kindHint.textContent = kindHint(name, kind);
    const listener = kind === "listener";
    this.args.disabled = listener;
    this.args.placeholder = listener ? "Nothing to write: Run passes a function." : "";
    const takesCallbacks = kind === "async" || kind === "taro" || kind === "legacy";
    this.callForm.disabled = !takesCallbacks;
    this.callForm.hidden = !takesCallbacks;
    this.callbacksLabel.textContent = `Callbacks (${callbacksOf(kind).join(" / ")})`;
    this.signOption.hidden = kind !== "h5config";
    showMessage(this.argsError, "");
  }

  restoreExample() {
    this.args.value = exampleText(this.current, this.config());
    this.texts.set(this.current, this.args.value);
    showMessage(this.argsError, "");
  }

  run() {
    const name = this.current;
    const text = this.args.value.trim();
    let arg;
    try {
      arg = text === "" ? undefined : JSON.parse(text);
    } catch (e) {
      showMessage(this.argsError, "The arguments are not valid JSON: " + e.message);
      this.args.focus();
      return;
    }
    showMessage(this.argsError, "");
    const hasArg = text !== "";
    switch (apiKind(name)) {
      case "sync": return this.caller.sync(name, arg, hasArg);
      case "listener": return this.caller.listener(name);
      case "h5config": return this.caller.h5config(arg, hasArg, { sign: this.sign.checked });
      default: return this.caller.async(name, arg, hasArg, new FormData(this.form).get("callform"));
    }
  }
}
