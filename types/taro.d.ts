// ttshim's declarations (see index.d.ts): the `Taro` global, with the options
// and results of Taro's own APIs.

// (TtSyncError for a {@link}.)
import type { TaroAsyncApi, TaroAsyncApiOptional, TtCallbacks, TtSuccess, TtSyncError, TtTaskPromise } from "./contract.js";
import type { TaroDevice } from "./device.js";
import type { TaroSensors } from "./sensors.js";
import type { TaroDocumented } from "./documented.js";
import type { TaroWindow } from "./window.js";
import type { TaroLocationApis } from "./location.js";
import type { TaroVideoApis } from "./video.js";
import type { TaroFiles } from "./files.js";
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
  HideToastOption,
  LoginOption,
  LoginSuccess,
  RequestAccessOption,
  RequestAccessSuccess,
  RequestOption,
  RequestSuccess,
  ShowActionSheetOption,
  ShowActionSheetSuccess,
  ShowLoadingOption,
  ShowModalOption,
  ShowModalSuccess,
  ShowToastOption,
  SystemInfo,
} from "./tt.js";

// ---- Taro -------------------------------------------------------------------------

/** `Taro.getUserProfile`'s `lang`: the language of the region names. */
export type ProfileLanguage = "en" | "zh_CN" | "zh_TW";

/** `Taro.getUserProfile`'s option. */
export interface GetUserProfileOption {
  /** Why the app asks, shown in the consent popup: 1–30 characters. */
  desc: string;
  /** The language of `country`, `province` and `city`. Default `"en"`. */
  lang?: ProfileLanguage;
}

/** The user as `Taro.getUserProfile` reports them (WeChat's shape). */
export interface ProfileUserInfo {
  /** The name in the client language. */
  nickName: string;
  /** 0 (not shared), 1 (male) or 2 (female). */
  gender: 0 | 1 | 2;
  /** The option's `lang`. */
  language: ProfileLanguage;
  /** The city, in `lang`. */
  city: string;
  /** The province, in `lang`. */
  province: string;
  /** The country, in `lang`. */
  country: string;
  /** The user's avatar URL. */
  avatarUrl: string;
}

/** `Taro.getUserProfile`'s success. */
export interface GetUserProfileSuccess extends TtSuccess {
  /** The user signed in when the popup was answered. */
  userInfo: ProfileUserInfo;
  /** `JSON.stringify(userInfo)`. */
  rawData: string;
  /** `sha1(rawData + sessionKey)` in hex. */
  signature: string;
  /** AES-128-CBC of the userInfo fields plus `watermark`, base64, keyed by the session key. */
  encryptedData: string;
  /** The AES IV, base64. */
  iv: string;
  /** `"ttshim_"` and 32 hex characters (opaque). */
  cloudID: string;
}

/** `Taro.getEnv()`'s answer: `"WEB"` for web apps, `"lark"` for gadgets (which `ENV_TYPE` has no entry for). */
export type TaroEnv = "WEB" | "lark";

/** Taro's `ENV_TYPE` table, as ttshim defines it when the page's `Taro` has none. */
export interface TaroEnvTypes {
  /** HarmonyOS atomic service (ASCF). */
  readonly ASCF: "ASCF";
  /** WeChat mini program. */
  readonly WEAPP: "WEAPP";
  /** Baidu smart program. */
  readonly SWAN: "SWAN";
  /** Alipay mini program. */
  readonly ALIPAY: "ALIPAY";
  /** ByteDance (Douyin) mini program. */
  readonly TT: "TT";
  /** QQ mini program. */
  readonly QQ: "QQ";
  /** JD mini program. */
  readonly JD: "JD";
  /** H5 (a web page); what `getEnv()` answers in web apps. */
  readonly WEB: "WEB";
  /** React Native. */
  readonly RN: "RN";
  /** HarmonyOS. */
  readonly HARMONY: "HARMONY";
  /** Quick app. */
  readonly QUICKAPP: "QUICKAPP";
  /** HarmonyOS hybrid. */
  readonly HARMONYHYBRID: "HARMONYHYBRID";
}

/**
 * `Taro.request`: as {@link TaroAsyncApi} (always a Promise), and the Promise
 * is also the task, with `abort()`. `T` types the success's `data`.
 */
export interface TaroRequestApi {
  <T = unknown>(option: RequestOption & TtCallbacks<RequestSuccess<T>>): TtTaskPromise<RequestSuccess<T>>;
}

/**
 * The `Taro` global as ttshim defines it: the Taro twins of the tt APIs
 * (Taro's rules: always a Promise), `getUserProfile`, `getEnv` and
 * `ENV_TYPE`. A page's own `Taro` keeps its other members; they are not
 * declared here.
 */
export interface TtShimTaro extends TaroDocumented, TaroWindow, TaroLocationApis, TaroDevice, TaroVideoApis, TaroSensors, TaroFiles {
  /** Twin of `tt.enterProfile`. */
  enterProfile: TaroAsyncApi<EnterProfileOption, EnterProfileSuccess>;
  /** Twin of `tt.requestAccess`. */
  requestAccess: TaroAsyncApi<RequestAccessOption, RequestAccessSuccess>;
  /** Twin of `tt.login`. */
  login: TaroAsyncApiOptional<LoginOption, LoginSuccess>;
  /** Twin of `tt.checkSession`. */
  checkSession: TaroAsyncApiOptional<CheckSessionOption, CheckSessionSuccess>;
  /** Twin of `tt.getSystemInfo`. */
  getSystemInfo: TaroAsyncApiOptional<GetSystemInfoOption, GetSystemInfoSuccess>;
  /** Twin of `tt.getSystemInfoSync`; throws a {@link TtSyncError} on failure. */
  getSystemInfoSync(): SystemInfo;
  /** Twin of `tt.canIUse`, which also knows Taro's own APIs (`getUserProfile`). */
  canIUse(schema: string): boolean;
  /** Twin of `tt.getUserInfo` (Feishu's result shape). */
  getUserInfo: TaroAsyncApiOptional<GetUserInfoOption, GetUserInfoSuccess>;
  /** Twin of `tt.chooseContact` (Feishu's contact picker, not WeChat's phone contacts). */
  chooseContact: TaroAsyncApiOptional<ChooseContactOption, ChooseContactSuccess>;
  /** Twin of `tt.chooseImage`. */
  chooseImage: TaroAsyncApiOptional<ChooseImageOption, ChooseImageSuccess>;
  /** Twin of `tt.previewImage`. */
  previewImage: TaroAsyncApi<PreviewImageOption, TtSuccess>;
  /** Twin of `tt.getImageInfo`. */
  getImageInfo: TaroAsyncApi<GetImageInfoOption, GetImageInfoSuccess>;
  /** Twin of `tt.compressImage`. */
  compressImage: TaroAsyncApi<CompressImageOption, CompressImageSuccess>;
  /** Twin of `tt.saveImageToPhotosAlbum`. */
  saveImageToPhotosAlbum: TaroAsyncApi<SaveImageToPhotosAlbumOption, TtSuccess>;
  /** Twin of `tt.getFileSystemManager`. */
  getFileSystemManager(): FileSystemManager;
  /**
   * Twin of `tt.request`: a Promise that also has `abort()`, callbacks or
   * not (not @tarojs/taro's full RequestTask: no header or chunk events).
   */
  request: TaroRequestApi;
  /** Twin of `tt.showToast`. */
  showToast: TaroAsyncApi<ShowToastOption, TtSuccess>;
  /** Twin of `tt.hideToast`. */
  hideToast: TaroAsyncApiOptional<HideToastOption, TtSuccess>;
  /** Twin of `tt.showLoading`. */
  showLoading: TaroAsyncApi<ShowLoadingOption, TtSuccess>;
  /** Twin of `tt.hideLoading`. */
  hideLoading: TaroAsyncApiOptional<HideToastOption, TtSuccess>;
  /** Twin of `tt.showModal`. */
  showModal: TaroAsyncApiOptional<ShowModalOption, ShowModalSuccess>;
  /** Twin of `tt.showActionSheet`. */
  showActionSheet: TaroAsyncApi<ShowActionSheetOption, ShowActionSheetSuccess>;
  /**
   * Asks the person, in a consent popup, to share their profile. Must be
   * called from a user gesture unless `requireTap` is false (errno 110);
   * a deny fails with errno 107.
   */
  getUserProfile: TaroAsyncApi<GetUserProfileOption, GetUserProfileSuccess>;
  /** `"WEB"` in web apps, `"lark"` in gadgets. Synchronous; throws before `ttShim.ready`. */
  getEnv(): TaroEnv;
  /** Taro's environment names. */
  readonly ENV_TYPE: TaroEnvTypes;
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
