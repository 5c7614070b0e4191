package shim

import (
	"reflect"
	"testing"
)

func TestShowActionSheetAnswers(t *testing.T) {
	h := newHarness(t, notStrict, mobile)
	items := []any{"Reply", "Forward", "Delete"}
	res := h.call(t, "tt.showActionSheet", map[string]any{"itemList": items, "itemColor": "#3370ff"})
	if res.Outcome != OutcomePending {
		t.Fatalf("showActionSheet did not wait: %s %v", res.Outcome, res.Fields)
	}
	d := h.ui.dialogs[0]
	if d.Kind != DialogActionSheet || !d.Mobile || !reflect.DeepEqual(*d.ActionSheet, ActionSheet{Items: []string{"Reply", "Forward", "Delete"}, ItemColor: "#3370ff"}) {
		t.Errorf("drew %+v %+v", d, d.ActionSheet)
	}
	if err := h.AnswerOldest(index(3), AnsweredByTest); err == nil || err.Error() != "tt.showActionSheet cannot take the answer 3: the action sheet has 3 items, so an index from 0 to 2, not 3" {
		t.Errorf("index 3: %v", err)
	}
	if err := h.AnswerOldest(Answer{Choice: "confirm"}, AnsweredByTest); err == nil {
		t.Errorf("the sheet took confirm")
	}
	wantOKFields(t, h.settle(t, index(2), AnsweredByUser), "showActionSheet", Fields{"tapIndex": 2})

	h.call(t, "Taro.showActionSheet", map[string]any{"itemList": items})
	cancelled := h.settle(t, Answer{Choice: "cancel"}, AnsweredByTest)
	if cancelled.Outcome != OutcomeCancel || !reflect.DeepEqual(cancelled.Fields, Fields{
		"errMsg": "showActionSheet:fail cancel", "errno": ErrnoUnknown, "errString": "cancel"}) {
		t.Errorf("cancel answered %s %v", cancelled.Outcome, cancelled.Fields)
	}
}

func TestShowActionSheetAnsweredInAdvance(t *testing.T) {
	h := newHarness(t, notStrict, mobile, `{"answers":{"showActionSheet":1}}`)
	wantOKFields(t, h.call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"a", "b"}}), "showActionSheet", Fields{"tapIndex": 1})
	cancel := newHarness(t, notStrict, mobile, `{"answers":{"showActionSheet":"cancel"}}`)
	if res := cancel.call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"a"}}); res.Fields["errMsg"] != "showActionSheet:fail cancel" {
		t.Errorf("cancel in advance answered %v", res.Fields)
	}
	far := newHarness(t, notStrict, mobile, `{"answers":{"showActionSheet":5}}`)
	wantFail(t, far.call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"a"}}), "showActionSheet", ErrnoInternal,
		"internal error: the configuration cannot answer the actionSheet dialog: the action sheet has 1 items, so an index from 0 to 0, not 5")
}

func TestShowActionSheetErrors(t *testing.T) {
	h := newHarness(t, notStrict, clientPatch("android", "7.45.0"))
	tests := []struct {
		option    any
		errString string
	}{
		{nil, "Parameter error. itemList cannot be empty"},
		{map[string]any{"itemList": []any{}}, "Parameter error. itemList cannot be empty"},
		{map[string]any{"itemList": "a,b"}, "Parameter error. itemList is of wrong type"},
		{map[string]any{"itemList": []any{"a", 2}}, "Parameter error. itemList must hold only strings"},
		{map[string]any{"itemList": []any{"1", "2", "3", "4", "5", "6", "7"}}, "Parameter error. itemList should hold at most 6 items, got 7"},
		{map[string]any{"itemList": []any{"a"}, "itemColor": 1}, "Parameter error. itemColor is of wrong type"},
	}
	for _, tt := range tests {
		wantFail(t, h.call(t, "tt.showActionSheet", tt.option), "showActionSheet", ErrnoInvalidParam, tt.errString)
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a failed call drew %+v", h.ui.dialogs)
	}
	// Six items are fine; a gadget on PC has the sheet, a web app on PC does not.
	if res := h.call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"1", "2", "3", "4", "5", "6"}}); res.Outcome != OutcomePending {
		t.Errorf("six items answered %v", res.Fields)
	}
	if res := newHarness(t, gadget, notStrict).call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"a"}}); res.Outcome != OutcomePending {
		t.Errorf("a PC gadget answered %v", res.Fields)
	}
	wantFail(t, newHarness(t, notStrict).call(t, "tt.showActionSheet", map[string]any{"itemList": []any{"a"}}), "showActionSheet",
		ErrnoNotSupported, "feature not support: tt.showActionSheet is not available to web apps on pc 7.45.0")
}
