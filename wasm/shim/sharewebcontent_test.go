package shim

import (
	"reflect"
	"testing"
)

func TestShareWebContentOpensTheSharePanel(t *testing.T) {
	h := newHarness(t, notStrict)
	d := h.askDialog(t, "tt.shareWebContent", map[string]any{"title": "周报", "url": "https://example.com/weekly"}, DialogChats)
	p := d.Chats
	if !p.Multi || !p.MessageInput || p.ConfirmDesc != "周报\nhttps://example.com/weekly" || len(p.Chats) != len(h.Config().MyChats()) {
		t.Fatalf("panel %+v", p)
	}
	// A pick the panel refuses leaves it open.
	for _, bad := range []Answer{choiceAnswer("allow"), {Select: []string{"oc_nobody"}}, fieldsAnswer(map[string]any{"select": []any{}})} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the panel took %s", answerText(bad))
		}
	}
	engineering := chatID(t, "Engineering")
	sent := fieldsAnswer(map[string]any{"select": []any{engineering}, "message": "请看"})
	wantOK(t, h.answerDialog(t, d, sent), "shareWebContent")
	calls := h.Calls("shareWebContent")
	if last := calls[len(calls)-1]; !reflect.DeepEqual(last.Dialog.Answer, &sent) || last.Result["errMsg"] != "shareWebContent:ok" {
		t.Errorf("logged %+v", last)
	}
	// The panel opened, so a cancel succeeds too; a link without a title
	// shows the link alone.
	d = h.askDialog(t, "tt.shareWebContent", map[string]any{"url": "http://example.com/"}, DialogChats)
	if d.Chats.ConfirmDesc != "http://example.com/" {
		t.Errorf("desc %q", d.Chats.ConfirmDesc)
	}
	wantOK(t, h.answerDialog(t, d, choiceAnswer(PickerCancel)), "shareWebContent")
	// The old name asks the same panel, and the answers key answers it by
	// the new name.
	d = h.askDialog(t, "h5sdk.biz.util.share", map[string]any{"url": "https://example.com/"}, DialogChats)
	if d.API != "h5sdk.biz.util.share" {
		t.Errorf("legacy dialog %+v", d)
	}
	h.answerDialog(t, d, choiceAnswer(PickerCancel))
	if err := h.Configure([]byte(`{"answers":{"shareWebContent":["` + engineering + `"]}}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "h5sdk.biz.util.share", map[string]any{"url": "https://example.com/"}); res.Outcome != OutcomeOK {
		t.Errorf("legacy, answered: %s %v", res.Outcome, res.Fields)
	}
}

func TestShareWebContentChecksTheLink(t *testing.T) {
	h := newHarness(t, notStrict)
	for option, want := range map[string]string{
		`{}`:                                 "Parameter error. url cannot be empty",
		`{"url":""}`:                         "Parameter error. url cannot be empty",
		`{"url":5}`:                          "Parameter error. url is of wrong type",
		`{"url":"example.com"}`:              `Parameter error. url should be an http or https URL, got "example.com"`,
		`{"url":"javascript:alert(1)"}`:      `Parameter error. url should be an http or https URL, got "javascript:alert(1)"`,
		`{"url":"https://x.test","title":1}`: "Parameter error. title is of wrong type",
	} {
		res := h.Invoke("tt.shareWebContent", []byte(`{"a":`+option+`}`))
		if res.Fields["errno"] != ErrnoInvalidParam || res.Fields["errString"] != want {
			t.Errorf("%s: %v, want %q", option, res.Fields, want)
		}
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a bad link opened the panel")
	}
}
