// ttshim's declarations (see index.d.ts): the page's window: the navigation
// bar's APIs, tt.closeWindow and the leave confirmation, with ttShim's
// controls for them.

import type { TaroAsyncApiOptional, TaroAsyncApi, TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";
import type { ApiName } from "./ttshim.js";

/** One button of `tt.setNavigationBar`: `text` or `imageBase64`, or both. */
export interface NavigationBarItem {
  /** What `tt.onLeftNavigationBarClick` / `tt.onRightNavigationBarClick` hear when it is clicked. */
  id: string;
  /** The button's text (PC draws image buttons only). */
  text?: string;
  /** Base64 of a PNG, bare or after `data:image/png;base64,`, `data:image/jpg;base64,` or `data:image/x-icon;base64,`; at most 10240 characters. */
  imageBase64?: string;
}

/** One side of the bar: at most two items; `[]` clears the side. */
export interface NavigationBarSide {
  items: NavigationBarItem[];
}

/** `tt.setNavigationBar`'s option; a side left out keeps its items. */
export interface SetNavigationBarOption {
  left?: NavigationBarSide;
  right?: NavigationBarSide;
  /** Checked for its type; ttshim simulates no page jumps. */
  autoResetNavigationBar?: boolean;
  /** iOS draws two right items last first unless this is `true`. */
  iosRightItemsFlipped?: boolean;
}

/** `tt.setNavigationBar`'s success: `{errMsg: "setNavigationBar:ok"}`. */
export interface SetNavigationBarSuccess extends TtSuccess {}

/** `tt.setNavigationBarColor`'s option. */
export interface SetNavigationBarColorOption {
  /** `#rgb` or `#rrggbb`. */
  backgroundColor: string;
  /** The title's and buttons' colour. */
  frontColor: "#ffffff" | "#000000";
}

/** `tt.setNavigationBarColor`'s success. */
export interface SetNavigationBarColorSuccess extends TtSuccess {}

/** `tt.setNavigationBarTitle`'s option (gadgets only). */
export interface SetNavigationBarTitleOption {
  title: string;
}

/** `tt.setNavigationBarTitle`'s success. */
export interface SetNavigationBarTitleSuccess extends TtSuccess {}

/** What the bar's click listeners get. */
export interface NavigationBarClick {
  /** The clicked item's `id`. */
  id: string;
}

/** `tt.closeWindow`'s option: only callbacks. */
export interface CloseWindowOption {}

/** `tt.closeWindow`'s success. */
export interface CloseWindowSuccess extends TtSuccess {}

/** How a person leaves the page. */
export type LeaveEffect = "back" | "close";

/** `tt.enableLeaveConfirm`'s option; `title` and `content` cannot both be empty. */
export interface EnableLeaveConfirmOption {
  /** Which ways of leaving ask; not empty. */
  effect: LeaveEffect[];
  /** At most 16 characters. */
  title?: string;
  /** At most 80 characters. */
  content?: string;
  /** At most 8 characters; default 确定 / Confirm / 確定. */
  confirmText?: string;
  /** At most 8 characters; default 取消 / Cancel / キャンセル. */
  cancelText?: string;
}

/** `tt.enableLeaveConfirm`'s success. */
export interface EnableLeaveConfirmSuccess extends TtSuccess {}

/** `tt.disableLeaveConfirm`'s option: only callbacks. */
export interface DisableLeaveConfirmOption {}

/** `tt.disableLeaveConfirm`'s success. */
export interface DisableLeaveConfirmSuccess extends TtSuccess {}

/** The window's APIs on `tt`. */
export interface TtWindow {
  /** Web apps: sets the bar's left and right buttons and draws the bar. */
  setNavigationBar: TtAsyncApiOptional<SetNavigationBarOption, SetNavigationBarSuccess>;
  /** Sets the bar's colours and draws it (not on PC web apps). */
  setNavigationBarColor: TtAsyncApi<SetNavigationBarColorOption, SetNavigationBarColorSuccess>;
  /** Gadgets: sets the bar's title and draws it (web apps lack it: errno 103). */
  setNavigationBarTitle: TtAsyncApi<SetNavigationBarTitleOption, SetNavigationBarTitleSuccess>;
  /** Calls `callback` when a left item of the bar is clicked. */
  onLeftNavigationBarClick(callback: (event: NavigationBarClick) => void): void;
  /** Calls `callback` when a right item of the bar is clicked. */
  onRightNavigationBarClick(callback: (event: NavigationBarClick) => void): void;
  /** Web apps: closes the window; every later call fails with errno 102 until `ttShim.reset()`. */
  closeWindow: TtAsyncApiOptional<CloseWindowOption, CloseWindowSuccess>;
  /** Asks the person to confirm before leaving by `effect`. */
  enableLeaveConfirm: TtAsyncApi<EnableLeaveConfirmOption, EnableLeaveConfirmSuccess>;
  /** Leaving no longer asks. */
  disableLeaveConfirm: TtAsyncApiOptional<DisableLeaveConfirmOption, DisableLeaveConfirmSuccess>;
}

/** The window's APIs on `Taro`. */
export interface TaroWindow {
  /** Twin of `tt.setNavigationBarColor`. */
  setNavigationBarColor: TaroAsyncApi<SetNavigationBarColorOption, SetNavigationBarColorSuccess>;
  /** Twin of `tt.setNavigationBarTitle`. */
  setNavigationBarTitle: TaroAsyncApi<SetNavigationBarTitleOption, SetNavigationBarTitleSuccess>;
}

/** An item of the bar as `ttShim.navigationBar()` shows it. */
export interface DrawnNavigationBarItem extends NavigationBarItem {
  /** `false` for a text-only item on PC, which is not drawn. */
  drawn: boolean;
}

/** The bar as drawn (`ttShim.navigationBar()`). */
export interface NavigationBarState {
  /** `false` until the page sets the bar up, and after `ttShim.reset()` or a close. */
  shown: boolean;
  /** The title shown: a gadget's `setNavigationBarTitle`, a web app's `document.title`; absent while not shown. */
  title?: string;
  /** Absent until `setNavigationBarColor`. */
  backgroundColor?: string;
  frontColor?: string;
  /** Left to right, as drawn (iOS reverses two right items unless `iosRightItemsFlipped`). */
  left: DrawnNavigationBarItem[];
  right: DrawnNavigationBarItem[];
}

/** The leave confirmation, waiting for `"confirm"` or `"cancel"`. */
export interface LeaveConfirmDialog {
  /** The dialog's number. */
  id: number;
  kind: "leaveConfirm";
  /** `"tt.enableLeaveConfirm"`, which set it up. */
  api: ApiName;
  leave: {
    effect: LeaveEffect[];
    title?: string;
    content?: string;
    confirmText?: string;
    cancelText?: string;
    /** How the person is leaving. */
    leaving: LeaveEffect;
  };
}

/** `ttShim`'s window controls. */
export interface TtShimWindow {
  /** The bar as drawn. */
  navigationBar(): NavigationBarState;
  /**
   * Clicks the bar's item `id` on `side` (its first item when `id` is left
   * out); the page's listeners hear `{id}`. Throws an `Error` when the bar
   * is not shown, has no such item, does not draw it (text on PC), or the
   * window is closed.
   */
  tapNavigationBar(side: "left" | "right", id?: string): void;
  /**
   * The person leaves by `how` (default `"back"`): the window closes at
   * once, or, when `tt.enableLeaveConfirm` covers `how`, after the person
   * confirms. Resolves with whether the page was left. Throws when the
   * window is already closed or a confirmation is on screen.
   */
  leave(how?: LeaveEffect): Promise<boolean>;
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
