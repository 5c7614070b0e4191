// Tests of tt.enterChat and tt.getChatInfo: a chat by openid or
// openChatId, the page drawn, and the errors for a chat that is not the
// signed-in user's.

package shim

import (
	"reflect"
	"testing"
)

func TestEnterChatOpensTheChatPage(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	engineering := chatID(t, "Engineering")
	wantOK(t, h.call(t, "tt.enterChat", map[string]any{"openChatId": engineering}), "enterChat")
	// openid wins over openChatId, and finds the configured p2p chat.
	li := ccUser(ccLi)
	res := h.call(t, "tt.enterChat", map[string]any{"openid": li.OpenID, "openChatId": engineering})
	wantOK(t, res, "enterChat")
	if len(res.Fields) != 1 {
		t.Errorf("enterChat answers errMsg alone, got %v", res.Fields)
	}
	// Someone without a configured chat gets the one the client starts.
	wantOK(t, h.call(t, "tt.enterChat", map[string]any{"openid": ccID(ccChen)}), "enterChat")
	want := []OpenedChat{
		{OpenChatID: engineering, Name: "Engineering", Avatar: h.ui.chatsOpened[0].Avatar, Group: true, Members: 3, Language: "en_US", API: "tt.enterChat"},
		{OpenChatID: chatID(t, "Li Na"), Name: "Li Na", Avatar: li.Avatar, Members: 2, Language: "en_US", API: "tt.enterChat"},
		{OpenChatID: h.Config().p2pWith(ccID(ccChen)).OpenChatID, Name: "Chen Jing", Avatar: ccUser(ccChen).Avatar, Members: 2, Language: "en_US", API: "tt.enterChat"},
	}
	if !reflect.DeepEqual(h.ui.chatsOpened, want) {
		t.Errorf("opened %+v,\nwant %+v", h.ui.chatsOpened, want)
	}
	// A phone draws the badge, unless needBadge is false.
	h = newHarness(t, notStrict, clientPatch("android", "7.45.0"))
	h.call(t, "tt.enterChat", map[string]any{"openChatId": engineering})
	h.call(t, "tt.enterChat", map[string]any{"openChatId": engineering, "needBadge": false})
	if got := h.ui.chatsOpened; got[0].Badge != 12 || !got[0].Mobile || got[1].Badge != 0 {
		t.Errorf("badges %+v", got)
	}
}

func TestEnterChatErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	wantFail(t, h.call(t, "tt.enterChat", map[string]any{"openid": ""}), "enterChat", ErrnoChatNoTarget,
		"Parameter error. openId and openChatId cannot be both empty")
	wantFail(t, h.call(t, "tt.enterChat", map[string]any{"openid": "ou_nobody"}), "enterChat", ErrnoInternal,
		`internal error: openid "ou_nobody" is not a user of this tenant`)
	wantFail(t, h.call(t, "tt.enterChat", map[string]any{"openChatId": "oc_nowhere"}), "enterChat", ErrnoInternal,
		`internal error: openChatId "oc_nowhere" is not a chat of this tenant`)
	sales := chatID(t, "Sales Weekly")
	wantFail(t, h.call(t, "tt.enterChat", map[string]any{"openChatId": sales}), "enterChat", ErrnoInternal,
		`internal error: the signed-in user is not a member of chat "`+sales+`"`)
	wantFail(t, h.call(t, "tt.enterChat", map[string]any{"openChatId": 7}), "enterChat", ErrnoInvalidParam,
		"Parameter error. openChatId is of wrong type")
	if len(h.ui.chatsOpened) != 0 {
		t.Errorf("a failed call opened %+v", h.ui.chatsOpened)
	}
	// 陈静 is in the sales meeting: signed in as her, it opens.
	h = newHarness(t, notStrict, `{"currentUser":"`+ccID(ccChen)+`"}`)
	wantOK(t, h.call(t, "tt.enterChat", map[string]any{"openChatId": sales}), "enterChat")
}

func TestGetChatInfo(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"ja_JP"}}`)
	partner := chatID(t, "Partner Project")
	res := h.call(t, "tt.getChatInfo", map[string]any{"openChatId": partner, "chatType": 1})
	v, _ := h.Config().MyChat(partner)
	ccSameJSON(t, res.Fields, `{"errMsg":"getChatInfo:ok","name":"パートナープロジェクト","atCount":2,"badge":5,"avatarUrls":[`+ccQuote(v.Avatar)+`],
		"i18nNames":{"zh_cn":"合作伙伴项目群","en_us":"Partner Project","ja_jp":"パートナープロジェクト"}}`)
	bot := chatID(t, "Approval Assistant")
	wantOK(t, h.call(t, "tt.getChatInfo", map[string]any{"openChatId": bot, "chatType": 0, "userType": 1}), "getChatInfo")
	for option, want := range map[string]map[string]any{
		"Parameter error. openChatId cannot be empty":                                                          {"chatType": 1},
		"Parameter error. chatType is required":                                                                {"openChatId": partner},
		"Parameter error. userType is required":                                                                {"openChatId": bot, "chatType": 0},
		"Parameter error. chatType should be 0 or 1, got 2":                                                    {"openChatId": partner, "chatType": 2},
		`Parameter error. chatType is 0, and chat "` + partner + `" is a group chat (chatType 1)`:              {"openChatId": partner, "chatType": 0, "userType": 0},
		`Parameter error. userType is 0, and chat "` + bot + `" is a chat with a bot (chatType 0, userType 1)`: {"openChatId": bot, "chatType": 0, "userType": 0},
	} {
		wantFail(t, h.call(t, "tt.getChatInfo", want), "getChatInfo", ErrnoInvalidParam, option)
	}
	wantFail(t, h.call(t, "tt.getChatInfo", map[string]any{"openChatId": "oc_x", "chatType": 1}), "getChatInfo", ErrnoInternal,
		`internal error: openChatId "oc_x" is not a chat of this tenant`)
}
