// ttshim's declarations (see index.d.ts): the configuration, as a page or
// test gives it (`TtShimConfig`) and as `ttShim.config()` reports it
// (`TtShimEffectiveConfig`).

import type { LocationSetting, PermissionState, Scope } from "./location.js";
import type { MediaVideo } from "./video.js";
import type { CompassSetting, TtShimWifi, WifiSetting } from "./sensors.js";
import type {
  ClientLanguage,
  ClientOS,
  ClientPlatform,
  I18nText,
  I18nTextInput,
  PlaceNames,
  PlaceNamesInput,
  TtShimMode,
  UserGender,
} from "./values.js";
import type { DialogAnswer } from "./ttshim.js";
import type { TtShimSecurity } from "./secure.js";
import type { AppBadgeSetting } from "./open.js";
import type { CloudDocument, TenantFile } from "./files.js";
import type { ChatsSetting, LaunchSetting, TtShimChats, TtShimLaunch } from "./chats.js";

/** The phone's network type, as `device.network.type` sets it (PC reports any of them but `"none"` as `"connected"`). */
export type DeviceNetworkType = "wifi" | "4g" | "3g" | "2g" | "unknown" | "none";

/** The network's quality, as `device.network.quality` sets it; `"unavailable"` exactly when the type is `"none"`. */
export type DeviceNetworkQuality = "excellent" | "moderate" | "weak" | "unknown" | "unavailable";

/** The simulated phone, as `ttShim.config().device` reports it. */
export interface TtShimDevice {
  /** Its connection. */
  network: { type: DeviceNetworkType; quality: DeviceNetworkQuality };
  /** The text on ttshim's clipboard. */
  clipboard: string;
  /** Whether the clipboard APIs use the browser's clipboard instead. */
  pageClipboard: boolean;
  /** The screen's brightness, 0–1. */
  brightness: number;
  /** Whether the page asked the screen to stay on. */
  keepScreenOn: boolean;
  /** Whether a valid `tt.openSchema` opens (`"open"`) or is outside the app's white list (`"block"`). */
  openSchema: "open" | "block";
}

/**
 * The simulated phone, as a configuration gives it: any part of it. A
 * network type given without a quality takes it along (`"none"`:
 * `"unavailable"`; back from `"none"`: `"excellent"`).
 */
export interface TtShimDeviceConfig {
  /** Default `{type: "wifi", quality: "excellent"}`; changing it calls the page's `tt.onNetworkStatusChange` / `tt.onNetworkQualityChange` functions. */
  network?: { type?: DeviceNetworkType; quality?: DeviceNetworkQuality };
  /** What `tt.getClipboardData` answers until the page sets another. Default `""`. */
  clipboard?: string;
  /** The browser's clipboard (`navigator.clipboard`) behind the clipboard APIs, instead of ttshim's. Default false. */
  pageClipboard?: boolean;
  /** What `tt.getScreenBrightness` answers until the page sets another, 0–1. Default 0.5. */
  brightness?: number;
  /** Default false. */
  keepScreenOn?: boolean;
  /** Default `"open"`. */
  openSchema?: "open" | "block";
}

// ---- configuration ------------------------------------------------------------------

/** A user of the tenant directory, as a configuration gives it. */
export interface TtShimUserConfig {
  /** Unique; derived from the name when absent. */
  openId?: string;
  /** Derived when absent. */
  unionId?: string;
  /** Derived when absent. */
  userId?: string;
  /** At least one language is required. */
  name: I18nTextInput;
  /** Shown on the card and in the contact picker. */
  department?: I18nTextInput;
  /** An image URL; defaults to a generated SVG `data:` URI. */
  avatar?: string;
  /** An external contact. */
  external?: boolean;
  /** Reported by getUserProfile (as 0/1/2) and getUserInfo. Default `""`. */
  gender?: UserGender;
  /** The region getUserProfile and getUserInfo report. */
  country?: PlaceNamesInput;
  /** The region getUserProfile reports. */
  province?: PlaceNamesInput;
  /** The region getUserProfile and getUserInfo report. */
  city?: PlaceNamesInput;
}

/** How `tt.chooseContact`'s picker is answered. */
export type ContactPickerSetting = "ask" | "cancel" | { select: string[] };

/** How `Taro.getUserProfile`'s consent popup is answered. */
export type ConsentSetting = "ask" | "allow" | "deny";

/** The `unsimulated` rule: what a call to an API ttshim does not simulate yet does besides failing (errno 103). */
export type UnsimulatedRule = "warn" | "error" | "fail";

/**
 * The configuration, as `window.ttShimConfig`, a `data-config` file or
 * `ttShim.configure(patch)` gives it: every key is optional, and objects
 * merge key by key into the previous layer (arrays replace).
 */
export interface TtShimConfig {
  /**
   * Where `ttshim.wasm` is (against the page's URL), for `window.ttShimConfig` only: the
   * loader reads it before Go starts, and `ttshim-net.wasm` is fetched from next to it.
   * Default: next to the script, or its `data-wasm`.
   */
  wasmURL?: string;
  /** The kind of app. Default `"webapp"`. */
  mode?: TtShimMode;
  /** The simulated client. */
  client?: {
    /** The device. Default `"pc"`. */
    platform?: ClientPlatform;
    /** The PC operating system; only for platform `"pc"`. Default `"windows"` on PC. */
    os?: ClientOS;
    /** The Feishu version, e.g. `"7.35.0"` (a leading `V` is allowed). Default `"7.45.0"`. */
    version?: string;
    /** Default `"zh_CN"`. */
    language?: ClientLanguage;
  };
  /** The app the page belongs to. */
  app?: {
    /** Default `"cli_a1b2c3d4e5f60718"`. */
    appId?: string;
    /** Shown in the consent popup. Default `"ttshim Demo"`. */
    appName?: string;
    /** The app's icon URL; `""` (default) draws initials. */
    avatar?: string;
    /** The ticket `h5sdk.config` signatures are checked against. */
    jsapiTicket?: string;
    /** What the login codes are sealed with, for the simulated Open Platform. */
    appSecret?: string;
    /** Trusted hostnames for `h5sdk.config`; `[]` (default) trusts every host. */
    domains?: string[];
  };
  /** The tenant directory (replaces the whole list): at least one user, unique openIds. */
  users?: TtShimUserConfig[];
  /** The signed-in user's openId; must be in `users`. */
  currentUser?: string;
  /** How the consent popup is answered. Default `"ask"`. */
  consent?: ConsentSetting;
  /** `Taro.getUserProfile` needs a user gesture. Default true. */
  requireTap?: boolean;
  /** How the contact picker is answered. Default `"ask"`. */
  contactPicker?: ContactPickerSetting;
  /** Enforce prerequisites (`h5sdk.config`, logins). Default true. */
  strict?: boolean;
  /** `h5sdk.config` skips the signature comparison. Default false. */
  acceptAnySignature?: boolean;
  /**
   * What else a call to an API ttshim does not simulate yet does, besides
   * failing with errno 103: warn on the console once per API (`"warn"`,
   * default), show an error there (`"error"`, which fails a test of
   * ttshim/playwright), or nothing (`"fail"`).
   */
  unsimulated?: UnsimulatedRule;
  /**
   * Dialogs answered in advance, by the bare name of the API that asks
   * (`{showModal: "confirm", showActionSheet: 2}`), as `ttShim.answer` takes
   * them; `"ask"` leaves that API's dialogs to the person again. Default `{}`.
   */
  answers?: Record<string, DialogAnswer>;
  /** Each scope's state (`"ask"` shows the permission prompt). Default `"ask"` for every scope. */
  permissions?: Partial<Record<Scope, PermissionState>>;
  /** Where the device is, for the location APIs. */
  location?: LocationSetting;
  /** The phone: network, clipboard, screen, and whether `tt.openSchema` opens. */
  device?: TtShimDeviceConfig;
  /** The screen lock `tt.startDeviceCredential` checks, the watermark `tt.checkWatermark` reports, and the security password `tt.startPasswordVerify` checks. */
  security?: Partial<TtShimSecurity>;
  /** The tenant's cloud documents, which `tt.docsPicker` lists and `tt.openDocument` opens (replaces the list). Default: eight documents of the default tenant. */
  documents?: CloudDocument[];
  /** The files `tt.filePicker` lists (replaces the list). Default: five files, their bodies generated. */
  files?: TenantFile[];
  /** The Wi-Fi radio, the network the device is on and the ones nearby. */
  wifi?: WifiSetting;
  /** What `tt.share` shares to: `wechatInstalled` (default true), whether WeChat is on the phone (errCode 101 without it). */
  share?: { wechatInstalled?: boolean };
  /** The app's badge: whether it has one, its count and the push's extra. */
  appBadge?: AppBadgeSetting;
  /** Which way the device faces. */
  compass?: CompassSetting;
  /** The tenant's chats, for the chat APIs. */
  chats?: ChatsSetting;
  /** How the app was opened from a chat: a message shortcut's messages, a "+" menu's chat. */
  launch?: LaunchSetting;
  /** Install over an existing `tt` (only in `window.ttShimConfig`). Default false. */
  force?: boolean;
  /** What the image picker offers. */
  media?: {
    /** The album's pictures (replaces the list). Default: three pictures ttshim draws. */
    images?: MediaImage[];
    /** The album's videos (replaces the list). Default: `standup.mp4` (8 s, 1280×720), `product-demo.mp4` (42 s, 720×1280). */
    videos?: MediaVideo[];
  };
}

/** A picture of `media.images`. */
export interface MediaImage {
  /** Unique; what `ttShim.answer([names])` picks by. */
  name: string;
  /** An http(s) URL, a `data:image/` URI or a relative URL; none: ttshim draws a PNG of `width`×`height`. */
  url?: string;
  /** In pixels, 1 to 10000. */
  width: number;
  /** In pixels, 1 to 10000. */
  height: number;
  /** The byte size reported; default the bytes ttshim has (0 for an http URL). */
  size?: number;
  /** Default `"png"`. */
  type?: "png" | "jpeg" | "gif" | "webp" | "bmp";
}

/** A user as `ttShim.config()` reports them, with derived IDs and avatar filled in. */
export interface TtShimUser {
  /** The ID `tt.enterProfile` takes. */
  openId: string;
  /** Returned by `ttShim.session()` / `exchangeCode`. */
  unionId: string;
  /** The tenant-wide user ID. */
  userId: string;
  /** The name in the three languages. */
  name: I18nText;
  /** The department in the three languages. */
  department: I18nText;
  /** The avatar URL (a generated `data:` URI when none was configured). */
  avatar: string;
  /** An external contact. */
  external: boolean;
  /** `""` when not shared. */
  gender: UserGender;
  /** The region's names. */
  country: PlaceNames;
  /** The region's names. */
  province: PlaceNames;
  /** The region's names. */
  city: PlaceNames;
}

/** The effective configuration, as `ttShim.config()` returns it: every key filled in. */
export interface TtShimEffectiveConfig {
  /** The kind of app. */
  mode: TtShimMode;
  /** The simulated client. */
  client: {
    /** The device. */
    platform: ClientPlatform;
    /** Present on PC only. */
    os?: ClientOS;
    /** The Feishu version, as configured. */
    version: string;
    /** The client language. */
    language: ClientLanguage;
  };
  /** The app the page belongs to. */
  app: {
    /** The app's ID. */
    appId: string;
    /** The app's name. */
    appName: string;
    /** The configured icon URL (`""`: initials are drawn). */
    avatar: string;
    /** The ticket signatures are checked against. */
    jsapiTicket: string;
    /** What the login codes are sealed with. */
    appSecret: string;
    /** Trusted hostnames (`[]`: every host). */
    domains: string[];
  };
  /** The tenant directory. */
  users: TtShimUser[];
  /** The signed-in user's openId. */
  currentUser: string;
  /** How the consent popup is answered. */
  consent: ConsentSetting;
  /** Whether `Taro.getUserProfile` needs a user gesture. */
  requireTap: boolean;
  /** How the contact picker is answered. */
  contactPicker: ContactPickerSetting;
  /** Whether prerequisites are enforced. */
  strict: boolean;
  /** Whether `h5sdk.config` skips the signature comparison. */
  acceptAnySignature: boolean;
  /** What a call to an API ttshim does not simulate yet does besides failing. */
  unsimulated: UnsimulatedRule;
  /** As `window.ttShimConfig.force` said. */
  force: boolean;
  /** The dialogs answered in advance, by API name. */
  answers: Record<string, DialogAnswer>;
  /** Each scope's state, with the session's decisions. */
  permissions: Record<Scope, PermissionState>;
  /** Where the device is. */
  location: Required<LocationSetting>;
  /** What the image picker offers. */
  media: { images: MediaImage[]; videos: MediaVideo[] };
  /** The phone as it is now: what the page set (`tt.setClipboardData`…) shows here. */
  device: TtShimDevice;
  /** The screen lock and the watermark. */
  security: TtShimSecurity;
  /** The cloud documents, each with its derived fields. */
  documents: Required<CloudDocument>[];
  /** The files, each with its type and size. */
  files: (TenantFile & { type: string; size: number })[];
  /** The Wi-Fi radio and networks. */
  wifi: TtShimWifi;
  share: { wechatInstalled: boolean };
  appBadge: Required<AppBadgeSetting>;
  /** Which way the device faces. */
  compass: Required<CompassSetting>;
  /** The tenant's chats. */
  chats: TtShimChats;
  /** How the app was opened from a chat. */
  launch: TtShimLaunch;
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
