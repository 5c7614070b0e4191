// Helpers shared by the chat APIs' tests: the chat pages enterChat opens,
// and the default chats by name.

package shim

import "testing"

// chatRecorder records the chat pages the shim opens.
type chatRecorder struct{ chatsOpened []OpenedChat }

func (r *chatRecorder) ShowChat(c OpenedChat) { r.chatsOpened = append(r.chatsOpened, c) }

// chatID is the default chat named en (its English name; a p2p chat by
// its other member's).
func chatID(t testing.TB, en string) string {
	t.Helper()
	cfg := DefaultConfig()
	for _, chat := range cfg.Chats.List {
		if cfg.viewChat(chat, cfg.CurrentUser).Name.EnUS == en {
			return chat.OpenChatID
		}
	}
	t.Fatalf("no default chat named %q", en)
	return ""
}
