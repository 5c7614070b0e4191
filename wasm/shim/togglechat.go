package shim

import "fmt"

// tt.toggleChat opens one of the signed-in user's chats in a sidebar
// beside the app (PC alone), or closes it: a call while it is open closes
// it, unless isKeep asks to switch it to openChatId. The person closes it
// too, with its close button.

// ChatSidebarUI draws toggleChat's sidebar; closed is for the person's
// close, which the shim must hear to toggle right next time.
type ChatSidebarUI interface {
	ShowChatSidebar(s ChatSidebar, closed func())
	CloseChatSidebar()
}

// ChatSidebar is the sidebar: the chat, its width in CSS pixels, and
// whether its side menu bar (needSidebar) is drawn.
type ChatSidebar struct {
	Chat  OpenedChat
	Width int
	Menu  bool
}

// The sidebar's widths: the docs' default, and the bounds ttshim takes.
const (
	sidebarWidth    = 400
	sidebarMinWidth = 1
	sidebarMaxWidth = 10000
)

func init() {
	register(&API{
		Namespace: "tt", Name: "toggleChat", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`openChatId` missing or not a string, `width` not a number from 1 to 10000, " +
						"`needSidebar` or `isKeep` not a boolean"},
					errNotMyChat},
				Controls: []string{"`chats.list`, `users` and `currentUser`: the chats it opens",
					"the sidebar ttshim draws beside the app: which chat, how wide, with or without its menu bar", prerequisitesControl},
			}
		}),
		Handle: toggleChat,
	})
}

func toggleChat(c *Call) Result {
	r := paramReader{args: c.Args}
	id := r.string("openChatId", true)
	width := r.number("width", sidebarWidth)
	menu, keep := r.bool("needSidebar", true), r.bool("isKeep", false)
	if r.err == nil && (width < sidebarMinWidth || width > sidebarMaxWidth) {
		r.err = &ParamError{Name: "width", Reason: fmt.Sprintf("width should be from %d to %d, got %v", sidebarMinWidth, sidebarMaxWidth, width)}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	chat, res, ok := myChat(c, id)
	if !ok {
		return res
	}
	s := c.Shim
	if s.sidebarOpen && !keep {
		s.sidebarOpen = false
		s.UI.CloseChatSidebar()
		return c.OK(nil)
	}
	s.sidebarOpen = true
	s.UI.ShowChatSidebar(ChatSidebar{Chat: openedChat(c, chat), Width: int(width), Menu: menu}, func() { s.sidebarOpen = false })
	return c.OK(nil)
}
