package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestShowPromptAnswers(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.showPrompt", map[string]any{"title": "Rename", "placeholder": "New name", "maxLength": 5})
	if res.Outcome != OutcomePending {
		t.Fatalf("showPrompt did not wait: %s %v", res.Outcome, res.Fields)
	}
	d := h.ui.dialogs[0]
	if d.Kind != DialogPrompt || !reflect.DeepEqual(*d.Prompt, Prompt{Title: "Rename", Placeholder: "New name", MaxLength: 5}) {
		t.Errorf("drew %+v %+v", d, d.Prompt)
	}
	// The person types, then confirms: the answer carries what the box holds.
	h.ui.typeInto(res.Pending, "draft")
	wantOKFields(t, h.settle(t, Answer{Choice: "confirm"}, AnsweredByUser), "showPrompt",
		Fields{"confirm": true, "cancel": false, "inputValue": "draft"})

	h.call(t, "tt.showPrompt", nil)
	if got := h.ui.dialogs[1].Prompt.MaxLength; got != 140 {
		t.Errorf("maxLength defaults to %d", got)
	}
	wantOKFields(t, h.settle(t, Answer{Choice: "confirm"}, AnsweredByTest), "showPrompt",
		Fields{"confirm": true, "cancel": false, "inputValue": ""})
	h.call(t, "tt.showPrompt", map[string]any{"maxLength": 2})
	for _, bad := range []Answer{{Fields: map[string]any{"inputValue": "toolong"}}, {Fields: map[string]any{"inputValue": 5}},
		{Fields: map[string]any{"text": "x"}}, index(0), {Choice: "allow"}} {
		if err := h.AnswerOldest(bad, AnsweredByTest); err == nil {
			t.Errorf("the prompt took %s", answerText(bad))
		}
	}
	wantOKFields(t, h.settle(t, Answer{Fields: map[string]any{"inputValue": "hi"}}, AnsweredByTest), "showPrompt",
		Fields{"confirm": true, "cancel": false, "inputValue": "hi"})
	h.call(t, "tt.showPrompt", map[string]any{"maxLength": -1})
	long := strings.Repeat("x", 1000)
	wantOKFields(t, h.settle(t, Answer{Fields: map[string]any{"inputValue": long}}, AnsweredByTest), "showPrompt",
		Fields{"confirm": true, "cancel": false, "inputValue": long})
	h.call(t, "tt.showPrompt", nil)
	h.ui.typeInto(h.Dialogs()[0].ID, "typed, then cancelled")
	wantOKFields(t, h.settle(t, Answer{Choice: "cancel"}, AnsweredByUser), "showPrompt",
		Fields{"confirm": false, "cancel": true, "inputValue": ""})
}

func TestShowPromptAnsweredInAdvance(t *testing.T) {
	for patch, want := range map[string]Fields{
		`{"answers":{"showPrompt":{"inputValue":"x"}}}`: {"confirm": true, "cancel": false, "inputValue": "x"},
		`{"answers":{"showPrompt":"confirm"}}`:          {"confirm": true, "cancel": false, "inputValue": ""},
		`{"answers":{"showPrompt":"cancel"}}`:           {"confirm": false, "cancel": true, "inputValue": ""},
	} {
		h := newHarness(t, notStrict, patch)
		wantOKFields(t, h.call(t, "tt.showPrompt", map[string]any{"title": "t"}), "showPrompt", want)
	}
	h := newHarness(t, notStrict, `{"answers":{"showPrompt":{"inputValue":"abc"}}}`)
	wantFail(t, h.call(t, "tt.showPrompt", map[string]any{"maxLength": 2}), "showPrompt", ErrnoInternal,
		"internal error: the configuration cannot answer the prompt dialog: the prompt takes at most 2 characters (maxLength), and inputValue has 3")
}

func TestShowPromptErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	tests := []struct {
		option    map[string]any
		errString string
	}{
		{map[string]any{"title": 1}, "Parameter error. title is of wrong type"},
		{map[string]any{"placeholder": false}, "Parameter error. placeholder is of wrong type"},
		{map[string]any{"maxLength": "10"}, "Parameter error. maxLength is of wrong type"},
		{map[string]any{"maxLength": 0}, "Parameter error. maxLength should be -1 (no limit) or a whole number from 1, got 0"},
		{map[string]any{"maxLength": 2.5}, "Parameter error. maxLength should be -1 (no limit) or a whole number from 1, got 2.5"},
		{map[string]any{"maxLength": -2}, "Parameter error. maxLength should be -1 (no limit) or a whole number from 1, got -2"},
		{map[string]any{"title": strings.Repeat("标题", 8)}, "Parameter error. title should be at most 30 characters (a Chinese character counts 2), got 32"},
		{map[string]any{"confirmText": "Confirm it"}, "Parameter error. confirmText should be at most 8 characters (a Chinese character counts 2), got 10"},
		{map[string]any{"cancelText": "キャンセル"}, "Parameter error. cancelText should be at most 8 characters (a Chinese character counts 2), got 10"},
	}
	for _, tt := range tests {
		wantFail(t, h.call(t, "tt.showPrompt", tt.option), "showPrompt", ErrnoInvalidParam, tt.errString)
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a failed call drew %+v", h.ui.dialogs)
	}
	if _, ok := Lookup("Taro.showPrompt"); ok {
		t.Errorf("Taro has no showPrompt, yet ttshim registers one")
	}
}
