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

/** A (method) signature as a function type, whose parameters are checked strictly. */
type Strict<F> = F extends (...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * The Taro twin of a tt API, from its general (last) overload: the same
 * option, and always the Promise.
 */
type TwinOf<F> = F extends (...args: infer A) => infer R ? (...args: A) => Exclude<R, void> : never;

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

export {
  login, loginStrict, checkSession, checkSessionStrict, canIUse, canIUseStrict, getUserProfile, getUserProfileStrict,
  getSystemInfo, getSystemInfoSync, systemInfoResult, systemInfoSyncResult, systemInfoSyncStrict,
  getUserInfo, userInfoResult, userInfoFields, userInfoCredentials, chooseContact, chooseContactResult,
  getEnv, getEnvValues, envWithoutLark, ENV_TYPE, envTypeTable, envTypeTableBack,
  enterProfileTwin, requestAccessTwin, loginTwin, checkSessionTwin, getSystemInfoTwin, getSystemInfoSyncTwin,
  canIUseTwin, getUserInfoTwin, chooseContactTwin,
};
export type { OfficialEnterProfile, OfficialRequestAccess };
