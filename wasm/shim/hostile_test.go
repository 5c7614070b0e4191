// What a page's huge values cost: an error message repeats only the
// start of one, and a pure API does not remember the answer to one.

package shim

import (
	"strings"
	"testing"
)

func TestErrorMessagesClipHugeValues(t *testing.T) {
	huge := strings.Repeat("é", 1<<19) // 1 MiB of two-byte runes
	h := newHarness(t, notStrict)
	tests := []struct {
		api    string
		option map[string]any
		prefix string
	}{
		{"tt.enterProfile", map[string]any{"openid": huge}, `internal error: openid "éé`},
		{"tt.requestAccess", map[string]any{"scopeList": []string{}, "appID": huge}, `unable to get session: appID "éé`},
		{"tt.request", map[string]any{"url": "ftp://" + huge}, `Parameter error. url "ftp://éé`},
		{"Taro.getUserProfile", map[string]any{"desc": "why", "lang": huge}, `parameter error: parameter.lang should be one of`},
		{"tt.chooseContact", map[string]any{"chosenIds": []string{huge}, "disableChosenIds": []string{huge}},
			"chosenIds and disableChosenIds overlap: éé"},
	}
	for _, tt := range tests {
		errString, _ := h.call(t, tt.api, tt.option).Fields["errString"].(string)
		if !strings.HasPrefix(errString, tt.prefix) || !strings.Contains(errString, "… (10485") || len(errString) > 2*echoLimit {
			t.Errorf("%s: errString %q", tt.api, clipped(errString))
		}
	}
	h5 := newHarness(t)
	option := h5.h5Option()
	option["appId"] = huge
	if message, _ := h5.call(t, "h5sdk.config", option).Fields["errorMessage"].(string); len(message) > 2*echoLimit {
		t.Errorf("h5sdk.config: errorMessage of %d bytes", len(message))
	}
	// The page's own error text, from a getter that threw it.
	res := h.Invoke("tt.enterProfile", []byte(`{"e":"Error: `+huge+`","k":"`+huge+`"}`))
	if errString, _ := res.Fields["errString"].(string); len(errString) > 3*echoLimit || !strings.Contains(errString, "cannot be read: Error: éé") {
		t.Errorf("unreadable option: errString %q", clipped(errString))
	}
}

func TestQuotedCutsOnARuneBoundary(t *testing.T) {
	for _, s := range []string{strings.Repeat("a", echoLimit), strings.Repeat("a", echoLimit-1) + "é", "x" + strings.Repeat("😀", echoLimit)} {
		q := quoted(s)
		if len(s) <= echoLimit && q != `"`+s+`"` {
			t.Errorf("quoted(%d bytes) = %q, want it whole", len(s), q)
		}
		if strings.ContainsRune(q, '\uFFFD') || strings.Contains(q, `\x`) {
			t.Errorf("quoted cut inside a rune: %q", q)
		}
	}
}

func TestPureAnswersOfHugePayloadsAreNotRemembered(t *testing.T) {
	h := newHarness(t, notStrict)
	small := payloadOf(t, map[string]any{"unknown": "x"})
	huge := payloadOf(t, map[string]any{"unknown": strings.Repeat("x", memoMaxPayload)})
	for i := 0; i < 2; i++ {
		if id, _, _ := h.Invoke("tt.getSystemInfo", small).Remembered(); id == 0 {
			t.Errorf("call %d with a small payload was not remembered", i)
		}
		res := h.Invoke("tt.getSystemInfo", huge)
		wantOK(t, res, "getSystemInfo")
		if id, _, _ := res.Remembered(); id != 0 {
			t.Errorf("call %d with a %d-byte payload was remembered as %d", i, len(huge), id)
		}
	}
}
