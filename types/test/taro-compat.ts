// Our `Taro` declarations where @tarojs/taro's own types are expected.
// Compiled (never run) by `make types`.
//
// For each Taro API ttshim implements, two assignments must compile:
//
//   const x: typeof TaroOfficial.X = Taro.X;
//     what a Taro app declares its API as. Method parameters are compared
//     bivariantly, so this alone lets a parameter type that is too narrow
//     through (tried: a canIUse taking only some schema strings passes it);
//   const xStrict: Strict<typeof TaroOfficial.X> = Taro.X;
//     the same signature as a function type, whose parameters are compared
//     contravariantly (strictFunctionTypes): every option @tarojs/taro allows
//     (its callbacks included) must be one ours accepts, and what ours
//     resolves with must be what @tarojs/taro promises.
//
// Where ttshim's shape is not @tarojs/taro's, the plain assignment is marked
// `// @ts-expect-error` with the reason (so tsc fails here the day it becomes
// assignable), and further assignments pin the difference down to exactly
// that reason.
//
// Lark-only APIs (`enterProfile`, `requestAccess`) are not in @tarojs/taro;
// they are checked against our own `tt` declarations instead: a Taro twin
// takes what the tt API takes and resolves with what it resolves with. The
// same twin check runs for every twin.
import type TaroOfficial from "@tarojs/taro";
import type { TaroEnv } from "../index";

/** True when X and Y are the same type. */
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
function expectTrue<_T extends true>(): void {}

/** A (method) signature as a function type, whose parameters are checked strictly. */
type Strict<F> = F extends (...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * The Taro twin of a tt API, from its general (last) overload: the same
 * option, and always the Promise (for tt.request, the Promise with abort(),
 * not the bare task).
 */
type TwinOf<F> = F extends (...args: infer A) => infer R ? (...args: A) => Extract<R, PromiseLike<unknown>> : never;

// ---- assignable to @tarojs/taro's types -------------------------------------------

const login: typeof TaroOfficial.login = Taro.login;
const loginStrict: Strict<typeof TaroOfficial.login> = Taro.login;

const checkSession: typeof TaroOfficial.checkSession = Taro.checkSession;
const checkSessionStrict: Strict<typeof TaroOfficial.checkSession> = Taro.checkSession;

const canIUse: typeof TaroOfficial.canIUse = Taro.canIUse;
const canIUseStrict: Strict<typeof TaroOfficial.canIUse> = Taro.canIUse;

const getUserProfile: typeof TaroOfficial.getUserProfile = Taro.getUserProfile;
const getUserProfileStrict: Strict<typeof TaroOfficial.getUserProfile> = Taro.getUserProfile;

// ---- not assignable, for a stated reason --------------------------------------------

// getSystemInfo / getSystemInfoSync: @tarojs/taro's Result requires
// `benchmarkLevel` (WeChat's device performance level, "Android mini games
// only"), which Feishu's getSystemInfo, and so ttshim, does not report.
// Everything else matches.
// @ts-expect-error ttshim's system info has no benchmarkLevel
const getSystemInfo: typeof TaroOfficial.getSystemInfo = Taro.getSystemInfo;
// @ts-expect-error ttshim's system info has no benchmarkLevel
const getSystemInfoSync: typeof TaroOfficial.getSystemInfoSync = Taro.getSystemInfoSync;
declare const systemInfoOption: Omit<TaroOfficial.getSystemInfo.Option, "success" | "complete">;
const systemInfoResult: Promise<Omit<TaroOfficial.getSystemInfo.Result, "benchmarkLevel">> = Taro.getSystemInfo(systemInfoOption);
const systemInfoSyncResult: Omit<TaroOfficial.getSystemInfoSync.Result, "benchmarkLevel"> = Taro.getSystemInfoSync();
const systemInfoSyncStrict: () => Omit<ReturnType<typeof TaroOfficial.getSystemInfoSync>, "benchmarkLevel"> =
  Taro.getSystemInfoSync;

// getUserInfo: Feishu's getUserInfo is not WeChat's. Its userInfo has
// `gender` as "male" | "female" | "" (WeChat: 0 | 1 | 2), `language` as
// "zh_CN" | "en_US" (WeChat: "en" | "zh_CN" | "zh_TW"), no `province` (but
// `i18nName`), and `signature`, `encryptedData` and `iv` come only to a
// gadget that asks `withCredentials` (WeChat's type makes them required).
// @ts-expect-error Feishu's userInfo and optional credentials
const getUserInfo: typeof TaroOfficial.getUserInfo = Taro.getUserInfo;
declare const userInfoOption: Omit<TaroOfficial.getUserInfo.Option, "success" | "complete">;
const userInfoResult: Promise<Omit<TaroOfficial.getUserInfo.SuccessCallbackResult, "userInfo" | "signature" | "encryptedData" | "iv">> =
  Taro.getUserInfo(userInfoOption);
declare const feishuUser: Awaited<ReturnType<typeof Taro.getUserInfo>>;
const userInfoFields: Omit<TaroOfficial.UserInfo, "gender" | "language" | "province"> = feishuUser.userInfo;
const userInfoCredentials: Partial<Pick<TaroOfficial.getUserInfo.SuccessCallbackResult, "signature" | "encryptedData" | "iv">> =
  feishuUser;

// chooseContact: @tarojs/taro's is WeChat's phone-contact picker
// (`phoneNumber`, `displayName`, `phoneNumberList`); Lark's picks colleagues
// from the directory (`data`, `department_data`) and takes Lark's options.
// The two share only errMsg.
// @ts-expect-error a directory picker, not WeChat's phone contacts
const chooseContact: typeof TaroOfficial.chooseContact = Taro.chooseContact;
declare const chooseContactOption: Omit<TaroOfficial.chooseContact.Option, "success" | "complete">;
const chooseContactResult: Promise<
  Omit<TaroOfficial.chooseContact.SuccessCallbackResult, "phoneNumber" | "displayName" | "phoneNumberList">
> = Taro.chooseContact(chooseContactOption);

// request: @tarojs/taro's RequestTask<T> is WeChat's: besides abort() it has
// onHeadersReceived, offHeadersReceived, onChunkReceived and
// offChunkReceived, which neither Feishu's RequestTask nor ttshim has (ttshim
// reads the whole response through fetch, then answers). And its
// `request<T = any, U = any>` leaves U, the type of `data`, unconstrained
// (its own request.Option constrains U to string | IAnyObject | ArrayBuffer,
// which skipLibCheck hides), so it takes data of any type; ttshim's is the
// string, object or array its README documents (a function, for one, fails
// with errno 104). Everything else matches.
// @ts-expect-error no header or chunk events on the task, and data of any type
const request: typeof TaroOfficial.request = Taro.request;
type RequestTaskEvents = "onHeadersReceived" | "offHeadersReceived" | "onChunkReceived" | "offChunkReceived";
/** What @tarojs/taro's request.Option constrains `data` to. */
type OfficialRequestData = string | TaroGeneral.IAnyObject | ArrayBuffer;
// With data as request.Option constrains it and without the four events,
// assignable, parameters compared strictly:
const requestWithoutEvents: <T = any, U extends OfficialRequestData = any>(
  option: TaroOfficial.request.Option<T, U>,
) => Omit<TaroOfficial.RequestTask<T>, RequestTaskEvents> = Taro.request;
// the four events are exactly what our Promise lacks,
type RequestTaskMissing = Exclude<keyof TaroOfficial.RequestTask<unknown>, keyof ReturnType<typeof Taro.request>>;
expectTrue<Equal<RequestTaskMissing, RequestTaskEvents>>();
// and data is the only option that differs: @tarojs/taro's takes any type
// (unknown, once its type parameters are left out), ours does not.
type OfficialRequestOption = Parameters<typeof TaroOfficial.request>[0];
expectTrue<Equal<OfficialRequestOption["data"], unknown>>();
// @ts-expect-error ttshim's data is a string or an object
const requestAnyData: (option: OfficialRequestOption) => unknown = Taro.request;
const requestOfficialData: (option: Omit<OfficialRequestOption, "data"> & { data?: OfficialRequestData }) => unknown =
  Taro.request;

// getEnv: @tarojs/taro types the answer as its string enum ENV_TYPE, and
// string literals are never assignable to a TypeScript enum; a
// self-contained declaration (ours cannot import @tarojs/taro, a
// devDependency) can only use the strings. ttshim also answers "lark" in
// gadgets, as Taro's getEnv does for a platform plugin's TARO_ENV, which the
// enum has no member for. Every other answer is one of the enum's values.
// @ts-expect-error strings, not @tarojs/taro's enum, and "lark"
const getEnv: typeof TaroOfficial.getEnv = Taro.getEnv;
type TaroEnvValue = `${ReturnType<typeof TaroOfficial.getEnv>}`;
const getEnvValues: () => TaroEnvValue | "lark" = Taro.getEnv;
const envWithoutLark: TaroEnvValue = "" as Exclude<TaroEnv, "lark">;

// ENV_TYPE: the same enum problem. Otherwise ttshim's table is @tarojs/taro
// 4.2.1's: the same keys, each with the enum's value.
// @ts-expect-error strings, not @tarojs/taro's enum
const ENV_TYPE: typeof TaroOfficial.ENV_TYPE = Taro.ENV_TYPE;
// (@tarojs/taro's keys are the enum's members; its table with string keys and values:)
type OfficialEnvTable = {
  readonly [K in keyof typeof TaroOfficial.ENV_TYPE as `${K & string}`]: `${(typeof TaroOfficial.ENV_TYPE)[K]}`;
};
// Both ways round: ours has every official key with its value (a missing
// key, or another value, fails here), and the official table has every key
// of ours with its value (an extra key, or a value narrower than the
// official one, fails here).
const envTypeTable: OfficialEnvTable = Taro.ENV_TYPE;
declare const officialEnvTable: OfficialEnvTable;
const envTypeTableBack: typeof Taro.ENV_TYPE = officialEnvTable;

// ---- Lark-only: not in @tarojs/taro, checked against our tt ---------------------------

// @ts-expect-error @tarojs/taro declares no enterProfile (if it ever does, check against it here)
type OfficialEnterProfile = typeof TaroOfficial.enterProfile;
// @ts-expect-error @tarojs/taro declares no requestAccess (if it ever does, check against it here)
type OfficialRequestAccess = typeof TaroOfficial.requestAccess;

// Every Taro twin takes what its tt API takes and resolves with what it resolves with.
const enterProfileTwin: TwinOf<typeof tt.enterProfile> = Taro.enterProfile;
const requestAccessTwin: TwinOf<typeof tt.requestAccess> = Taro.requestAccess;
const loginTwin: TwinOf<typeof tt.login> = Taro.login;
const checkSessionTwin: TwinOf<typeof tt.checkSession> = Taro.checkSession;
const getSystemInfoTwin: TwinOf<typeof tt.getSystemInfo> = Taro.getSystemInfo;
const getSystemInfoSyncTwin: typeof tt.getSystemInfoSync = Taro.getSystemInfoSync;
const canIUseTwin: typeof tt.canIUse = Taro.canIUse;
const getUserInfoTwin: TwinOf<typeof tt.getUserInfo> = Taro.getUserInfo;
const chooseContactTwin: TwinOf<typeof tt.chooseContact> = Taro.chooseContact;
const requestTwin: TwinOf<typeof tt.request> = Taro.request;
// (and with data typed, through the type argument)
const requestTwinTyped: TwinOf<typeof tt.request<{ id: number }>> = Taro.request<{ id: number }>;

// The device twins (types/device.d.ts), against @tarojs/taro's and their tt APIs.
// @ts-expect-error PC reports networkType "connected", which @tarojs/taro's NetworkType lacks
const getNetworkTypeOfficial: typeof TaroOfficial.getNetworkType = Taro.getNetworkType;
// @ts-expect-error PC reports networkType "connected", which @tarojs/taro's NetworkType lacks
const getNetworkTypeStrict: Strict<typeof TaroOfficial.getNetworkType> = Taro.getNetworkType;
const getNetworkTypeTwin: TwinOf<typeof tt.getNetworkType> = Taro.getNetworkType;
// @ts-expect-error Feishu's setClipboardData answers errMsg alone; @tarojs/taro's promises data too
const setClipboardDataOfficial: typeof TaroOfficial.setClipboardData = Taro.setClipboardData;
// @ts-expect-error Feishu's setClipboardData answers errMsg alone; @tarojs/taro's promises data too
const setClipboardDataStrict: Strict<typeof TaroOfficial.setClipboardData> = Taro.setClipboardData;
const setClipboardDataTwin: TwinOf<typeof tt.setClipboardData> = Taro.setClipboardData;
const getClipboardDataOfficial: typeof TaroOfficial.getClipboardData = Taro.getClipboardData;
const getClipboardDataStrict: Strict<typeof TaroOfficial.getClipboardData> = Taro.getClipboardData;
const getClipboardDataTwin: TwinOf<typeof tt.getClipboardData> = Taro.getClipboardData;
const setScreenBrightnessOfficial: typeof TaroOfficial.setScreenBrightness = Taro.setScreenBrightness;
const setScreenBrightnessStrict: Strict<typeof TaroOfficial.setScreenBrightness> = Taro.setScreenBrightness;
const setScreenBrightnessTwin: TwinOf<typeof tt.setScreenBrightness> = Taro.setScreenBrightness;
const getScreenBrightnessOfficial: typeof TaroOfficial.getScreenBrightness = Taro.getScreenBrightness;
const getScreenBrightnessStrict: Strict<typeof TaroOfficial.getScreenBrightness> = Taro.getScreenBrightness;
const getScreenBrightnessTwin: TwinOf<typeof tt.getScreenBrightness> = Taro.getScreenBrightness;
const setKeepScreenOnOfficial: typeof TaroOfficial.setKeepScreenOn = Taro.setKeepScreenOn;
const setKeepScreenOnStrict: Strict<typeof TaroOfficial.setKeepScreenOn> = Taro.setKeepScreenOn;
const setKeepScreenOnTwin: TwinOf<typeof tt.setKeepScreenOn> = Taro.setKeepScreenOn;
const makePhoneCallOfficial: typeof TaroOfficial.makePhoneCall = Taro.makePhoneCall;
const makePhoneCallStrict: Strict<typeof TaroOfficial.makePhoneCall> = Taro.makePhoneCall;
const makePhoneCallTwin: TwinOf<typeof tt.makePhoneCall> = Taro.makePhoneCall;
const vibrateShortOfficial: typeof TaroOfficial.vibrateShort = Taro.vibrateShort;
const vibrateShortStrict: Strict<typeof TaroOfficial.vibrateShort> = Taro.vibrateShort;
const vibrateShortTwin: TwinOf<typeof tt.vibrateShort> = Taro.vibrateShort;
const vibrateLongOfficial: typeof TaroOfficial.vibrateLong = Taro.vibrateLong;
const vibrateLongStrict: Strict<typeof TaroOfficial.vibrateLong> = Taro.vibrateLong;
const vibrateLongTwin: TwinOf<typeof tt.vibrateLong> = Taro.vibrateLong;
// @ts-expect-error PC reports networkType "connected", which @tarojs/taro's NetworkType lacks
const onNetworkStatusChangeOfficial: typeof TaroOfficial.onNetworkStatusChange = Taro.onNetworkStatusChange;
// @ts-expect-error PC reports networkType "connected", which @tarojs/taro's NetworkType lacks
const offNetworkStatusChangeOfficial: typeof TaroOfficial.offNetworkStatusChange = Taro.offNetworkStatusChange;
const onNetworkStatusChangeTwin: typeof tt.onNetworkStatusChange = Taro.onNetworkStatusChange;

export {
  getNetworkTypeOfficial, getNetworkTypeStrict, getNetworkTypeTwin, setClipboardDataOfficial, setClipboardDataStrict, setClipboardDataTwin, getClipboardDataOfficial, getClipboardDataStrict, getClipboardDataTwin, setScreenBrightnessOfficial, setScreenBrightnessStrict, setScreenBrightnessTwin, getScreenBrightnessOfficial, getScreenBrightnessStrict, getScreenBrightnessTwin, setKeepScreenOnOfficial, setKeepScreenOnStrict, setKeepScreenOnTwin, makePhoneCallOfficial, makePhoneCallStrict, makePhoneCallTwin, vibrateShortOfficial, vibrateShortStrict, vibrateShortTwin, vibrateLongOfficial, vibrateLongStrict, vibrateLongTwin, onNetworkStatusChangeOfficial, offNetworkStatusChangeOfficial, onNetworkStatusChangeTwin,
  login, loginStrict, checkSession, checkSessionStrict, canIUse, canIUseStrict, getUserProfile, getUserProfileStrict,
  getSystemInfo, getSystemInfoSync, systemInfoResult, systemInfoSyncResult, systemInfoSyncStrict,
  getUserInfo, userInfoResult, userInfoFields, userInfoCredentials, chooseContact, chooseContactResult,
  request, requestWithoutEvents, requestAnyData, requestOfficialData,
  getEnv, getEnvValues, envWithoutLark, ENV_TYPE, envTypeTable, envTypeTableBack,
  enterProfileTwin, requestAccessTwin, loginTwin, checkSessionTwin, getSystemInfoTwin, getSystemInfoSyncTwin,
  canIUseTwin, getUserInfoTwin, chooseContactTwin, requestTwin, requestTwinTyped,
};
export type { OfficialEnterProfile, OfficialRequestAccess };
