// Tests of the Invoke pipeline every API call goes through (unknown APIs,
// unreadable and non-object options, the support table, prerequisites,
// jsApiList, silent answers below callback support, recovered panics) and
// of Reset and Configure.

package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestInvokeUnknownAPI(t *testing.T) {
	h := newHarness(t)
	res := h.Invoke("tt.teleport", []byte(`{}`))
	if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoNotSupported ||
		!strings.Contains(res.Fields["errMsg"].(string), "no API named tt.teleport") {
		t.Fatalf("unknown API answered %s %v", res.Outcome, res.Fields)
	}
	if n := len(h.Calls("")); n != 0 {
		t.Errorf("an unknown API was logged (%d entries)", n)
	}
}

func TestInvokeRejectsOptionsThatAreNotObjects(t *testing.T) {
	tests := []struct {
		payload, kind string
	}{
		{`{"a":5}`, "Number"},
		{`{"a":"ou_x"}`, "String"},
		{`{"a":["ou_x"]}`, "Array"},
		{`{"a":true}`, "Boolean"},
		{`{"a":{"@@js":"Function"}}`, "Function"},
		{`{"a":{"@@js":"Number","v":"NaN"}}`, "Number"},
		{`{"a":{"@@js":"Symbol"}}`, "Symbol"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.payload, func(t *testing.T) {
			h := newHarness(t, notStrict)
			res := h.Invoke("tt.enterProfile", []byte(tt.payload))
			wantFail(t, res, "enterProfile", ErrnoInvalidParam,
				"Parameter error. parameter should be Object instead of "+tt.kind)
			if len(h.ui.shown) != 0 {
				t.Errorf("a profile opened: %v", h.ui.shown)
			}
		})
	}
}

func TestInvokeTreatsMissingAndNullOptionAsEmptyObject(t *testing.T) {
	for _, payload := range []string{`{}`, `{"a":null}`, `{"a":{}}`} {
		t.Run(payload, func(t *testing.T) {
			h := newHarness(t, notStrict)
			res := h.Invoke("tt.enterProfile", []byte(payload))
			wantFail(t, res, "enterProfile", ErrnoInvalidParam, "Parameter error. openid cannot be empty")
		})
	}
}

func TestInvokeUnreadablePayload(t *testing.T) {
	tests := []struct{ payload, errString string }{
		{`{"e":"TypeError: Converting circular structure to JSON"}`,
			"Parameter error. arguments are not readable: TypeError: Converting circular structure to JSON"},
		{`{"e":"reading success threw Error: getter exploded","a":{"openid":"x"}}`,
			"Parameter error. arguments are not readable: reading success threw Error: getter exploded"},
	}
	for _, tt := range tests {
		h := newHarness(t, notStrict)
		wantFail(t, h.Invoke("tt.enterProfile", []byte(tt.payload)), "enterProfile", ErrnoInvalidParam, tt.errString)
		calls := h.Calls("enterProfile")
		if len(calls) != 1 || calls[0].Outcome != OutcomeFail || calls[0].Args != nil {
			t.Errorf("call log after an unreadable payload: %+v", calls)
		}
	}
	h := newHarness(t, notStrict)
	res := h.Invoke("tt.enterProfile", []byte(`{"a":`))
	if res.Fields["errno"] != ErrnoInvalidParam ||
		!strings.HasPrefix(res.Fields["errString"].(string), "Parameter error. arguments are not readable: ") {
		t.Errorf("truncated payload answered %v", res.Fields)
	}
}

// The pipeline's order decides which error a page sees when several apply.
func TestInvokeChecksInOrder(t *testing.T) {
	t.Run("support before the object check", func(t *testing.T) {
		h := newHarness(t, clientPatch("pc", "3.9.0"))
		wantFail(t, h.Invoke("tt.enterProfile", []byte(`{"a":5}`)), "enterProfile", ErrnoNotSupported,
			"feature not support: tt.enterProfile is not available to web apps on pc 3.9.0")
	})
	t.Run("support before an unreadable option", func(t *testing.T) {
		h := newHarness(t, clientPatch("pc", "3.9.0"))
		wantFail(t, h.Invoke("tt.enterProfile", []byte(`{"e":"TypeError: cyclic"}`)), "enterProfile", ErrnoNotSupported,
			"feature not support: tt.enterProfile is not available to web apps on pc 3.9.0")
	})
	t.Run("an unreadable option before prerequisites", func(t *testing.T) {
		h := newHarness(t)
		wantFail(t, h.Invoke("tt.enterProfile", []byte(`{"e":"TypeError: cyclic"}`)), "enterProfile", ErrnoInvalidParam,
			"Parameter error. arguments are not readable: TypeError: cyclic")
	})
	t.Run("object check before prerequisites", func(t *testing.T) {
		h := newHarness(t)
		wantFail(t, h.Invoke("tt.enterProfile", []byte(`{"a":5}`)), "enterProfile", ErrnoInvalidParam,
			"Parameter error. parameter should be Object instead of Number")
	})
	t.Run("support before prerequisites", func(t *testing.T) {
		h := newHarness(t, clientPatch("pc", "3.9.0"))
		wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": "x"}), "enterProfile", ErrnoNotSupported,
			"feature not support: tt.enterProfile is not available to web apps on pc 3.9.0")
	})
	t.Run("prerequisites before parameters", func(t *testing.T) {
		h := newHarness(t)
		wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"left": "far"}), "enterProfile", ErrnoAuthFail,
			"Authentication failed. Call h5sdk.config before tt.enterProfile")
	})
}

func TestInvokeUnsupportedClient(t *testing.T) {
	tests := []struct {
		patches   []string
		errString string
	}{
		{[]string{clientPatch("pc", "3.9.0")}, "feature not support: tt.enterProfile is not available to web apps on pc 3.9.0"},
		{[]string{clientPatch("ios", "3.99.99")}, "feature not support: tt.enterProfile is not available to web apps on ios 3.99.99"},
		{[]string{clientPatch("harmony", "7.34.0")}, "feature not support: tt.enterProfile is not available to web apps on harmony 7.34.0"},
		{[]string{gadget, clientPatch("harmony", "7.34.0")}, "feature not support: tt.enterProfile is not available to gadgets on harmony 7.34.0"},
		// strict:false relaxes prerequisites, never the support table.
		{[]string{notStrict, clientPatch("android", "3.9.0")}, "feature not support: tt.enterProfile is not available to web apps on android 3.9.0"},
	}
	for _, tt := range tests {
		t.Run(tt.errString, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}),
				"enterProfile", ErrnoNotSupported, tt.errString)
			if len(h.ui.shown) != 0 {
				t.Errorf("an unsupported client opened a profile")
			}
		})
	}
}

func TestInvokePrerequisites(t *testing.T) {
	const requestAccessFirst = "Authentication failed. Call tt.requestAccess before tt.enterProfile"
	tests := []struct {
		name    string
		patches []string
		before  func(t *testing.T, h *harness)
		want    string // errString; "" for success
	}{
		{"web app without h5sdk.config", nil, nil,
			"Authentication failed. Call h5sdk.config before tt.enterProfile"},
		{"web app after a failed h5sdk.config", nil, func(t *testing.T, h *harness) {
			bad := h.h5Option()
			bad["signature"] = "0000"
			h.call(t, "h5sdk.config", bad)
		}, "Authentication failed. Call h5sdk.config before tt.enterProfile"},
		{"web app after h5sdk.config", nil, func(t *testing.T, h *harness) { h.authenticate(t) }, ""},
		{"web app: requestAccess is no substitute for h5sdk.config", nil,
			func(t *testing.T, h *harness) { h.requestAccess(t) },
			"Authentication failed. Call h5sdk.config before tt.enterProfile"},
		{"gadget without login", []string{gadget}, nil, requestAccessFirst},
		{"gadget 6.9.0 without login", []string{gadget, clientPatch("pc", "6.9.0")}, nil, requestAccessFirst},
		{"gadget 6.9.0 after tt.login only", []string{gadget, clientPatch("pc", "6.9.0")},
			func(t *testing.T, h *harness) { wantOK(t, h.call(t, "tt.login", map[string]any{}), "login") },
			requestAccessFirst},
		{"gadget after requestAccess", []string{gadget},
			func(t *testing.T, h *harness) { h.requestAccess(t) }, ""},
		{"gadget 6.8.0 without login", []string{gadget, clientPatch("android", "6.8.0")}, nil,
			"Authentication failed. Call tt.login before tt.enterProfile"},
		{"gadget 6.8.0 after tt.login", []string{gadget, clientPatch("android", "6.8.0")},
			func(t *testing.T, h *harness) { wantOK(t, h.call(t, "tt.login", map[string]any{}), "login") }, ""},
		{"strict:false web app", []string{notStrict}, nil, ""},
		{"strict:false gadget", []string{gadget, notStrict}, nil, ""},
		{"strict:false gadget 6.8.0", []string{gadget, notStrict, clientPatch("ios", "6.8.0")}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			if tt.before != nil {
				tt.before(t, h)
			}
			openID := h.openIDOf(t, "李娜")
			res := h.call(t, "tt.enterProfile", map[string]any{"openid": openID})
			if tt.want == "" {
				wantOK(t, res, "enterProfile")
				if len(h.ui.shown) != 1 || h.ui.shown[0].User.OpenID != openID {
					t.Errorf("profiles shown: %+v", h.ui.shown)
				}
				return
			}
			wantFail(t, res, "enterProfile", ErrnoAuthFail, tt.want)
			if len(h.ui.shown) != 0 {
				t.Errorf("a blocked call opened a profile")
			}
		})
	}
}

func TestInvokeEnforcesJSAPIList(t *testing.T) {
	const notListed = "Authentication failed. enterProfile is not in h5sdk.config's jsApiList (error code: 333445)"
	h := newHarness(t)
	h.authenticate(t, "getSystemInfo")
	wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}),
		"enterProfile", ErrnoH5Auth, notListed)
	wantOK(t, h.call(t, "tt.getSystemInfo", map[string]any{}), "getSystemInfo")
	// Needing no h5sdk.config, these need no jsApiList entry either.
	wantOK(t, h.call(t, "tt.canIUse", "enterProfile"), "canIUse")
	h.requestAccess(t)

	// A later h5sdk.config replaces the list.
	h.authenticate(t, "enterProfile")
	wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile")
	res := h.call(t, "tt.getSystemInfo", map[string]any{})
	wantFail(t, res, "getSystemInfo", ErrnoH5Auth,
		"Authentication failed. getSystemInfo is not in h5sdk.config's jsApiList (error code: 333445)")

	// An empty list, as real web apps pass, blocks nothing.
	h.authenticate(t)
	wantOK(t, h.call(t, "tt.getSystemInfo", map[string]any{}), "getSystemInfo")

	// strict:false skips the list too.
	lax := newHarness(t, notStrict)
	lax.authenticate(t, "getSystemInfo")
	wantOK(t, lax.call(t, "tt.enterProfile", map[string]any{"openid": lax.Config().CurrentUser}), "enterProfile")
}

func TestInvokeSilentBelowCallbackSupport(t *testing.T) {
	tests := []struct {
		version    string
		openID     string
		wantSilent bool
		wantShown  int
		outcome    Outcome
	}{
		{"3.7.0", "", true, 1, OutcomeOK},
		{"1.0.0", "", true, 1, OutcomeOK},
		{"3.7.9", "ou_nobody", true, 0, OutcomeFail},
		{"3.8.0", "", false, 1, OutcomeOK},
		{"3.10.0", "", false, 1, OutcomeOK},
	}
	for _, tt := range tests {
		t.Run(tt.version+" "+tt.openID, func(t *testing.T) {
			h := newHarness(t, gadget, clientPatch("ios", tt.version))
			wantOK(t, h.call(t, "tt.login", map[string]any{}), "login")
			openID := tt.openID
			if openID == "" {
				openID = h.openIDOf(t, "王芳")
			}
			res := h.call(t, "tt.enterProfile", map[string]any{"openid": openID})
			if res.Silent != tt.wantSilent || res.Outcome != tt.outcome {
				t.Errorf("enterProfile on gadget %s: silent=%v outcome=%s, want silent=%v outcome=%s",
					tt.version, res.Silent, res.Outcome, tt.wantSilent, tt.outcome)
			}
			if len(h.ui.shown) != tt.wantShown {
				t.Errorf("%d profiles shown, want %d", len(h.ui.shown), tt.wantShown)
			}
		})
	}
	// Only enterProfile has a callback threshold.
	h := newHarness(t, gadget, clientPatch("ios", "3.0.0"))
	if res := h.call(t, "tt.login", map[string]any{}); res.Silent {
		t.Errorf("tt.login on 3.0.0 was silent")
	}
}

func TestInvokeRecoversFromAPanickingHandler(t *testing.T) {
	h := newHarness(t, notStrict)
	h.ui.panicWith = "the card fell over"
	res := h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser})
	wantFail(t, res, "enterProfile", ErrnoInternal, "internal error: the card fell over")
	calls := h.Calls("")
	if len(calls) != 1 || calls[0].Outcome != OutcomeFail || !reflect.DeepEqual(calls[0].Result, res.Fields) {
		t.Errorf("the failed call is not logged as answered: %+v", calls)
	}
}

func TestReset(t *testing.T) {
	h := newHarness(t, `{"client":{"language":"en_US"}}`)
	option := h.h5Option()
	if res := h.call(t, "h5sdk.config", option); res.Outcome != OutcomeOK {
		t.Fatalf("h5sdk.config: %v", res.Fields)
	}
	wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile")
	code := h.requestAccess(t)
	keyBefore := h.Session().SessionKey
	if err := h.Configure([]byte(`{"mode":"gadget","client":{"platform":"ios"}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.call(t, "tt.login", map[string]any{}), "login")
	h.call(t, "tt.enterProfile", map[string]any{"openid": "ou_nobody"})

	h.Reset()

	if h.ui.closeAlls != 1 {
		t.Errorf("Reset called UI.CloseAll %d times, want 1", h.ui.closeAlls)
	}
	if calls := h.Calls(""); len(calls) != 0 {
		t.Errorf("Reset left %d calls in the log", len(calls))
	}
	cfg := h.Config()
	if cfg.Mode != ModeWebApp || cfg.Client.Platform != PlatformPC || cfg.Client.OS != "windows" || cfg.Client.Language != "en_US" {
		t.Errorf("Reset did not restore the boot configuration: %+v", cfg.Client)
	}
	wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": cfg.CurrentUser}), "enterProfile", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.enterProfile")
	if _, err := h.ExchangeCode(code); err == nil || !strings.Contains(err.Error(), "is invalid") {
		t.Errorf("a code from before Reset: err = %v, want invalid", err)
	}
	if s := h.Session(); s.SessionKey == keyBefore || s.OpenID != cfg.CurrentUser {
		t.Errorf("Reset kept the session %+v", s)
	}
	// Signatures used before the reset are forgotten too.
	if res := h.call(t, "h5sdk.config", option); res.Outcome != OutcomeOK {
		t.Errorf("a signature used before Reset: %v", res.Fields)
	}
}

func TestConfigure(t *testing.T) {
	t.Run("a good patch applies to the next call", func(t *testing.T) {
		h := newHarness(t, notStrict)
		if err := h.Configure([]byte(`{"client":{"platform":"android","language":"ja_JP"}}`)); err != nil {
			t.Fatal(err)
		}
		cfg := h.Config()
		if cfg.Client.Platform != PlatformAndroid || cfg.Client.Language != "ja_JP" || cfg.Client.OS != "" ||
			cfg.Client.Version != DefaultVersion || cfg.Mode != ModeWebApp || cfg.Strict {
			t.Errorf("after Configure: %+v strict=%v", cfg.Client, cfg.Strict)
		}
		wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": cfg.CurrentUser, "left": 5}), "enterProfile")
		if p := h.ui.shown[0]; p.Floating || p.Language != "ja_JP" {
			t.Errorf("profile after Configure: %+v", p)
		}
	})
	badPatches := []struct{ patch, err string }{
		{`{"client":{"language":"en_US","platfrom":"ios"}}`, `unknown key "client.platfrom"`},
		{`{"client":{"version":"seven"}}`, `"client.version" should be a version like "7.35.0", got "seven"`},
		{`{"currentUser":"ou_nobody"}`, `"currentUser" "ou_nobody" is not an openId in "users"`},
		{`{"client":{"platform":"ios","os":"mac"}}`, `"client.os" applies only to platform "pc", not "ios"`},
		{`{"users":[]}`, `"users" must hold at least one user`},
		{`[]`, `configuration should be an object, got array`},
		{`{"mode":`, `configuration is not valid JSON`},
	}
	for _, tt := range badPatches {
		t.Run(tt.patch, func(t *testing.T) {
			h := newHarness(t, `{"client":{"language":"zh_CN"}}`)
			before := h.Config().JSON()
			err := h.Configure([]byte(tt.patch))
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("Configure(%s) = %v, want an error containing %s", tt.patch, err, tt.err)
			}
			if after := h.Config().JSON(); string(after) != string(before) {
				t.Errorf("a bad patch changed the configuration:\n%s\n%s", before, after)
			}
		})
	}
}
