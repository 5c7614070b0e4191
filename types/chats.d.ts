// ttshim's declarations (see index.d.ts): the chat APIs (tt.chooseChat,
// tt.enterChat, tt.getChatInfo, tt.sendMessageCard,
// tt.getBlockActionSourceDetail, tt.getTriggerContext), tt's alone (Taro
// wraps none of them), their picker and the `chats` and `launch`
// configuration keys.

import type { TtAsyncApi, TtAsyncApiOptional, TtFail, TtSuccess } from "./contract.js";
import type { I18nText, I18nTextInput } from "./values.js";

/** `tt.chooseChat`'s option (and `tt.sendMessageCard`'s `chooseChatParams`). */
export interface ChooseChatOption {
  /** Accepted; ttshim's picker creates no groups. Default true. */
  allowCreateGroup?: boolean;
  /** Up to 10 chats (true) or one (false, default). */
  multiSelect?: boolean;
  /** Leave out the chat with oneself. Default false. */
  ignoreSelf?: boolean;
  /** Leave out chats with bots (phones only: PC lists them anyway). Default false. */
  ignoreBot?: boolean;
  /** 0 every chat (default), 1 groups only, 2 one-to-one chats only. */
  selectType?: 0 | 1 | 2;
  /** The confirmation box's title. Default "已选择" / "Chosen" / "選択済み". */
  confirmTitle?: string;
  /** The confirmation box's button. Default "发送" / "Send" / "送信". */
  confirmText?: string;
  /** The confirmation box's description; none when empty. */
  confirmDesc?: string;
  /** List chats with external contacts. Default true. */
  externalChat?: boolean;
  /** A message input in the confirmation box; its text comes back as `message`. Default false. */
  showMessageInput?: boolean;
}

/** A chat `tt.chooseChat` returns. */
export interface ChosenChat {
  /** The open_chat_id, `"oc_"` and 32 hex characters. */
  id: string;
  /** 0 one-to-one (with a user or a bot), 1 group. */
  chatType: 0 | 1;
  /** One-to-one chats only: 0 with a user, 1 with a bot. */
  userType?: 0 | 1;
  /** One avatar URL. */
  avatarUrls: string[];
  /** The name in the client language (a one-to-one chat's is the other member's). */
  name: string;
  i18nNames: I18nText;
}

/** `tt.chooseChat`'s success. A cancel fails with `{errMsg: "chooseChat:cancel", errno: 1002002}`. */
export interface ChooseChatSuccess extends TtSuccess {
  /** The chats in the order picked. */
  data: ChosenChat[];
  /** What the person wrote, with `showMessageInput` only. */
  message?: string;
}

/** `tt.enterChat`'s option: `openid` wins over `openChatId`; one of them is required (errno 1002012). */
export interface EnterChatOption {
  openid?: string;
  openChatId?: string;
  /** Show the chat's badge (phones only). Default true. */
  needBadge?: boolean;
}

/** `tt.getChatInfo`'s option. */
export interface GetChatInfoOption {
  openChatId: string;
  /** 0 one-to-one, 1 group. */
  chatType: 0 | 1;
  /** Required with `chatType` 0: 0 a user, 1 a bot. */
  userType?: 0 | 1;
}

/** `tt.getChatInfo`'s success. */
export interface GetChatInfoSuccess extends TtSuccess {
  i18nNames: I18nText;
  name: string;
  avatarUrls: string[];
  /** `chats.list[i].atCount`. */
  atCount: number;
  /** `chats.list[i].badge`. */
  badge: number;
}

/** The message card `tt.sendMessageCard` sends (at most 20 KB of JSON). */
export interface MessageCardContent {
  msg_type: "interactive";
  update_multi?: boolean;
  /** A card with `elements`, `i18n_elements` or (JSON 2.0) `body.elements`, each element with a `tag`. */
  card: Record<string, unknown>;
}

/** `tt.sendMessageCard`'s option: the picker (`shouldChooseChat`), else `openChatIDs`, else `openIDs`. */
export interface SendMessageCardOption {
  shouldChooseChat?: boolean;
  chooseChatParams?: ChooseChatOption;
  /** At most 10. */
  openChatIDs?: string[];
  /** At most 10; each user's one-to-one chat. */
  openIDs?: string[];
  /** The "+" menu's trigger code: sends to `launch.openChatId` when no chat is named. */
  triggerCode?: string;
  cardContent: MessageCardContent;
  /** A message input in the picker's confirmation box. */
  withAdditionalMessage?: boolean;
}

/** One chat's sending. */
export interface SendCardInfo {
  /** 0 sent; otherwise `chats.list[i].sendStatus`. */
  status: number;
  openChatId: string;
  /** `"om_"` and 32 hex characters. */
  openMessageId: string;
}

/** `tt.sendMessageCard`'s success. */
export interface SendMessageCardSuccess extends TtSuccess {
  sendCardInfo: SendCardInfo[];
}

/** `tt.sendMessageCard`'s failure: its page's `errCode` (-1 … -8), and the chats' statuses when it sent (-5). */
export interface SendMessageCardFail extends TtFail {
  errCode: number;
  sendCardInfo?: SendCardInfo[];
  failedOpenChatIDs?: string[];
}

/** One chat of `chats.list`. */
export interface ChatSetting {
  /** Default: `"oc_"` and 32 hex characters derived from the name (a p2p chat's from its members). */
  openChatId?: string;
  /** Default `"group"`. */
  type?: "group" | "p2p" | "bot";
  /** Required for a group or a bot; a p2p chat shows the other member's name. */
  name?: I18nTextInput;
  /** Default: initials drawn from the name (a p2p chat shows the other member's face). */
  avatar?: string;
  /** openIds of `users`: a group's members, a p2p chat's one or two, a bot chat's one user. */
  members: string[];
  /** Unread messages. Default 0. */
  badge?: number;
  /** Unread @ mentions. Default 0. */
  atCount?: number;
  /** What `tt.sendMessageCard` reports for a card sent here: 0 (default) sends, anything else fails (errCode -5). */
  sendStatus?: number;
}

/** The `chats` configuration key. */
export interface ChatsSetting {
  /** The tenant's chats (replaces the list). Default: ten chats of the default tenant. */
  list?: ChatSetting[];
}

/** The chats as `ttShim.config().chats` reports them, with derived IDs and avatars. */
export interface TtShimChats {
  list: (Required<Omit<ChatSetting, "name">> & { name: I18nText })[];
}

/** The chat picker (`kind: "chats"`): answered by `"cancel"`, a list of openChatIds, or `{select, message}`. */
export interface ChatsDialog {
  id: number;
  kind: "chats";
  api: "tt.chooseChat" | "tt.sendMessageCard" | "tt.shareWebContent" | "h5sdk.biz.util.share";
  chats: {
    multi: boolean;
    chats: { openChatId: string; name: I18nText; avatar: string; group: boolean; bot?: true; external?: true; members: number }[];
    confirmTitle?: string;
    confirmText?: string;
    confirmDesc?: string;
    messageInput: boolean;
  };
}

/** `tt.getBlockActionSourceDetail`'s and `tt.getTriggerContext`'s option. */
export interface TriggerCodeOption {
  /** The launch query's `__trigger_id__`: `launch.triggerCode` (errCode 42301 empty, 42302 another). */
  triggerCode: string;
}

/** A message type a message shortcut reports. */
export type LaunchMessageType = "text" | "image" | "post" | "media" | "file" | "interactive" | "unsupport";

/** A message `tt.getBlockActionSourceDetail` returns. */
export interface BlockActionMessage {
  messageType: LaunchMessageType;
  /** `name` in the client language. */
  sender: { name: string; open_id: string };
  /** Seconds. */
  createTime: number;
  /** false for `"unsupport"`. */
  support: boolean;
  /** The message's content, a JSON string or text. */
  content: string;
  status: boolean;
  openChatId: string;
  openMessageId: string;
}

/** `tt.getBlockActionSourceDetail`'s success. */
export interface GetBlockActionSourceDetailSuccess extends TtSuccess {
  bizType: string;
  content: { actionTime: number; messages: BlockActionMessage[] };
}

/** `tt.getTriggerContext`'s success. */
export interface GetTriggerContextSuccess extends TtSuccess {
  openChatId: string;
  bizType: string;
}

/** One message of `launch.messages`. */
export interface LaunchMessageSetting {
  /** Default: `"om_"` and 32 hex characters derived from the trigger code, its place and content. */
  openMessageId?: string;
  /** Default `"text"`. */
  messageType?: LaunchMessageType;
  /** An openId of `users`. */
  sender: string;
  /** Seconds. Default 0. */
  createTime?: number;
  /** Default `""`. */
  content?: string;
  /** Default true. */
  status?: boolean;
}

/** The `launch` configuration key: how the app was opened from a chat. */
export interface LaunchSetting {
  /** The code the page was launched with; `""`: not launched from a chat. */
  triggerCode?: string;
  /** A chat of `chats.list`, or `""`. */
  openChatId?: string;
  /** Default `"message"`. */
  bizType?: string;
  /** Seconds; 0 reports the time of the call. */
  actionTime?: number;
  /** At most 20 (replaces the list). */
  messages?: LaunchMessageSetting[];
  /** Make the trigger APIs fail: `"notLogin"` (42303), `"failed"` (42304), `"unavailable"` (42305). */
  error?: "" | "notLogin" | "failed" | "unavailable";
}

/** The launch as `ttShim.config().launch` reports it. */
export interface TtShimLaunch extends Required<Omit<LaunchSetting, "messages">> {
  messages: Required<LaunchMessageSetting>[];
}

/** The chat APIs ttshim simulates on `tt`. */
export interface TtChats {
  /** Opens the chat picker; answers the chats picked, or fails with a cancel. */
  chooseChat: TtAsyncApiOptional<ChooseChatOption, ChooseChatSuccess>;
  /** Opens a chat: ttshim draws its page over the app until the person goes back. */
  enterChat: TtAsyncApi<EnterChatOption, TtSuccess>;
  /** One of the signed-in user's chats: names, avatar, badge and @ count. */
  getChatInfo: TtAsyncApi<GetChatInfoOption, GetChatInfoSuccess>;
  /** Sends a message card to chats given or picked; the call log keeps the card and each chat's status. */
  sendMessageCard: TtAsyncApi<SendMessageCardOption, SendMessageCardSuccess>;
  /** The messages a message shortcut acted on, for the launch's trigger code. */
  getBlockActionSourceDetail: TtAsyncApi<TriggerCodeOption, GetBlockActionSourceDetailSuccess>;
  /** The chat whose "+" menu opened the app, for the launch's trigger code. */
  getTriggerContext: TtAsyncApi<TriggerCodeOption, GetTriggerContextSuccess>;
}

/** For `ttShim.override` and the call log: the chat APIs, tt's alone. */
export interface ChatsOwnAsyncApis {
  chooseChat: { option: ChooseChatOption; success: ChooseChatSuccess };
  enterChat: { option: EnterChatOption; success: TtSuccess };
  getChatInfo: { option: GetChatInfoOption; success: GetChatInfoSuccess };
  sendMessageCard: { option: SendMessageCardOption; success: SendMessageCardSuccess };
  getBlockActionSourceDetail: { option: TriggerCodeOption; success: GetBlockActionSourceDetailSuccess };
  getTriggerContext: { option: TriggerCodeOption; success: GetTriggerContextSuccess };
}

// Only what is marked `export` above is exported (a declaration file
// otherwise exports every top-level declaration).
export {};
