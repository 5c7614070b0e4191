// ttshim's declarations (see index.d.ts): the `h5sdk` and `tt` globals, with
// their options and results.

// (TtFail and TtSyncError for the {@link}s.)
import type {
  NoCallbacks,
  TtAsyncApi,
  TtAsyncApiOptional,
  TtCallbacks,
  TtFail,
  TtSuccess,
  TtSyncError,
  TtTask,
  TtTaskPromise,
  WithCallbacks,
} from "./contract.js";
import type { TtDevice } from "./device.js";
import type { TtSensors } from "./sensors.js";
import type { H5sdkLegacy, TtDocumented } from "./documented.js";
import type { TtLocationApis } from "./location.js";
import type { TtVideoApis } from "./video.js";
import type { ClientLanguage, I18nText, UserGender } from "./values.js";
import type { TtWindow } from "./window.js";
import type { TtSecure } from "./secure.js";
import type { TtFiles } from "./files.js";
import type { TtChats } from "./chats.js";
import type { TtOpen } from "./open.js";

// ---- h5sdk ----------------------------------------------------------------------

/** `h5sdk.config`'s option. */
export interface H5sdkConfigOption {
  /** The app's ID; must equal the configuration's `app.appId`. */
  appId: string;
  /** Milliseconds since the epoch, as a whole number or a string of digits; within 10 minutes of now. */
  timestamp: number | string;
  /** The nonce the signature was computed with. */
  nonceStr: string;
  /** `sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…")` in hex (any non-empty string with `acceptAnySignature`). */
  signature: string;
  /** Bare JSAPI names, e.g. `["enterProfile"]`; `[]` allows every JSAPI. */
  jsApiList: string[];
  /** Runs on success, before every `h5sdk.ready` callback. */
  onSuccess?: (res: H5sdkConfigSuccess) => void;
  /** Runs on failure, before every `h5sdk.error` callback. */
  onFail?: (err: H5sdkConfigError) => void;
}

/** What `onSuccess` receives. */
export interface H5sdkConfigSuccess {
  /** The current session's key (`ttShim.session().sessionKey`). */
  session_key: string;
}

/**
 * What `onFail` and `h5sdk.error` callbacks receive. (If ttshim did not
 * start at all, they get a {@link TtFail} with errno 102 instead.)
 */
export interface H5sdkConfigError {
  /** 1012, 333430, 333440, 333441, 333443, 333444, 333446 or 333448. */
  errorCode: number;
  /** E.g. `"wrong parameter type: appId cannot be empty"`. */
  errorMessage: string;
  /** Always 2601002. */
  errno: number;
  /** `"Authentication failed. <errorMessage> (error code: <errorCode>)"`. */
  errString: string;
}

/** The `h5sdk` global: web apps' authentication, and the legacy three-part names. */
export interface H5sdk extends H5sdkLegacy {
  /**
   * Authenticates the web app. Returns `undefined` and answers in a later
   * microtask: `onSuccess` then every `h5sdk.ready` callback waiting for
   * it, or `onFail` then every `h5sdk.error` callback.
   */
  config(option: H5sdkConfigOption): void;
  /**
   * Runs `fn` once the JSSDK is ready, with no `config` needed: at boot,
   * or in a microtask after it. While a `config` is in flight, `fn` waits
   * for a successful one (a failure leaves it waiting), unless the page is
   * already authenticated.
   */
  ready(fn: () => void): void;
  /** Registers `fn` for every later `config` failure; if one already happened, `fn` also gets it in a microtask. */
  error(fn: (err: H5sdkConfigError) => void): void;
}

// ---- tt: options and results ---------------------------------------------------

/** `tt.enterProfile`'s option. */
export interface EnterProfileOption {
  /** The user's openId (required, non-empty, a user of the tenant). */
  openid: string;
  /** The card's left edge in viewport px (PC only). Default 0. */
  left?: number;
  /** The card's top edge in viewport px (PC only). Default 0. */
  top?: number;
}

/** `tt.enterProfile`'s success: `{errMsg: "enterProfile:ok"}`. */
export interface EnterProfileSuccess extends TtSuccess {}

/** `tt.requestAccess`'s option. */
export interface RequestAccessOption {
  /** The scopes asked for; `[]` means identity only. */
  scopeList: string[];
  /** Echoed back in the success object. */
  state?: string;
  /** Required in web apps, optional in gadgets; must equal `app.appId`. */
  appID?: string;
}

/** `tt.requestAccess`'s success. */
export interface RequestAccessSuccess extends TtSuccess {
  /** A login code, opaque, exchangeable once within 3 minutes (`ttShim.exchangeCode`, or the simulated Open Platform). */
  code: string;
  /** The option's `state`, or `""`. */
  state: string;
}

/** `tt.requestAuthCode`'s option. */
export interface RequestAuthCodeOption {
  /** The app's ID; must equal `app.appId` (otherwise errno 104 with errCode 10200). */
  appId: string;
}

/** `tt.requestAuthCode`'s success. */
export interface RequestAuthCodeSuccess extends TtSuccess {
  /** A web app's sign-in code, opaque, exchangeable once within 5 minutes (`ttShim.exchangeCode`, or the simulated Open Platform). */
  code: string;
}

/** `tt.login`'s option: no parameters. */
export interface LoginOption {}

/** `tt.login`'s success. */
export interface LoginSuccess extends TtSuccess {
  /** A login code, opaque, exchangeable once within 3 minutes (`ttShim.exchangeCode`, or the simulated Open Platform). */
  code: string;
}

/** `tt.checkSession`'s option: no parameters. */
export interface CheckSessionOption {}

/** `tt.checkSession`'s success: `{errMsg: "checkSession:ok"}`. */
export interface CheckSessionSuccess extends TtSuccess {}

/** `tt.getSystemInfo`'s option: no parameters. */
export interface GetSystemInfoOption {}

/** The device and client, as `tt.getSystemInfoSync` returns them. */
export interface SystemInfo {
  /** E.g. `"Windows 10"`, `"macOS 14.5"`, `"iOS 17.5"`, `"Android 14"`, `"HarmonyOS 5.0"`. */
  system: string;
  /** The platform string. */
  platform: "windows_nt" | "darwin" | "ios" | "android" | "harmony";
  /** E.g. `"PC"`, `"Apple"`, `"Xiaomi"`, `"HUAWEI"`. */
  brand: string;
  /** E.g. `"PC"`, `"iPhone 15"`. */
  model: string;
  /** The Feishu version (`client.version`). */
  version: string;
  /** The JSSDK version, `"3.52.0"`. */
  SDKVersion: string;
  /** The browser's `screen.width`. */
  screenWidth: number;
  /** The browser's `screen.height`. */
  screenHeight: number;
  /** The browser's `innerWidth`. */
  windowWidth: number;
  /** The browser's `innerHeight`. */
  windowHeight: number;
  /** The browser's `devicePixelRatio`. */
  pixelRatio: number;
  /** 0 on PC, 47 on iOS, 32 on Android, 38 on Harmony. */
  statusBarHeight: number;
  /** The client language (`client.language`). */
  language: ClientLanguage;
  /** Always 16. */
  fontSizeSetting: number;
  /** `"Feishu"` for `zh_CN`, otherwise `"Lark"`. */
  appName: "Feishu" | "Lark";
  /** The window below the status bar. */
  safeArea: {
    /** 0. */
    left: number;
    /** `windowWidth`. */
    right: number;
    /** `statusBarHeight`. */
    top: number;
    /** `windowHeight`. */
    bottom: number;
    /** `windowWidth`. */
    width: number;
    /** `windowHeight - statusBarHeight`. */
    height: number;
  };
  /** The browser's preferred colour scheme. */
  theme: "light" | "dark";
}

/** `tt.getSystemInfo`'s success: {@link SystemInfo} with `errMsg`. */
export interface GetSystemInfoSuccess extends SystemInfo, TtSuccess {}

/** `tt.getUserInfo`'s option. */
export interface GetUserInfoOption {
  /** Gadgets only: also return `signature`, `encryptedData` and `iv`. Default false. */
  withCredentials?: boolean;
}

/** The signed-in user as `tt.getUserInfo` reports them (Feishu's shape, not WeChat's). */
export interface FeishuUserInfo {
  /** The name in the client language. */
  nickName: string;
  /** The user's avatar URL. */
  avatarUrl: string;
  /** `""` when not shared. */
  gender: UserGender;
  /** The country, in `language`'s region language (`zh_CN` or `en`). */
  country: string;
  /** The city, likewise. */
  city: string;
  /** `"zh_CN"` for a `zh_CN` client, otherwise `"en_US"`. */
  language: "zh_CN" | "en_US";
  /** The name in all three languages. */
  i18nName: I18nText;
}

/** `tt.getUserInfo`'s success. */
export interface GetUserInfoSuccess extends TtSuccess {
  /** The signed-in user. */
  userInfo: FeishuUserInfo;
  /** `JSON.stringify(userInfo)`. */
  rawData: string;
  /** `sha1(rawData + sessionKey)` in hex; only for a gadget that asked `withCredentials`. */
  signature?: string;
  /** AES-128-CBC of `{openId, unionId, ...userInfo, watermark}`, base64; only with credentials. */
  encryptedData?: string;
  /** The AES IV, base64; only with credentials. */
  iv?: string;
}

/** `tt.chooseContact`'s option. */
export interface ChooseContactOption {
  /** Several people (true, default) or one. */
  multi?: boolean;
  /** Leave the signed-in user out. Default false. */
  ignore?: boolean;
  /** The most that can be chosen (a positive integer), counting pre-chosen and disabled rows. */
  maxNum?: number;
  /** Shown when a pick would exceed `maxNum`. */
  limitTips?: string;
  /** List external contacts too. Default true. */
  externalContact?: boolean;
  /** List the tenant's departments, which come back in `department_data`. Default false. */
  enableChooseDepartment?: boolean;
  /** openIds shown selected, which the person may unselect. */
  chosenIds?: string[];
  /** openIds shown selected that cannot be changed. */
  disableChosenIds?: string[];
}

/** A person `tt.chooseContact` returns. */
export interface ChosenContact {
  /** The person's openId. */
  openId: string;
  /** The person's unionId. */
  unionId: string;
  /** The name in the client language. */
  name: string;
  /** The name in all three languages. */
  i18nNames: I18nText;
  /** One avatar URL. */
  avatarUrls: string[];
}

/** A department `tt.chooseContact` returns. */
export interface ChosenDepartment {
  /** `"D"` and 8 hex characters, derived from the English name. */
  departmentId: string;
  /** `"od-"` and 32 hex characters, derived from the English name. */
  openDepartmentId: string;
}

/**
 * `tt.chooseContact`'s success. A cancel fails with
 * `{errMsg: "chooseContact:cancel", errno: 1003003, errString: "user cancel"}`.
 */
export interface ChooseContactSuccess extends TtSuccess {
  /** Disabled (already chosen) people first, then the picks in the order made. */
  data: ChosenContact[];
  /** The departments picked; `[]` when none. */
  department_data: ChosenDepartment[];
}

/** A toast's icon. `none` is drawn as `success` on PC; `error`, `info` and `warning` as `success` on mobile. */
export type ToastIcon = "success" | "loading" | "none" | "error" | "info" | "warning";

/** `tt.showToast`'s option. */
export interface ShowToastOption {
  /** The message, up to two lines. Required and non-empty. */
  title: string;
  /** How long it stays, in ms (from 0). Default 1500. */
  duration?: number;
  /** Default `"success"`. */
  icon?: ToastIcon;
  /** Block taps on the page while it shows (mobile only). Default false. */
  mask?: boolean;
}

/** `tt.showLoading`'s option. */
export interface ShowLoadingOption {
  /** The message, up to two lines. Required and non-empty. */
  title: string;
  /** Block taps on the page while it shows (mobile only). Default false. */
  mask?: boolean;
}

/** `tt.hideToast`'s and `tt.hideLoading`'s option. */
export interface HideToastOption {}

/** `tt.showModal`'s option; `title` and `content` cannot both be empty (errno 1100001). */
export interface ShowModalOption {
  title?: string;
  content?: string;
  /** Default 确定 / OK / 確定, in the client language. Before V7.8.0, at most 8 (a Chinese character counts 2). */
  confirmText?: string;
  /** Default 取消 / Cancel / キャンセル. Before V7.8.0, at most 8 (a Chinese character counts 2). */
  cancelText?: string;
  /** Default true. */
  showCancel?: boolean;
  /** A CSS colour for the confirm button. */
  confirmColor?: string;
  /** A CSS colour for the cancel button. */
  cancelColor?: string;
}

/** `tt.showModal`'s success: which button answered it (Escape counts as cancel). */
export interface ShowModalSuccess extends TtSuccess {
  confirm: boolean;
  cancel: boolean;
}

/**
 * `tt.showActionSheet`'s option. A cancel fails with
 * `{errMsg: "showActionSheet:fail cancel", errno: 100, errString: "cancel"}`.
 */
export interface ShowActionSheetOption {
  /** 1 to 6 items. */
  itemList: string[];
  /** A CSS colour for the items. */
  itemColor?: string;
}

/** `tt.showActionSheet`'s success. */
export interface ShowActionSheetSuccess extends TtSuccess {
  /** The item tapped, from 0. */
  tapIndex: number;
}

/** `tt.showPrompt`'s option. */
export interface ShowPromptOption {
  /** At most 30 (a Chinese character counts 2). */
  title?: string;
  /** Default "Please enter your content here", in the client language. */
  placeholder?: string;
  /** The most that can be typed: -1 (no limit) or a whole number from 1. Default 140. */
  maxLength?: number;
  /** At most 8 (a Chinese character counts 2). Default 确定 / OK / 確定. */
  confirmText?: string;
  /** At most 8 (a Chinese character counts 2). Default 取消 / Cancel / キャンセル. */
  cancelText?: string;
}

/** `tt.showPrompt`'s success. */
export interface ShowPromptSuccess extends TtSuccess {
  confirm: boolean;
  cancel: boolean;
  /** What was typed when confirmed; `""` when cancelled. */
  inputValue: string;
}

/** `tt.chooseImage`'s option. */
export interface ChooseImageOption {
  /** Where pictures come from. Default `["album", "camera"]`; PC has only the album. */
  sourceType?: ("album" | "camera")[];
  /** The most pictures the album picks: a whole number from 1 to 20. Default 9; the camera takes one. */
  count?: number;
  /** Original or compressed pictures. Default `["original", "compressed"]`. */
  sizeType?: ("original" | "compressed")[];
  /** The camera's side (mobile). Default `"back"`. */
  cameraDevice?: "front" | "back";
  /** Save the camera's picture to the album (mobile): `"0"` (default) or `"1"`. */
  isSaveToAlbum?: "0" | "1";
}

/** A picture `tt.chooseImage` gives the page. */
export interface ChosenImage {
  /** A `ttfile://temp/…` path. */
  path: string;
  /** Its size in bytes. */
  size: number;
}

/**
 * `tt.chooseImage`'s success, the pictures in the order picked. A cancel
 * fails with `{errMsg: "chooseImage:cancel", errno: 1300001, errString: "User canceled the operation"}`.
 */
export interface ChooseImageSuccess extends TtSuccess {
  /** The pictures' `ttfile://temp/…` paths. */
  tempFilePaths: string[];
  /** The pictures with their sizes. */
  tempFiles: ChosenImage[];
}

/** `tt.previewImage`'s option. */
export interface PreviewImageOption {
  /** The pictures: `ttfile://` paths the page was given, or image URLs. At least one. */
  urls: string[];
  /** The one shown first; default (and when it is not in `urls`) the first. */
  current?: string;
  /** Sent with network pictures (ttshim's viewer loads them as an `<img>` does). */
  header?: Record<string, string>;
  /** Offer to save the picture. Default true. */
  shouldShowSaveOption?: boolean;
}

/** `tt.getImageInfo`'s option. */
export interface GetImageInfoOption {
  /** A `ttfile://` path, or the URL of a `media.images` picture. */
  src: string;
}

/** `tt.getImageInfo`'s success. */
export interface GetImageInfoSuccess extends TtSuccess {
  /** In pixels. */
  width: number;
  /** In pixels. */
  height: number;
  /** The format, as `media.images` names it. */
  type: "png" | "jpeg" | "gif" | "webp" | "bmp";
  /** The picture's `ttfile://` path (a new one for a URL). */
  path: string;
}

/** `tt.compressImage`'s option. */
export interface CompressImageOption {
  /** A `ttfile://` path the page was given. */
  src: string;
  /** From 1 to 100. Default 80. */
  quality?: number;
}

/** `tt.compressImage`'s success. */
export interface CompressImageSuccess extends TtSuccess {
  /** A new `ttfile://temp/…` path. */
  tempFilePath: string;
}

/** `tt.saveImageToPhotosAlbum`'s option. */
export interface SaveImageToPhotosAlbumOption {
  /** A `ttfile://` path the page was given, not a network URL. */
  filePath: string;
}

/** The encodings `FileSystemManager.readFile` reads text in (PC: base64, hex, utf8/utf-8). */
export type FileEncoding = "ascii" | "base64" | "binary" | "hex" | "ucs2" | "ucs-2" | "utf16le" | "utf-16le" | "utf-8" | "utf8" | "latin1";

/** `FileSystemManager.readFile`'s option. */
export interface ReadFileOption {
  /** A `ttfile://` path, e.g. one `tt.chooseImage` gave. */
  filePath: string;
  /** The text encoding; none reads an `ArrayBuffer`. */
  encoding?: FileEncoding;
  /** The first byte read. Default 0. */
  position?: number;
  /** How many bytes at most. Default: to the end. */
  length?: number;
}

/** `FileSystemManager.readFile`'s success. */
export interface ReadFileSuccess extends TtSuccess {
  /** The text in `encoding`, or the bytes. */
  data: string | ArrayBuffer;
}

/**
 * `tt.getFileSystemManager()`'s one manager. `readFile` and
 * `readFileSync` read the files the page was given; the other documented
 * methods fail with errno 103 (async) or throw it (sync).
 */
export interface FileSystemManager {
  readFile: TtAsyncApi<ReadFileOption, ReadFileSuccess>;
  /** Returns the data, or throws a {@link TtSyncError}. */
  readFileSync(filePath: string, encoding?: FileEncoding, position?: number, length?: number): string | ArrayBuffer;
  [method: string]: unknown;
}

/** `tt.request`'s `method`: upper case, as the client requires. */
export type RequestMethod = "GET" | "POST" | "PUT" | "DELETE" | "HEAD" | "OPTIONS" | "PATCH" | "TRACE" | "CONNECT";

/**
 * `tt.request`'s option. The request goes through the page's own `fetch`
 * (`credentials: "same-origin"`), so the page's origin, cookies and CORS
 * rules apply.
 */
export interface RequestOption {
  /** `http:` or `https:`; a relative URL resolves against the page, as `fetch` does. */
  url: string;
  /** Default `"GET"`. */
  method?: RequestMethod;
  /**
   * For `GET` and `HEAD`, an object becomes the query string (in its own key
   * order; values that are not strings as their JSON) and a string is
   * appended as it is. Otherwise an object or array is sent as JSON (with
   * `Content-Type: application/json` unless `header` sets one), or
   * form-encoded when `header`'s `Content-Type` is
   * `application/x-www-form-urlencoded`; a string is the body as it is.
   * (An `ArrayBuffer` is an object with no members: it is sent as `{}`.)
   */
  data?: string | object;
  /** Request headers; numbers and booleans are sent as their text. */
  header?: Record<string, string | number | boolean>;
  /** Milliseconds (positive); past it the call fails with errno 302 `timeout`. Default 60000. */
  timeout?: number;
  /** `"json"` (default) parses a JSON body into `data` (a body that is not JSON stays text); any other value keeps the text. */
  dataType?: "json" | (string & {});
  /** `"arraybuffer"` gives `data` as an `ArrayBuffer`. Default `"text"`. */
  responseType?: "text" | "arraybuffer";
}

/**
 * `tt.request`'s success, for any HTTP status. `T` is `data`'s type, which
 * ttshim does not check: parsed JSON, a string (the body when `dataType` is
 * not `"json"` or the body is not JSON), or an `ArrayBuffer` with
 * `responseType: "arraybuffer"`.
 */
export interface RequestSuccess<T = unknown> extends TtSuccess {
  /** The HTTP status. */
  statusCode: number;
  /**
   * The response headers, with lower-case names (as `fetch` gives them) and
   * several values joined with `", "`; a cross-origin response shows only
   * what it exposes (`Access-Control-Expose-Headers`).
   */
  header: Record<string, string>;
  /** The body. */
  data: T;
}

/**
 * `tt.request`: as {@link TtAsyncApi}, but it returns its task: with a
 * callback the {@link TtTask}, without one a Promise that also has
 * `abort()`. `T` types the success's `data` (e.g.
 * `tt.request<ArrayBuffer>({url, responseType: "arraybuffer"})`).
 */
export interface TtRequestApi {
  /** With a callback: returns the task; the callbacks receive the answer. */
  <T = unknown>(option: RequestOption & WithCallbacks<RequestSuccess<T>>): TtTask;
  /** Without callbacks: returns a Promise of the success object (rejecting with {@link TtFail}) that is also the task. */
  <T = unknown>(option: RequestOption & NoCallbacks): TtTaskPromise<RequestSuccess<T>>;
  /** Callbacks not known statically: the Promise when the option carries none of them, otherwise the task. */
  <T = unknown>(option: RequestOption & TtCallbacks<RequestSuccess<T>>): TtTask | TtTaskPromise<RequestSuccess<T>>;
}

/**
 * The `tt` global: the Feishu JSAPI. The APIs ttshim simulates are declared
 * here; the documented ones it does not simulate yet come from
 * {@link TtDocumented} (generated from the registry).
 */
export interface Tt extends TtDocumented, TtWindow, TtLocationApis, TtDevice, TtVideoApis, TtSecure, TtSensors, TtFiles, TtChats, TtOpen {
  /**
   * Opens a user's profile: a floating card at (`left`, `top`) on PC, a
   * full-screen page on mobile. On gadget clients below V3.8.0 neither the
   * callbacks nor the Promise ever answer.
   */
  enterProfile: TtAsyncApi<EnterProfileOption, EnterProfileSuccess>;
  /** Logs in with consent for `scopeList` (V6.9.0+); answers a login code and starts a new session. */
  requestAccess: TtAsyncApi<RequestAccessOption, RequestAccessSuccess>;
  /** Web apps (V5.1.0+): a sign-in code for the app's backend, with no `h5sdk.config` needed; starts no session. */
  requestAuthCode: TtAsyncApi<RequestAuthCodeOption, RequestAuthCodeSuccess>;
  /** Gadgets: logs in, answering a login code and starting a new session. */
  login: TtAsyncApiOptional<LoginOption, LoginSuccess>;
  /** Gadgets: succeeds once `tt.login` or `tt.requestAccess` has succeeded in this page; errno 105 before. */
  checkSession: TtAsyncApiOptional<CheckSessionOption, CheckSessionSuccess>;
  /** The device and client. */
  getSystemInfo: TtAsyncApiOptional<GetSystemInfoOption, GetSystemInfoSuccess>;
  /** The device and client, synchronously; throws a {@link TtSyncError} on failure, and before `ttShim.ready`. */
  getSystemInfoSync(): SystemInfo;
  /**
   * Whether the configured client supports an API: `"enterProfile"`,
   * `"tt.enterProfile"` or `"enterProfile.object.left"`. Synchronous; throws
   * before `ttShim.ready`.
   */
  canIUse(schema: string): boolean;
  /** The signed-in user's profile (gadgets need a login first). */
  getUserInfo: TtAsyncApiOptional<GetUserInfoOption, GetUserInfoSuccess>;
  /** Opens the contact picker; answers the people (and departments) chosen, or fails with a cancel. */
  chooseContact: TtAsyncApiOptional<ChooseContactOption, ChooseContactSuccess>;
  /** Opens the image picker (the album, or the camera); answers `ttfile://temp/…` paths, or fails with a cancel. */
  chooseImage: TtAsyncApiOptional<ChooseImageOption, ChooseImageSuccess>;
  /** Opens the full-screen image viewer, and succeeds at once. */
  previewImage: TtAsyncApi<PreviewImageOption, TtSuccess>;
  /** A picture's size, type and path. */
  getImageInfo: TtAsyncApi<GetImageInfoOption, GetImageInfoSuccess>;
  /** A new path for a picture (ttshim keeps its bytes). */
  compressImage: TtAsyncApi<CompressImageOption, CompressImageSuccess>;
  /** Saves a picture to the album; the call log records it. */
  saveImageToPhotosAlbum: TtAsyncApi<SaveImageToPhotosAlbumOption, TtSuccess>;
  /** The file system's one manager; synchronous, throws a {@link TtSyncError} on failure. */
  getFileSystemManager(): FileSystemManager;
  /**
   * An HTTP request through the page's `fetch`; no `h5sdk.config` or login
   * needed. Fails with errno 104 (a bad option), 301 (`abort`), 302
   * (`timeout`) or 305 (`network failure: …`).
   */
  request: TtRequestApi;
  /** Shows a toast in place of the one on screen; it hides itself after `duration`. */
  showToast: TtAsyncApi<ShowToastOption, TtSuccess>;
  /** Hides the toast or loading on screen. */
  hideToast: TtAsyncApiOptional<HideToastOption, TtSuccess>;
  /** Shows a loading toast until `hideLoading`, `hideToast` or another toast. */
  showLoading: TtAsyncApi<ShowLoadingOption, TtSuccess>;
  /** Hides the loading or toast on screen. */
  hideLoading: TtAsyncApiOptional<HideToastOption, TtSuccess>;
  /** A modal dialog; answers which button the person chose. */
  showModal: TtAsyncApiOptional<ShowModalOption, ShowModalSuccess>;
  /** A menu of up to 6 items (not in web apps on PC, errno 103); a cancel fails. */
  showActionSheet: TtAsyncApi<ShowActionSheetOption, ShowActionSheetSuccess>;
  /** A dialog with a text box; answers what the person typed. */
  showPrompt: TtAsyncApiOptional<ShowPromptOption, ShowPromptSuccess>;
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
