package shim

import "fmt"

// tt.onChatBadgeChange({openChatId, onChange}) hears one chat's unread
// count: the chat's badge in chats.list, which a test changes with
// ttShim.configure. tt.offChatBadgeChange drops one function, or every
// function of that chat without onChange. The loader keeps the functions
// per chat, under the event "chatBadgeChange:<openChatId>".

func init() {
	registerListeners(API{
		Namespace: "tt", Name: "onChatBadgeChange", NeedsLogin: true,
		OptionListener: &OptionListener{Func: "onChange", Key: "openChatId"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`openChatId` missing or not a string; `onChange` not a function (on: missing too)"},
					errNotMyChat},
				Controls: []string{"`ttShim.configure({chats: {list: […]}})`: a chat whose `badge` changes tells its functions `{badge}`",
					prerequisitesControl},
			}
		}),
		Handle: chatBadgeListener,
	})
}

func chatBadgeListener(c *Call) Result {
	r := paramReader{args: c.Args}
	id := r.string("openChatId", true)
	if r.err == nil {
		switch got := c.Args.TypeOf("onChange"); {
		case got == "Function":
		case c.API.Name == "offChatBadgeChange" && (got == "Undefined" || got == "Null"):
		default:
			r.err = &ParamError{Name: "onChange", Want: "Function", Got: got, Empty: got == "Undefined" || got == "Null"}
		}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	if _, res, ok := myChat(c, id); !ok {
		return res
	}
	return c.OK(nil)
}

// badgesChanged tells the page's listeners what a new configuration
// changed about badges: the app's (onServerBadgePush) and each of the
// signed-in user's chats (onChatBadgeChange; a chat new to the user had
// none before).
func (s *Shim) badgesChanged(prev Config) {
	s.appBadgePushed(prev)
	before := map[string]int{}
	for _, v := range prev.MyChats() {
		before[v.OpenChatID] = v.Badge
	}
	for _, v := range s.cfg.MyChats() {
		if v.Badge != before[v.OpenChatID] {
			s.Emit(fmt.Sprintf("chatBadgeChange:%s", v.OpenChatID), Fields{"badge": v.Badge})
		}
	}
}
