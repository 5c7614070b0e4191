package shim

import (
	"strings"
	"testing"
	"time"
)

func (h *harness) openSchema(t *testing.T, option any) Result {
	t.Helper()
	res := h.call(t, "tt.openSchema", option)
	h.clock.Advance(time.Second) // apart enough for the next call
	return res
}

func TestOpenSchemaOpensNothingAndTheLogShowsIt(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.openSchema(t, map[string]any{"schema": "https://feishu.cn/", "external": true}), "openSchema")
	wantOK(t, h.openSchema(t, map[string]any{"schema": "lark://applink.feishu.cn/client/chat/open",
		"options": map[string]any{"width": 1200, "height": 700}, "target": "replace"}), "openSchema")
	calls := h.Calls("tt.openSchema")
	if len(calls) != 2 || calls[0].Args.(map[string]any)["schema"] != "https://feishu.cn/" || calls[0].Outcome != OutcomeOK {
		t.Errorf("log %+v", calls)
	}
	if _, taro := Lookup("Taro.openSchema"); taro {
		t.Error("Taro has no openSchema, and ttshim gave it one")
	}
}

func TestOpenSchemaBlockedIsNotInTheWhiteList(t *testing.T) {
	h := newHarness(t, notStrict, `{"device":{"openSchema":"block"}}`)
	wantFail(t, h.openSchema(t, map[string]any{"schema": "https://feishu.cn/"}), "openSchema", ErrnoSchemaNotInList,
		`not in the white list: "https://feishu.cn/"`)
	if err := h.Configure([]byte(`{"device":{"openSchema":"open"}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.openSchema(t, map[string]any{"schema": "https://feishu.cn/"}), "openSchema")
}

func TestOpenSchemaRefusesEmptyAndInvalidSchemas(t *testing.T) {
	h := newHarness(t, notStrict)
	for _, option := range []any{nil, map[string]any{"schema": ""}, map[string]any{"schema": " \t\n"},
		map[string]any{"schema": nil}} {
		wantFail(t, h.openSchema(t, option), "openSchema", ErrnoSchemaEmpty, "empty schema param")
	}
	for schema, want := range map[string]string{
		"feishu.cn":              `schema invalid: "feishu.cn" is not a URI with a scheme`,
		"/relative/path":         `schema invalid: "/relative/path" is not a URI with a scheme`,
		"1http://x":              `schema invalid: "1http://x" is not a URI with a scheme`,
		"javascript:alert(1)":    "schema invalid: javascript: URIs are not opened",
		" Java\tScript:alert(1)": "schema invalid: javascript: URIs are not opened",
		"data:text/html,hi":      "schema invalid: data: URIs are not opened",
		"file:///etc/passwd":     "schema invalid: file: URIs are not opened",
		"vbscript:msgbox":        "schema invalid: vbscript: URIs are not opened",
	} {
		wantFail(t, h.openSchema(t, map[string]any{"schema": schema}), "openSchema", ErrnoSchemaInvalid, want)
	}
	res := h.openSchema(t, map[string]any{"schema": strings.Repeat("x", 1000)})
	if got := res.Fields["errString"].(string); !strings.HasSuffix(got, `"… (1000 bytes) is not a URI with a scheme`) {
		t.Errorf("a long schema is echoed whole: %.60s…", got)
	}
}

func TestOpenSchemaChecksItsOptions(t *testing.T) {
	h := newHarness(t, notStrict)
	valid := "https://feishu.cn/"
	for _, c := range []struct {
		option map[string]any
		want   string
	}{
		{map[string]any{"schema": 5}, "Parameter error. schema is of wrong type"},
		{map[string]any{"schema": valid, "external": "yes"}, "Parameter error. external is of wrong type"},
		{map[string]any{"schema": valid, "options": "wide"}, "Parameter error. options is of wrong type"},
		{map[string]any{"schema": valid, "options": []any{}}, "Parameter error. options is of wrong type"},
		{map[string]any{"schema": valid, "options": map[string]any{"width": "1200"}}, "Parameter error. options.width is of wrong type"},
		{map[string]any{"schema": valid, "options": map[string]any{"height": map[string]any{"@@js": "Number", "v": "Infinity"}}},
			"Parameter error. options.height is of wrong type"},
		{map[string]any{"schema": valid, "target": "popup"}, `Parameter error. target should be "inline" or "replace", not "popup"`},
		{map[string]any{"schema": valid, "target": 1}, "Parameter error. target is of wrong type"},
	} {
		wantFail(t, h.openSchema(t, c.option), "openSchema", ErrnoInvalidParam, c.want)
	}
}

// Calls closer than 500 ms to the last one that passed are too fast; the
// one refused does not restart the wait.
func TestOpenSchemaCallsInQuickSuccessionAreTooFast(t *testing.T) {
	h := newHarness(t, notStrict)
	open := map[string]any{"schema": "https://feishu.cn/"}
	wantOK(t, h.call(t, "tt.openSchema", open), "openSchema")
	h.clock.Advance(300 * time.Millisecond)
	wantFail(t, h.call(t, "tt.openSchema", open), "openSchema", ErrnoSchemaTooFast,
		"invoke openSchema too fast: 300 ms after the previous call, 500 ms apart at least")
	h.clock.Advance(199 * time.Millisecond)
	wantFail(t, h.call(t, "tt.openSchema", open), "openSchema", ErrnoSchemaTooFast,
		"invoke openSchema too fast: 499 ms after the previous call, 500 ms apart at least")
	wantFail(t, h.call(t, "tt.openSchema", map[string]any{"schema": ""}), "openSchema", ErrnoSchemaEmpty, "empty schema param")
	h.clock.Advance(time.Millisecond)
	wantOK(t, h.call(t, "tt.openSchema", open), "openSchema")
	// A blocked call went past the check, so it counts.
	if err := h.Configure([]byte(`{"device":{"openSchema":"block"}}`)); err != nil {
		t.Fatal(err)
	}
	h.clock.Advance(time.Second)
	wantFail(t, h.call(t, "tt.openSchema", open), "openSchema", ErrnoSchemaNotInList, `not in the white list: "https://feishu.cn/"`)
	wantFail(t, h.call(t, "tt.openSchema", open), "openSchema", ErrnoSchemaTooFast,
		"invoke openSchema too fast: 0 ms after the previous call, 500 ms apart at least")
	// reset forgets the last call.
	h.Reset()
	wantOK(t, h.call(t, "tt.openSchema", open), "openSchema")
}

func TestOpenSchemaSupportAndPrerequisites(t *testing.T) {
	old := newHarness(t, clientPatch("pc", "3.46.0"), notStrict)
	wantFail(t, old.call(t, "tt.openSchema", map[string]any{"schema": "https://feishu.cn/"}), "openSchema", ErrnoNotSupported,
		"feature not support: tt.openSchema is not available to web apps on pc 3.46.0")
	strict := newHarness(t)
	wantFail(t, strict.call(t, "tt.openSchema", map[string]any{"schema": "https://feishu.cn/"}), "openSchema", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.openSchema")
	gadget := newHarness(t, `{"mode":"gadget"}`)
	wantOK(t, gadget.call(t, "tt.openSchema", map[string]any{"schema": "https://feishu.cn/"}), "openSchema")
}
