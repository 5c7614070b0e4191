// Tests of how a waiting call's dialog is shown and queued: the consent
// popup as drawn and as ttShim.dialogs() lists it, the pending log entry
// and its settling, one dialog on screen at a time, AnswerOldest, and the
// cap on open dialogs.

package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestAskShowsTheConsentPopup(t *testing.T) {
	tests := []struct {
		client   string
		language string
		mobile   bool
		userName string
	}{
		{`{"client":{"platform":"pc","language":"en_US"}}`, "en_US", false, "Zhang Wei"},
		{`{"client":{"platform":"pc","os":"mac","language":"zh_CN"}}`, "zh_CN", false, "张伟"},
		{`{"client":{"platform":"ios","language":"ja_JP"}}`, "ja_JP", true, "チョウ・イ"},
		{`{"client":{"platform":"android","language":"en_US"}}`, "en_US", true, "Zhang Wei"},
		{`{"client":{"platform":"harmony","language":"zh_CN"}}`, "zh_CN", true, "张伟"},
	}
	for _, tt := range tests {
		t.Run(tt.client, func(t *testing.T) {
			h := newHarness(t, tt.client, `{"app":{"appName":"Expense Helper"}}`)
			delivered := h.recordDeliveries()
			id := h.askProfile(t, "Show your name on receipts")
			me := DefaultTenant()[0]
			want := Dialog{ID: id, Kind: DialogConsent, API: "Taro.getUserProfile",
				Consent: &Consent{AppName: "Expense Helper", AppAvatar: h.Config().App.AvatarURL(),
					Desc: "Show your name on receipts", UserName: tt.userName, UserAvatar: me.Avatar},
				Language: tt.language, Mobile: tt.mobile}
			if len(h.ui.dialogs) != 1 {
				t.Fatalf("%d dialogs shown, want 1", len(h.ui.dialogs))
			}
			got := h.ui.dialogs[0]
			got.Dismiss = Answer{} // how closing answers is tested through Reset
			if !reflect.DeepEqual(got, want) {
				t.Errorf("shown  %+v %+v,\nwant %+v %+v", got, got.Consent, want, want.Consent)
			}
			if !strings.HasPrefix(want.Consent.AppAvatar, "data:image/svg+xml;base64,") {
				t.Errorf("the popup has no app avatar: %q", want.Consent.AppAvatar)
			}
			if listed := h.Dialogs(); len(listed) != 1 || listed[0].ID != id || listed[0].Consent.Desc != want.Consent.Desc {
				t.Errorf("Dialogs() = %+v", listed)
			}
			if len(*delivered) != 0 || len(h.ui.closed) != 0 {
				t.Errorf("a waiting call was settled: delivered %v, closed %v", *delivered, h.ui.closed)
			}
		})
	}
}

func TestDialogsAsTheBridgeListsThem(t *testing.T) {
	h := newHarness(t, `{"app":{"appName":"Expense Helper","avatar":"https://example.cn/app.png"}}`)
	id := h.askProfile(t, "Show your name")
	got := bridged(t, h.Dialogs())
	want := []any{map[string]any{
		"id": float64(id), "kind": "consent", "api": "Taro.getUserProfile",
		"consent": map[string]any{"appName": "Expense Helper", "appAvatar": "https://example.cn/app.png",
			"desc": "Show your name", "userName": "张伟", "userAvatar": DefaultTenant()[0].Avatar},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ttShim.dialogs() = %v,\nwant %v", got, want)
	}
	if got := bridged(t, newHarness(t).Dialogs()); !reflect.DeepEqual(got, []any{}) {
		t.Errorf("ttShim.dialogs() with none open = %#v, want []", got)
	}
}

func TestPendingCallIsLoggedThenSettled(t *testing.T) {
	for _, choice := range []string{ConsentAllow, ConsentDeny} {
		t.Run(choice, func(t *testing.T) {
			h := newHarness(t)
			delivered := h.recordDeliveries()
			id := h.askProfile(t, "Show your name")

			entries := h.loggedJSON(t, "getUserProfile")
			if len(entries) != 1 {
				t.Fatalf("log %v", entries)
			}
			e := entries[0]
			if e["api"] != "Taro.getUserProfile" || e["outcome"] != "pending" || e["result"] != nil {
				t.Errorf("pending entry %v", e)
			}
			if d := e["dialog"]; !reflect.DeepEqual(d, map[string]any{"kind": "consent", "answer": nil}) {
				t.Errorf("pending entry's dialog %#v, want {kind: consent, answer: null}", d)
			}
			if !reflect.DeepEqual(e["args"], map[string]any{"desc": "Show your name"}) {
				t.Errorf("logged args %v", e["args"])
			}

			if err := h.AnswerOldest(Answer{Choice: choice}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			if len(*delivered) != 1 || (*delivered)[0].id != id {
				t.Fatalf("delivered %+v, want exactly once to dialog %d", *delivered, id)
			}
			res := (*delivered)[0].res
			if choice == ConsentAllow {
				wantOK(t, res, "getUserProfile")
			} else {
				wantFail(t, res, "getUserProfile", ErrnoUserPermission, "auth deny")
			}

			entries = h.loggedJSON(t, "")
			if len(entries) != 1 {
				t.Fatalf("settling added an entry: %v", entries)
			}
			e = entries[0]
			if e["outcome"] != string(res.Outcome) || !reflect.DeepEqual(e["result"], bridged(t, res.Fields)) {
				t.Errorf("settled entry %v,\ndelivered %s %v", e, res.Outcome, res.Fields)
			}
			wantDialog := map[string]any{"kind": "consent", "answer": choice, "answeredBy": "ttShim.answer"}
			if !reflect.DeepEqual(e["dialog"], wantDialog) {
				t.Errorf("settled entry's dialog %v, want %v", e["dialog"], wantDialog)
			}
			if !reflect.DeepEqual(h.ui.closed, []int{id}) || len(h.Dialogs()) != 0 {
				t.Errorf("closed %v, still open %v", h.ui.closed, h.Dialogs())
			}
		})
	}
}

func TestDialogsQueue(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	a := h.askProfile(t, "first")
	b := h.askProfile(t, "second")
	c := h.askProfile(t, "third")
	if a == b || b == c || a == c {
		t.Fatalf("dialog ids %d %d %d are not distinct", a, b, c)
	}
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{a}) {
		t.Fatalf("shown %v, want only the oldest %d", got, a)
	}
	if got := dialogIDs(h.Dialogs()); !reflect.DeepEqual(got, []int{a, b, c}) {
		t.Fatalf("Dialogs() %v, want %v oldest first", got, []int{a, b, c})
	}

	// Answering the one on screen brings up the next.
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{a, b}) || h.ui.dialogs[1].Consent.Desc != "second" {
		t.Fatalf("shown %v after answering %d, want %d next", got, a, b)
	}
	if !reflect.DeepEqual(h.ui.closed, []int{a}) {
		t.Errorf("closed %v", h.ui.closed)
	}

	// Answering one still queued settles it without disturbing the screen.
	if err := h.Answer(c, Answer{Choice: ConsentDeny}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{a, b}) {
		t.Errorf("shown %v after answering the queued %d", got, c)
	}
	if got := dialogIDs(h.Dialogs()); !reflect.DeepEqual(got, []int{b}) {
		t.Errorf("Dialogs() %v, want [%d]", got, b)
	}

	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{a, b}) {
		t.Errorf("shown %v once the queue is empty", got)
	}
	if got := deliveredIDs(*delivered); !reflect.DeepEqual(got, []int{a, c, b}) {
		t.Fatalf("delivered to %v, want %v", got, []int{a, c, b})
	}
	wantOK(t, (*delivered)[0].res, "getUserProfile")
	wantFail(t, (*delivered)[1].res, "getUserProfile", ErrnoUserPermission, "auth deny")
	wantOK(t, (*delivered)[2].res, "getUserProfile")
	if got := h.ui.closed; len(got) != 3 {
		t.Errorf("closed %v, want all three", got)
	}

	// Each entry of the log settled on its own.
	entries := h.Calls("getUserProfile")
	outcomes := []Outcome{}
	for _, e := range entries {
		outcomes = append(outcomes, e.Outcome)
	}
	if !reflect.DeepEqual(outcomes, []Outcome{OutcomeOK, OutcomeOK, OutcomeFail}) {
		t.Errorf("logged outcomes %v, want ok ok fail in call order", outcomes)
	}
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil {
		t.Errorf("AnswerOldest with the queue empty succeeded")
	}
	if len(*delivered) != 3 {
		t.Errorf("delivered %d times, want 3", len(*delivered))
	}
}

func TestAnswerOldestWithNoneOpen(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest)
	if err == nil || !strings.Contains(err.Error(), "no dialog") {
		t.Errorf("AnswerOldest with none open: %v", err)
	}
	// Configured consent never opens one.
	h.Configure([]byte(`{"consent":"allow"}`))
	wantOK(t, h.call(t, "Taro.getUserProfile", map[string]any{"desc": "why"}), "getUserProfile")
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil {
		t.Errorf("AnswerOldest found a dialog after a configured answer")
	}
	if len(*delivered) != 0 {
		t.Errorf("delivered %+v", *delivered)
	}
}

func TestOpenDialogsAreCapped(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	for i := 0; i < 50; i++ {
		h.askProfile(t, "why")
	}
	res := h.call(t, "Taro.getUserProfile", map[string]any{"desc": "one too many"})
	if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoTooManyCalls ||
		!strings.HasPrefix(res.Fields["errMsg"].(string), "getUserProfile:fail too many API calls") ||
		!strings.Contains(res.Fields["errString"].(string), "50") {
		t.Fatalf("the 51st waiting call answered %s %v", res.Outcome, res.Fields)
	}
	if n := len(h.Dialogs()); n != 50 {
		t.Errorf("%d dialogs open, want 50", n)
	}
	if n := len(h.ui.dialogs); n != 1 {
		t.Errorf("%d dialogs shown, want only the oldest", n)
	}
	calls := h.Calls("")
	if last := calls[len(calls)-1]; last.Outcome != OutcomeFail || last.Dialog != nil {
		t.Errorf("the refused call is logged as %+v", last)
	}
	if len(*delivered) != 0 {
		t.Errorf("refusing a call delivered %v", *delivered)
	}

	// A configured answer needs no room in the queue.
	h.Configure([]byte(`{"consent":"allow"}`))
	wantOK(t, h.call(t, "Taro.getUserProfile", map[string]any{"desc": "why"}), "getUserProfile")
	h.Configure([]byte(`{"consent":"ask"}`))

	// Room frees up as dialogs are answered.
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	h.askProfile(t, "now there is room")
	res = h.call(t, "Taro.getUserProfile", map[string]any{"desc": "full again"})
	if res.Fields["errno"] != ErrnoTooManyCalls {
		t.Errorf("the queue took a 51st again: %s %v", res.Outcome, res.Fields)
	}
}

// The loader's "dialog" event comes from the results: a call that opens a
// dialog carries it as it goes pending, and its answer as it settles.
func TestResultsCarryTheirDialog(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	res := h.call(t, "Taro.getUserProfile", map[string]any{"desc": "Show your name"})
	if res.Outcome != OutcomePending || !reflect.DeepEqual(res.Dialog, &DialogRecord{Kind: DialogConsent}) {
		t.Fatalf("%s with dialog %+v, want pending on the unanswered consent popup", res.Outcome, res.Dialog)
	}
	if err := h.AnswerOldest(Answer{Choice: ConsentDeny}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	want := &DialogRecord{Kind: DialogConsent, Answer: &Answer{Choice: ConsentDeny}, AnsweredBy: AnsweredByTest}
	if len(*delivered) != 1 || !reflect.DeepEqual((*delivered)[0].res.Dialog, want) {
		t.Fatalf("delivered %+v, want one result with dialog %+v", *delivered, want)
	}
	// A dialog the configuration answers never opens; other calls have none.
	preset := newHarness(t, `{"consent":"allow"}`)
	if got := preset.call(t, "Taro.getUserProfile", map[string]any{"desc": "x"}); got.Outcome != OutcomeOK || got.Dialog != nil {
		t.Errorf("preset consent: %s with dialog %+v, want ok with none", got.Outcome, got.Dialog)
	}
	if got := h.call(t, "tt.getSystemInfo", nil); got.Dialog != nil {
		t.Errorf("getSystemInfo carries dialog %+v", got.Dialog)
	}
}
