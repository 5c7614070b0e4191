// Tests of tt.sendMessageCard: to given chats, to users, through the
// picker, the card checks and their errCodes, a chat that fails, and a
// gadget's login.

package shim

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func testCard() map[string]any {
	return map[string]any{"msg_type": "interactive", "card": map[string]any{
		"elements": []any{map[string]any{"tag": "div", "text": map[string]any{"tag": "plain_text", "content": "Hello"}}}}}
}

// wantCardFail checks a failure's errno, errString and errCode.
func wantCardFail(t *testing.T, res Result, errno int, errString string, code int) {
	t.Helper()
	want := errString + " (error code: " + strconv.Itoa(code) + ")"
	if errno == ErrnoInvalidParam {
		want = "Parameter error. " + want
	}
	if res.Outcome != OutcomeFail || res.Fields["errno"] != errno || res.Fields["errString"] != want || res.Fields["errCode"] != code {
		t.Errorf("got %s %v,\nwant errno %d, %q, errCode %d", res.Outcome, res.Fields, errno, want, code)
	}
}

func sentTo(t *testing.T, res Result) []string {
	t.Helper()
	info, ok := res.Fields["sendCardInfo"].([]cardInfo)
	if !ok {
		t.Fatalf("no sendCardInfo in %v", res.Fields)
	}
	ids := []string{}
	for _, i := range info {
		if !strings.HasPrefix(i.OpenMessageID, "om_") || len(i.OpenMessageID) != 35 {
			t.Errorf("openMessageId %q", i.OpenMessageID)
		}
		ids = append(ids, i.OpenChatID)
	}
	return ids
}

func TestSendMessageCardToGivenChats(t *testing.T) {
	h := newHarness(t, notStrict)
	engineering, li := chatID(t, "Engineering"), chatID(t, "Li Na")
	res := h.call(t, "tt.sendMessageCard", map[string]any{"openChatIDs": []string{engineering, li}, "openIDs": []string{ccID(ccChen)},
		"cardContent": testCard()})
	wantOK(t, res, "sendMessageCard")
	if got := sentTo(t, res); !reflect.DeepEqual(got, []string{engineering, li}) {
		t.Errorf("sent to %v", got)
	}
	// openIDs, when no openChatIDs: each user's one-to-one chat.
	res = h.call(t, "tt.sendMessageCard", map[string]any{"openIDs": []string{ccID(ccLi), ccID(ccChen)}, "cardContent": testCard()})
	if got := sentTo(t, res); !reflect.DeepEqual(got, []string{li, h.Config().p2pWith(ccID(ccChen)).OpenChatID}) {
		t.Errorf("sent to %v", got)
	}
	// The log keeps what was sent, and where.
	calls := h.Calls("sendMessageCard")
	if len(calls) != 2 || calls[1].Result["sendCardInfo"] == nil || calls[0].Args.(map[string]any)["cardContent"] == nil {
		t.Errorf("log %+v", calls)
	}
}

func TestSendMessageCardChecks(t *testing.T) {
	h := newHarness(t, notStrict)
	li := chatID(t, "Li Na")
	to := func(card any) map[string]any { return map[string]any{"openChatIDs": []string{li}, "cardContent": card} }
	eleven := make([]string, 11)
	for i := range eleven {
		eleven[i] = li
	}
	noTag := testCard()
	noTag["card"] = map[string]any{"elements": []any{map[string]any{"text": "x"}}}
	big := testCard()
	big["card"].(map[string]any)["elements"] = []any{map[string]any{"tag": "markdown", "content": strings.Repeat("x", 21000)}}
	for _, tc := range []struct {
		option map[string]any
		why    string
		code   int
	}{
		{map[string]any{"cardContent": testCard()}, "openChatIDs is empty", cardNoChats},
		{map[string]any{"openChatIDs": eleven, "cardContent": testCard()}, "11 chats are more than the 10 a card is sent to", cardTooManyChats},
		{map[string]any{"openChatIDs": []string{li}}, "cardContent is empty", cardEmpty},
		{to("card"), "cardContent format failed: cardContent should be an object, got String", cardMalformed},
		{to(map[string]any{"msg_type": "text", "card": map[string]any{}}), `cardContent format failed: msg_type should be "interactive"`, cardMalformed},
		{to(map[string]any{"msg_type": "interactive"}), "cardContent format failed: card should be an object", cardMalformed},
		{to(map[string]any{"msg_type": "interactive", "card": map[string]any{}}),
			"cardContent format failed: the card has no elements (card.elements, card.i18n_elements or card.body.elements)", cardMalformed},
		{to(noTag), "cardContent format failed: card.elements[0] has no tag", cardMalformed},
		{to(big), "cardContent format failed: the card is 21080 bytes of JSON, more than the 20480 it may be", cardMalformed},
		{map[string]any{"openChatIDs": []string{"ou_x"}, "cardContent": testCard()},
			`openChatIDs holds "ou_x", which is not an open_chat_id of the signed-in user's chats`, cardBadChatID},
		{map[string]any{"openIDs": []string{"oc_x"}, "cardContent": testCard()}, `openIDs holds "oc_x", which is not a user of this tenant`, cardBadChatID},
	} {
		wantCardFail(t, h.call(t, "tt.sendMessageCard", tc.option), ErrnoInvalidParam, tc.why, tc.code)
	}
	// A JSON 2.0 card and an i18n one pass.
	for _, card := range []map[string]any{
		{"schema": "2.0", "body": map[string]any{"elements": []any{map[string]any{"tag": "markdown", "content": "**hi**"}}}},
		{"i18n_elements": map[string]any{"zh_cn": []any{map[string]any{"tag": "hr"}}}},
	} {
		wantOK(t, h.call(t, "tt.sendMessageCard", to(map[string]any{"msg_type": "interactive", "card": card})), "sendMessageCard")
	}
	wantFail(t, h.call(t, "tt.sendMessageCard", map[string]any{"chooseChatParams": "x"}), "sendMessageCard", ErrnoInvalidParam,
		"Parameter error. chooseChatParams is of wrong type")
}

func TestSendMessageCardThroughThePicker(t *testing.T) {
	h := newHarness(t, gadget) // the picker needs no login
	deliveries := ccRecord(h)
	id, p := chatAsk(t, h, "tt.sendMessageCard", map[string]any{"shouldChooseChat": true, "openChatIDs": []string{"ignored"},
		"chooseChatParams": map[string]any{"multiSelect": true, "selectType": 1}, "withAdditionalMessage": true, "cardContent": testCard()})
	if !p.Multi || !p.MessageInput || len(p.Chats) != 4 {
		t.Errorf("picker %+v", p)
	}
	all, eng := chatID(t, "All Hands"), chatID(t, "Engineering")
	if err := h.Answer(id, Answer{Fields: map[string]any{"select": []any{eng, all}, "message": "see this"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if got := sentTo(t, (*deliveries)[0].res); !reflect.DeepEqual(got, []string{eng, all}) {
		t.Errorf("sent to %v", got)
	}
	id, _ = chatAsk(t, h, "tt.sendMessageCard", map[string]any{"shouldChooseChat": true, "cardContent": testCard()})
	if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByUser); err != nil {
		t.Fatal(err)
	}
	res := (*deliveries)[1].res
	if res.Outcome != OutcomeCancel || res.Fields["errMsg"] != "sendMessageCard:cancel" || res.Fields["errCode"] != cardCancelled {
		t.Errorf("cancel %s %v", res.Outcome, res.Fields)
	}
	wantFail(t, h.call(t, "tt.sendMessageCard", map[string]any{"shouldChooseChat": true, "chooseChatParams": map[string]any{"selectType": 5},
		"cardContent": testCard()}), "sendMessageCard", ErrnoInvalidParam, "Parameter error. selectType should be 0, 1 or 2, got 5")
	// Without the picker, a gadget logs in first.
	wantFail(t, h.call(t, "tt.sendMessageCard", map[string]any{"openChatIDs": []string{eng}, "cardContent": testCard()}),
		"sendMessageCard", ErrnoAuthFail, "Authentication failed. Call tt.requestAccess before tt.sendMessageCard")
}

func TestSendMessageCardToAChatThatFails(t *testing.T) {
	me, li := ccID(ccZhang), ccID(ccLi)
	h := newHarness(t, notStrict, `{"chats":{"list":[{"openChatId":"oc_ok","name":{"en_us":"OK"},"members":["`+me+`"]},
		{"openChatId":"oc_muted","name":{"en_us":"Muted"},"members":["`+me+`","`+li+`"],"sendStatus":11}]}}`)
	res := h.call(t, "tt.sendMessageCard", map[string]any{"openChatIDs": []string{"oc_ok", "oc_muted"}, "cardContent": testCard()})
	wantCardFail(t, res, ErrnoInternal, "send failed to 1 of 2 chats", cardSendFailed)
	info := res.Fields["sendCardInfo"].([]cardInfo)
	if len(info) != 2 || info[0].Status != 0 || info[1].Status != 11 || !reflect.DeepEqual(res.Fields["failedOpenChatIDs"], []string{"oc_muted"}) {
		t.Errorf("got %+v %v", info, res.Fields["failedOpenChatIDs"])
	}
}
