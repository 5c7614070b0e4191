package shim

import "fmt"

// tt.getChatInfo reads one of the signed-in user's chats: its names,
// avatar, unread badge and @ count, from "chats.list".

func init() {
	register(&API{
		Namespace: "tt", Name: "getChatInfo", Kind: KindAsync, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`openChatId` is missing, empty or not a string; `chatType` is missing or not 0 or 1; " +
						"`userType` is missing (with `chatType` 0) or not 0 or 1; or they do not fit the chat"},
					errNotMyChat},
				Controls: []string{"`chats.list` (`name`, `avatar`, `badge`, `atCount`), `users` and `currentUser`: what it reads",
					"`client.language`: the `name` returned", prerequisitesControl},
			}
		}),
		Handle: getChatInfo,
	})
}

func getChatInfo(c *Call) Result {
	openChatID, err := c.Args.String("openChatId", true)
	if err != nil {
		return c.Param(err)
	}
	chatType, res, ok := chatKind(c, "chatType", true)
	if !ok {
		return res
	}
	userType, res, ok := chatKind(c, "userType", chatType == 0)
	if !ok {
		return res
	}
	chat, res, ok := myChat(c, openChatID)
	if !ok {
		return res
	}
	if chat.chatType() != chatType {
		return c.paramText(fmt.Sprintf("chatType is %d, and chat %s is %s", chatType, quoted(openChatID), chatKindName(chat)))
	}
	if chatType == 0 && chat.userType() != userType {
		return c.paramText(fmt.Sprintf("userType is %d, and chat %s is %s", userType, quoted(openChatID), chatKindName(chat)))
	}
	return c.OK(Fields{"i18nNames": chat.Name, "name": chat.Name.In(c.Config().Client.Language), "avatarUrls": chat.avatarURLs(),
		"atCount": chat.AtCount, "badge": chat.Badge})
}

// chatKind reads chatType or userType: 0 or 1, required or not.
func chatKind(c *Call, name string, required bool) (int, Result, bool) {
	if !c.Args.Has(name) || c.Args.Raw(name) == nil {
		if required {
			return 0, c.paramText(fmt.Sprintf("%s is required", name)), false
		}
		return -1, Result{}, true
	}
	n, err := c.Args.Number(name, 0)
	if err != nil {
		return 0, c.Param(err), false
	}
	if n != 0 && n != 1 {
		return 0, c.paramText(fmt.Sprintf("%s should be 0 or 1, got %v", name, n)), false
	}
	return int(n), Result{}, true
}

func chatKindName(chat ChatView) string {
	switch chat.Type {
	case ChatGroup:
		return "a group chat (chatType 1)"
	case ChatBot:
		return "a chat with a bot (chatType 0, userType 1)"
	}
	return "a one-to-one chat (chatType 0, userType 0)"
}
