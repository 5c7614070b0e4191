// ttshim's declarations (see index.d.ts): the Wi-Fi APIs, the compass and
// tt.onLocationChangeError, with their results and configuration keys.

import type { TaroAsyncApiOptional, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** The option of a sensor API: only the callbacks. */
export interface SensorOption {}

/** A Wi-Fi network as a scan (`tt.onGetWifiList`) reports it. */
export interface WifiInfo {
  SSID: string;
  /** A virtual `"02:00:00:00:00:00"` on Harmony. */
  BSSID: string;
  secure: boolean;
  /** 0 to 100. */
  signalStrength: number;
}

/** `tt.getConnectedWifi`'s success: the network the device is on. Not connected fails with errno 1506001. */
export interface GetConnectedWifiSuccess extends TtSuccess {
  SSID: string;
  /** Absent on PC; virtual below V7.37.0 on Harmony. */
  BSSID?: string;
  /** On PC and Harmony only. */
  secure?: boolean;
  /** Absent on iOS. */
  signalStrength?: number;
}

/** `tt.getWifiStatus`'s success. */
export interface GetWifiStatusSuccess extends TtSuccess {
  status: "on" | "off";
}

/** What `tt.onGetWifiList`'s listener gets after `tt.getWifiList`. */
export interface WifiListEvent {
  wifiList: WifiInfo[];
}

/** What `tt.onCompassChange`'s listener gets. */
export interface CompassChange {
  /** Degrees clockwise from north. */
  direction: number;
}

/** What `tt.onLocationChangeError`'s listener gets when locating fails during updates. */
export interface LocationChangeError {
  errno: number;
  errString: string;
}

/** The APIs above on `tt`. */
export interface TtSensors {
  /** The network the device is on (needs `scope.userLocation`). */
  getConnectedWifi: TtAsyncApiOptional<SensorOption, GetConnectedWifiSuccess>;
  /** Whether the Wi-Fi radio is on (mobile only; no Taro twin). */
  getWifiStatus: TtAsyncApiOptional<SensorOption, GetWifiStatusSuccess>;
  /** Scans for networks, which `onGetWifiList` hears (Android and Harmony; needs `scope.userLocation`). */
  getWifiList: TtAsyncApiOptional<SensorOption, TtSuccess>;
  onGetWifiList(callback: (res: WifiListEvent) => void): void;
  offGetWifiList(callback: (res: WifiListEvent) => void): void;
  /** Starts the compass, which reports its direction at once (mobile only). */
  startCompass: TtAsyncApiOptional<SensorOption, TtSuccess>;
  stopCompass: TtAsyncApiOptional<SensorOption, TtSuccess>;
  /** Hears the direction while the compass is started; calling it starts the compass. */
  onCompassChange(callback: (res: CompassChange) => void): void;
  /** Hears locating fail while location updates are on. */
  onLocationChangeError(callback: (res: LocationChangeError) => void): void;
  /** Stops calling `callback`; without one, every listener. */
  offLocationChangeError(callback?: (res: LocationChangeError) => void): void;
}

/** Their Taro twins (`getWifiStatus` has none). */
export interface TaroSensors {
  getConnectedWifi: TaroAsyncApiOptional<SensorOption, GetConnectedWifiSuccess>;
  getWifiList: TaroAsyncApiOptional<SensorOption, TtSuccess>;
  onGetWifiList(callback: (res: WifiListEvent) => void): void;
  offGetWifiList(callback: (res: WifiListEvent) => void): void;
  startCompass: TaroAsyncApiOptional<SensorOption, TtSuccess>;
  stopCompass: TaroAsyncApiOptional<SensorOption, TtSuccess>;
  onCompassChange(callback: (res: CompassChange) => void): void;
  onLocationChangeError(callback: (res: LocationChangeError) => void): void;
  offLocationChangeError(callback?: (res: LocationChangeError) => void): void;
}

/** The async APIs above with Taro twins, for `ttShim.override`. */
export interface SensorAsyncApis {
  getConnectedWifi: { option: SensorOption; success: GetConnectedWifiSuccess };
  getWifiList: { option: SensorOption; success: TtSuccess };
  startCompass: { option: SensorOption; success: TtSuccess };
  stopCompass: { option: SensorOption; success: TtSuccess };
}

/** tt's own API above (no Taro twin). */
export interface SensorOwnAsyncApis {
  getWifiStatus: { option: SensorOption; success: GetWifiStatusSuccess };
}

/** The listeners above (each with a Taro twin): their function, and no value. */
export interface SensorListenerApis {
  onGetWifiList: { arg: (res: WifiListEvent) => void; value: void };
  offGetWifiList: { arg: (res: WifiListEvent) => void; value: void };
  onCompassChange: { arg: (res: CompassChange) => void; value: void };
  onLocationChangeError: { arg: (res: LocationChangeError) => void; value: void };
  offLocationChangeError: { arg: ((res: LocationChangeError) => void) | undefined; value: void };
}

// ---- configuration ----------------------------------------------------------------

/** The `wifi` key: the radio, the network the device is on, and the ones nearby. */
export interface WifiSetting {
  /** The radio's switch (`getWifiStatus`). Default true. */
  enabled?: boolean;
  /** On the network below (never while the radio is off). Default true. */
  connected?: boolean;
  /** The connected network's. Default `"ttshim-office"`; `""` fails `getConnectedWifi` with 1506002. */
  SSID?: string;
  /** Default `"02:1a:11:f0:6c:01"`. */
  BSSID?: string;
  /** Default true. */
  secure?: boolean;
  /** 0 to 100. Default 80. */
  signalStrength?: number;
  /** What `getWifiList` finds (replaces the list). Default the office network and `"ttshim-guest"`. */
  networks?: Partial<WifiInfo>[];
}

/** The `compass` key. */
export interface CompassSetting {
  /** Degrees clockwise from north, 0 to 360. Default 0. */
  direction?: number;
}

/** The `wifi` key as `ttShim.config()` reports it. */
export interface TtShimWifi extends Required<Omit<WifiSetting, "networks">> {
  networks: WifiInfo[];
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
