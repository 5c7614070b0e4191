package shim

import (
	"testing"
)

func TestAChatsBadgeChangeReachesItsListeners(t *testing.T) {
	h := newHarness(t, notStrict)
	engineering := chatID(t, "Engineering")
	listen := `{"a":{"openChatId":"` + engineering + `","onChange":{"@@js":"Function"}}}`
	wantOK(t, h.Invoke("tt.onChatBadgeChange", []byte(listen)), "onChatBadgeChange")
	list := h.Config().Chats.List
	cfg := h.Config()
	cfg.Chats.List = append([]Chat(nil), list...)
	for i := range cfg.Chats.List {
		if cfg.Chats.List[i].OpenChatID == engineering {
			cfg.Chats.List[i].Badge = 9
		}
	}
	if err := h.Configure([]byte(`{"chats":` + string(mustJSON(cfg.Chats)) + `}`)); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 1 || h.events[0] != (emitted{"chatBadgeChange:" + engineering, `{"badge":9}`}) {
		t.Errorf("events %+v", h.events)
	}
	// The same chats again change nothing.
	if err := h.Configure([]byte(`{"chats":` + string(mustJSON(cfg.Chats)) + `}`)); err != nil || len(h.events) != 1 {
		t.Errorf("again: %v %+v", err, h.events)
	}
	// off takes the function, or nothing for every function of the chat.
	wantOK(t, h.Invoke("tt.offChatBadgeChange", []byte(`{"a":{"openChatId":"`+engineering+`"}}`)), "offChatBadgeChange")
	for payload, want := range map[string]string{
		`{"a":{"@@js":"Function"}}`:                                        "Parameter error. parameter should be Object instead of Function",
		`{"a":{"onChange":{"@@js":"Function"}}}`:                           "Parameter error. openChatId cannot be empty",
		`{"a":{"openChatId":"` + engineering + `"}}`:                       "Parameter error. onChange cannot be empty",
		`{"a":{"openChatId":"` + engineering + `","onChange":1}}`:          "Parameter error. onChange is of wrong type",
		`{"a":{"openChatId":"oc_nowhere","onChange":{"@@js":"Function"}}}`: `internal error: openChatId "oc_nowhere" is not a chat of this tenant`,
	} {
		if res := h.Invoke("tt.onChatBadgeChange", []byte(payload)); res.Fields["errString"] != want {
			t.Errorf("%s: %v, want %q", payload, res.Fields, want)
		}
	}
}
