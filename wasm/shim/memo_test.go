package shim

import (
	"encoding/json"
	"testing"
)

// A pure API's repeated call is answered from memory: the same answer,
// logged each time, and sent to the page as its id after the first.
func TestRememberedAnswers(t *testing.T) {
	h := newHarness(t, notStrict)
	payload := []byte(`{"v":[390,844,1170,2532,3,0],"a":{}}`)
	first := h.Invoke("tt.getSystemInfo", payload)
	id, oldest, isFirst := first.Remembered()
	if id == 0 || !isFirst || oldest > id {
		t.Fatalf("first answer: Remembered() = %d, %d, %v; want a new id, given for the first time", id, oldest, isFirst)
	}
	again := h.Invoke("tt.getSystemInfo", payload)
	againID, _, againFirst := again.Remembered()
	if againID != id || againFirst {
		t.Fatalf("repeated answer: Remembered() = %d, first %v; want %d, not first", againID, againFirst, id)
	}
	wantOK(t, again, "getSystemInfo")
	if again.Fields["windowWidth"] != 390.0 {
		t.Errorf("remembered windowWidth = %v", again.Fields["windowWidth"])
	}
	calls := h.Calls("getSystemInfo")
	if len(calls) != 2 || calls[1].Outcome != OutcomeOK || calls[1].Result["errMsg"] != "getSystemInfo:ok" {
		t.Fatalf("log = %+v, want both calls", calls)
	}
	if args, _ := json.Marshal(calls[1].Args); string(args) != `{}` {
		t.Errorf("logged args of the remembered call = %s, want {}", args)
	}

	// Another window is another payload, so another answer.
	wider := h.Invoke("tt.getSystemInfo", []byte(`{"v":[800,844,1170,2532,3,0],"a":{}}`))
	if wider.Fields["windowWidth"] != 800.0 {
		t.Errorf("windowWidth after a resize = %v, want 800", wider.Fields["windowWidth"])
	}
	if wideID, _, wideFirst := wider.Remembered(); wideID == id || !wideFirst {
		t.Errorf("a new window reused memo id %d", wideID)
	}
}

// A change of configuration forgets every answer worked out from the old
// one, and tells the page which of its copies to drop.
func TestConfigurationForgetsRememberedAnswers(t *testing.T) {
	h := newHarness(t, notStrict)
	payload := []byte(`{"a":{}}`)
	before := h.Invoke("tt.getSystemInfo", payload)
	oldID, _, _ := before.Remembered()
	if err := h.Configure([]byte(`{"client":{"platform":"ios","language":"en_US"}}`)); err != nil {
		t.Fatal(err)
	}
	after := h.Invoke("tt.getSystemInfo", payload)
	if after.Fields["platform"] != "ios" || after.Fields["appName"] != "Lark" {
		t.Fatalf("after configure: %v, want the iOS client's answer", after.Fields)
	}
	id, oldest, first := after.Remembered()
	if !first || id <= oldID || oldest <= oldID {
		t.Errorf("after configure: Remembered() = %d, %d, %v; want a new id and the old one (%d) dropped", id, oldest, first, oldID)
	}
	h.Reset()
	if _, _, first := h.Invoke("tt.getSystemInfo", payload).Remembered(); !first {
		t.Errorf("after reset the answer came from memory")
	}
}

// A remembered answer passes the client's checks again: in strict web-app
// mode, canIUse answers before h5sdk.config and getSystemInfo does not.
func TestRememberedAnswersStillCheckPrerequisites(t *testing.T) {
	h := newHarness(t, notStrict)
	payload := []byte(`{"a":{}}`)
	wantOK(t, h.Invoke("tt.getSystemInfo", payload), "getSystemInfo")
	if err := h.Configure([]byte(`{"strict":true}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.Invoke("tt.canIUse", []byte(`{"a":"getSystemInfo"}`)), "canIUse")
	refused := h.Invoke("tt.getSystemInfo", payload)
	wantFail(t, refused, "getSystemInfo", ErrnoAuthFail, "Authentication failed. Call h5sdk.config before tt.getSystemInfo")
	h.authenticate(t, "getSystemInfo")
	wantOK(t, h.Invoke("tt.getSystemInfo", payload), "getSystemInfo")
	res := h.Invoke("tt.getSystemInfo", payload)
	if id, _, first := res.Remembered(); id == 0 || first {
		t.Errorf("the authenticated repeat was not answered from memory: %d %v", id, first)
	}
	// A new h5sdk.config without it takes it away, configuration unchanged.
	h.authenticate(t, "enterProfile")
	wantFail(t, h.Invoke("tt.getSystemInfo", payload), "getSystemInfo", ErrnoH5Auth,
		"Authentication failed. getSystemInfo is not in h5sdk.config's jsApiList (error code: 333445)")
}

// The memo stays small whatever the page asks, and goes on remembering:
// once full, it starts afresh and tells the page to drop its old copies.
func TestMemoIsBounded(t *testing.T) {
	h := newHarness(t, notStrict)
	full, lastID := false, 0
	var schema []byte
	for i := range 3 * memoLimit {
		schema, _ = json.Marshal(map[string]any{"a": "api" + string(rune('a'+i%26)) + string(rune('a'+i/26))})
		id, _, first := h.Invoke("tt.canIUse", schema).Remembered()
		if id <= lastID || !first {
			t.Fatalf("call %d: Remembered() = %d, first %v; want a new id after %d", i+1, id, first, lastID)
		}
		lastID = id
		n := len(h.memo.entries)
		if n > memoLimit {
			t.Fatalf("after %d different calls the memo holds %d answers", i+1, n)
		}
		full = full || n == memoLimit
	}
	if !full {
		t.Errorf("%d different calls never filled the memo's %d answers", 3*memoLimit, memoLimit)
	}
	id, oldest, first := h.Invoke("tt.canIUse", schema).Remembered()
	if id != lastID || first {
		t.Errorf("the newest answer was forgotten: Remembered() = %d, first %v; want %d", id, first, lastID)
	}
	if oldest <= 1 || oldest > lastID {
		t.Errorf("oldest remembered id %d: the page was not told to drop the copies it no longer needs", oldest)
	}
}
