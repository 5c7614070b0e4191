// ttshim's declarations (see index.d.ts): the open abilities beside the
// chats: the security password (tt.startPasswordVerify), sharing
// (tt.shareWebContent, tt.share), badges (the app's, a chat's), the bot's
// chat (tt.enterBot) and the chat sidebar (tt.toggleChat), tt's alone (Taro wraps none of them).

import type { TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** `tt.startPasswordVerify`'s and `tt.enterBot`'s option: only the callbacks. */
export interface StartPasswordVerifyOption {}

/**
 * The client's security-password box (`kind: "password"`): answered by
 * `{password}`, `"confirm"` (what is typed) or `"cancel"`.
 */
export interface PasswordDialog {
  id: number;
  kind: "password";
  api: "tt.startPasswordVerify";
  /** `attemptsLeft`: the tries left after a wrong password, 0 before any. */
  password: { attemptsLeft: number };
}

/** `tt.shareWebContent`'s option: the link to share, and its title. */
export interface ShareWebContentOption {
  /** An http or https URL. */
  url: string;
  title?: string;
}

/** `tt.share`'s channels: WeChat, WeChat Moments (images only) and the system's share sheet. */
export type ShareChannel = "wx" | "wx_timeline" | "system";

/** `tt.share`'s option: what `contentType` names must be given (`content`, `image`, or `url` and `title`). */
export interface ShareOption {
  /** Default `["wx", "wx_timeline"]`. */
  channelType?: ShareChannel[];
  contentType: "text" | "image" | "url";
  title?: string;
  content?: string;
  /** Bare Base64, without a `data:` prefix. */
  image?: string;
  /** An http or https URL. */
  url?: string;
}

/** `tt.updateBadge`'s and `tt.reportBadge`'s option: a whole number from 0 to 2147483647. */
export interface BadgeOption {
  badgeNum: number;
}

/** `tt.reportBadge`'s success: whether the page's count is the client's (`appBadge.badgeNum`). */
export interface ReportBadgeSuccess extends TtSuccess {
  isMatched: boolean;
}

/** What `tt.onServerBadgePush`'s functions get when the app's server sets its badge. */
export interface ServerBadgePush {
  badgeNum: number;
  /** When, in milliseconds since the epoch, as a string; `version` is the same. */
  updateTime: string;
  version: string;
  /** 1 a gadget's badge, 2 a web app's. */
  feature: 1 | 2;
  extra: string;
}

/** `tt.onChatBadgeChange`'s option: the chat, and the function that hears its unread count. */
export interface ChatBadgeListenerOption {
  openChatId: string;
  onChange: (res: { badge: number }) => void;
}

/** `tt.toggleChat`'s option: the chat, and how its sidebar is drawn. */
export interface ToggleChatOption {
  openChatId: string;
  /** In CSS pixels, 1 to 10000. Default 400. */
  width?: number;
  /** Whether the sidebar has its side menu bar. Default true. */
  needSidebar?: boolean;
  /** While the sidebar is open: true switches it to `openChatId`, anything else closes it. */
  isKeep?: boolean;
}

/** The `appBadge` key: the app's badge. */
export interface AppBadgeSetting {
  /** Whether the app uses the badge system (without it `tt.updateBadge` fails). Default true. */
  enabled?: boolean;
  /** The client's count; a change pushes to `tt.onServerBadgePush`. Default 0. */
  badgeNum?: number;
  /** The push's `extra`. Default `""`. */
  extra?: string;
}

/** The open abilities ttshim simulates on `tt`. */
export interface TtOpen {
  /**
   * Shows the security-password box and waits for the person: the right
   * password (`security.password`) succeeds; a wrong one fails (errCode
   * 40102), and the one that uses up `security.passwordAttempts` locks it
   * (40103) until `ttShim.reset()`; Cancel fails as `startPasswordVerify:cancel` (40101).
   */
  startPasswordVerify: TtAsyncApiOptional<StartPasswordVerifyOption, TtSuccess>;
  /**
   * Opens the share panel, the chat picker (`kind: "chats"`, several chats
   * and a message), with the title and link: succeeds once the person sends
   * or cancels. Where it went is the call log's `dialog.answer`.
   */
  shareWebContent: TtAsyncApi<ShareWebContentOption, TtSuccess>;
  /**
   * Shares to another app on the phone (not PC): straight to the one
   * channel given, else through the share panel (`kind: "actionSheet"`,
   * answered by a channel, its index or `"cancel"`). WeChat's channels fail
   * with errCode 101 when `share.wechatInstalled` is false.
   */
  share: TtAsyncApi<ShareOption, TtSuccess>;
  /** Sets the app's badge on this device (`appBadge.badgeNum`), after scope.appBadge. */
  updateBadge: TtAsyncApi<BadgeOption, TtSuccess>;
  /** Compares the page's count with the client's, after scope.appBadge. */
  reportBadge: TtAsyncApi<BadgeOption, ReportBadgeSuccess>;
  /** Hears the badges the app's server sets (`ttShim.configure({appBadge: {badgeNum}})`). */
  onServerBadgePush(callback: (res: ServerBadgePush) => void): void;
  offServerBadgePush(callback: (res: ServerBadgePush) => void): void;
  /** Hears one chat's unread count (its `badge` in `chats.list`), until offChatBadgeChange. */
  onChatBadgeChange(option: ChatBadgeListenerOption): void;
  /** PC: opens the chat in a sidebar beside the app, or closes the sidebar (unless `isKeep` switches it). */
  toggleChat: TtAsyncApi<ToggleChatOption, TtSuccess>;
  /** A gadget's: opens the chat with the app's own bot (named and pictured as the app). */
  enterBot: TtAsyncApiOptional<StartPasswordVerifyOption, TtSuccess>;
  /** Drops one function, or without `onChange` every function of the chat. */
  offChatBadgeChange(option: { openChatId: string; onChange?: ChatBadgeListenerOption["onChange"] }): void;
}

/** For `ttShim.override` and the call log: the open abilities, tt's alone. */
export interface OpenOwnAsyncApis {
  startPasswordVerify: { option: StartPasswordVerifyOption; success: TtSuccess };
  shareWebContent: { option: ShareWebContentOption; success: TtSuccess };
  share: { option: ShareOption; success: TtSuccess };
  updateBadge: { option: BadgeOption; success: TtSuccess };
  enterBot: { option: StartPasswordVerifyOption; success: TtSuccess };
  toggleChat: { option: ToggleChatOption; success: TtSuccess };
  reportBadge: { option: BadgeOption; success: ReportBadgeSuccess };
}

/** For `ttShim.override`: the badge listeners, their argument and no value. */
export interface OpenOwnListenerApis {
  onServerBadgePush: { arg: (res: ServerBadgePush) => void; value: void };
  offServerBadgePush: { arg: (res: ServerBadgePush) => void; value: void };
  onChatBadgeChange: { arg: ChatBadgeListenerOption; value: void };
  offChatBadgeChange: { arg: { openChatId: string; onChange?: ChatBadgeListenerOption["onChange"] }; value: void };
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
