// The ttshim playground: pick the simulated Feishu client, authenticate,
// call any API in the shim's registry and watch its call log.
import { byId, clockTime, el, pretty, showMessage } from "./dom.js";
import { ResultsPanel } from "./results.js";
import { CallLog } from "./calllog.js";
import { makeCaller } from "./calls.js";
import { ApiRunner } from "./runner.js";
import { NAME_ORDER } from "./names.js";

const HTML_LANG = { zh_CN: "zh-CN", en_US: "en", ja_JP: "ja" };
const MODES = { webapp: "Web app", gadget: "Gadget" };
const PLATFORMS = { pc: "PC", ios: "iOS", android: "Android", harmony: "HarmonyOS" };
const SYSTEMS = { windows: "Windows", mac: "macOS" };

let runtimeReady = false;
let users = [];

const results = new ResultsPanel(byId("results"), byId("results-empty"));
const log = new CallLog({
  body: byId("log-body"), count: byId("log-count"), filter: byId("log-filter"), error: byId("log-error"),
  snippet: { dialog: byId("snippet-dialog"), text: byId("snippet-text"), status: byId("snippet-status") },
});

// ---- keeping the page in step with the shim ---------------------------------

let refreshQueued = false;

// changed refreshes the log and session once the current burst of
// changes is over: ttShim's events (a call logged or settled, a dialog,
// a reset) and the configuration this page applies.
function changed() {
  if (refreshQueued) return;
  refreshQueued = true;
  setTimeout(() => {
    refreshQueued = false;
    refreshAll();
  }, 0);
}

function refreshAll() {
  if (!runtimeReady) return;
  log.refresh();
  showSession();
}

// ---- authentication ---------------------------------------------------------

const authStatus = byId("auth-status");

function setAuthStatus(state, text) {
  authStatus.dataset.state = state;
  authStatus.textContent = text;
}

function onAuth(which, res) {
  if (which === "onSuccess") setAuthStatus("ok", "Authenticated: h5sdk.config called onSuccess.");
  else setAuthStatus("fail", `Not authenticated: h5sdk.config called onFail (${res && res.errorMessage}, error code ${res && res.errorCode}).`);
}

const caller = makeCaller(results, { onAuth });

// A page registers h5sdk.ready and h5sdk.error once; ttShim.reset() forgets
// them, so they are registered again after each reset. With no
// h5sdk.config in flight, ready runs at once: it tells the JSSDK is
// ready, not that the page is authenticated (onSuccess says that).
function listenToH5sdk() {
  h5sdk.ready(() => {
    results.add({ api: "h5sdk.ready", how: "callback", hasArgs: false })
      .set({ outcome: "ok", detail: "The h5sdk.ready callback ran: the JSSDK is ready." });
  });
  h5sdk.error((err) => {
    setAuthStatus("fail", `Not authenticated: h5sdk.error reported ${err && err.errorMessage} (error code ${err && err.errorCode}).`);
    results.add({ api: "h5sdk.error", how: "callback", hasArgs: false })
      .set({ outcome: "fail", detail: "The h5sdk.error callback ran.", value: err });
  });
}

function authenticate() {
  const authError = byId("auth-error");
  let jsApiList;
  try {
    jsApiList = JSON.parse(byId("jsapilist").value);
  } catch (e) {
    showMessage(authError, "jsApiList is not valid JSON: " + e.message);
    return;
  }
  showMessage(authError, "");
  caller.h5config({ jsApiList }, true, { sign: true, wrongSignature: byId("wrong-signature").checked });
}

function showSession() {
  const list = byId("session");
  let session;
  try {
    session = ttShim.session();
  } catch (e) {
    list.replaceChildren(el("dt", {}, "Error"), el("dd", {}, e.message));
    return;
  }
  const rows = [["openId", session.openId], ["unionId", session.unionId], ["sessionKey", session.sessionKey]];
  if (!rows.some(([, value]) => value)) {
    list.replaceChildren(el("dt", {}, "Session"), el("dd", {}, "None yet: sign in first."));
    return;
  }
  list.replaceChildren(...rows.flatMap(([key, value]) => [el("dt", {}, key), el("dd", {}, el("code", {}, value || "—"))]));
}

// ---- the simulated client ---------------------------------------------------

const client = {
  form: byId("client-form"), mode: byId("mode"), platform: byId("platform"), os: byId("os"),
  osField: byId("os-field"), version: byId("version"), language: byId("language"),
  user: byId("current-user"), error: byId("client-error"), note: byId("client-note"),
};

// nameIn is a user's name in a client language, as the card shows it, and
// the language it is in. A name's keys are the languages in lower case.
function nameIn(name, language) {
  for (const found of NAME_ORDER[language]) {
    const text = name && name[found.toLowerCase()];
    if (text) return { text, lang: HTML_LANG[found] };
  }
  return { text: "", lang: undefined };
}

// listUsers names every user in the language picked in the form.
function listUsers(selected) {
  client.user.replaceChildren(...users.map((user) => {
    const { text, lang } = nameIn(user.name, client.language.value);
    return el("option", { value: user.openId, lang }, (text || user.openId) + (user.external ? " (external)" : ""));
  }));
  client.user.value = selected;
}

function showOsField() {
  const pc = client.platform.value === "pc";
  client.osField.hidden = !pc;
  client.os.disabled = !pc;
}

function describeClient(config) {
  const c = config.client;
  const me = users.find((user) => user.openId === config.currentUser);
  const platform = (PLATFORMS[c.platform] || c.platform) + (c.os ? ` (${SYSTEMS[c.os] || c.os})` : "");
  return [MODES[config.mode] || config.mode, platform, c.version, c.language, me ? nameIn(me.name, c.language).text : ""]
    .filter(Boolean).join(" · ");
}

function showConfig(config) {
  users = config.users || [];
  client.mode.value = config.mode;
  client.platform.value = config.client.platform;
  client.os.value = config.client.os || "windows";
  client.version.value = config.client.version;
  client.language.value = config.client.language;
  listUsers(config.currentUser);
  showOsField();
  byId("config-json").textContent = pretty(config);
  byId("client-summary").textContent = describeClient(config);
  byId("auth-webapp").hidden = config.mode !== "webapp";
  byId("auth-gadget").hidden = config.mode !== "gadget";
}

function apply() {
  const patch = {
    mode: client.mode.value,
    client: { platform: client.platform.value, version: client.version.value, language: client.language.value },
    currentUser: client.user.value,
  };
  if (patch.client.platform === "pc") patch.client.os = client.os.value;
  try {
    ttShim.configure(patch);
  } catch (e) {
    showMessage(client.error, `${e.name}: ${e.message}`);
    client.note.textContent = "Nothing changed.";
    return;
  }
  showMessage(client.error, "");
  showConfig(ttShim.config());
  client.note.textContent = `Applied at ${clockTime(Date.now())}.`;
  changed();
}

function reset() {
  try {
    ttShim.reset();
  } catch (e) {
    showMessage(client.error, `${e.name}: ${e.message}`);
    return;
  }
  listenToH5sdk();
  setAuthStatus("none", "Not authenticated yet.");
  showMessage(client.error, "");
  showConfig(ttShim.config());
  client.note.textContent = `Reset at ${clockTime(Date.now())}.`;
  results.add({ api: "ttShim.reset()", hasArgs: false }).set({
    outcome: "info",
    detail: "Back to the boot configuration; sessions, authentication, open cards and the call log are cleared.",
  });
}

// ---- wiring and boot --------------------------------------------------------

const runner = new ApiRunner({
  form: byId("api-form"), select: byId("api"), kindHint: byId("api-kind"), args: byId("args"),
  argsError: byId("args-error"), callForm: byId("call-form"), callbacksLabel: byId("callbacks-label"), signOption: byId("sign-option"),
  sign: byId("sign"), restore: byId("restore-example"),
}, { caller, config: () => ttShim.config() });

function setRuntime(state, text) {
  const runtime = byId("runtime");
  runtime.dataset.state = state;
  runtime.textContent = text;
}

function wire() {
  client.form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  client.platform.addEventListener("change", showOsField);
  client.language.addEventListener("change", () => listUsers(client.user.value));
  byId("reset").addEventListener("click", reset);
  byId("log-reset").addEventListener("click", reset);
  byId("authenticate").addEventListener("click", authenticate);
  byId("gadget-request-access").addEventListener("click", () => {
    caller.async("tt.requestAccess", { scopeList: [], appID: ttShim.config().app.appId }, true, "callbacks");
  });
  byId("gadget-login").addEventListener("click", () => caller.async("tt.login", {}, true, "callbacks"));
  byId("clear-results").addEventListener("click", () => results.clear());
  byId("log-filter").addEventListener("change", () => log.refresh());
}

function start() {
  const needRuntime = document.querySelectorAll("[data-needs-runtime]");
  for (const control of needRuntime) control.disabled = true;
  if (!globalThis.ttShim) {
    setRuntime("error", "ttshim did not load: is dist/ttshim.js built (make build)?");
    return;
  }
  if (ttShim.installed === false) {
    setRuntime("error", "ttshim is not installed: this page already has a tt object.");
    return;
  }
  wire();
  for (const type of ["call", "settle", "dialog", "reset"]) ttShim.on(type, changed);
  runner.listApis(ttShim.apis);
  log.listApis(ttShim.apis);
  listenToH5sdk();
  ttShim.ready.then(() => {
    runtimeReady = true;
    for (const control of needRuntime) control.disabled = false;
    setRuntime("ready", "Runtime ready");
    showConfig(ttShim.config());
    runner.fillExamples();
    refreshAll();
  }, (e) => setRuntime("error", e && e.message ? e.message : String(e)));
}

start();
