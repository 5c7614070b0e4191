// Type tests for ../index.d.ts: how a page or a test uses tt, h5sdk, Taro,
// ttShim and ttShimConfig. Compiled (never run) by `make types`; each
// `// @ts-expect-error` line is misuse that the declarations must reject.
import type {
  ApiName,
  CallLogEntry,
  ChooseContactSuccess,
  Dialog,
  DialogAnswer,
  EnterProfileSuccess,
  GetSystemInfoSuccess,
  GetUserInfoSuccess,
  GetUserProfileSuccess,
  H5sdkConfigError,
  LoginSuccess,
  RequestAccessSuccess,
  RequestAuthCodeSuccess,
  RequestMethod,
  RequestSuccess,
  Session,
  SystemInfo,
  TaroEnv,
  TtFail,
  TtShimConfig,
  TtShimEffectiveConfig,
  TtShimEventMap,
  TtSyncError,
  TtTask,
  TtTaskPromise,
} from "../index";

/** True when X and Y are the same type. */
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
function expectType<T>(_value: T): void {}
function expectTrue<_T extends true>(): void {}

const openid = "ou_b876aa59f6638f66a20342e40ceafdf8";

// ---- tt: Promise without callbacks, undefined with one -------------------------

const profile = tt.enterProfile({ openid, left: 100, top: 200 });
expectTrue<Equal<typeof profile, Promise<EnterProfileSuccess>>>();

const profileWithCallbacks = tt.enterProfile({
  openid,
  success(res) {
    expectType<string>(res.errMsg);
  },
  fail(res) {
    expectTrue<Equal<typeof res, TtFail>>();
  },
});
expectTrue<Equal<typeof profileWithCallbacks, void>>();
// @ts-expect-error with a callback, tt returns undefined, not a Promise
tt.enterProfile({ openid, complete() {} }).then(() => {});
// Each callback alone makes it undefined.
const lonelyFail = tt.login({ fail: (err) => console.log(err.errno, err.errString) });
expectTrue<Equal<typeof lonelyFail, void>>();
const lonelyComplete = tt.checkSession({ complete: (res) => console.log(res.errMsg) });
expectTrue<Equal<typeof lonelyComplete, void>>();
// A callback explicitly undefined is no callback: the call returns a Promise.
const noCallback = tt.enterProfile({ openid, success: undefined });
expectTrue<Equal<typeof noCallback, Promise<EnterProfileSuccess>>>();

// An option whose callbacks are not known statically: either.
declare const someCallbacks: { success?: (res: LoginSuccess) => void };
expectTrue<Equal<ReturnType<typeof callLogin>, Promise<LoginSuccess> | void>>();
function callLogin() {
  return tt.login(someCallbacks);
}

// tt.request returns its task instead: with a callback the task itself,
// without one a Promise that also has abort().
const requestTask = tt.request({ url: "/api/items", success: (res) => expectType<unknown>(res.data) });
expectTrue<Equal<typeof requestTask, TtTask>>();
requestTask.abort();
// @ts-expect-error with a callback, tt.request returns the task, not a Promise
tt.request({ url: "/api/items", complete() {} }).then(() => {});
const requestPromise = tt.request({ url: "/api/items" });
expectTrue<Equal<typeof requestPromise, TtTaskPromise<RequestSuccess<unknown>>>>();
requestPromise.abort();
requestPromise.then((res) => expectType<number>(res.statusCode));
// A success callback typed with data's type types the call.
const typedTask = tt.request({ url: "/api/items", fail: (err) => err.errno === 301, success: (res: RequestSuccess<string[]>) => res.data });
expectTrue<Equal<typeof typedTask, TtTask>>();
declare const someRequestCallbacks: { success?: (res: RequestSuccess<string>) => void };
expectTrue<Equal<ReturnType<typeof callRequest>, TtTask | TtTaskPromise<RequestSuccess<string>>>>();
function callRequest() {
  return tt.request({ url: "/api/items", ...someRequestCallbacks });
}

// @ts-expect-error openid is required
tt.enterProfile({});
// @ts-expect-error the option is required
tt.enterProfile();
// @ts-expect-error openid is a string
tt.enterProfile({ openid: 5 });
// @ts-expect-error left is a number
tt.enterProfile({ openid, left: "100px" });
// @ts-expect-error no such parameter
tt.enterProfile({ openid, right: 3 });
// @ts-expect-error success takes the success object, not a string
tt.enterProfile({ openid, success: (res: string) => res });
// @ts-expect-error an option is an object
tt.login(5);

async function ttResults(): Promise<void> {
  const access = await tt.requestAccess({ scopeList: [], state: "s", appID: "cli_a1b2c3d4e5f60718" });
  expectTrue<Equal<typeof access, RequestAccessSuccess>>();
  expectType<string>(access.code);
  expectType<string>(access.state);
  // @ts-expect-error scopeList is required
  tt.requestAccess({ state: "s" });
  // @ts-expect-error scopeList holds strings
  tt.requestAccess({ scopeList: [1] });

  const auth = await tt.requestAuthCode({ appId: "cli_a1b2c3d4e5f60718" });
  expectTrue<Equal<typeof auth, RequestAuthCodeSuccess>>();
  expectType<string>(auth.code);
  tt.requestAuthCode({ appId: "cli_a1b2c3d4e5f60718", fail: (err) => expectType<number | undefined>(err.errCode) });
  // @ts-expect-error appId is required
  tt.requestAuthCode({});
  // @ts-expect-error requestAuthCode spells it appId, where requestAccess has appID
  tt.requestAuthCode({ appID: "cli_a1b2c3d4e5f60718" });
  // @ts-expect-error Taro wraps no requestAuthCode
  Taro.requestAuthCode({ appId: "cli_a1b2c3d4e5f60718" });

  expectType<string>((await tt.login()).code);
  expectType<string>((await tt.checkSession()).errMsg);

  const info = await tt.getSystemInfo();
  expectTrue<Equal<typeof info, GetSystemInfoSuccess>>();
  expectType<"pc" | "ios" | "android" | "harmony" | "windows_nt" | "darwin">(info.platform);
  expectType<"Feishu" | "Lark">(info.appName);
  expectType<number>(info.safeArea.height);
  const sync = tt.getSystemInfoSync();
  expectTrue<Equal<typeof sync, SystemInfo>>();
  // @ts-expect-error getSystemInfoSync's value has no errMsg
  sync.errMsg;
  expectTrue<Equal<ReturnType<typeof tt.canIUse>, boolean>>();
  tt.canIUse("enterProfile.object.left");
  // @ts-expect-error canIUse takes a schema string
  tt.canIUse({ api: "enterProfile" });

  const user = await tt.getUserInfo({ withCredentials: true });
  expectTrue<Equal<typeof user, GetUserInfoSuccess>>();
  expectType<"" | "male" | "female">(user.userInfo.gender);
  expectType<string>(user.userInfo.i18nName.ja_jp);
  expectType<string | undefined>(user.encryptedData);
  // @ts-expect-error withCredentials is a boolean
  tt.getUserInfo({ withCredentials: "yes" });

  const picked = await tt.chooseContact({ multi: false, maxNum: 3, chosenIds: [openid], enableChooseDepartment: true });
  expectTrue<Equal<typeof picked, ChooseContactSuccess>>();
  expectType<string>(picked.data[0].i18nNames.en_us);
  expectType<string>(picked.department_data[0].openDepartmentId);
  tt.chooseContact({
    fail(res) {
      if (res.errno === 1003003) console.log("cancelled", res.errMsg);
    },
  });
  // @ts-expect-error chosenIds is a list
  tt.chooseContact({ chosenIds: openid });

  const fetched = tt.request<{ items: string[] }>({
    url: "https://api.example.com/items",
    method: "POST",
    data: { q: "a", page: 1 },
    header: { "content-type": "application/x-www-form-urlencoded", "x-retry": 2, "x-debug": true },
    timeout: 5000,
    dataType: "json",
    responseType: "text",
  });
  fetched.abort();
  const items = await fetched;
  expectTrue<Equal<typeof items, RequestSuccess<{ items: string[] }>>>();
  expectType<string>(items.errMsg);
  expectType<number>(items.statusCode);
  expectTrue<Equal<typeof items.header, Record<string, string>>>();
  expectType<string[]>(items.data.items);
  const untyped = await tt.request({ url: "/", data: "a=1", dataType: "text" });
  expectTrue<Equal<typeof untyped.data, unknown>>();
  const bytes = await tt.request<ArrayBuffer>({ url: "/file.bin", method: "GET", data: [1, 2], responseType: "arraybuffer" });
  expectType<number>(bytes.data.byteLength);
  tt.request({ url: "/", fail: (err) => expectType<number>(err.errno) });
  tt.request({ url: "/", method: "HEAD", complete: (res) => console.log(res.errMsg) });
  // @ts-expect-error url is required
  tt.request({ method: "GET" });
  // @ts-expect-error url is required, with callbacks too
  tt.request({ success: () => {} });
  // @ts-expect-error method is upper case
  tt.request({ url: "/", method: "get" });
  // @ts-expect-error responseType is "text" or "arraybuffer"
  tt.request({ url: "/", responseType: "json" });
  // @ts-expect-error header values are strings, numbers or booleans
  tt.request({ url: "/", header: { "x-a": { b: 1 } } });
  // @ts-expect-error data is a string, an object or an array
  tt.request({ url: "/", data: 5 });
  // @ts-expect-error timeout is a number of milliseconds
  tt.request({ url: "/", timeout: "5s" });
  // @ts-expect-error the task has no then
  tt.request({ url: "/", success() {} }).then;

  try {
    tt.getSystemInfoSync();
  } catch (e) {
    const err = e as TtSyncError;
    expectType<number>(err.errno);
    expectType<string>(err.message);
  }

  // tt has no getUserProfile (Feishu has none) and no getEnv.
  // @ts-expect-error no tt.getUserProfile
  tt.getUserProfile;
  // @ts-expect-error no tt.getEnv
  tt.getEnv;
}

// ---- h5sdk -------------------------------------------------------------------

h5sdk.error((err) => {
  expectTrue<Equal<typeof err, H5sdkConfigError>>();
  console.error(err.errorCode, err.errorMessage, err.errno, err.errString);
});
h5sdk.ready(() => tt.enterProfile({ openid }));
const configured = h5sdk.config({
  appId: "cli_a1b2c3d4e5f60718",
  timestamp: Date.now(),
  nonceStr: "Y7a8KkqX041bsSwT",
  signature: "40a68999ecf7e05907edba43b31a50fd1830c777",
  jsApiList: ["enterProfile"],
  onSuccess: (res) => expectType<string>(res.session_key),
  onFail: (err) => expectType<number>(err.errorCode),
});
expectTrue<Equal<typeof configured, void>>();
h5sdk.config({ appId: "cli_x", timestamp: "1510045655000", nonceStr: "n", signature: "s", jsApiList: [] });
// @ts-expect-error jsApiList is required
h5sdk.config({ appId: "cli_x", timestamp: 1, nonceStr: "n", signature: "s" });
// @ts-expect-error timestamp is a number or a string of digits
h5sdk.config({ appId: "cli_x", timestamp: new Date(), nonceStr: "n", signature: "s", jsApiList: [] });
// @ts-expect-error ready callbacks take no argument
h5sdk.ready((res: string) => res);

// ---- Taro -----------------------------------------------------------------------

async function taro(): Promise<void> {
  // Always a Promise, callbacks or not.
  const withCallback = Taro.enterProfile({ openid, success: () => {} });
  expectTrue<Equal<typeof withCallback, Promise<EnterProfileSuccess>>>();
  const me = await Taro.getUserProfile({ desc: "完善会员资料", lang: "zh_CN" });
  expectTrue<Equal<typeof me, GetUserProfileSuccess>>();
  expectType<0 | 1 | 2>(me.userInfo.gender);
  expectType<string>(me.cloudID);
  // @ts-expect-error desc is required
  Taro.getUserProfile({ lang: "en" });
  // @ts-expect-error lang is "en", "zh_CN" or "zh_TW"
  Taro.getUserProfile({ desc: "x", lang: "fr" });

  const env = Taro.getEnv();
  expectTrue<Equal<typeof env, TaroEnv>>();
  if (env === Taro.ENV_TYPE.WEB) console.log("web app");
  // @ts-expect-error ENV_TYPE is read-only
  Taro.ENV_TYPE.WEB = "x";
  // @ts-expect-error ttshim's Taro has no teleport
  Taro.teleport({ url: "/" });

  // Taro.request: always the Promise with abort(), callbacks or not.
  const taroRequest = Taro.request<{ ok: boolean }>({ url: "/api", success: (res) => expectType<boolean>(res.data.ok) });
  expectTrue<Equal<typeof taroRequest, TtTaskPromise<RequestSuccess<{ ok: boolean }>>>>();
  taroRequest.abort();
  expectType<boolean>((await taroRequest).data.ok);
  const taroPlain = Taro.request({ url: "/api", method: "DELETE" });
  expectTrue<Equal<typeof taroPlain, TtTaskPromise<RequestSuccess<unknown>>>>();
  // @ts-expect-error url is required
  Taro.request({ data: "x" });
  // @ts-expect-error method is upper case
  Taro.request({ url: "/", method: "post" });
  // @ts-expect-error no header events on ttshim's task (@tarojs/taro's RequestTask has them)
  taroRequest.onHeadersReceived(() => {});

  expectType<boolean>(Taro.canIUse("getUserProfile"));
  expectType<SystemInfo>(Taro.getSystemInfoSync());
  expectType<Promise<LoginSuccess>>(Taro.login());
}

// ---- ttShimConfig and ttShim ------------------------------------------------------

window.ttShimConfig = {
  mode: "gadget",
  client: { platform: "pc", os: "mac", version: "7.35.0", language: "en_US" },
  app: { appId: "cli_a1b2c3d4e5f60718", appName: "Demo", avatar: "", jsapiTicket: "t", domains: ["example.com"] },
  users: [
    {
      name: { en_us: "Li Na" },
      department: { zh_cn: "工程部" },
      gender: "female",
      external: false,
      country: { en: "China", zh_CN: "中国" },
      province: { en: "Guangdong" },
      city: { zh_TW: "廣州" },
    },
    { openId: "ou_x", unionId: "on_x", userId: "u1", name: { ja_jp: "佐藤花子" }, avatar: "https://example.com/a.png" },
  ],
  currentUser: "ou_x",
  consent: "allow",
  requireTap: false,
  contactPicker: { select: ["ou_x"] },
  strict: false,
  acceptAnySignature: true,
  unsimulated: "error",
  force: true,
};
ttShimConfig = { contactPicker: "cancel" };
// @ts-expect-error consent is "ask", "allow" or "deny"
window.ttShimConfig = { consent: "yes" };
// @ts-expect-error unknown key (ttshim rejects it too)
window.ttShimConfig = { client: { platfrom: "ios" } };
// @ts-expect-error unsimulated is "warn", "error" or "fail"
window.ttShimConfig = { unsimulated: "ignore" };
// @ts-expect-error mode is "webapp" or "gadget"
window.ttShimConfig = { mode: "miniapp" };
// @ts-expect-error a user needs a name
window.ttShimConfig = { users: [{ openId: "ou_x" }] };
// @ts-expect-error contactPicker selects a list
window.ttShimConfig = { contactPicker: { select: "ou_x" } };
// @ts-expect-error gender is "male", "female" or ""
window.ttShimConfig = { users: [{ name: { en_us: "A" }, gender: 1 }] };
// @ts-expect-error language is zh_CN, en_US or ja_JP
window.ttShimConfig = { client: { language: "fr" } };

async function control(): Promise<void> {
  expectType<boolean>(ttShim.installed);
  await ttShim.ready;
  expectTrue<Equal<Awaited<typeof ttShim.ready>, void>>();
  expectType<readonly string[]>(ttShim.apis);
  expectType<"async" | "taro" | "sync" | "h5config" | "listener" | "legacy">(ttShim.kindOf("tt.enterProfile"));
  const maybeKind = ttShim.kindOf("tt.nothing");
  expectTrue<Equal<typeof maybeKind, "async" | "taro" | "sync" | "h5config" | "listener" | "legacy" | undefined>>();
  const simulated = ttShim.isSimulated("tt.getChatInfo");
  expectTrue<Equal<typeof simulated, boolean>>();
  const maybeSimulated = ttShim.isSimulated("tt.nothing");
  expectTrue<Equal<typeof maybeSimulated, boolean | undefined>>();

  const config = ttShim.config();
  expectTrue<Equal<typeof config, TtShimEffectiveConfig>>();
  expectType<string>(config.users[0].userId);
  expectType<string>(config.users[0].name.zh_cn);
  ttShim.configure({ client: { language: "ja_JP" } });
  const patch: TtShimConfig = { requireTap: false };
  ttShim.configure(patch);
  // @ts-expect-error a patch is a configuration object
  ttShim.configure("strict");
  // @ts-expect-error wrong consent value
  ttShim.configure({ consent: "always" });
  ttShim.reset();

  const calls = ttShim.calls("enterProfile");
  expectTrue<Equal<typeof calls, CallLogEntry[]>>();
  const [first] = ttShim.calls();
  expectType<"ok" | "fail" | "cancel" | "pending" | "unsimulated">(first.outcome);
  expectType<string>(first.api);
  expectType<number>(first.time);
  if (first.dialog) expectType<"user" | "ttShim.answer" | "configuration" | "ttShim.reset" | undefined>(first.dialog.answeredBy);
  ttShim.calls("tt.getUserInfo");
  expectType<number | undefined>(first.settled);
  const [sent] = ttShim.calls("tt.request");
  if (sent.request) {
    expectType<RequestMethod>(sent.request.method);
    expectType<string>(sent.request.url);
    expectType<number | undefined>(sent.request.status);
    expectType<number>(sent.request.durationMs);
  }
  expectType<"async" | "taro" | "sync" | "h5config" | "listener" | "legacy">(ttShim.kindOf("Taro.request"));

  const session = ttShim.session();
  expectTrue<Equal<typeof session, Session>>();
  expectType<Session>(ttShim.exchangeCode((await tt.login()).code));

  const picked = await tt.chooseImage({ count: 2, sourceType: ["album"] });
  expectType<string>(picked.tempFiles[0].path);
  expectType<string>(ttShim.fileURL(picked.tempFilePaths[0]));
  tt.getFileSystemManager().readFile({ filePath: picked.tempFilePaths[0], encoding: "base64", success: (r) => expectType<string | ArrayBuffer>(r.data) });
  // @ts-expect-error sourceType holds "album" and "camera" only
  tt.chooseImage({ sourceType: ["gallery"] });
  const clip = await tt.chooseVideo({ sourceType: ["album"], maxDuration: 30 });
  expectType<string>(clip.tempFilePath);
  expectType<number | undefined>(clip.duration);
  const media = await Taro.chooseMedia({ mediaType: ["video"], count: 2 });
  expectType<"image" | "video">(media.tempFiles[0].type);
  tt.saveVideoToPhotosAlbum({ filePath: clip.tempFilePath, success: (r) => expectType<string>(r.errMsg) });
  // @ts-expect-error mediaType holds "image" and "video" only
  tt.chooseMedia({ mediaType: ["audio"] });

  const dialogs = ttShim.dialogs();
  expectTrue<Equal<typeof dialogs, Dialog[]>>();
  for (const d of dialogs) {
    if (d.kind === "consent") expectType<string>(d.consent.desc);
    else if (d.kind === "leaveConfirm") expectType<"back" | "close">(d.leave.leaving);
    else if (d.kind === "contacts") expectType<string>(d.picker.people[0].openId);
    else if (d.kind === "scan") expectType<string[]>(d.scanner.scanType);
    else if (d.kind === "images") expectType<number>(d.images.count);
    else if (d.kind === "actionSheet") expectType<string[]>(d.actionSheet.itemList);
    else if (d.kind === "prompt") expectType<number>(d.prompt.maxLength);
    else if (d.kind === "modal") expectType<boolean>(d.modal.showCancel);
  }
  ttShim.answer("allow");
  ttShim.answer([openid, "od-x"]);
  ttShim.answer(2);
  ttShim.answer({ inputValue: "hi" });
  // @ts-expect-error an answer is a decision string or a list of ids
  ttShim.answer(true);

  // Events: typed by their type.
  const onCall = (event: TtShimEventMap["call"]) => expectType<ApiName>(event.api);
  ttShim.on("call", onCall);
  ttShim.off("call", onCall);
  ttShim.on("dialog", (event) => expectType<DialogAnswer | null>(event.dialog.answer));
  ttShim.on("settle", (event) => {
    // @ts-expect-error a settled call is no longer pending
    event.outcome === "pending";
  });
  ttShim.on("reset", (event) => expectType<"reset">(event.type));
  ttShim.on("close", (event) => expectType<"tt.closeWindow" | "back" | "close">(event.by));

  // The window: the bar, its clicks, closing and leaving.
  await tt.setNavigationBar({ right: { items: [{ id: "save", text: "Save" }] }, iosRightItemsFlipped: true });
  // @ts-expect-error an item needs its id
  tt.setNavigationBar({ left: { items: [{ text: "Back" }] } });
  tt.onRightNavigationBarClick((event) => expectType<string>(event.id));
  await Taro.setNavigationBarColor({ backgroundColor: "#3370ff", frontColor: "#ffffff" });
  // @ts-expect-error frontColor is white or black
  tt.setNavigationBarColor({ backgroundColor: "#fff", frontColor: "#ff0000" });
  await tt.enableLeaveConfirm({ effect: ["back", "close"], title: "Leave?" });
  expectType<Promise<boolean>>(ttShim.leave("close"));
  expectType<boolean>(ttShim.navigationBar().right[0].drawn);
  ttShim.tapNavigationBar("right", "save");
  // @ts-expect-error a side is left or right
  ttShim.tapNavigationBar("top");
  ttShim.override("tt.closeWindow", {});
  // @ts-expect-error not an event type
  ttShim.on("calls", () => {});

  // Overrides: typed by the API they answer.
  ttShim.override("enterProfile", {});
  ttShim.override("tt.login", { code: "0123456789abcdef0123456789abcdef" }, { times: 1 });
  ttShim.override("Taro.getUserProfile", { errno: 107, errString: "auth deny" });
  ttShim.override("getUserInfo", async (option) => {
    expectType<boolean | undefined>(option?.withCredentials);
    return { rawData: "{}" };
  });
  ttShim.override("tt.canIUse", (schema) => schema.startsWith("enter"));
  ttShim.override("Taro.getEnv", "lark");
  ttShim.override("getSystemInfoSync", { theme: "dark" });
  ttShim.override("h5sdk.config", { session_key: "k" });
  ttShim.override("tt.requestAuthCode", (option) => ({ code: "code-for-" + option?.appId }));
  // @ts-expect-error tt.requestAuthCode's code is a string
  ttShim.override("requestAuthCode", { code: 5 });
  // @ts-expect-error login answers a code string
  ttShim.override("login", { code: 5 });
  ttShim.override("request", { statusCode: 200, header: { "content-type": "application/json" }, data: { items: [] } });
  ttShim.override("Taro.request", { errno: 305, errString: "network failure: offline" }, { times: 1 });
  ttShim.override("tt.request", (option) => {
    expectType<string | undefined>(option?.url);
    expectType<RequestMethod | undefined>(option?.method);
    return { statusCode: 404, data: "not found" };
  });
  // @ts-expect-error statusCode is a number
  ttShim.override("request", { statusCode: "200" });
  // @ts-expect-error no such API
  ttShim.override("tt.teleport", {});
  // The documented APIs ttshim does not simulate yet are overridden the same way.
  ttShim.override("getChatInfo", (option) => {
    expectType<string | undefined>(option?.openChatId);
    return {};
  });
  ttShim.override("tt.getStorageSync", "stored");
  ttShim.override("h5sdk.biz.util.openLink", { errno: 103 });
  // @ts-expect-error h5sdk.config is not covered by a bare name
  ttShim.override("config", {});
  // @ts-expect-error getEnv is Taro's own: there is no tt.getEnv
  ttShim.override("tt.getEnv", "WEB");
  // @ts-expect-error canIUse answers a boolean
  ttShim.override("canIUse", "yes");
  // @ts-expect-error an async API's responder is an object or a function
  ttShim.override("checkSession", true);
  ttShim.restore("enterProfile");
  ttShim.restore();
  // @ts-expect-error no such API
  ttShim.restore("teleport");
}

export { ttResults, taro, control };

// The documented APIs ttshim does not simulate yet, typed from Feishu's input
// tables, and h5sdk's legacy names.
async function documented(): Promise<void> {
  tt.getChatInfo({ openChatId: "oc_1", chatType: 0, success: (res) => expectType<string>(res.errMsg) });
  expectType<string>((await tt.getChatInfo({ openChatId: "oc_1", chatType: 0 })).errMsg);
  // @ts-expect-error getChatInfo's openChatId is required
  tt.getChatInfo({ chatType: 0 });
  // @ts-expect-error chatType is a number
  tt.getChatInfo({ openChatId: "oc_1", chatType: "group" });
  tt.onThemeChange((res) => console.log(res));
  expectType<void>(tt.offThemeChange(() => {}));
  await Taro.getSetting();
  h5sdk.biz.util.openLink({ url: "https://example.cn", onSuccess: (res) => expectType<string>(res.errMsg) });
  expectType<string>((await h5sdk.device.notification.toast({ text: "hi" })).errMsg);
}
void documented;

// The device APIs (types/device.d.ts) and the device key.
async function device(): Promise<void> {
  window.ttShimConfig = { device: { network: { type: "none" }, clipboard: "x", brightness: 0.2, keepScreenOn: true, openSchema: "block" } };
  // @ts-expect-error network types are wifi, 4g, 3g, 2g, unknown or none
  window.ttShimConfig = { device: { network: { type: "5g" } } };
  // @ts-expect-error openSchema is "open" or "block"
  window.ttShimConfig = { device: { openSchema: "maybe" } };
  expectType<boolean>(ttShim.config().device.keepScreenOn);
  expectType<"wifi" | "4g" | "3g" | "2g" | "unknown" | "none" | "connected">((await tt.getNetworkType()).networkType);
  expectType<string>((await tt.getNetworkQualityType()).networkQualityType);
  tt.onNetworkStatusChange((res) => expectType<boolean>(res.isConnected));
  tt.offNetworkStatusChange();
  tt.onNetworkQualityChange((res) => expectType<string>(res.networkQualityType));
  await tt.setClipboardData({ data: "hello" });
  expectType<string>((await Taro.getClipboardData()).data);
  // @ts-expect-error data is required
  tt.setClipboardData({});
  await Taro.setScreenBrightness({ value: 0.8 });
  expectType<number>((await tt.getScreenBrightness()).value);
  await tt.setKeepScreenOn({ keepScreenOn: false });
  await tt.makePhoneCall({ phoneNumber: "18888888888" });
  await Taro.vibrateShort();
  await tt.openSchema({ schema: "https://feishu.cn/", external: true, options: { width: 1200 }, target: "inline" });
  // @ts-expect-error target is inline or replace
  tt.openSchema({ schema: "https://feishu.cn/", target: "popup" });
  ttShim.override("openSchema", { errno: 1406003, errString: "not in the white list" });
  ttShim.override("tt.onNetworkQualityChange", undefined);
  expectType<number>(ttShim.calls("tt.openSchema").length);
}
void device;

// The security APIs (types/secure.d.ts) and the security key.
async function secure(): Promise<void> {
  window.ttShimConfig = { security: { deviceCredential: "none" }, answers: { startDeviceCredential: "fail" } };
  // @ts-expect-error deviceCredential is "enrolled" or "none"
  window.ttShimConfig = { security: { deviceCredential: "face" } };
  expectType<boolean>(ttShim.config().security.watermark);
  await tt.startDeviceCredential({ authContent: "解锁工资条" });
  // @ts-expect-error authContent is required
  tt.startDeviceCredential({});
  expectType<boolean>((await tt.checkWatermark()).hasWatermark);
  await tt.mailto({ to: ["li.na@ttshim.example"], cc: [], subject: "周报", body: "见附件" });
  // @ts-expect-error to is a list of addresses
  tt.mailto({ to: "li.na@ttshim.example" });
  ttShim.override("startDeviceCredential", { errno: 102, errString: "unlock failed", errCode: 40002 });
  expectType<number>(ttShim.calls("tt.mailto").length);
  const [waiting] = ttShim.dialogs();
  if (waiting?.kind === "credential") expectType<string>(waiting.credential.authContent);
}
void secure;

// The open abilities (types/open.d.ts) and the security password.
async function open(): Promise<void> {
  window.ttShimConfig = { security: { password: "2468", passwordAttempts: 3 }, answers: { startPasswordVerify: { password: "2468" } } };
  // @ts-expect-error passwordAttempts is a number
  window.ttShimConfig = { security: { passwordAttempts: "3" } };
  expectType<string>(ttShim.config().security.password);
  await tt.startPasswordVerify();
  tt.startPasswordVerify({ success: (res) => expectType<string>(res.errMsg), fail: (err) => expectType<number>(err.errno) });
  ttShim.override("startPasswordVerify", { errno: 102, errString: "wrong password", errCode: 40102 });
  const [waiting] = ttShim.dialogs();
  if (waiting?.kind === "password") expectType<number>(waiting.password.attemptsLeft);
  await tt.shareWebContent({ title: "周报", url: "https://example.com/weekly" });
  // @ts-expect-error url is required
  void tt.shareWebContent({ title: "周报" });
  ttShim.configure({ answers: { shareWebContent: { select: ["oc_1"], message: "请看" }, share: "system" }, share: { wechatInstalled: false } });
  await tt.share({ contentType: "url", title: "飞书", url: "https://www.feishu.cn/", channelType: ["wx", "system"] });
  // @ts-expect-error qq is no channel
  void tt.share({ contentType: "text", content: "hi", channelType: ["qq"] });
  expectType<boolean>(ttShim.config().share.wechatInstalled);
  ttShim.configure({ appBadge: { badgeNum: 4, extra: "{}" }, permissions: { "scope.appBadge": "allow" } });
  await tt.updateBadge({ badgeNum: 3 });
  expectType<boolean>((await tt.reportBadge({ badgeNum: 3 })).isMatched);
  tt.onServerBadgePush((res) => expectType<number>(res.badgeNum));
  tt.onChatBadgeChange({ openChatId: "oc_1", onChange: (res) => expectType<number>(res.badge) });
  tt.offChatBadgeChange({ openChatId: "oc_1" });
  // @ts-expect-error onChange is required
  tt.onChatBadgeChange({ openChatId: "oc_1" });
  expectType<number>(ttShim.config().appBadge.badgeNum);
  await tt.enterBot();
  await tt.toggleChat({ openChatId: "oc_1", width: 320, isKeep: true });
  // @ts-expect-error openChatId is required
  void tt.toggleChat({ width: 320 });
}
void open;
// The Wi-Fi APIs, the compass and onLocationChangeError (types/sensors.d.ts)
// and the wifi and compass keys.
async function sensors(): Promise<void> {
  window.ttShimConfig = { wifi: { enabled: true, connected: false, networks: [{ SSID: "cafe", signalStrength: 40 }] }, compass: { direction: 90 } };
  // @ts-expect-error signalStrength is a number
  window.ttShimConfig = { wifi: { signalStrength: "strong" } };
  ttShim.configure({ location: { error: "network" } });
  expectType<string>(ttShim.config().wifi.networks[0].BSSID);
  expectType<number>(ttShim.config().compass.direction);
  const wifi = await tt.getConnectedWifi();
  expectType<string>(wifi.SSID);
  expectType<number | undefined>(wifi.signalStrength);
  expectType<"on" | "off">((await tt.getWifiStatus()).status);
  tt.onGetWifiList((res) => expectType<boolean>(res.wifiList[0].secure));
  await Taro.getWifiList();
  tt.onCompassChange((res) => expectType<number>(res.direction));
  await Taro.startCompass();
  tt.stopCompass({ success: (res) => expectType<string>(res.errMsg) });
  Taro.onLocationChangeError((res) => expectType<number>(res.errno));
  tt.offLocationChangeError();
  // @ts-expect-error Taro has no getWifiStatus
  Taro.getWifiStatus();
  ttShim.override("getConnectedWifi", { SSID: "x" });
}
void sensors;

// The drive and its files (types/files.d.ts) and the documents and files keys.
async function files(): Promise<void> {
  window.ttShimConfig = {
    documents: [{ title: "Plan", type: "sheet" }],
    files: [{ name: "a.txt", content: "hi" }],
    answers: { docsPicker: ["Plan"], filePicker: "cancel" },
  };
  // @ts-expect-error a document type is one of the drive's
  window.ttShimConfig = { documents: [{ title: "Plan", type: "pdf" }] };
  expectType<string>(ttShim.config().documents[0].url);
  const docs = await tt.docsPicker({ pickerTitle: "Attach" });
  expectType<string>(docs.fileList[0].filePath);
  const picked = await tt.filePicker({ maxNum: 2, supportFileTypes: ["pdf"] });
  expectType<number>(picked.list[0].size);
  await tt.openDocument({ filePath: picked.list[0].path, fileType: "pdf" });
  // @ts-expect-error filePath is required
  tt.openDocument({ fileType: "pdf" });
  expectType<string>((await Taro.saveFile({ tempFilePath: picked.list[0].path })).savedFilePath);
  ttShim.override("docsPicker", { fileList: [] });
}
void files;
// The chat APIs (types/chats.d.ts) and the chats key.
async function chats(): Promise<void> {
  window.ttShimConfig = { chats: { list: [{ name: { en_us: "Lunch" }, members: ["ou_a"], badge: 2 }] }, answers: { chooseChat: ["oc_a"] } };
  // @ts-expect-error type is "group", "p2p" or "bot"
  window.ttShimConfig = { chats: { list: [{ type: "channel", members: [] }] } };
  expectType<number>(ttShim.config().chats.list[0].badge);
  const picked = await tt.chooseChat({ multiSelect: true, selectType: 1, showMessageInput: true });
  expectType<string>(picked.data[0].id);
  expectType<string | undefined>(picked.message);
  // @ts-expect-error selectType is 0, 1 or 2
  tt.chooseChat({ selectType: 3 });
  await tt.enterChat({ openChatId: picked.data[0].id });
  expectType<number>((await tt.getChatInfo({ openChatId: "oc_a", chatType: 1 })).badge);
  const sent = await tt.sendMessageCard({ openChatIDs: ["oc_a"], cardContent: { msg_type: "interactive", card: { elements: [] } } });
  expectType<number>(sent.sendCardInfo[0].status);
  // @ts-expect-error cardContent is required
  tt.sendMessageCard({ openChatIDs: ["oc_a"] });
  const [waiting] = ttShim.dialogs();
  if (waiting?.kind === "chats") expectType<boolean>(waiting.chats.multi);
  window.ttShimConfig = { launch: { triggerCode: "c-1", messages: [{ sender: "ou_a", content: "{}" }], error: "failed" } };
  const detail = await tt.getBlockActionSourceDetail({ triggerCode: ttShim.config().launch.triggerCode });
  expectType<string>(detail.content.messages[0].sender.open_id);
  expectType<string>((await tt.getTriggerContext({ triggerCode: "c-1" })).openChatId);
  // @ts-expect-error triggerCode is required
  tt.getTriggerContext({});
}
void chats;
