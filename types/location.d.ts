// ttshim's declarations of the permission APIs, tt.scanCode and the
// location APIs, with their options and results (see tt.d.ts, taro.d.ts).

import type { TaroAsyncApi, TaroAsyncApiOptional, TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** A scope an app asks the person for (Feishu's "API 权限" list). */
export type Scope =
  | "scope.userInfo"
  | "scope.userLocation"
  | "scope.camera"
  | "scope.record"
  | "scope.writePhotosAlbum"
  | "scope.clipboard"
  | "scope.appBadge"
  | "scope.bluetooth"
  | "scope.runData";

/** What the person decided: `true` allowed, `false` denied; scopes not asked yet are absent. */
export type AuthSetting = Partial<Record<Scope, boolean>>;

/** `tt.authorize`'s option. */
export interface AuthorizeOption {
  /** The scope to ask for; a denied one fails with errno 107 `auth deny`. */
  scope: Scope;
}

/** `tt.getSetting`'s success. */
export interface GetSettingSuccess extends TtSuccess {
  authSetting: AuthSetting;
}

/** `tt.openSetting`'s success: the scopes after the person's changes (absent on PC). */
export interface OpenSettingSuccess extends TtSuccess {
  authSetting?: AuthSetting;
}

/** A code the scanner reads. */
export type ScanType = "qrCode" | "barCode" | "datamatrix" | "pdf417";

/** `tt.scanCode`'s option. */
export interface ScanCodeOption {
  /** The codes to read (V5.18.0+). Default all four. */
  scanType?: ScanType[];
  /** Offer typing a barcode in (V3.14.0+, when `scanType` has `barCode`; not on Harmony). Default false. */
  barCodeInput?: boolean;
}

/** `tt.scanCode`'s success. A cancel fails with errno 1505002. */
export interface ScanCodeSuccess extends TtSuccess {
  /** What the code says. */
  result: string;
}

/** A coordinate system. */
export type CoordinateType = "wgs84" | "gcj02";

/** `tt.getLocation`'s option (its old `type` is ignored). */
export interface GetLocationOption {
  /** Seconds, 3 to 180; default 5. */
  timeout?: number;
  /** Seconds, 0 to 60; default 0. */
  cacheTimeout?: number;
  /** Default `"high"`. */
  accuracy?: "high" | "best";
  /** The old API's option: ignored. */
  type?: string;
}

/** Where the device is: `tt.getLocation`'s success and `tt.onLocationChange`'s event. */
export interface LocationFix {
  latitude: number;
  longitude: number;
  /** Metres: the horizontal accuracy (on iOS the larger of the two). */
  accuracy: number;
  /** Metres; 0 on Android. */
  verticalAccuracy: number;
  /** Metres. */
  horizontalAccuracy: number;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** The coordinate system of `latitude` and `longitude`. */
  type: CoordinateType;
}

/** `tt.getLocation`'s success. */
export interface GetLocationSuccess extends TtSuccess, LocationFix {
  /** iOS only. */
  authorizationAccuracy?: "full" | "reduced";
}

/** `tt.chooseLocation`'s success. Leaving the map fails with errno 1700007. */
export interface ChooseLocationSuccess extends TtSuccess {
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  type: CoordinateType;
}

/** `tt.openLocation`'s option. */
export interface OpenLocationOption {
  /** -90 to 90. */
  latitude: number;
  /** -180 to 180. */
  longitude: number;
  name?: string;
  address?: string;
  /** 5 to 18; default 18. */
  scale?: number;
  type?: CoordinateType;
}

/** `tt.reverseGeocode`'s option. */
export interface ReverseGeocodeOption {
  /** -90 to 90. */
  latitude: number;
  /** -180 to 180. */
  longitude: number;
}

/** An address: `tt.reverseGeocode`'s answer, and a place of `location.places`. */
export interface GeocodedAddress {
  country: string;
  province: string;
  city: string;
  district: string;
  township: string;
  neighborhood: string;
  building: string;
  address: string;
}

/** `tt.reverseGeocode`'s success. No known place within 500 m fails with errno 1700008. */
export interface ReverseGeocodeSuccess extends TtSuccess, GeocodedAddress {}

/** A `tt.onLocationChange` listener. */
export type LocationChangeListener = (res: LocationFix) => void;

/** The APIs above on `tt`. */
export interface TtLocationApis {
  /** Asks the person for a scope, unless they decided already. */
  authorize: TtAsyncApi<AuthorizeOption, TtSuccess>;
  /** The scopes the person decided on. */
  getSetting: TtAsyncApiOptional<object, GetSettingSuccess>;
  /** The settings page, where the person flips the scopes they decided on. */
  openSetting: TtAsyncApiOptional<object, OpenSettingSuccess>;
  /** The scanner (mobile only); answers what the code says. */
  scanCode: TtAsyncApiOptional<ScanCodeOption, ScanCodeSuccess>;
  /** Where the device is (mobile only; needs `scope.userLocation`). */
  getLocation: TtAsyncApiOptional<GetLocationOption, GetLocationSuccess>;
  /** A map where the person picks a place (mobile only; needs `scope.userLocation`). */
  chooseLocation: TtAsyncApiOptional<object, ChooseLocationSuccess>;
  /** Shows a place on a map (mobile only). */
  openLocation: TtAsyncApi<OpenLocationOption, TtSuccess>;
  /** Starts `onLocationChange`'s events (mobile only; needs `scope.userLocation`). */
  startLocationUpdate: TtAsyncApiOptional<object, TtSuccess>;
  /** Stops them. */
  stopLocationUpdate: TtAsyncApiOptional<object, TtSuccess>;
  /** The address of the known place nearest the coordinates (mobile only, V6.6.0+; no Taro twin). */
  reverseGeocode: TtAsyncApi<ReverseGeocodeOption, ReverseGeocodeSuccess>;
  /** Hears where the device is while updates are on. */
  onLocationChange(callback: LocationChangeListener): void;
  /** Stops hearing it. */
  offLocationChange(callback: LocationChangeListener): void;
}

/** Their Taro twins. */
export interface TaroLocationApis {
  authorize: TaroAsyncApi<AuthorizeOption, TtSuccess>;
  getSetting: TaroAsyncApiOptional<object, GetSettingSuccess>;
  openSetting: TaroAsyncApiOptional<object, OpenSettingSuccess>;
  scanCode: TaroAsyncApiOptional<ScanCodeOption, ScanCodeSuccess>;
  getLocation: TaroAsyncApiOptional<GetLocationOption, GetLocationSuccess>;
  chooseLocation: TaroAsyncApiOptional<object, ChooseLocationSuccess>;
  openLocation: TaroAsyncApi<OpenLocationOption, TtSuccess>;
  startLocationUpdate: TaroAsyncApiOptional<object, TtSuccess>;
  stopLocationUpdate: TaroAsyncApiOptional<object, TtSuccess>;
  onLocationChange(callback: LocationChangeListener): void;
  offLocationChange(callback: LocationChangeListener): void;
}

export {};

// ---- configuration and dialogs -------------------------------------------------

/** A scope's state in `permissions`: `"ask"` shows the prompt; the others are the person's earlier decision. */
export type PermissionState = "ask" | "allow" | "deny";

/** Why locating fails (`location.error`); `""` (default) succeeds. */
export type LocationError = "" | "disabled" | "timeout" | "unavailable" | "servicesOff";

/** The `location` key: where the device is. */
export interface LocationSetting {
  /** Default 39.908722 (Tiananmen Square). */
  latitude?: number;
  /** Default 116.397499. */
  longitude?: number;
  /** Horizontal accuracy in metres. Default 35. */
  accuracy?: number;
  /** Vertical accuracy in metres. Default 10. */
  verticalAccuracy?: number;
  /** The coordinate system. Default `"gcj02"`. */
  type?: CoordinateType;
  /** The place `chooseLocation`'s map starts at. Default `"天安门广场"`. */
  name?: string;
  /** Default `"北京市东城区东长安街"`. */
  address?: string;
  /** Makes `getLocation` and `startLocationUpdate` fail. Default `""`. */
  error?: LocationError;
  /** The addresses `reverseGeocode` knows, each for 500 m around it. Default: the default location's. */
  places?: KnownPlace[];
}

/** A place of `location.places`: its coordinates and address (fields left out are `""`). */
export interface KnownPlace extends Partial<GeocodedAddress> {
  latitude: number;
  longitude: number;
}

/** The permission prompt (`kind: "permission"`), waiting for `"allow"` or `"deny"`. */
export interface PermissionDialog {
  id: number;
  kind: "permission";
  api: string;
  permission: { appName: string; appAvatar: string; scope: Scope };
}

/** `tt.openSetting`'s page (`kind: "settings"`): answered by `{scope: boolean}` or `"confirm"`. */
export interface SettingsDialog {
  id: number;
  kind: "settings";
  api: string;
  settings: { appName: string; scopes: { scope: Scope; allowed: boolean }[] };
}

/** `tt.scanCode`'s scanner (`kind: "scan"`): answered by `{result, scanType?}` or `"cancel"`. */
export interface ScanDialog {
  id: number;
  kind: "scan";
  api: string;
  scanner: { scanType: ScanType[]; barCodeInput: boolean };
}

/** `tt.chooseLocation`'s map (`kind: "place"`): answered by `{name?, address?, latitude?, longitude?}`, `"confirm"` or `"cancel"`. */
export interface PlaceDialog {
  id: number;
  kind: "place";
  api: string;
  place: { name: string; address: string; latitude: number; longitude: number };
}

/** The dialogs above. */
export type LocationDialog = PermissionDialog | SettingsDialog | ScanDialog | PlaceDialog;

/** The async APIs above, by bare name (each with a Taro twin): option and success, for `ttShim.override`. */
export interface LocationAsyncApis {
  authorize: { option: AuthorizeOption; success: TtSuccess };
  getSetting: { option: object; success: GetSettingSuccess };
  openSetting: { option: object; success: OpenSettingSuccess };
  scanCode: { option: ScanCodeOption; success: ScanCodeSuccess };
  getLocation: { option: GetLocationOption; success: GetLocationSuccess };
  chooseLocation: { option: object; success: ChooseLocationSuccess };
  openLocation: { option: OpenLocationOption; success: TtSuccess };
  startLocationUpdate: { option: object; success: TtSuccess };
  stopLocationUpdate: { option: object; success: TtSuccess };
}

/** tt's own API above (no Taro twin). */
export interface LocationOwnAsyncApis {
  reverseGeocode: { option: ReverseGeocodeOption; success: ReverseGeocodeSuccess };
}

/** The listeners above (each with a Taro twin): argument and value. */
export interface LocationListenerApis {
  onLocationChange: { arg: LocationChangeListener; value: void };
  offLocationChange: { arg: LocationChangeListener; value: void };
}
