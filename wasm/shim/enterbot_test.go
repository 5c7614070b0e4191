package shim

import "testing"

func TestEnterBotOpensTheAppsBot(t *testing.T) {
	h := newHarness(t, gadget, notStrict, clientPatch("android", "7.45.0"))
	wantOK(t, h.call(t, "tt.enterBot", map[string]any{}), "enterBot")
	opened := h.ui.chatsOpened
	cfg := h.Config()
	want := OpenedChat{OpenChatID: botChatID(cfg.App), Name: "ttshim Demo", Avatar: cfg.App.AvatarURL(), Bot: true,
		Language: "zh_CN", Mobile: true, API: "tt.enterBot"}
	if len(opened) != 1 || opened[0] != want {
		t.Fatalf("opened %+v, want %+v", opened, want)
	}
	// Web apps have no enterBot.
	web := newHarness(t, notStrict)
	if res := web.call(t, "tt.enterBot", map[string]any{}); res.Fields["errno"] != ErrnoNotSupported || len(web.ui.chatsOpened) != 0 {
		t.Errorf("web app: %v", res.Fields)
	}
}
