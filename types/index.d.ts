// Type declarations for ttshim: the globals `tt`, `h5sdk`, `Taro` and
// `ttShim` that dist/ttshim.js defines, and `window.ttShimConfig`, which a
// page sets before the script. See docs/apis.md for the behaviour.
//
// Use them in a page's or a test's TypeScript with
//   /// <reference types="ttshim" />
// or `import type { TtShimConfig } from "ttshim"` (which brings the globals
// too). Nothing here exists at runtime as a module export: the script
// defines globals only.
//
// The declarations are split by subject; this file re-exports them all and
// declares the globals:
//   contract.d.ts  how an API answers (callbacks or a Promise), success and failure
//   values.d.ts    value types shared by the rest (client, languages, texts)
//   tt.d.ts        the `h5sdk` and `tt` globals, their options and results
//   documented.d.ts  the documented APIs ttshim does not simulate yet, and h5sdk's
//                  legacy names (generated from the registry by mkref)
//   location.d.ts  the permission APIs, tt.scanCode and the location APIs
//   video.d.ts     tt.chooseVideo, tt.chooseMedia, tt.saveVideoToPhotosAlbum
//   device.d.ts    the device APIs (network, clipboard, screen, phone, openSchema)
//   sensors.d.ts   the Wi-Fi APIs, the compass and tt.onLocationChangeError
//   taro.d.ts      the `Taro` global, and Taro's own APIs' options and results
//   config.d.ts    the configuration (`TtShimConfig`, `TtShimEffectiveConfig`)
//   ttshim.d.ts    the `ttShim` control object: API names, call log, dialogs, overrides
//   window.d.ts    the navigation bar, tt.closeWindow, the leave confirmation
//   secure.d.ts    tt.startDeviceCredential, tt.checkWatermark, tt.mailto
//   files.d.ts     tt.docsPicker, tt.filePicker, tt.openDocument, tt.saveFile, the documents and files keys
//   chats.d.ts     tt.chooseChat, tt.enterChat, tt.getChatInfo, tt.sendMessageCard,
//                  tt.getBlockActionSourceDetail, tt.getTriggerContext
//   open.d.ts      tt.startPasswordVerify, tt.shareWebContent, tt.share, the badges, tt.enterBot, tt.toggleChat

import type { TtShimConfig } from "./config.js";
import type { TtShimTaro } from "./taro.js";
import type { H5sdk, Tt } from "./tt.js";
import type { TtShim } from "./ttshim.js";

export * from "./contract.js";
export * from "./values.js";
export * from "./tt.js";
export * from "./documented.js";
export * from "./location.js";
export * from "./device.js";
export * from "./video.js";
export * from "./sensors.js";
export * from "./taro.js";
export * from "./config.js";
export * from "./ttshim.js";
export * from "./window.js";
export * from "./secure.js";
export * from "./files.js";
export * from "./chats.js";
export * from "./open.js";

declare global {
  /** Feishu's JSAPI, simulated by ttshim. */
  var tt: Tt;
  /** Feishu's web-app authentication, simulated by ttshim. */
  var h5sdk: H5sdk;
  /** The Taro APIs ttshim implements (added onto a page's own `Taro` if it has one). */
  var Taro: TtShimTaro;
  /** ttshim's control object, for tests. */
  var ttShim: TtShim;
  /** Set before the script to configure ttshim (see {@link TtShimConfig}). */
  var ttShimConfig: TtShimConfig | undefined;
}
