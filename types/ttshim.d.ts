// ttshim's declarations (see index.d.ts): the `ttShim` control object, with
// its API names, call log, dialogs, sessions and overrides.

import type {
  CloseWindowOption,
  CloseWindowSuccess,
  DisableLeaveConfirmOption,
  DisableLeaveConfirmSuccess,
  EnableLeaveConfirmOption,
  EnableLeaveConfirmSuccess,
  LeaveConfirmDialog,
  NavigationBarClick,
  SetNavigationBarColorOption,
  SetNavigationBarColorSuccess,
  SetNavigationBarOption,
  SetNavigationBarSuccess,
  SetNavigationBarTitleOption,
  SetNavigationBarTitleSuccess,
  TtShimWindow,
} from "./window.js";
import type { LocationAsyncApis, LocationDialog, LocationListenerApis, LocationOwnAsyncApis } from "./location.js";
import type { TtShimConfig, TtShimEffectiveConfig } from "./config.js";
import type { TtSuccess } from "./contract.js";
import type { GetUserProfileOption, GetUserProfileSuccess, TaroEnv } from "./taro.js";
import type {
  CheckSessionOption,
  CheckSessionSuccess,
  ChooseContactOption,
  ChooseContactSuccess,
  ChooseImageOption,
  ChooseImageSuccess,
  CompressImageOption,
  CompressImageSuccess,
  GetImageInfoOption,
  GetImageInfoSuccess,
  PreviewImageOption,
  SaveImageToPhotosAlbumOption,
  FileSystemManager,
  EnterProfileOption,
  EnterProfileSuccess,
  GetSystemInfoOption,
  GetSystemInfoSuccess,
  GetUserInfoOption,
  GetUserInfoSuccess,
  H5sdkConfigOption,
  HideToastOption,
  H5sdkConfigSuccess,
  LoginOption,
  LoginSuccess,
  RequestAccessOption,
  RequestAccessSuccess,
  RequestAuthCodeOption,
  RequestAuthCodeSuccess,
  RequestMethod,
  RequestOption,
  RequestSuccess,
  ShowActionSheetOption,
  ShowActionSheetSuccess,
  ShowLoadingOption,
  ShowModalOption,
  ShowModalSuccess,
  ShowPromptOption,
  ShowPromptSuccess,
  ShowToastOption,
  SystemInfo,
} from "./tt.js";
import type { VideoAsyncApis } from "./video.js";
import type { DeviceAsyncApis, DeviceListenerApis, DeviceOwnAsyncApis, DeviceOwnListenerApis } from "./device.js";
import type { SensorAsyncApis, SensorListenerApis, SensorOwnAsyncApis } from "./sensors.js";
import type { DocumentedApiName, DocumentedAsyncApis, DocumentedSuccess, DocumentedSyncApis, LegacyOption } from "./documented.js";
import type { I18nText } from "./values.js";
import type { CredentialDialog, SecureOwnAsyncApis } from "./secure.js";
import type { FilesAsyncApis, FilesDialog, FilesOwnAsyncApis } from "./files.js";
import type { ChatsDialog, ChatsOwnAsyncApis } from "./chats.js";
import type { OpenOwnAsyncApis, OpenOwnListenerApis, PasswordDialog } from "./open.js";

// ---- ttShim ---------------------------------------------------------------------------

/** The async APIs of tt (each with a Taro twin): their option and success object. */
export interface TtAsyncApis extends LocationAsyncApis, DeviceAsyncApis, VideoAsyncApis, SensorAsyncApis, FilesAsyncApis {
  /** `tt.enterProfile` / `Taro.enterProfile`. */
  enterProfile: { option: EnterProfileOption; success: EnterProfileSuccess };
  /** `tt.requestAccess` / `Taro.requestAccess`. */
  requestAccess: { option: RequestAccessOption; success: RequestAccessSuccess };
  /** `tt.login` / `Taro.login`. */
  login: { option: LoginOption; success: LoginSuccess };
  /** `tt.checkSession` / `Taro.checkSession`. */
  checkSession: { option: CheckSessionOption; success: CheckSessionSuccess };
  /** `tt.getSystemInfo` / `Taro.getSystemInfo`. */
  getSystemInfo: { option: GetSystemInfoOption; success: GetSystemInfoSuccess };
  /** `tt.getUserInfo` / `Taro.getUserInfo`. */
  getUserInfo: { option: GetUserInfoOption; success: GetUserInfoSuccess };
  /** `tt.chooseContact` / `Taro.chooseContact`. */
  chooseContact: { option: ChooseContactOption; success: ChooseContactSuccess };
  /** `tt.chooseImage` / `Taro.chooseImage`. */
  chooseImage: { option: ChooseImageOption; success: ChooseImageSuccess };
  /** `tt.previewImage` / `Taro.previewImage`. */
  previewImage: { option: PreviewImageOption; success: TtSuccess };
  /** `tt.getImageInfo` / `Taro.getImageInfo`. */
  getImageInfo: { option: GetImageInfoOption; success: GetImageInfoSuccess };
  /** `tt.compressImage` / `Taro.compressImage`. */
  compressImage: { option: CompressImageOption; success: CompressImageSuccess };
  /** `tt.saveImageToPhotosAlbum` / `Taro.saveImageToPhotosAlbum`. */
  saveImageToPhotosAlbum: { option: SaveImageToPhotosAlbumOption; success: TtSuccess };
  /** `tt.request` / `Taro.request` (an override answers without the network). */
  request: { option: RequestOption; success: RequestSuccess };
  /** `tt.showToast` / `Taro.showToast`. */
  showToast: { option: ShowToastOption; success: TtSuccess };
  /** `tt.hideToast` / `Taro.hideToast`. */
  hideToast: { option: HideToastOption; success: TtSuccess };
  /** `tt.showLoading` / `Taro.showLoading`. */
  showLoading: { option: ShowLoadingOption; success: TtSuccess };
  /** `tt.hideLoading` / `Taro.hideLoading`. */
  hideLoading: { option: HideToastOption; success: TtSuccess };
  /** `tt.showModal` / `Taro.showModal`. */
  showModal: { option: ShowModalOption; success: ShowModalSuccess };
  /** `tt.showActionSheet` / `Taro.showActionSheet`. */
  showActionSheet: { option: ShowActionSheetOption; success: ShowActionSheetSuccess };
  /** `tt.setNavigationBarColor` / `Taro.setNavigationBarColor`. */
  setNavigationBarColor: { option: SetNavigationBarColorOption; success: SetNavigationBarColorSuccess };
  /** `tt.setNavigationBarTitle` / `Taro.setNavigationBarTitle`. */
  setNavigationBarTitle: { option: SetNavigationBarTitleOption; success: SetNavigationBarTitleSuccess };
}

/** tt's own async APIs (no Taro twin): their option and success object. */
export interface TtOwnAsyncApis extends LocationOwnAsyncApis, DeviceOwnAsyncApis, SecureOwnAsyncApis, SensorOwnAsyncApis, FilesOwnAsyncApis,
  ChatsOwnAsyncApis, OpenOwnAsyncApis {
  /** `tt.requestAuthCode`. */
  requestAuthCode: { option: RequestAuthCodeOption; success: RequestAuthCodeSuccess };
  /** `tt.showPrompt`. */
  showPrompt: { option: ShowPromptOption; success: ShowPromptSuccess };
  /** `tt.setNavigationBar`. */
  setNavigationBar: { option: SetNavigationBarOption; success: SetNavigationBarSuccess };
  /** `tt.closeWindow`. */
  closeWindow: { option: CloseWindowOption; success: CloseWindowSuccess };
  /** `tt.enableLeaveConfirm`. */
  enableLeaveConfirm: { option: EnableLeaveConfirmOption; success: EnableLeaveConfirmSuccess };
  /** `tt.disableLeaveConfirm`. */
  disableLeaveConfirm: { option: DisableLeaveConfirmOption; success: DisableLeaveConfirmSuccess };
}

/** tt's own listeners (no Taro twin): the function they take. */
export interface TtOwnSyncApis {
  /** `tt.onLeftNavigationBarClick`. */
  onLeftNavigationBarClick: { arg: (event: NavigationBarClick) => void; value: void };
  /** `tt.onRightNavigationBarClick`. */
  onRightNavigationBarClick: { arg: (event: NavigationBarClick) => void; value: void };
}

/** The sync APIs of tt (each with a Taro twin): their argument and value. */
export interface TtSyncApis extends LocationListenerApis, DeviceListenerApis, SensorListenerApis {
  /** `tt.canIUse` / `Taro.canIUse`. */
  canIUse: { arg: string; value: boolean };
  /** `tt.getSystemInfoSync` / `Taro.getSystemInfoSync`. */
  getSystemInfoSync: { arg: undefined; value: SystemInfo };
  /** `tt.getFileSystemManager` / `Taro.getFileSystemManager`. */
  getFileSystemManager: { arg: undefined; value: FileSystemManager };
}

/** tt's own sync APIs and listeners (no Taro twin): their argument and value. */
export interface TtOwnSyncApis extends DeviceOwnListenerApis, OpenOwnListenerApis {}

/** Taro's own async APIs (no tt counterpart). */
export interface TaroOwnAsyncApis {
  /** `Taro.getUserProfile`. */
  getUserProfile: { option: GetUserProfileOption; success: GetUserProfileSuccess };
}

/** Taro's own sync APIs (no tt counterpart). */
export interface TaroOwnSyncApis {
  /** `Taro.getEnv`. */
  getEnv: { arg: undefined; value: TaroEnv };
}

/** A simulated API's full name. */
export type SimulatedApiName =
  | `tt.${keyof TtAsyncApis | keyof TtOwnAsyncApis | keyof TtSyncApis | keyof TtOwnSyncApis}`
  | `Taro.${keyof TtAsyncApis | keyof TtSyncApis | keyof TaroOwnAsyncApis | keyof TaroOwnSyncApis}`
  | "h5sdk.config";

/** An API's full name, as `ttShim.apis` lists it and the call log names it. */
export type ApiName = SimulatedApiName | DocumentedApiName;

/** An API's bare name (`"enterProfile"`), which `ttShim.calls` also accepts. */
export type ApiBareName = ApiName extends `${string}.${infer Bare}` ? Bare : never;

/** How an API answers: callbacks or a Promise, always a Promise, a return value, or h5sdk.config's way. */
export type ApiKind = "async" | "taro" | "sync" | "h5config" | "listener" | "legacy";

/** One entry of the call log (`ttShim.calls()`). */
export interface CallLogEntry {
  /** The full name, e.g. `"tt.enterProfile"`. */
  api: ApiName;
  /** The option as passed, without its functions (for `canIUse`, the schema string). */
  args: unknown;
  /**
   * `"cancel"` is a user cancel (delivered to `fail`); `"pending"` waits on a
   * dialog or the network and is updated in place; `"unsimulated"` is a call
   * to an API ttshim does not simulate yet (delivered to `fail`, errno 103).
   */
  outcome: "ok" | "fail" | "cancel" | "pending" | "unsimulated";
  /** The object delivered (for `canIUse`, `{errMsg, value}`); `null` while pending. */
  result: Record<string, unknown> | null;
  /** When ttshim handled the call, in milliseconds since the epoch. */
  time: number;
  /** When a call that waited (on a dialog or the network) ended, in milliseconds since the epoch; absent until then. */
  settled?: number;
  /** Present when the call showed a dialog. */
  dialog?: CallLogDialog;
  /** Present when `tt.request` or `Taro.request` went to the network (not when its option was refused or an override answered it). */
  request?: CallLogRequest;
  /** Present (true) when `ttShim.override` answered the call. */
  overridden?: true;
}

/** What the call log shows of a request. */
export interface CallLogRequest {
  /** The method sent. */
  method: RequestMethod;
  /** The URL sent: resolved against the page, with `data` in the query for `GET` and `HEAD`. */
  url: string;
  /** The HTTP status; absent while pending and when no HTTP answer came (abort, timeout, network failure). */
  status?: number;
  /** Milliseconds from the call until it ended; 0 while pending. */
  durationMs: number;
}

/**
 * A decision on a dialog: a choice (`"allow"`/`"deny"` for consent, `"confirm"`/`"cancel"`),
 * the ids picked (contact picker), an item's index (an action sheet's `tapIndex`),
 * or the fields a dialog fills in (e.g. a prompt's `{inputValue}`). Each dialog's API says which it takes.
 */
export type DialogAnswer = "allow" | "deny" | "cancel" | "confirm" | (string & {}) | string[] | number | Record<string, unknown>;

/** What the call log shows of a call's dialog. */
export interface CallLogDialog {
  /** Which dialog the call showed. */
  kind: DialogKind;
  /** `null` while pending. */
  answer: DialogAnswer | null;
  /** Who answered; absent while pending. */
  answeredBy?: "user" | "ttShim.answer" | "configuration" | "ttShim.reset";
}

/** The kinds of dialog. */
export type DialogKind = "consent" | "contacts" | "leaveConfirm" | "images" | LocationDialog["kind"] | CredentialDialog["kind"] | "modal" | "actionSheet"
  | "prompt" | FilesDialog["kind"] | ChatsDialog["kind"] | PasswordDialog["kind"];

/** The consent popup of `Taro.getUserProfile`, waiting for an answer. */
export interface ConsentDialog {
  /** The dialog's number. */
  id: number;
  /** A consent popup. */
  kind: "consent";
  /** The API that opened it, e.g. `"Taro.getUserProfile"`. */
  api: ApiName;
  /** What the popup shows. */
  consent: {
    /** `app.appName`. */
    appName: string;
    /** The app's icon URL. */
    appAvatar: string;
    /** The call's `desc`. */
    desc: string;
    /** The signed-in user's name in the client language. */
    userName: string;
    /** The signed-in user's avatar URL. */
    userAvatar: string;
  };
}

/** A person the contact picker lists. */
export interface PickerPerson {
  /** The person's openId (what `ttShim.answer` takes). */
  openId: string;
  /** The name in the three languages. */
  name: I18nText;
  /** The department in the three languages. */
  department: I18nText;
  /** The avatar URL. */
  avatar: string;
  /** Present (true) for an external contact. */
  external?: boolean;
  /** Present (true) when the row starts selected. */
  chosen?: boolean;
  /** Present (true) when the row is selected and cannot be changed. */
  disabled?: boolean;
}

/** A department the contact picker lists. */
export interface PickerDepartment {
  /** `"D"` and 8 hex characters. */
  departmentId: string;
  /** `"od-"` and 32 hex characters (what `ttShim.answer` takes). */
  openDepartmentId: string;
  /** The department's name in the three languages. */
  name: I18nText;
}

/** The contact picker of `tt.chooseContact`, waiting for an answer. */
export interface ContactsDialog {
  /** The dialog's number. */
  id: number;
  /** A contact picker. */
  kind: "contacts";
  /** The API that opened it, e.g. `"tt.chooseContact"`. */
  api: ApiName;
  /** What the picker offers. */
  picker: {
    /** Several people, or one. */
    multi: boolean;
    /** Absent when there is no limit. */
    maxNum?: number;
    /** Absent when not given. */
    limitTips?: string;
    /** The people listed. */
    people: PickerPerson[];
    /** Present when departments can be chosen. */
    departments?: PickerDepartment[];
  };
}

/** `tt.showModal`'s dialog, waiting for an answer; empty texts are drawn as the client's defaults. */
export interface ModalDialog {
  id: number;
  kind: "modal";
  api: ApiName;
  modal: { title: string; content: string; confirmText?: string; cancelText?: string; showCancel: boolean; confirmColor?: string; cancelColor?: string };
}

/** `tt.showActionSheet`'s menu, waiting for an answer (an index or `"cancel"`). */
export interface ActionSheetDialog {
  id: number;
  kind: "actionSheet";
  api: ApiName;
  actionSheet: { itemList: string[]; itemColor?: string };
}

/** `tt.showPrompt`'s dialog, waiting for an answer (`{inputValue}`, `"confirm"` or `"cancel"`). */
export interface PromptDialog {
  id: number;
  kind: "prompt";
  api: ApiName;
  /** `maxLength` -1 is no limit. */
  prompt: { title: string; placeholder?: string; maxLength: number; confirmText?: string; cancelText?: string };
}

/** The image picker of `tt.chooseImage` (and `tt.chooseVideo`'s and `tt.chooseMedia`'s), waiting for an answer. */
export interface ImagesDialog {
  /** The dialog's number. */
  id: number;
  /** An image picker. */
  kind: "images";
  /** The API that opened it, e.g. `"tt.chooseImage"`. */
  api: ApiName;
  /** What the picker offers. */
  images: {
    /** The pictures of `media.images`. */
    images: { name: string; width: number; height: number; video?: true; duration?: number }[];
    /** The most that can be picked (1 for the camera). */
    count: number;
    /** Present when it is the camera, which takes one picture. */
    camera?: boolean;
    /** `"video"`, `"image"` or `"mix"` for chooseVideo's and chooseMedia's pickers (videos carry `video` and `duration`). */
    media?: "video" | "image" | "mix";
  };
}

/** A dialog waiting for an answer (`ttShim.dialogs()`). */
export type Dialog = ConsentDialog | ContactsDialog | LeaveConfirmDialog | LocationDialog | ImagesDialog | CredentialDialog | ModalDialog
  | ActionSheetDialog | PromptDialog | FilesDialog | ChatsDialog | PasswordDialog;

/** A client session (`ttShim.session()`, `ttShim.exchangeCode()`). */
export interface Session {
  /** The signed-in user's openId. */
  openId: string;
  /** The signed-in user's unionId. */
  unionId: string;
  /** Base64 of 16 bytes: the key of `signature` and `encryptedData`. */
  sessionKey: string;
}

/** An override's failure: the call fails with this errno (errString defaults to `"overridden failure"`). */
export interface OverrideFailure {
  /** The errno to fail with (a number). */
  errno: number;
  /** The errString; `"overridden failure"` when absent. */
  errString?: string;
  /** Other fields are delivered with the failure. */
  [field: string]: unknown;
}

/** An override's success fields (`errMsg` is added), or a failure. */
export type OverrideAnswer<S> = (Partial<Omit<S, "errMsg">> & { errno?: never } & object) | OverrideFailure;

/** What answers an overridden async API: an answer, or a function of the option returning one (or a Promise of one). */
export type AsyncResponder<O, S> =
  | OverrideAnswer<S>
  | ((option: O | undefined) => OverrideAnswer<S> | null | undefined | void | PromiseLike<OverrideAnswer<S> | null | undefined | void>);

/** What answers an overridden sync API: the value to return, a failure to throw, or a function of the argument returning either. */
export type SyncResponder<A, V> =
  | (V extends object ? Partial<V> : V)
  | OverrideFailure
  | ((arg: A) => (V extends object ? Partial<V> : V) | OverrideFailure);

/** What answers an overridden API, by the name `ttShim.override` is given. */
export type OverrideResponder<N extends OverrideName> = N extends "h5sdk.config"
  ? AsyncResponder<H5sdkConfigOption, H5sdkConfigSuccess>
  : N extends `h5sdk.${string}`
    ? AsyncResponder<LegacyOption, DocumentedSuccess>
  : BareOf<N> extends infer B
    ? B extends keyof TtAsyncApis
      ? AsyncResponder<TtAsyncApis[B]["option"], TtAsyncApis[B]["success"]>
      : B extends keyof TtOwnAsyncApis
        ? AsyncResponder<TtOwnAsyncApis[B]["option"], TtOwnAsyncApis[B]["success"]>
        : B extends keyof TaroOwnAsyncApis
          ? AsyncResponder<TaroOwnAsyncApis[B]["option"], TaroOwnAsyncApis[B]["success"]>
          : B extends keyof TtSyncApis
            ? SyncResponder<TtSyncApis[B]["arg"], TtSyncApis[B]["value"]>
            : B extends keyof TtOwnSyncApis
              ? SyncResponder<TtOwnSyncApis[B]["arg"], TtOwnSyncApis[B]["value"]>
              : B extends keyof TaroOwnSyncApis
                ? SyncResponder<TaroOwnSyncApis[B]["arg"], TaroOwnSyncApis[B]["value"]>
                : B extends keyof DocumentedAsyncApis
                  ? AsyncResponder<DocumentedAsyncApis[B]["option"], DocumentedAsyncApis[B]["success"]>
                  : B extends keyof DocumentedSyncApis
                    ? SyncResponder<DocumentedSyncApis[B]["arg"], DocumentedSyncApis[B]["value"]>
                    : never
    : never;

/** `ttShim.override`'s options. */
export interface OverrideOptions {
  /** Answer this many calls (a positive integer), then stand down. Default: until restored. */
  times?: number;
}

// Helpers, private to this file (see the `export {}` at the end).
type FullOrBare<K extends string, NS extends string> = K | `${NS}.${K}`;
type BareOf<N extends string> = N extends `${string}.${infer B}` ? B : N;

/** One of `ttShim.overrides()`. */
export interface ActiveOverride {
  /** The name the override was given, e.g. `"enterProfile"`. */
  api: string;
  /** The full names it answers, e.g. `["tt.enterProfile", "Taro.enterProfile"]`. */
  answers: string[];
  /** A function of the option, or a value the calls get as is. */
  responder: "function" | "value";
  /** How many calls it still answers; `null` until restored. */
  remaining: number | null;
}

/** Names `ttShim.override` and `ttShim.restore` take: `"X"` or `"tt.X"` (tt.X and its Taro twin), `"Taro.X"`, `"h5sdk.config"` or a legacy name (that API alone). */
export type OverrideName =
  | FullOrBare<keyof TtAsyncApis | keyof TtSyncApis | keyof DocumentedAsyncApis | keyof DocumentedSyncApis, "tt" | "Taro">
  | FullOrBare<keyof TtOwnAsyncApis | keyof TtOwnSyncApis, "tt">
  | FullOrBare<keyof TaroOwnAsyncApis | keyof TaroOwnSyncApis, "Taro">
  | "h5sdk.config"
  | Extract<DocumentedApiName, `h5sdk.${string}`>;

/** The `ttShim` control object, for tests. */
export interface TtShim extends TtShimWindow {
  /** `true`; `false` when ttshim stood aside for an existing `tt` (then only `installed` and `ready` exist). */
  readonly installed: boolean;
  /** Resolves once calls are served; rejects with an `Error` when ttshim cannot start. */
  readonly ready: Promise<void>;
  /** The full names of every API in the registry, simulated or not, sorted. */
  readonly apis: readonly ApiName[];
  /** How an API answers; `undefined` for a name that is not an API. */
  kindOf(name: ApiName): ApiKind;
  kindOf(name: string): ApiKind | undefined;
  /** Whether ttshim simulates an API: `false` for one it does not simulate yet (it fails with errno 103 until `override` answers it); `undefined` for a name that is not an API. */
  isSimulated(name: ApiName): boolean;
  isSimulated(name: string): boolean | undefined;
  /** A copy of the effective configuration. */
  config(): TtShimEffectiveConfig;
  /** Merges `patch` into the configuration for the next call; throws a `TypeError` (changing nothing) when invalid. */
  configure(patch: TtShimConfig): void;
  /** Back to the boot configuration: settles waiting dialogs as dismissed, aborts waiting requests (errno 301), new session, no authentication, logins, overrides or log; puts ttshim's own `tt`, `h5sdk`, `Taro` members and `ttShim` back on the page. */
  reset(): void;
  /** The call log, oldest first, optionally filtered by full (`"tt.enterProfile"`) or bare (`"enterProfile"`) name. */
  calls(api?: ApiName | ApiBareName | (string & {})): CallLogEntry[];
  /** The client's current session. */
  session(): Session;
  /** The backend's code-to-session exchange; throws an `Error` for an invalid, used or expired code. */
  exchangeCode(code: string): Session;
  /** The dialogs waiting for an answer, oldest first (only the oldest is on screen). */
  dialogs(): Dialog[];
  /** A URL an `<img>` can load a `ttfile://` path's content from: a `data:` URI, or the fixture's own URL; throws for a path the page was not given. */
  fileURL(path: string): string;
  /** Answers the oldest dialog; throws when none is open or the decision does not fit it. */
  answer(decision: DialogAnswer): void;
  /**
   * Answers an API's calls with `responder` instead of the simulation
   * (newest override first), until `restore` or `times` calls. `"X"` and
   * `"tt.X"` cover tt.X and its Taro twin; `"Taro.X"` and `"h5sdk.config"`
   * only themselves. Overridden calls are logged.
   */
  override<N extends OverrideName>(api: N, responder: OverrideResponder<N>, options?: OverrideOptions): void;
  /** Removes the overrides of `api` (as `override` names it), or all of them. */
  restore(api?: OverrideName): void;
  /** The overrides in force, oldest first. */
  overrides(): ActiveOverride[];
  /**
   * Calls `listener` with each event of `type`, in a microtask after the
   * change (never inside a call). Adding the same listener again changes
   * nothing; listeners stay through `reset`. A listener that throws is
   * reported as the page's error. Throws a `TypeError` for an unknown type
   * or a listener that is not a function.
   */
  on<T extends TtShimEventType>(type: T, listener: (event: TtShimEventMap[T]) => void): void;
  /** Removes a listener `on` added. */
  off<T extends TtShimEventType>(type: T, listener: (event: TtShimEventMap[T]) => void): void;
}

/** The events `ttShim.on` delivers, by type. */
export interface TtShimEventMap {
  /** A call was logged (as `ttShim.calls()` now shows it). */
  call: { type: "call"; api: ApiName; outcome: CallLogEntry["outcome"] };
  /** A call that waited on a dialog or the network settled. */
  settle: { type: "settle"; api: ApiName; outcome: Exclude<CallLogEntry["outcome"], "pending"> };
  /** A dialog opened (its `answer` `null`) or was answered, as the call's log entry shows it. */
  dialog: { type: "dialog"; api: ApiName; dialog: CallLogDialog };
  /** `ttShim.reset()` cleared the log. */
  reset: { type: "reset" };
  /** The window closed: by `tt.closeWindow`, or by a person leaving (`"back"`, `"close"`). */
  close: { type: "close"; by: "tt.closeWindow" | "back" | "close" };
}

/** The types `ttShim.on` takes. */
export type TtShimEventType = keyof TtShimEventMap;

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
