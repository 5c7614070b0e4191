package shim

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestCallLogEntries(t *testing.T) {
	h := newHarness(t, notStrict)
	start := h.clock.now
	info := h.call(t, "tt.getSystemInfo", map[string]any{})
	h.clock.Advance(1500 * time.Millisecond)
	bad := h.Invoke("tt.enterProfile", []byte(`{"a":{"openid":5,"left":100,"success":{"@@js":"Function"}}}`))
	h.clock.Advance(time.Second)
	can := h.call(t, "tt.canIUse", "enterProfile")

	calls := h.Calls("")
	want := []LogEntry{
		{API: "tt.getSystemInfo", Args: map[string]any{}, Outcome: OutcomeOK, Result: info.Fields, Time: start.UnixMilli()},
		{API: "tt.enterProfile", Args: map[string]any{"openid": 5.0, "left": 100.0}, Outcome: OutcomeFail,
			Result: bad.Fields, Time: start.UnixMilli() + 1500},
		{API: "tt.canIUse", Args: "enterProfile", Outcome: OutcomeOK, Result: can.Fields, Time: start.UnixMilli() + 2500},
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("log\n%+v\nwant\n%+v", calls, want)
	}
	if calls[1].Result["errString"] != "Parameter error. openid is of wrong type" {
		t.Errorf("logged result %v", calls[1].Result)
	}
}

func TestCallLogJSON(t *testing.T) {
	h := newHarness(t, notStrict)
	if got := string(h.CallsJSON("")); got != "[]" {
		t.Errorf("empty log is %s, want []", got)
	}
	h.Invoke("tt.enterProfile", []byte(`{"a":{"openid":"ou_nobody","complete":{"@@js":"Function"}}}`))
	var entries []map[string]any
	if err := json.Unmarshal(h.CallsJSON("enterProfile"), &entries); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"api":     "tt.enterProfile",
		"args":    map[string]any{"openid": "ou_nobody"},
		"outcome": "fail",
		"result": map[string]any{"errno": 102.0,
			"errMsg":    `enterProfile:fail internal error: openid "ou_nobody" is not a user of this tenant`,
			"errString": `internal error: openid "ou_nobody" is not a user of this tenant`},
		"time": float64(testEpoch.UnixMilli()),
	}
	if len(entries) != 1 || !reflect.DeepEqual(entries[0], want) {
		t.Errorf("calls JSON %v,\nwant %v", entries, want)
	}
}

func TestCallLogFilter(t *testing.T) {
	h := newHarness(t, notStrict)
	h.authenticate(t)
	h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser, "left": 1})
	h.call(t, "tt.getSystemInfo", map[string]any{})
	h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser, "left": 2})
	tests := []struct {
		filter string
		want   []string
	}{
		{"", []string{"h5sdk.config", "tt.enterProfile", "tt.getSystemInfo", "tt.enterProfile"}},
		{"tt.enterProfile", []string{"tt.enterProfile", "tt.enterProfile"}},
		{"enterProfile", []string{"tt.enterProfile", "tt.enterProfile"}},
		{"config", []string{"h5sdk.config"}},
		{"h5sdk.config", []string{"h5sdk.config"}},
		{"Profile", nil},
		{"tt.config", nil},
		{"chooseContact", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range h.Calls(tt.filter) {
			got = append(got, e.API)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Calls(%q) = %v, want %v", tt.filter, got, tt.want)
		}
	}
	if lefts := h.Calls("enterProfile"); lefts[0].Args.(map[string]any)["left"] != 1.0 ||
		lefts[1].Args.(map[string]any)["left"] != 2.0 {
		t.Errorf("filtered calls out of order: %+v", lefts)
	}
}

func TestCallLogKeepsTheNewest(t *testing.T) {
	for _, extra := range []int{0, 1, 7} {
		t.Run(fmt.Sprint(LogLimit, "+", extra), func(t *testing.T) {
			h := newHarness(t, notStrict)
			total := LogLimit + extra
			for i := 0; i < total; i++ {
				if i%2 == 0 {
					h.call(t, "tt.canIUse", fmt.Sprint("api", i))
				} else {
					h.call(t, "tt.getSystemInfo", map[string]any{"n": i})
				}
			}
			all := h.Calls("")
			if len(all) != LogLimit {
				t.Fatalf("log holds %d, want %d", len(all), LogLimit)
			}
			// Exactly the last LogLimit calls, oldest first.
			for j, e := range all {
				i := extra + j
				want := LogEntry{API: "tt.getSystemInfo", Args: map[string]any{"n": float64(i)}}
				if i%2 == 0 {
					want = LogEntry{API: "tt.canIUse", Args: fmt.Sprint("api", i)}
				}
				if e.API != want.API || !reflect.DeepEqual(e.Args, want.Args) {
					t.Fatalf("entry %d is %s %v, want call %d: %s %v", j, e.API, e.Args, i, want.API, want.Args)
				}
			}
			canIUse := h.Calls("canIUse")
			if len(canIUse) != (total+1)/2-(extra+1)/2 || canIUse[len(canIUse)-1].Args != fmt.Sprint("api", (total-1)/2*2) {
				t.Errorf("filtered after wrapping: %d entries, newest %v", len(canIUse), canIUse[len(canIUse)-1].Args)
			}
		})
	}
}

// Changes hands out what changed since a revision: new entries, and old
// ones that settled; a reset leaves nothing older than its first number.
func TestLogChanges(t *testing.T) {
	h := newHarness(t, notStrict, `{"consent":"ask"}`)
	start := h.Changes(0)
	if len(start.Calls) != 0 || start.First != 1 {
		t.Fatalf("empty log: %+v", start)
	}
	h.call(t, "tt.getSystemInfo", nil)
	pending := h.Invoke("Taro.getUserProfile", []byte(`{"a":{"desc":"for the test"}}`))
	if pending.Outcome != OutcomePending {
		t.Fatalf("getUserProfile did not wait for consent: %v", pending.Fields)
	}
	first := h.Changes(start.Rev)
	if got := seqsAndAPIs(first); got != "1 tt.getSystemInfo, 2 Taro.getUserProfile" || first.First != 1 {
		t.Fatalf("after two calls: %s, first %d", got, first.First)
	}
	if none := h.Changes(first.Rev); len(none.Calls) != 0 || none.Rev != first.Rev {
		t.Fatalf("nothing changed, yet: %+v", none)
	}
	if err := h.AnswerOldest(Answer{Choice: "allow"}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	settled := h.Changes(first.Rev)
	if got := seqsAndAPIs(settled); got != "2 Taro.getUserProfile" || settled.Calls[0].Outcome != OutcomeOK {
		t.Fatalf("after the consent: %s %+v", got, settled.Calls)
	}
	h.Reset()
	afterReset := h.Changes(settled.Rev)
	if afterReset.Rev <= settled.Rev || afterReset.First != 3 || len(afterReset.Calls) != 0 {
		t.Fatalf("after reset: %+v, want a new revision and nothing before number 3", afterReset)
	}
	h.call(t, "tt.getSystemInfo", nil)
	if got := seqsAndAPIs(h.Changes(afterReset.Rev)); got != "3 tt.getSystemInfo" {
		t.Fatalf("the first call after reset: %s", got)
	}
}

func seqsAndAPIs(c LogChanges) string {
	var parts []string
	for _, call := range c.Calls {
		parts = append(parts, strconv.Itoa(call.Seq)+" "+call.API)
	}
	return strings.Join(parts, ", ")
}
