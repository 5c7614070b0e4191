package shim

import "fmt"

// tt.enterChat opens one of the signed-in user's chats: a one-to-one chat
// with a user (openid), or a chat by its openChatId. ttshim draws the chat
// page over the app, naming the chat, until the person goes back; the call
// log keeps what was opened.

// ErrnoChatNoTarget is enterChat's "both empty" (Feishu's errno table).
const ErrnoChatNoTarget = 1002012

// ChatUI draws the chat page enterChat opens.
type ChatUI interface {
	ShowChat(OpenedChat)
}

// OpenedChat is the chat page: the chat as the signed-in user sees it.
type OpenedChat struct {
	OpenChatID string
	Name       string
	Avatar     string
	Group      bool
	Members    int
	// Badge is the count the page's corner shows, when needBadge asks
	// for it on a phone.
	Badge    int
	Language string
	Mobile   bool
	// Bot marks a bot's chat; API is the call that opened the page, which
	// it names.
	Bot bool
	API string
}

var errNotMyChat = ErrorDoc{Errno: ErrnoInternal,
	When: "`openChatId` is not a chat in `chats.list`, or the signed-in user is not one of its members"}

func init() {
	register(&API{
		Namespace: "tt", Name: "enterChat", Kind: KindAsync, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`openid` or `openChatId` is not a string, or `needBadge` not a boolean"},
					{Errno: ErrnoChatNoTarget, When: "`openid` and `openChatId` are both missing or empty"},
					{Errno: ErrnoInternal, When: "`openid` is not a user in `users`"}, errNotMyChat},
				Controls: []string{"`chats.list`, `users` and `currentUser`: the chats it opens",
					"the chat page ttshim draws over the app: which chat opened", prerequisitesControl},
			}
		}),
		Handle: enterChat,
	})
}

func enterChat(c *Call) Result {
	r := paramReader{args: c.Args}
	openID, openChatID := r.string("openid", false), r.string("openChatId", false)
	needBadge := r.bool("needBadge", true)
	if r.err != nil {
		return c.Param(r.err)
	}
	cfg := c.Config()
	var chat ChatView
	switch {
	case openID != "":
		// openid wins when both are given, as the docs say.
		if _, ok := cfg.User(openID); !ok {
			return c.Fail(ErrnoInternal, fmt.Sprintf("internal error: openid %s is not a user of this tenant", quoted(openID)))
		}
		chat = cfg.p2pWith(openID)
	case openChatID != "":
		var res Result
		var ok bool
		if chat, res, ok = myChat(c, openChatID); !ok {
			return res
		}
	default:
		return c.Fail(ErrnoChatNoTarget, "Parameter error. openId and openChatId cannot be both empty")
	}
	opened := openedChat(c, chat)
	// PC draws no badge, as the docs say.
	if needBadge && opened.Mobile {
		opened.Badge = chat.Badge
	}
	c.Shim.UI.ShowChat(opened)
	return c.OK(nil)
}

// openedChat is a chat as its page shows it to the signed-in user.
func openedChat(c *Call, chat ChatView) OpenedChat {
	cfg := c.Config()
	return OpenedChat{OpenChatID: chat.OpenChatID, Name: chat.Name.In(cfg.Client.Language), Avatar: chat.Avatar,
		Group: chat.Type == ChatGroup, Members: len(chat.Members), Language: cfg.Client.Language,
		Mobile: cfg.Client.Platform != PlatformPC, Bot: chat.Type == ChatBot, API: c.API.FullName()}
}

// myChat finds one of the signed-in user's chats, or the failure that
// says why it is not one.
func myChat(c *Call, openChatID string) (ChatView, Result, bool) {
	cfg := c.Config()
	if v, ok := cfg.MyChat(openChatID); ok {
		return v, Result{}, true
	}
	for _, chat := range cfg.Chats.List {
		if chat.OpenChatID == openChatID {
			return ChatView{}, c.Fail(ErrnoInternal, fmt.Sprintf("internal error: the signed-in user is not a member of chat %s",
				quoted(openChatID))), false
		}
	}
	return ChatView{}, c.Fail(ErrnoInternal, fmt.Sprintf("internal error: openChatId %s is not a chat of this tenant",
		quoted(openChatID))), false
}
