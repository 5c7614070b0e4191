package shim

import (
	"strings"
	"testing"
)

func TestClipboardRoundTripsFromTheConfiguredText(t *testing.T) {
	h := newHarness(t, `{"device":{"clipboard":"booted"}}`, notStrict)
	get := func(api string) any {
		t.Helper()
		res := h.call(t, api, nil)
		wantOK(t, res, "getClipboardData")
		return res.Fields["data"]
	}
	if got := get("tt.getClipboardData"); got != "booted" {
		t.Errorf("data %v, want the configured text", got)
	}
	big := strings.Repeat("剪", 1<<20)
	for _, text := range []string{"hello 世界", "", big} {
		wantOK(t, h.call(t, "tt.setClipboardData", map[string]any{"data": text}), "setClipboardData")
		if got := get("Taro.getClipboardData"); got != text {
			t.Errorf("data %.20q…, want %.20q…", got, text)
		}
	}
	wantOK(t, h.call(t, "Taro.setClipboardData", map[string]any{"data": "from Taro"}), "setClipboardData")
	if h.Config().Device.Clipboard != "from Taro" {
		t.Errorf("config() shows clipboard %q", h.Config().Device.Clipboard)
	}
	if err := h.Configure([]byte(`{"device":{"clipboard":"from the test"}}`)); err != nil {
		t.Fatal(err)
	}
	if got := get("tt.getClipboardData"); got != "from the test" {
		t.Errorf("after configure: data %v", got)
	}
	h.Reset()
	if got := get("tt.getClipboardData"); got != "booted" {
		t.Errorf("after reset: data %v, want the booted text", got)
	}
}

func TestSetClipboardDataNeedsAString(t *testing.T) {
	h := newHarness(t, notStrict, `{"device":{"clipboard":"kept"}}`)
	wantFail(t, h.call(t, "tt.setClipboardData", nil), "setClipboardData", ErrnoInvalidParam, "Parameter error. data cannot be empty")
	wantFail(t, h.call(t, "tt.setClipboardData", map[string]any{"data": nil}), "setClipboardData", ErrnoInvalidParam,
		"Parameter error. data cannot be empty")
	wantFail(t, h.call(t, "tt.setClipboardData", map[string]any{"data": 5}), "setClipboardData", ErrnoInvalidParam,
		"Parameter error. data is of wrong type")
	wantFail(t, h.call(t, "Taro.setClipboardData", map[string]any{"data": []any{}}), "setClipboardData", ErrnoInvalidParam,
		"parameter error: parameter.data should be String instead of Array")
	if h.Config().Device.Clipboard != "kept" {
		t.Errorf("a failed call changed the clipboard to %q", h.Config().Device.Clipboard)
	}
}

func TestClipboardNeedsH5sdkConfigInAStrictWebApp(t *testing.T) {
	h := newHarness(t)
	wantFail(t, h.call(t, "tt.getClipboardData", nil), "getClipboardData", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.getClipboardData")
	h.authenticate(t)
	wantOK(t, h.call(t, "tt.getClipboardData", nil), "getClipboardData")
}
