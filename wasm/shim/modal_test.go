package shim

import (
	"reflect"
	"testing"
)

func TestShowModalAnswers(t *testing.T) {
	confirmed := Fields{"confirm": true, "cancel": false}
	cancelled := Fields{"confirm": false, "cancel": true}
	tests := []struct {
		answer Answer
		by     string
		want   Fields
	}{
		{Answer{Choice: "confirm"}, AnsweredByUser, confirmed},
		{Answer{Choice: "cancel"}, AnsweredByUser, cancelled},
		{Answer{Choice: "confirm"}, AnsweredByTest, confirmed},
	}
	for _, tt := range tests {
		h := newHarness(t, notStrict)
		res := h.call(t, "tt.showModal", map[string]any{"title": "Delete?", "content": "It cannot be undone", "confirmColor": "#f54a45"})
		if res.Outcome != OutcomePending {
			t.Fatalf("showModal did not wait: %s %v", res.Outcome, res.Fields)
		}
		d := h.ui.dialogs[0]
		if d.Kind != DialogModal || !reflect.DeepEqual(*d.Modal, Modal{Title: "Delete?", Content: "It cannot be undone", ShowCancel: true, ConfirmColor: "#f54a45"}) {
			t.Errorf("drew %+v %+v", d, d.Modal)
		}
		if d.Dismiss.Choice != "cancel" {
			t.Errorf("dismissing answers %+v, want cancel", d.Dismiss)
		}
		wantOKFields(t, h.settle(t, tt.answer, tt.by), "showModal", tt.want)
		if calls := h.Calls("tt.showModal"); calls[0].Dialog.AnsweredBy != tt.by {
			t.Errorf("logged %+v", calls[0].Dialog)
		}
	}
}

func TestShowModalAnsweredInAdvance(t *testing.T) {
	h := newHarness(t, notStrict, `{"answers":{"showModal":"confirm"}}`)
	wantOKFields(t, h.call(t, "Taro.showModal", map[string]any{"content": "Go on?"}), "showModal", Fields{"confirm": true, "cancel": false})
	if len(h.ui.dialogs) != 0 {
		t.Errorf("an answered modal was drawn")
	}
	bad := newHarness(t, notStrict, `{"answers":{"showModal":2}}`)
	wantFail(t, bad.call(t, "tt.showModal", map[string]any{"title": "t"}), "showModal", ErrnoInternal,
		"internal error: the configuration cannot answer the modal dialog: a modal takes \"confirm\" or \"cancel\", not 2")
}

func TestShowModalRefusesAnswersThatDoNotFit(t *testing.T) {
	h := newHarness(t, notStrict)
	h.call(t, "tt.showModal", map[string]any{"title": "t", "showCancel": false})
	for _, a := range []Answer{{Choice: "allow"}, index(0), {Fields: map[string]any{"inputValue": "x"}}, {Select: []string{"a"}}} {
		if err := h.AnswerOldest(a, AnsweredByTest); err == nil {
			t.Errorf("the modal took %s", answerText(a))
		}
	}
	if h.ui.dialogs[0].Modal.ShowCancel {
		t.Errorf("showCancel false was drawn with a Cancel button")
	}
	// Reset dismisses it as a cancel.
	got := h.recordDeliveries()
	h.Reset()
	wantOKFields(t, (*got)[0].res, "showModal", Fields{"confirm": false, "cancel": true})
}

func TestShowModalErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	for _, option := range []any{nil, map[string]any{}, map[string]any{"title": "", "content": ""}} {
		wantFail(t, h.call(t, "tt.showModal", option), "showModal", ErrnoEmptyModal, "invalid title and content")
	}
	tests := []struct {
		option    map[string]any
		errString string
	}{
		{map[string]any{"title": 1}, "Parameter error. title is of wrong type"},
		{map[string]any{"title": "t", "content": []any{}}, "Parameter error. content is of wrong type"},
		{map[string]any{"title": "t", "showCancel": "no"}, "Parameter error. showCancel is of wrong type"},
		{map[string]any{"title": "t", "confirmColor": 0}, "Parameter error. confirmColor is of wrong type"},
	}
	for _, tt := range tests {
		wantFail(t, h.call(t, "tt.showModal", tt.option), "showModal", ErrnoInvalidParam, tt.errString)
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a failed call drew %+v", h.ui.dialogs)
	}
	// Below V7.8.0 the buttons take 8 characters, a Chinese one counting 2.
	old := newHarness(t, notStrict, clientPatch("pc", "7.7.0"))
	wantFail(t, old.call(t, "tt.showModal", map[string]any{"title": "t", "confirmText": "确定确定确定确定确"}), "showModal", ErrnoInvalidParam,
		"Parameter error. confirmText should be at most 8 characters (a Chinese character counts 2), got 18")
	wantFail(t, old.call(t, "tt.showModal", map[string]any{"title": "t", "cancelText": "Not now, thanks"}), "showModal", ErrnoInvalidParam,
		"Parameter error. cancelText should be at most 8 characters (a Chinese character counts 2), got 15")
	if res := old.call(t, "tt.showModal", map[string]any{"title": "t", "confirmText": "确定确定"}); res.Outcome != OutcomePending {
		t.Errorf("V7.7.0 refused an 8-wide confirmText: %v", res.Fields)
	}
	if res := h.call(t, "tt.showModal", map[string]any{"title": "t", "confirmText": "Yes, delete it"}); res.Outcome != OutcomePending {
		t.Errorf("%s refused a long confirmText: %v", DefaultVersion, res.Fields)
	}
}
