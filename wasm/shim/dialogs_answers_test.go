// Tests of answering dialogs: wrong answers and unknown ids leave things
// as they were, the UI's reply answers as the user, ParseAnswer, Reset
// dismisses waiting calls, and faults while deciding or building the
// answer still deliver a result.

package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

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
		{`2`, Answer{Index: ptr(2)}},
		{`0`, Answer{Index: ptr(0)}},
		{`{"inputValue":"hi"}`, Answer{Fields: map[string]any{"inputValue": "hi"}}},
		{`{}`, Answer{Fields: map[string]any{}}},
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
	for _, raw := range []string{``, `allow`, `"allow`, `true`, `[1]`, `["ou_a",2]`, `[["ou_a"]]`, `null`, `[null]`, `[""]`} {
		_, err := ParseAnswer([]byte(raw))
		if err == nil || !strings.Contains(err.Error(), `"allow"`) || !strings.Contains(err.Error(), "openIds") || !strings.Contains(err.Error(), "index") {
			t.Errorf("ParseAnswer(%s) error %v, want one naming what fits", raw, err)
		}
	}
	for _, raw := range []string{`-1`, `1.5`, `1e400`} {
		if _, err := ParseAnswer([]byte(raw)); err == nil || !strings.Contains(err.Error(), "index") {
			t.Errorf("ParseAnswer(%s) error %v, want one about the index", raw, err)
		}
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

func ptr[T any](v T) *T { return &v }

func TestAnswersKeyTakesOnlyAPIsThatAsk(t *testing.T) {
	for patch, want := range map[string]string{
		`{"answers":{"getSystemInfo":"confirm"}}`: `"answers.getSystemInfo": "getSystemInfo" is not an API that asks the person`,
		`{"answers":{"nope":"confirm"}}`:          `"answers.nope": "nope" is not an API that asks the person`,
		`{"answers":[]}`:                          `"answers" should be an object of answers by API name, got array`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseConfig(%s) error %v, want %q", patch, err, want)
		}
	}
}
