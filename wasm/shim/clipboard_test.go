package shim

import (
	"context"
	"errors"
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

// browserClipboard is a page's clipboard that may refuse.
type browserClipboard struct {
	text    string
	refused error
}

func (b *browserClipboard) ReadText(context.Context) (string, error) { return b.text, b.refused }
func (b *browserClipboard) WriteText(_ context.Context, text string) error {
	if b.refused == nil {
		b.text = text
	}
	return b.refused
}

// With device.pageClipboard, the calls wait on the browser's clipboard and
// answer what it did; without it, the browser's is never touched.
func TestPageClipboardIsTheBrowsersWhenConfigured(t *testing.T) {
	browser := &browserClipboard{text: "copied elsewhere"}
	h := newHarness(t, `{"device":{"pageClipboard":true}}`, notStrict)
	h.PageClipboard = browser
	read := func() Result {
		t.Helper()
		res := h.call(t, "tt.getClipboardData", nil)
		if res.Outcome != OutcomePending {
			t.Fatalf("getClipboardData did not wait on the browser: %s %v", res.Outcome, res.Fields)
		}
		done := h.nextCompletion(t)
		return done.res
	}
	if got := read(); got.Fields["data"] != "copied elsewhere" {
		t.Errorf("read %v, want the browser's text", got.Fields)
	}
	if res := h.call(t, "tt.setClipboardData", map[string]any{"data": "from the page"}); res.Outcome != OutcomePending {
		t.Fatalf("setClipboardData did not wait: %v", res.Fields)
	}
	wantOK(t, h.nextCompletion(t).res, "setClipboardData")
	if browser.text != "from the page" {
		t.Errorf("the browser's clipboard holds %q", browser.text)
	}
	browser.refused = errors.New("NotAllowedError: Read permission denied.")
	wantFail(t, read(), "getClipboardData", ErrnoInternal,
		"internal error: the browser refused its clipboard: NotAllowedError: Read permission denied.")

	own := newHarness(t, notStrict)
	own.PageClipboard = browser
	wantOK(t, own.call(t, "tt.setClipboardData", map[string]any{"data": "mine"}), "setClipboardData")
	if browser.text != "from the page" {
		t.Errorf("without pageClipboard the browser's clipboard changed to %q", browser.text)
	}
}
