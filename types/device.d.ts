// ttshim's declarations (see index.d.ts): the device APIs of `tt` and their
// Taro twins (network, clipboard, screen, phone, vibration, openSchema),
// with their options and results.

import type { TaroAsyncApi, TaroAsyncApiOptional, TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** What `tt.getNetworkType` reports: a phone's network, or `"connected"`/`"none"` on PC. */
export type NetworkType = "wifi" | "4g" | "3g" | "2g" | "unknown" | "none" | "connected";

/** What `tt.getNetworkQualityType` reports. */
export type NetworkQualityType = "excellent" | "moderate" | "weak" | "unknown" | "unavailable";

/** The option of a device API that takes nothing of its own: only the callbacks. */
export interface DeviceOption {}

/** `tt.getNetworkType`'s success. */
export interface GetNetworkTypeSuccess extends TtSuccess {
  networkType: NetworkType;
}

/** `tt.getNetworkQualityType`'s success. */
export interface GetNetworkQualityTypeSuccess extends TtSuccess {
  networkQualityType: NetworkQualityType;
}

/** What `tt.onNetworkStatusChange`'s listener gets. */
export interface NetworkStatusChange {
  isConnected: boolean;
  networkType: NetworkType;
}

/** What `tt.onNetworkQualityChange`'s listener gets. */
export interface NetworkQualityChange {
  networkQualityType: NetworkQualityType;
}

/** `tt.setClipboardData`'s option. */
export interface SetClipboardDataOption {
  /** The text to put on ttshim's clipboard; `""` empties it. */
  data: string;
}

/** `tt.getClipboardData`'s success. */
export interface GetClipboardDataSuccess extends TtSuccess {
  data: string;
}

/** `tt.setScreenBrightness`'s option. */
export interface SetScreenBrightnessOption {
  /** From 0 (darkest) to 1 (brightest); on Harmony, -1 follows the system. */
  value: number;
}

/** `tt.getScreenBrightness`'s success. */
export interface GetScreenBrightnessSuccess extends TtSuccess {
  /** From 0 to 1. */
  value: number;
}

/** `tt.setKeepScreenOn`'s option. */
export interface SetKeepScreenOnOption {
  /** Whether the screen stays on; `true` when absent. */
  keepScreenOn?: boolean;
}

/** `tt.makePhoneCall`'s option. */
export interface MakePhoneCallOption {
  /** Digits, with `+ - ( ) .`, spaces, `*`, `#` and the dialer's pauses `,` `;`. */
  phoneNumber: string;
}

/** `tt.openSchema`'s option. */
export interface OpenSchemaOption {
  /** A URI with a scheme: `https://…`, `lark://…`. */
  schema: string;
  /** Open outside Feishu (the browser, another app). */
  external?: boolean;
  /** PC: the built-in window's size, when `external` is false. */
  options?: { width?: number; height?: number };
  /** PC sidebar gadgets: keep (`"inline"`) or close (`"replace"`) the calling app. */
  target?: "inline" | "replace";
}

/** The device APIs ttshim simulates on `tt`. */
export interface TtDevice {
  /** `"connected"` or `"none"` on PC; the configured `device.network.type` elsewhere. */
  getNetworkType: TtAsyncApiOptional<DeviceOption, GetNetworkTypeSuccess>;
  /** The configured `device.network.quality`. */
  getNetworkQualityType: TtAsyncApiOptional<DeviceOption, GetNetworkQualityTypeSuccess>;
  /** Calls `callback` when `ttShim.configure` (or `reset`) changes `device.network.type`. */
  onNetworkStatusChange(callback: (status: NetworkStatusChange) => void): void;
  /** Stops calling `callback`; without one, every listener. */
  offNetworkStatusChange(callback?: (status: NetworkStatusChange) => void): void;
  /** Calls `callback` when `ttShim.configure` (or `reset`) changes `device.network.quality`. */
  onNetworkQualityChange(callback: (quality: NetworkQualityChange) => void): void;
  /** Stops calling `callback`; without one, every listener. */
  offNetworkQualityChange(callback?: (quality: NetworkQualityChange) => void): void;
  /** Puts `data` on ttshim's own clipboard (`device.clipboard`), never the page's. */
  setClipboardData: TtAsyncApi<SetClipboardDataOption, TtSuccess>;
  /** What is on ttshim's clipboard. */
  getClipboardData: TtAsyncApiOptional<DeviceOption, GetClipboardDataSuccess>;
  /** Sets `device.brightness`; errno 104 outside 0–1. */
  setScreenBrightness: TtAsyncApi<SetScreenBrightnessOption, TtSuccess>;
  /** `device.brightness`: what the page set, or what was configured. */
  getScreenBrightness: TtAsyncApiOptional<DeviceOption, GetScreenBrightnessSuccess>;
  /** Sets `device.keepScreenOn`. */
  setKeepScreenOn: TtAsyncApiOptional<SetKeepScreenOnOption, TtSuccess>;
  /** Succeeds for a dialable number, which the call log shows; nothing is drawn. */
  makePhoneCall: TtAsyncApi<MakePhoneCallOption, TtSuccess>;
  /** Succeeds on phones; the call log records it. */
  vibrateShort: TtAsyncApiOptional<DeviceOption, TtSuccess>;
  /** Succeeds on phones; the call log records it. */
  vibrateLong: TtAsyncApiOptional<DeviceOption, TtSuccess>;
  /**
   * Opens nothing: succeeds, or fails as `device.openSchema: "block"` says
   * (errno 1406003); 1406002 for an empty schema, 1406004 for an invalid
   * one, 1406001 for calls less than 500 ms apart.
   */
  openSchema: TtAsyncApi<OpenSchemaOption, TtSuccess>;
}

/** The Taro twins of the device APIs (Taro has no openSchema nor the network quality ones). */
export interface TaroDevice {
  /** Twin of `tt.getNetworkType`. */
  getNetworkType: TaroAsyncApiOptional<DeviceOption, GetNetworkTypeSuccess>;
  /** Twin of `tt.onNetworkStatusChange`. */
  onNetworkStatusChange(callback: (status: NetworkStatusChange) => void): void;
  /** Twin of `tt.offNetworkStatusChange`. */
  offNetworkStatusChange(callback?: (status: NetworkStatusChange) => void): void;
  /** Twin of `tt.setClipboardData`. */
  setClipboardData: TaroAsyncApi<SetClipboardDataOption, TtSuccess>;
  /** Twin of `tt.getClipboardData`. */
  getClipboardData: TaroAsyncApiOptional<DeviceOption, GetClipboardDataSuccess>;
  /** Twin of `tt.setScreenBrightness`. */
  setScreenBrightness: TaroAsyncApi<SetScreenBrightnessOption, TtSuccess>;
  /** Twin of `tt.getScreenBrightness`. */
  getScreenBrightness: TaroAsyncApiOptional<DeviceOption, GetScreenBrightnessSuccess>;
  /** Twin of `tt.setKeepScreenOn`. */
  setKeepScreenOn: TaroAsyncApiOptional<SetKeepScreenOnOption, TtSuccess>;
  /** Twin of `tt.makePhoneCall`. */
  makePhoneCall: TaroAsyncApi<MakePhoneCallOption, TtSuccess>;
  /** Twin of `tt.vibrateShort`. */
  vibrateShort: TaroAsyncApiOptional<DeviceOption, TtSuccess>;
  /** Twin of `tt.vibrateLong`. */
  vibrateLong: TaroAsyncApiOptional<DeviceOption, TtSuccess>;
}

/** For `ttShim.override` and the call log: the device APIs with a Taro twin, their option and success. */
export interface DeviceAsyncApis {
  getNetworkType: { option: DeviceOption; success: GetNetworkTypeSuccess };
  setClipboardData: { option: SetClipboardDataOption; success: TtSuccess };
  getClipboardData: { option: DeviceOption; success: GetClipboardDataSuccess };
  setScreenBrightness: { option: SetScreenBrightnessOption; success: TtSuccess };
  getScreenBrightness: { option: DeviceOption; success: GetScreenBrightnessSuccess };
  setKeepScreenOn: { option: SetKeepScreenOnOption; success: TtSuccess };
  makePhoneCall: { option: MakePhoneCallOption; success: TtSuccess };
  vibrateShort: { option: DeviceOption; success: TtSuccess };
  vibrateLong: { option: DeviceOption; success: TtSuccess };
}

/** The device APIs tt alone has. */
export interface DeviceOwnAsyncApis {
  openSchema: { option: OpenSchemaOption; success: TtSuccess };
  getNetworkQualityType: { option: DeviceOption; success: GetNetworkQualityTypeSuccess };
}

/** The network status listeners (with Taro twins): their function, and no value. */
export interface DeviceListenerApis {
  onNetworkStatusChange: { arg: (status: NetworkStatusChange) => void; value: void };
  offNetworkStatusChange: { arg: ((status: NetworkStatusChange) => void) | undefined; value: void };
}

/** The network quality listeners, which tt alone has. */
export interface DeviceOwnListenerApis {
  onNetworkQualityChange: { arg: (quality: NetworkQualityChange) => void; value: void };
  offNetworkQualityChange: { arg: ((quality: NetworkQualityChange) => void) | undefined; value: void };
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
