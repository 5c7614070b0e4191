package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestCloseWindowClosesAndLaterCallsFail(t *testing.T) {
	h := newHarness(t) // closeWindow needs no h5sdk.config
	wantOK(t, h.call(t, "tt.closeWindow", nil), "closeWindow")
	if want := []WindowClosed{{By: "tt.closeWindow", Language: "zh_CN"}}; !reflect.DeepEqual(h.ui.closedWith, want) {
		t.Errorf("overlay %v, want %v", h.ui.closedWith, want)
	}
	if want := []emitted{{closedEvent, `{"by":"tt.closeWindow"}`}}; !reflect.DeepEqual(h.events, want) {
		t.Errorf("events %v, want %v", h.events, want)
	}
	closed := "internal error: the window is closed (tt.closeWindow); ttShim.reset() opens it again"
	wantFail(t, h.call(t, "tt.closeWindow", nil), "closeWindow", ErrnoInternal, closed)
	wantFail(t, h.call(t, "tt.getSystemInfo", nil), "getSystemInfo", ErrnoInternal, closed)
	// A pure API's remembered answer is no way around it.
	if res := h.call(t, "tt.canIUse", "closeWindow"); res.Outcome != OutcomeFail {
		t.Errorf("canIUse after close: %v", res)
	}
	if _, err := h.Leave(LeaveBack); err == nil || !strings.Contains(err.Error(), "already closed") {
		t.Errorf("leave after close: %v", err)
	}
	if err := h.TapNavigationBar("left", ""); err == nil {
		t.Error("a tap after close was taken")
	}
	if calls := h.Calls("closeWindow"); len(calls) != 2 || calls[0].Outcome != OutcomeOK {
		t.Errorf("log %+v", calls)
	}
	h.Reset()
	wantOK(t, h.call(t, "tt.closeWindow", nil), "closeWindow")
}

func TestCloseWindowFollowsItsSupportTable(t *testing.T) {
	h := newHarness(t, gadget)
	if res := h.call(t, "tt.closeWindow", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("gadget closeWindow: %v", res.Fields)
	}
	old := newHarness(t, clientPatch("pc", "5.13.0"))
	if res := old.call(t, "tt.closeWindow", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("V5.13.0 closeWindow: %v", res.Fields)
	}
}

func TestLeavingWithoutAConfirmationClosesAtOnce(t *testing.T) {
	h := navHarness(t)
	got, err := h.Leave(LeaveBack)
	if err != nil || !got.Left || len(h.ui.dialogs) != 0 {
		t.Fatalf("leave = %+v, %v; dialogs %v", got, err, h.ui.dialogs)
	}
	if h.ui.closedWith[0].By != "back" {
		t.Errorf("closed by %q", h.ui.closedWith[0].By)
	}
	if _, err := h.Leave("sideways"); err == nil || err.Error() != `how should be "back" or "close", not "sideways"` {
		t.Errorf("bad how: %v", err)
	}
}

func TestLeaveConfirmAsksForItsEffectsOnly(t *testing.T) {
	h := navHarness(t, clientPatch("android", "7.45.0"))
	wantOK(t, h.call(t, "tt.enableLeaveConfirm", map[string]any{
		"effect": []string{"back"}, "title": "提示", "content": "确认要退出页面吗？", "confirmText": "退出"}), "enableLeaveConfirm")
	got, err := h.Leave(LeaveBack)
	if err != nil || got.Left || got.Pending == 0 {
		t.Fatalf("leave = %+v, %v", got, err)
	}
	d := h.ui.dialogs[0]
	want := &LeaveConfirm{Effect: []string{"back"}, Title: "提示", Content: "确认要退出页面吗？", ConfirmText: "退出", Leaving: "back"}
	if d.Kind != DialogLeaveConfirm || d.API != "tt.enableLeaveConfirm" || !d.Mobile || !reflect.DeepEqual(d.Leave, want) {
		t.Fatalf("dialog %+v", d)
	}
	if _, err := h.Leave(LeaveBack); err == nil {
		t.Error("a second leave while the confirmation is up")
	}
	if err := h.AnswerOldest(Answer{Choice: "allow"}, AnsweredByTest); err == nil || !strings.Contains(err.Error(), `"confirm" or "cancel"`) {
		t.Errorf("a wrong answer: %v", err)
	}
	if err := h.AnswerOldest(Answer{Choice: "cancel"}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if len(h.ui.closedWith) != 0 {
		t.Fatal("cancel closed the window")
	}
	// The person confirms the second time, by the dialog's own button.
	got, _ = h.Leave(LeaveBack)
	if err := h.ui.reply(Answer{Choice: "confirm"}); err != nil {
		t.Fatal(err)
	}
	wantEvents := []emitted{{leftEvent, `{"id":1,"left":false}`}, {closedEvent, `{"by":"back"}`}, {leftEvent, `{"id":2,"left":true}`}}
	if !reflect.DeepEqual(h.events, wantEvents) || got.Pending != 2 {
		t.Errorf("events %v, want %v", h.events, wantEvents)
	}
	// Close was not among the effects.
	h.Reset()
	h.authenticate(t)
	wantOK(t, h.call(t, "tt.enableLeaveConfirm", map[string]any{"effect": []string{"back"}, "title": "t"}), "enableLeaveConfirm")
	if got, _ := h.Leave(LeaveClose); !got.Left {
		t.Errorf("close asked: %+v", got)
	}
}

func TestDisableLeaveConfirmAndTheAnswersKey(t *testing.T) {
	h := navHarness(t)
	confirm := map[string]any{"effect": []string{"back", "close"}, "content": "Unsaved changes"}
	wantOK(t, h.call(t, "tt.enableLeaveConfirm", confirm), "enableLeaveConfirm")
	wantOK(t, h.call(t, "tt.disableLeaveConfirm", nil), "disableLeaveConfirm")
	if got, _ := h.Leave(LeaveClose); !got.Left || len(h.ui.dialogs) != 0 {
		t.Errorf("disabled, leave = %+v", got)
	}
	p := navHarness(t, `{"answers":{"enableLeaveConfirm":"cancel"}}`)
	wantOK(t, p.call(t, "tt.enableLeaveConfirm", confirm), "enableLeaveConfirm")
	if got, err := p.Leave(LeaveClose); err != nil || got.Left || got.Pending != 0 || len(p.ui.dialogs) != 0 {
		t.Errorf("answered in advance: %+v, %v", got, err)
	}
	// Reset settles a waiting confirmation as a cancel.
	r := navHarness(t)
	wantOK(t, r.call(t, "tt.enableLeaveConfirm", confirm), "enableLeaveConfirm")
	_, _ = r.Leave(LeaveClose)
	r.Reset()
	if len(r.ui.closedWith) != 0 || len(r.Dialogs()) != 0 || r.events[0].data != `{"id":1,"left":false}` {
		t.Errorf("after reset: closed %v, events %v", r.ui.closedWith, r.events)
	}
}

func TestEnableLeaveConfirmChecksItsOption(t *testing.T) {
	for option, want := range map[string]string{
		`{"title":"t"}`:                   "effect cannot be empty",
		`{"effect":[],"title":"t"}`:       "effect cannot be empty",
		`{"effect":"back","title":"t"}`:   "effect is of wrong type",
		`{"effect":["home"],"title":"t"}`: `effect should hold "back" or "close", not "home"`,
		`{"effect":["back"]}`:             "title and content cannot both be empty",
		`{"effect":["back"],"title":7}`:   "title is of wrong type",
		`{"effect":["back"],"title":"一二三四五六七八九十一二三四五六七"}`:          "title is 17 characters long; at most 16 are allowed",
		`{"effect":["back"],"title":"t","cancelText":"123456789"}`: "cancelText is 9 characters long; at most 8 are allowed",
	} {
		h := navHarness(t)
		wantFail(t, h.Invoke("tt.enableLeaveConfirm", []byte(`{"a":`+option+`}`)), "enableLeaveConfirm", ErrnoInvalidParam, "Parameter error. "+want)
	}
	h := newHarness(t)
	if res := h.call(t, "tt.enableLeaveConfirm", map[string]any{"effect": []string{"back"}, "title": "t"}); res.Fields["errno"] != ErrnoAuthFail {
		t.Errorf("before h5sdk.config: %v", res.Fields)
	}
}

func TestResetClearsTheBarAndReopensTheWindow(t *testing.T) {
	h := navHarness(t)
	wantOK(t, h.call(t, "tt.setNavigationBar", map[string]any{"left": items(map[string]any{"id": "a", "imageBase64": pngData})}), "setNavigationBar")
	wantOK(t, h.call(t, "tt.closeWindow", nil), "closeWindow")
	if h.ui.barHidden != 1 || h.NavigationBar().Shown {
		t.Errorf("the bar stayed over the closed window")
	}
	h.Reset()
	if bar := h.NavigationBar(); bar.Shown || len(bar.Left) != 0 || h.ui.closeAlls != 1 {
		t.Errorf("after reset: %+v", bar)
	}
}
