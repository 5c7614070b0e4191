// ttshim's declarations (see index.d.ts): the open abilities beside the
// chats: the security password (tt.startPasswordVerify) and sharing
// (tt.shareWebContent, tt.share), tt's alone (Taro wraps none of them).

import type { TtAsyncApi, TtAsyncApiOptional, TtSuccess } from "./contract.js";

/** `tt.startPasswordVerify`'s option: only the callbacks. */
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
}

/** For `ttShim.override` and the call log: the open abilities, tt's alone. */
export interface OpenOwnAsyncApis {
  startPasswordVerify: { option: StartPasswordVerifyOption; success: TtSuccess };
  shareWebContent: { option: ShareWebContentOption; success: TtSuccess };
  share: { option: ShareOption; success: TtSuccess };
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
