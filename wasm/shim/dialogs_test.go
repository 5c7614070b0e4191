package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// delivery is one result Deliver handed the page for a call that waited.
type delivery struct {
	id  int
	res Result
}

// recordDeliveries makes the harness keep every delivery, oldest first.
func (h *harness) recordDeliveries() *[]delivery {
	var got []delivery
	h.Deliver = func(id int, res Result) { got = append(got, delivery{id, res}) }
	return &got
}

// askProfile calls Taro.getUserProfile, which pends on the consent popup
// under the default configuration ("consent": "ask").
func (h *harness) askProfile(t *testing.T, desc string) int {
	t.Helper()
	res := h.call(t, "Taro.getUserProfile", map[string]any{"desc": desc})
	if res.Outcome != OutcomePending || res.Pending == 0 {
		t.Fatalf("getUserProfile did not wait for the popup: %s %+v", res.Outcome, res)
	}
	return res.Pending
}

// loggedJSON is the call log as ttShim.calls(api) gives it to the page.
func (h *harness) loggedJSON(t *testing.T, api string) []map[string]any {
	t.Helper()
	var entries []map[string]any
	if err := json.Unmarshal(h.CallsJSON(api), &entries); err != nil {
		t.Fatalf("the call log is not JSON: %v: %s", err, h.CallsJSON(api))
	}
	return entries
}

// bridged is v as it crosses the bridge: JSON, read back generically.
func bridged(t testing.TB, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%v cannot cross the bridge: %v", v, err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func dialogIDs(ds []Dialog) []int {
	ids := []int{}
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return ids
}

func deliveredIDs(ds []delivery) []int {
	ids := []int{}
	for _, d := range ds {
		ids = append(ids, d.id)
	}
	return ids
}

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

func TestWrongAnswerLeavesTheDialogOpen(t *testing.T) {
	wrong := []Answer{
		{Select: []string{DefaultTenant()[1].OpenID}},
		{Select: []string{}},
		{Choice: "cancel"},
		{Choice: ""},
		{Choice: "Allow"},
		{Choice: "yes"},
	}
	for _, a := range wrong {
		t.Run(answerText(a), func(t *testing.T) {
			h := newHarness(t)
			delivered := h.recordDeliveries()
			id := h.askProfile(t, "why")
			for _, answer := range []func() error{
				func() error { return h.AnswerOldest(a, AnsweredByTest) },
				func() error { return h.Answer(id, a, AnsweredByTest) },
				func() error { return h.ui.reply(a) },
			} {
				err := answer()
				if err == nil {
					t.Fatalf("the consent popup took %s", answerText(a))
				}
				if msg := err.Error(); !strings.Contains(msg, `"allow"`) || !strings.Contains(msg, `"deny"`) {
					t.Errorf("the error does not say what would fit: %v", err)
				}
			}
			if got := dialogIDs(h.Dialogs()); !reflect.DeepEqual(got, []int{id}) {
				t.Errorf("open after a wrong answer: %v", got)
			}
			if len(h.ui.closed) != 0 || len(*delivered) != 0 {
				t.Errorf("a wrong answer closed %v, delivered %+v", h.ui.closed, *delivered)
			}
			if calls := h.Calls(""); len(calls) != 1 || calls[0].Outcome != OutcomePending || calls[0].Dialog.Answer != nil {
				t.Errorf("log after a wrong answer: %+v", calls)
			}
			// The right answer still works.
			if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			if len(*delivered) != 1 || (*delivered)[0].id != id {
				t.Fatalf("delivered %+v", *delivered)
			}
			wantOK(t, (*delivered)[0].res, "getUserProfile")
		})
	}
}

func TestAnswerUnknownDialog(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	if err := h.Answer(1, Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil {
		t.Errorf("answering with no dialog open succeeded")
	}
	id := h.askProfile(t, "why")
	for _, other := range []int{id + 1, 0, -1} {
		if err := h.Answer(other, Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil ||
			!strings.Contains(err.Error(), "not waiting") {
			t.Errorf("Answer(%d) = %v, want an error", other, err)
		}
	}
	if len(h.Dialogs()) != 1 || len(*delivered) != 0 || len(h.ui.closed) != 0 {
		t.Fatalf("answering other ids disturbed dialog %d: open %v, delivered %v", id, h.Dialogs(), *delivered)
	}
	if err := h.Answer(id, Answer{Choice: ConsentDeny}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	// Once answered, the id is unknown: no second delivery.
	if err := h.Answer(id, Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil {
		t.Errorf("dialog %d was answered twice", id)
	}
	if len(*delivered) != 1 {
		t.Errorf("delivered %d times, want once", len(*delivered))
	}
	wantFail(t, (*delivered)[0].res, "getUserProfile", ErrnoUserPermission, "auth deny")
}

func TestUIReplyAnswersAsTheUser(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	a := h.askProfile(t, "first")
	b := h.askProfile(t, "second")
	replyA := h.ui.reply
	if err := replyA(Answer{Choice: ConsentAllow}); err != nil {
		t.Fatal(err)
	}
	if len(*delivered) != 1 || (*delivered)[0].id != a {
		t.Fatalf("delivered %+v", *delivered)
	}
	wantOK(t, (*delivered)[0].res, "getUserProfile")
	first := h.Calls("")[0]
	if first.Dialog == nil || first.Dialog.AnsweredBy != AnsweredByUser || first.Dialog.Answer.Choice != ConsentAllow {
		t.Errorf("logged dialog %+v, want answered by the user", first.Dialog)
	}
	if e := h.loggedJSON(t, "")[0]; e["dialog"].(map[string]any)["answeredBy"] != "user" {
		t.Errorf("ttShim.calls() shows %v", e["dialog"])
	}

	// The popup on screen now is b's, with its own reply.
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{a, b}) {
		t.Fatalf("shown %v", got)
	}
	if err := replyA(Answer{Choice: ConsentDeny}); err == nil {
		t.Errorf("a closed popup's reply answered again")
	}
	if err := h.ui.reply(Answer{Choice: ConsentDeny}); err != nil {
		t.Fatal(err)
	}
	if got := deliveredIDs(*delivered); !reflect.DeepEqual(got, []int{a, b}) {
		t.Fatalf("delivered to %v", got)
	}
	wantFail(t, (*delivered)[1].res, "getUserProfile", ErrnoUserPermission, "auth deny")
	if d := h.Calls("")[1].Dialog; d.AnsweredBy != AnsweredByUser || d.Answer.Choice != ConsentDeny {
		t.Errorf("second logged dialog %+v", d)
	}
}

func TestResetDismissesWaitingCalls(t *testing.T) {
	h := newHarness(t)
	var ids []int
	for _, desc := range []string{"one", "two", "three"} {
		ids = append(ids, h.askProfile(t, desc))
	}
	type seen struct {
		delivery
		log []LogEntry // the log as the delivery found it
	}
	var got []seen
	h.Deliver = func(id int, res Result) { got = append(got, seen{delivery{id, res}, h.Calls("")}) }

	h.Reset()

	if len(got) != 3 {
		t.Fatalf("Reset delivered %d results, want 3", len(got))
	}
	for i, d := range got {
		if d.id != ids[i] {
			t.Errorf("delivery %d went to dialog %d, want %d", i, d.id, ids[i])
		}
		wantFail(t, d.res, "getUserProfile", ErrnoUserPermission, "auth deny")
		entry := d.log[i]
		if entry.Outcome != OutcomeFail || entry.Dialog == nil || entry.Dialog.AnsweredBy != AnsweredByReset ||
			entry.Dialog.Answer == nil || entry.Dialog.Answer.Choice != ConsentDeny {
			t.Errorf("call %d logged as %+v %+v", i, entry, entry.Dialog)
		}
	}
	for _, id := range ids {
		found := false
		for _, closed := range h.ui.closed {
			found = found || closed == id
		}
		if !found {
			t.Errorf("dialog %d was not closed (closed %v)", id, h.ui.closed)
		}
	}
	if len(h.Dialogs()) != 0 || len(h.Calls("")) != 0 {
		t.Errorf("after Reset: open %v, log %v", h.Dialogs(), h.Calls(""))
	}
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err == nil {
		t.Errorf("a dialog survived Reset")
	}

	// The page can ask again, and the new popup is shown.
	shown := len(h.ui.dialogs)
	id := h.askProfile(t, "again")
	if len(h.ui.dialogs) != shown+1 || h.ui.dialogs[shown].ID != id {
		t.Errorf("the popup after Reset was not shown: %v", dialogIDs(h.ui.dialogs))
	}
	for _, old := range ids {
		if id == old {
			t.Errorf("dialog id %d reused after Reset", id)
		}
	}
	if len(got) != 3 {
		t.Errorf("a new call delivered at once")
	}
}

func TestResetWithNoDialogsDeliversNothing(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	h.Reset()
	if len(*delivered) != 0 || len(h.ui.closed) != 0 {
		t.Errorf("delivered %v, closed %v", *delivered, h.ui.closed)
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

func TestParseAnswer(t *testing.T) {
	good := []struct {
		raw  string
		want Answer
	}{
		{`"allow"`, Answer{Choice: "allow"}},
		{`"deny"`, Answer{Choice: "deny"}},
		{`"cancel"`, Answer{Choice: "cancel"}},
		{`["ou_a","ou_b"]`, Answer{Select: []string{"ou_a", "ou_b"}}},
		{`[]`, Answer{Select: []string{}}},
		{` "allow" `, Answer{Choice: "allow"}},
	}
	for _, tt := range good {
		got, err := ParseAnswer([]byte(tt.raw))
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseAnswer(%s) = %#v, %v; want %#v", tt.raw, got, err, tt.want)
			continue
		}
		// The call log shows the answer as the test gave it.
		if data, _ := json.Marshal(got); string(data) != strings.TrimSpace(tt.raw) {
			t.Errorf("ParseAnswer(%s) logs as %s", tt.raw, data)
		}
	}
	for _, raw := range []string{``, `allow`, `"allow`, `5`, `true`, `{}`, `{"choice":"allow"}`, `[1]`, `["ou_a",2]`, `[["ou_a"]]`, `null`, `[null]`, `[""]`} {
		_, err := ParseAnswer([]byte(raw))
		if err == nil || !strings.Contains(err.Error(), `"allow"`) || !strings.Contains(err.Error(), "openIds") {
			t.Errorf("ParseAnswer(%s) error %v, want one naming what fits", raw, err)
		}
	}
}

// A fault while deciding settles the call as a failure instead of losing it
// or the queue behind it.
func TestDecidePanicStillDelivers(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	api, ok := Lookup("Taro.getUserProfile")
	if !ok {
		t.Fatal("Taro.getUserProfile is not registered")
	}
	c := &Call{API: api, Shim: h.Shim, Args: ArgsOf(map[string]any{"desc": "why"})}
	res := c.Ask(Question{
		Dialog: Dialog{Kind: DialogConsent, Dismiss: Answer{Choice: ConsentDeny}, Consent: &Consent{Desc: "why"}},
		Decide: func(Answer) (Result, error) { panic("the popup fell over") },
	})
	if res.Outcome != OutcomePending {
		t.Fatalf("Ask answered %+v", res)
	}
	next := h.askProfile(t, "behind it")

	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatalf("a panicking Decide made Answer fail: %v", err)
	}
	if len(*delivered) != 1 || (*delivered)[0].id != res.Pending {
		t.Fatalf("delivered %+v", *delivered)
	}
	wantFail(t, (*delivered)[0].res, "getUserProfile", ErrnoInternal, "internal error: the popup fell over")
	if got := dialogIDs(h.Dialogs()); !reflect.DeepEqual(got, []int{next}) {
		t.Errorf("open %v, want only %d", got, next)
	}
	if got := dialogIDs(h.ui.dialogs); !reflect.DeepEqual(got, []int{res.Pending, next}) {
		t.Errorf("shown %v: the queue stalled", got)
	}

	// The same on Reset.
	c.Ask(Question{Dialog: Dialog{Kind: DialogConsent, Dismiss: Answer{Choice: ConsentDeny}},
		Decide: func(Answer) (Result, error) { panic("again") }})
	h.Reset()
	if len(*delivered) != 3 {
		t.Fatalf("Reset delivered %d, want 2 more", len(*delivered)-1)
	}
	wantFail(t, (*delivered)[1].res, "getUserProfile", ErrnoUserPermission, "auth deny")
	wantFail(t, (*delivered)[2].res, "getUserProfile", ErrnoInternal, "internal error: again")
	if len(h.Dialogs()) != 0 {
		t.Errorf("open after Reset: %v", h.Dialogs())
	}
}

// A failure while building the answer still reaches the page.
func TestAnswerWithoutRandomnessDeliversAFailure(t *testing.T) {
	h := newHarness(t)
	delivered := h.recordDeliveries()
	id := h.askProfile(t, "why")
	h.Rand = brokenReader{}
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if len(*delivered) != 1 || (*delivered)[0].id != id {
		t.Fatalf("delivered %+v", *delivered)
	}
	res := (*delivered)[0].res
	if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInternal ||
		!strings.Contains(res.Fields["errString"].(string), "entropy source unplugged") {
		t.Errorf("answer without randomness: %s %v", res.Outcome, res.Fields)
	}
	if calls := h.Calls(""); calls[0].Outcome != OutcomeFail {
		t.Errorf("logged %+v", calls[0])
	}
}
