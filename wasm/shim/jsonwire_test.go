package shim

import (
	"bytes"
	"encoding/json"
	"testing"

	"ttshim/wasm/internal/jsonwire"
)

// The page's build writes ttShim.config(), ttShim.calls(), ttShim.dialogs()
// and the answers in its log with jsonwire in place of encoding/json: what
// a test reads is what encoding/json wrote before, byte for byte.
func TestJSONIsWhatEncodingJSONWrites(t *testing.T) {
	h := newHarness(t, notStrict, mobile, `{"contactPicker":{"select":["ou_a"]},
		"answers":{"showActionSheet":1,"chooseChat":["oc_x"],"showModal":{"confirm":true}},
		"users":[{"name":{"en_us":"<Ann & Bo>"}}]}`)
	h.call(t, "tt.showActionSheet", map[string]any{"itemList": []string{"a", "b"}})
	h.call(t, "tt.enterProfile", map[string]any{"openid": "ou_nobody"})
	h.call(t, "tt.showToast", map[string]any{"title": "<b>&</b>", "duration": 1.5e-7})
	pending := newHarness(t, notStrict, mobile)
	pending.call(t, "tt.showModal", map[string]any{"title": "t"})
	for name, value := range map[string]any{
		"config": h.Config(), "calls": h.Calls(""), "dialogs": pending.Dialogs(), "pending calls": pending.Calls(""),
		"answer by index": h.Config().Answers,
	} {
		want, wantErr := json.Marshal(value)
		got, err := jsonwire.Marshal(value)
		if err != nil || wantErr != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: jsonwire wrote (error %v)\n %s\nencoding/json (error %v)\n %s", name, err, got, wantErr, want)
		}
	}
}
