// Tests of tt.chooseChat: which chats its options list, the result's
// shape, the message, the rules a pick must follow, cancel, the answers
// key and bad options.

package shim

import (
	"reflect"
	"strings"
	"testing"
)

// chatAsk calls api and expects it to wait on the chat picker.
func chatAsk(t *testing.T, h *harness, api string, option map[string]any) (int, ChatPicker) {
	t.Helper()
	res := h.call(t, api, option)
	if res.Outcome != OutcomePending || len(h.ui.dialogs) == 0 {
		t.Fatalf("%s(%v) did not wait for the picker: %s %v", api, option, res.Outcome, res.Fields)
	}
	d := h.ui.dialogs[len(h.ui.dialogs)-1]
	if d.ID != res.Pending || d.Kind != DialogChats || d.Chats == nil {
		t.Fatalf("%s: the UI shows %+v", api, d)
	}
	return d.ID, *d.Chats
}

func pickerChatNames(p ChatPicker) []string {
	names := []string{}
	for _, c := range p.Chats {
		names = append(names, c.Name.EnUS)
	}
	return names
}

func TestChooseChatListsBySelectType(t *testing.T) {
	everyone := []string{"All Hands", "Engineering", "Product & Design Review", "Partner Project", "Li Na", "Wang Fang",
		"Emily Carter", "Zhang Wei", "Approval Assistant"}
	for _, tc := range []struct {
		name   string
		option map[string]any
		patch  string
		want   []string
	}{
		{"every chat", map[string]any{}, "{}", everyone},
		{"groups", map[string]any{"selectType": 1}, "{}", everyone[:4]},
		{"one-to-one", map[string]any{"selectType": 2, "ignoreSelf": true}, "{}", []string{"Li Na", "Wang Fang", "Emily Carter", "Approval Assistant"}},
		{"no external", map[string]any{"externalChat": false, "ignoreBot": true}, "{}",
			[]string{"All Hands", "Engineering", "Product & Design Review", "Li Na", "Wang Fang", "Zhang Wei", "Approval Assistant"}},
		{"no bots on a phone", map[string]any{"ignoreBot": true, "selectType": 2}, clientPatch("ios", "7.45.0"),
			[]string{"Li Na", "Wang Fang", "Emily Carter", "Zhang Wei"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, notStrict, tc.patch)
			_, p := chatAsk(t, h, "tt.chooseChat", tc.option)
			if got := pickerChatNames(p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("listed %q,\n want %q", got, tc.want)
			}
		})
	}
}

func TestChooseChatAnswers(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	deliveries := ccRecord(h)
	id, p := chatAsk(t, h, "tt.chooseChat", map[string]any{"multiSelect": true, "showMessageInput": true, "confirmTitle": "Share",
		"confirmText": "Go", "confirmDesc": "To the team"})
	if !p.Multi || !p.MessageInput || p.ConfirmTitle != "Share" || p.ConfirmText != "Go" || p.ConfirmDesc != "To the team" {
		t.Errorf("picker %+v", p)
	}
	engineering, bot := chatID(t, "Engineering"), chatID(t, "Approval Assistant")
	err := h.Answer(id, Answer{Fields: map[string]any{"select": []any{bot, engineering}, "message": "FYI"}}, AnsweredByTest)
	if err != nil {
		t.Fatal(err)
	}
	res := (*deliveries)[0].res
	cfg := h.Config()
	eng, _ := cfg.MyChat(engineering)
	assistant, _ := cfg.MyChat(bot)
	ccSameJSON(t, res.Fields, `{"errMsg":"chooseChat:ok","message":"FYI","data":[
		{"id":`+ccQuote(bot)+`,"chatType":0,"userType":1,"avatarUrls":[`+ccQuote(assistant.Avatar)+`],"name":"Approval Assistant",
		 "i18nNames":{"zh_cn":"审批助手","en_us":"Approval Assistant","ja_jp":"承認アシスタント"}},
		{"id":`+ccQuote(engineering)+`,"chatType":1,"avatarUrls":[`+ccQuote(eng.Avatar)+`],"name":"Engineering",
		 "i18nNames":{"zh_cn":"工程部","en_us":"Engineering","ja_jp":"エンジニアリング部"}}]}`)

	// Without showMessageInput there is no message, in any language's name.
	h = newHarness(t, notStrict, `{"client":{"language":"ja_JP"}}`)
	deliveries = ccRecord(h)
	id, _ = chatAsk(t, h, "tt.chooseChat", map[string]any{})
	if err := h.Answer(id, Answer{Select: []string{chatID(t, "Li Na")}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	res = (*deliveries)[0].res
	data := res.Fields["data"].([]chatResult)
	if _, has := res.Fields["message"]; has || data[0].Name != "リ・ナ" || data[0].ChatType != 0 || *data[0].UserType != 0 {
		t.Errorf("got %+v %+v", res.Fields, data)
	}
}

func TestChooseChatRefusesPicksThePickerWould(t *testing.T) {
	h := newHarness(t, notStrict)
	id, p := chatAsk(t, h, "tt.chooseChat", map[string]any{"selectType": 1})
	sales, li := chatID(t, "Sales Weekly"), chatID(t, "Li Na")
	for answer, want := range map[string]Answer{
		"the picker is single-choice, and 2 were picked":       {Select: []string{p.Chats[0].OpenChatID, p.Chats[1].OpenChatID}},
		sales + " is not in the picker":                        {Select: []string{sales}},
		li + " is not in the picker":                           {Select: []string{li}},
		"no chat was picked: the picker sends to at least one": {Select: []string{}},
		chatAnswerShapes:                                       {Choice: "confirm"},
		chatAnswerShapes + `; "pick" is not one of its fields`: {Fields: map[string]any{"pick": []any{}}},
		"the chat picker's message should be a string":         {Fields: map[string]any{"select": []any{li}, "message": 3.0}},
	} {
		if err := h.Answer(id, want, AnsweredByTest); err == nil || !strings.HasSuffix(err.Error(), ": "+answer) {
			t.Errorf("%+v: got %v, want %s", want, err, answer)
		}
	}
	h = newHarness(t, notStrict)
	id, p = chatAsk(t, h, "tt.chooseChat", map[string]any{"multiSelect": true})
	eleven := []string{}
	for range 11 {
		eleven = append(eleven, p.Chats[0].OpenChatID)
	}
	if err := h.Answer(id, Answer{Select: eleven}, AnsweredByTest); err == nil || !strings.HasSuffix(err.Error(), ": the picker takes up to 10 chats, and 11 were picked") {
		t.Errorf("eleven: %v", err)
	}
	if err := h.Answer(id, Answer{Select: eleven[:2]}, AnsweredByTest); err == nil || !strings.HasSuffix(err.Error(), ": "+eleven[0]+" was picked twice") {
		t.Errorf("twice: %v", err)
	}
}

func TestChooseChatCancelAndAnswersKey(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := chatAsk(t, h, "tt.chooseChat", map[string]any{})
	if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByUser); err != nil {
		t.Fatal(err)
	}
	res := (*deliveries)[0].res
	if res.Outcome != OutcomeCancel || !reflect.DeepEqual(res.Fields, Fields{"errMsg": "chooseChat:cancel", "errno": ErrnoChatCancel, "errString": "user cancel"}) {
		t.Errorf("cancel: %s %v", res.Outcome, res.Fields)
	}
	li := chatID(t, "Li Na")
	h = newHarness(t, notStrict, `{"answers":{"chooseChat":["`+li+`"]}}`)
	res = h.call(t, "tt.chooseChat", map[string]any{})
	if data, _ := res.Fields["data"].([]chatResult); res.Outcome != OutcomeOK || len(data) != 1 || data[0].ID != li || len(h.ui.dialogs) != 0 {
		t.Errorf("answered in advance: %v, drawn %d", res.Fields, len(h.ui.dialogs))
	}
	h = newHarness(t, notStrict, `{"answers":{"chooseChat":["oc_nowhere"]}}`)
	wantFail(t, h.call(t, "tt.chooseChat", map[string]any{}), "chooseChat", ErrnoInternal,
		"internal error: the configuration cannot answer the chats dialog: oc_nowhere is not in the picker")
}

func TestChooseChatBadOptions(t *testing.T) {
	h := newHarness(t, notStrict)
	wantFail(t, h.call(t, "tt.chooseChat", map[string]any{"selectType": 3}), "chooseChat", ErrnoInvalidParam,
		"Parameter error. selectType should be 0, 1 or 2, got 3")
	wantFail(t, h.call(t, "tt.chooseChat", map[string]any{"multiSelect": "yes"}), "chooseChat", ErrnoInvalidParam,
		"Parameter error. multiSelect is of wrong type")
	wantFail(t, h.call(t, "tt.chooseChat", map[string]any{"confirmTitle": 1}), "chooseChat", ErrnoInvalidParam,
		"Parameter error. confirmTitle is of wrong type")
	// A gadget logs in first.
	h = newHarness(t, gadget)
	wantFail(t, h.call(t, "tt.chooseChat", map[string]any{}), "chooseChat", ErrnoAuthFail,
		"Authentication failed. Call tt.requestAccess before tt.chooseChat")
	h.requestAccess(t)
	chatAsk(t, h, "tt.chooseChat", map[string]any{})
}
