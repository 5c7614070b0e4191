// Tests of the launch context: tt.getBlockActionSourceDetail,
// tt.getTriggerContext and sendMessageCard's triggerCode, the launch key's
// errors and its defaults under a page's own users.

package shim

import (
	"strings"
	"testing"
)

func TestGetBlockActionSourceDetail(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	l := h.Config().Launch
	res := h.call(t, "tt.getBlockActionSourceDetail", map[string]any{"triggerCode": l.TriggerCode})
	ccSameJSON(t, res.Fields, `{"errMsg":"getBlockActionSourceDetail:ok","bizType":"message","content":{"actionTime":1741944413,"messages":[
		{"messageType":"text","sender":{"name":"Liu Yang","open_id":`+ccQuote(ccID(ccLiu))+`},"createTime":1741944120,"support":true,
		 "content":"{\"text\":\"登录页的埋点已经上线了\"}","status":true,"openChatId":`+ccQuote(chatID(t, "Engineering"))+`,
		 "openMessageId":`+ccQuote(l.Messages[0].OpenMessageID)+`},
		{"messageType":"text","sender":{"name":"Yang Lei","open_id":`+ccQuote(ccID(5))+`},"createTime":1741944301,"support":true,
		 "content":"{\"text\":\"我来跟进数据看板\"}","status":true,"openChatId":`+ccQuote(chatID(t, "Engineering"))+`,
		 "openMessageId":`+ccQuote(l.Messages[1].OpenMessageID)+`}]}}`)
	wantOK(t, h.call(t, "tt.getTriggerContext", map[string]any{"triggerCode": l.TriggerCode}), "getTriggerContext")
	if got := h.call(t, "tt.getTriggerContext", map[string]any{"triggerCode": l.TriggerCode}).Fields; got["openChatId"] != chatID(t, "Engineering") || got["bizType"] != "message" {
		t.Errorf("context %v", got)
	}
	// A message of a type the shortcut does not support, and the time of
	// the call when none is configured.
	h = newHarness(t, notStrict, `{"launch":{"triggerCode":"c-1","actionTime":0,"messages":[{"messageType":"unsupport","sender":"`+ccID(ccLi)+`"}]}}`)
	res = h.call(t, "tt.getBlockActionSourceDetail", map[string]any{"triggerCode": "c-1"})
	content := res.Fields["content"].(Fields)
	if m := content["messages"].([]Fields)[0]; m["support"] != false || m["status"] != true || content["actionTime"] != testEpoch.Unix() ||
		!strings.HasPrefix(m["openMessageId"].(string), "om_") {
		t.Errorf("content %v", content)
	}
}

func TestTriggerErrors(t *testing.T) {
	code := DefaultLaunch().TriggerCode
	for _, api := range []string{"getBlockActionSourceDetail", "getTriggerContext"} {
		h := newHarness(t, notStrict)
		for _, tc := range []struct {
			patch, code string
			errno       int
			errString   string
		}{
			{"{}", "", ErrnoInvalidParam, "Parameter error. triggerCode is empty (error code: 42301)"},
			{"{}", "c-x", ErrnoInvalidParam, `Parameter error. invalid triggerCode: "c-x" is not the code the app was launched with (error code: 42302)`},
			{`{"launch":{"triggerCode":""}}`, "c-x", ErrnoInvalidParam, `Parameter error. invalid triggerCode: "c-x" is not the code the app was launched with (error code: 42302)`},
			{`{"launch":{"error":"notLogin"}}`, code, ErrnoAuthFail, "not login (error code: 42303)"},
			{`{"launch":{"error":"failed"}}`, code, ErrnoInternal, "get block action failed (error code: 42304)"},
			{`{"launch":{"error":"unavailable"}}`, code, ErrnoInternal, "service is not valid (error code: 42305)"},
		} {
			h.Reset()
			if err := h.Configure([]byte(tc.patch)); err != nil {
				t.Fatal(err)
			}
			res := h.call(t, "tt."+api, map[string]any{"triggerCode": tc.code})
			if res.Outcome != OutcomeFail || res.Fields["errno"] != tc.errno || res.Fields["errString"] != tc.errString {
				t.Errorf("%s %s %q: %v", api, tc.patch, tc.code, res.Fields)
			}
		}
	}
}

func TestLaunchConfiguration(t *testing.T) {
	for patch, want := range map[string]string{
		`{"launch":{"messages":[{"sender":"ou_nobody"}]}}`:    `"launch.messages[0].sender" "ou_nobody" is not an openId in "users"`,
		`{"launch":{"openChatId":"oc_nowhere"}}`:              `"launch.openChatId" "oc_nowhere" is not a chat in "chats.list"`,
		`{"launch":{"error":"broken"}}`:                       `"launch.error" should be one of "", "notLogin", "failed", "unavailable", got "broken"`,
		`{"launch":{"messages":[{"messageType":"sticker"}]}}`: `"launch.messages[0].messageType" should be one of "text", "image", "post", "media", "file", "interactive", "unsupport", got "sticker"`,
		`{"launch":{"messages":` + strings.Repeat(`[`, 1) + strings.TrimSuffix(strings.Repeat(`{"sender":"`+ccID(ccLi)+`"},`, 21), ",") + `]}}`: `"launch.messages" holds 21 messages, more than the 20 a shortcut acts on`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%.60s:\n got %v\nwant %s", patch, err, want)
		}
	}
	// A page's own users: the default messages of people who left go, and
	// the chat too when it went.
	cfg, err := ParseConfig([]byte(`{"users":[{"name":{"en_us":"Zhang Wei"}},{"name":{"en_us":"Liu Yang"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Launch.Messages) != 1 || cfg.Launch.Messages[0].Sender != ccID(ccLiu) || cfg.Launch.OpenChatID != chatID(t, "Engineering") {
		t.Errorf("launch %+v", cfg.Launch)
	}
	cfg, err = ParseConfig([]byte(`{"chats":{"list":[]}}`))
	if err != nil || cfg.Launch.OpenChatID != "" {
		t.Errorf("with no chats: %v %+v", err, cfg.Launch)
	}
}

func TestSendMessageCardToTheTriggersChat(t *testing.T) {
	h := newHarness(t, notStrict)
	code := h.Config().Launch.TriggerCode
	res := h.call(t, "tt.sendMessageCard", map[string]any{"triggerCode": code, "cardContent": testCard()})
	if got := sentTo(t, res); len(got) != 1 || got[0] != chatID(t, "Engineering") {
		t.Errorf("sent to %v", got)
	}
	// openChatIDs win over the trigger.
	res = h.call(t, "tt.sendMessageCard", map[string]any{"triggerCode": code, "openChatIDs": []string{chatID(t, "Li Na")}, "cardContent": testCard()})
	if got := sentTo(t, res); got[0] != chatID(t, "Li Na") {
		t.Errorf("sent to %v", got)
	}
	wantCardFail(t, h.call(t, "tt.sendMessageCard", map[string]any{"triggerCode": "c-x", "cardContent": testCard()}), ErrnoInvalidParam,
		`triggerCode "c-x" names no chat the app was launched in`, cardNoTrigger)
}
