package shim

import "testing"

// sidebarRecorder records toggleChat's sidebar: each one shown, the
// person's close of the last, and the shim's closes.
type sidebarRecorder struct {
	sidebars      []ChatSidebar
	closeSidebar  func()
	sidebarCloses int
}

func (r *sidebarRecorder) ShowChatSidebar(s ChatSidebar, closed func()) {
	r.sidebars, r.closeSidebar = append(r.sidebars, s), closed
}

func (r *sidebarRecorder) CloseChatSidebar() { r.sidebarCloses++ }

func TestToggleChatOpensClosesAndSwitchesTheSidebar(t *testing.T) {
	h := newHarness(t, notStrict)
	engineering, li := chatID(t, "Engineering"), chatID(t, "Li Na")
	toggle := func(option map[string]any) {
		t.Helper()
		wantOK(t, h.call(t, "tt.toggleChat", option), "toggleChat")
	}
	toggle(map[string]any{"openChatId": engineering})
	toggle(map[string]any{"openChatId": li}) // open, so it closes
	toggle(map[string]any{"openChatId": li, "width": 320, "needSidebar": false})
	toggle(map[string]any{"openChatId": engineering, "isKeep": true}) // switches
	shown := h.ui.sidebars
	if len(shown) != 3 || h.ui.sidebarCloses != 1 {
		t.Fatalf("shown %+v, closed %d times", shown, h.ui.sidebarCloses)
	}
	if s := shown[0]; s.Chat.OpenChatID != engineering || s.Chat.Name != "工程部" || s.Width != 400 || !s.Menu || s.Chat.API != "tt.toggleChat" {
		t.Errorf("first %+v", s)
	}
	if s := shown[1]; s.Chat.OpenChatID != li || s.Width != 320 || s.Menu {
		t.Errorf("second %+v", s)
	}
	// The person closes it: the next call opens again.
	h.ui.closeSidebar()
	toggle(map[string]any{"openChatId": li})
	if len(h.ui.sidebars) != 4 || h.ui.sidebarCloses != 1 {
		t.Errorf("after the person's close: %d shown, %d closes", len(h.ui.sidebars), h.ui.sidebarCloses)
	}
	for option, want := range map[string]string{
		`{}`:                                    "Parameter error. openChatId cannot be empty",
		`{"openChatId":5}`:                      "Parameter error. openChatId is of wrong type",
		`{"openChatId":"oc_x","width":0}`:       "Parameter error. width should be from 1 to 10000, got 0",
		`{"openChatId":"oc_x","isKeep":"yes"}`:  "Parameter error. isKeep is of wrong type",
		`{"openChatId":"oc_x","needSidebar":1}`: "Parameter error. needSidebar is of wrong type",
		`{"openChatId":"oc_x"}`:                 `internal error: openChatId "oc_x" is not a chat of this tenant`,
	} {
		if res := h.Invoke("tt.toggleChat", []byte(`{"a":`+option+`}`)); res.Fields["errString"] != want {
			t.Errorf("%s: %v, want %q", option, res.Fields, want)
		}
	}
	// PC alone has the sidebar.
	phone := newHarness(t, notStrict, clientPatch("android", "7.45.0"))
	if res := phone.call(t, "tt.toggleChat", map[string]any{"openChatId": engineering}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("on a phone: %v", res.Fields)
	}
	// A reset closes it, so the next call opens.
	h.Reset()
	toggle(map[string]any{"openChatId": li})
	if len(h.ui.sidebars) != 5 {
		t.Errorf("after a reset: %d shown", len(h.ui.sidebars))
	}
}
