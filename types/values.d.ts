// ttshim's declarations (see index.d.ts): value types the configuration, the
// APIs' results and the control object share.

// ---- shared value types -------------------------------------------------------

/** The kind of app ttshim simulates. */
export type TtShimMode = "webapp" | "gadget";
/** The simulated device. */
export type ClientPlatform = "pc" | "ios" | "android" | "harmony";
/** The PC operating system (PC only). */
export type ClientOS = "windows" | "mac";
/** The client's language. */
export type ClientLanguage = "zh_CN" | "en_US" | "ja_JP";

/** A text in Feishu's three languages, as a configuration gives it (at least one, for a user's name). */
export interface I18nTextInput {
  /** Simplified Chinese. */
  zh_cn?: string;
  /** English. */
  en_us?: string;
  /** Japanese. */
  ja_jp?: string;
}

/** A text in Feishu's three languages, as ttshim reports it (an empty string when absent). */
export interface I18nText {
  /** Simplified Chinese. */
  zh_cn: string;
  /** English. */
  en_us: string;
  /** Japanese. */
  ja_jp: string;
}

/** A region's name in `getUserProfile`'s languages, as a configuration gives it. */
export interface PlaceNamesInput {
  /** English. */
  en?: string;
  /** Simplified Chinese. */
  zh_CN?: string;
  /** Traditional Chinese. */
  zh_TW?: string;
}

/** A region's name in `getUserProfile`'s languages, as ttshim reports it. */
export interface PlaceNames {
  /** English. */
  en: string;
  /** Simplified Chinese. */
  zh_CN: string;
  /** Traditional Chinese. */
  zh_TW: string;
}

/** A user's gender: `""` when not shared. */
export type UserGender = "male" | "female" | "";

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
