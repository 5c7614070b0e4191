package shim

import (
	"reflect"
	"testing"
)

func TestEnterProfileShowsTheUser(t *testing.T) {
	tests := []struct {
		client    string
		floating  bool
		left, top float64
	}{
		{`{"client":{"platform":"pc","language":"en_US"}}`, true, 100, 200},
		{`{"client":{"platform":"pc","os":"mac","language":"en_US"}}`, true, 100, 200},
		{`{"client":{"platform":"ios","language":"en_US"}}`, false, 0, 0},
		{`{"client":{"platform":"android","language":"en_US"}}`, false, 0, 0},
		{`{"client":{"platform":"harmony","version":"7.35.0","language":"en_US"}}`, false, 0, 0},
	}
	for _, mode := range []string{ModeWebApp, ModeGadget} {
		for _, tt := range tests {
			t.Run(mode+" "+tt.client, func(t *testing.T) {
				h := newHarness(t, `{"mode":"`+mode+`"}`, tt.client)
				if mode == ModeWebApp {
					h.authenticate(t)
				} else {
					h.requestAccess(t)
				}
				emily := DefaultTenant()[10]
				res := h.call(t, "tt.enterProfile", map[string]any{"openid": emily.OpenID, "left": 100, "top": 200})
				if res.Outcome != OutcomeOK || !reflect.DeepEqual(res.Fields, Fields{"errMsg": "enterProfile:ok"}) || res.Silent {
					t.Fatalf("enterProfile answered %+v", res)
				}
				want := []Profile{{User: emily, Language: "en_US", Floating: tt.floating, Left: tt.left, Top: tt.top}}
				if !reflect.DeepEqual(h.ui.shown, want) {
					t.Errorf("shown %+v,\nwant  %+v", h.ui.shown, want)
				}
			})
		}
	}
}

func TestEnterProfileDefaults(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile")
	wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser, "left": -3.5}), "enterProfile")
	if len(h.ui.shown) != 2 || h.ui.shown[0].Left != 0 || h.ui.shown[0].Top != 0 || !h.ui.shown[0].Floating ||
		h.ui.shown[1].Left != -3.5 || h.ui.shown[1].Top != 0 || h.ui.shown[0].Language != "zh_CN" {
		t.Errorf("shown %+v", h.ui.shown)
	}
}

func TestEnterProfileConfiguredUsers(t *testing.T) {
	h := newHarness(t, notStrict, `{"users":[{"name":{"en_us":"Ada"}},{"openId":"ou_grace","name":{"ja_jp":"グレース"}}]}`)
	wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": "ou_grace"}), "enterProfile")
	if len(h.ui.shown) != 1 || h.ui.shown[0].User.Name.JaJP != "グレース" {
		t.Errorf("shown %+v", h.ui.shown)
	}
	res := h.call(t, "tt.enterProfile", map[string]any{"openid": DefaultTenant()[0].OpenID})
	wantFail(t, res, "enterProfile", ErrnoInternal,
		`internal error: openid "`+DefaultTenant()[0].OpenID+`" is not a user of this tenant`)
}

func TestEnterProfileParameterErrors(t *testing.T) {
	nan := map[string]any{"@@js": "Number", "v": "NaN"}
	tests := []struct {
		name   string
		option map[string]any
		err    string
	}{
		{"openid missing", map[string]any{"left": 1}, "Parameter error. openid cannot be empty"},
		{"openid empty", map[string]any{"openid": ""}, "Parameter error. openid cannot be empty"},
		{"openid null", map[string]any{"openid": nil}, "Parameter error. openid cannot be empty"},
		{"openid a number", map[string]any{"openid": 123}, "Parameter error. openid is of wrong type"},
		{"openid an array", map[string]any{"openid": []string{"ou_1"}}, "Parameter error. openid is of wrong type"},
		{"openid an object", map[string]any{"openid": map[string]any{"id": "ou_1"}}, "Parameter error. openid is of wrong type"},
		{"left NaN", map[string]any{"openid": "self", "left": nan}, "Parameter error. left is of wrong type"},
		{"left a string", map[string]any{"openid": "self", "left": "100px"}, "Parameter error. left is of wrong type"},
		{"left a boolean", map[string]any{"openid": "self", "left": true}, "Parameter error. left is of wrong type"},
		{"top Infinity", map[string]any{"openid": "self", "top": map[string]any{"@@js": "Number", "v": "Infinity"}},
			"Parameter error. top is of wrong type"},
		{"top a string", map[string]any{"openid": "self", "left": 1, "top": "2"}, "Parameter error. top is of wrong type"},
		{"openid checked first", map[string]any{"openid": 1, "left": nan}, "Parameter error. openid is of wrong type"},
	}
	for _, mobile := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(map[bool]string{false: "pc ", true: "ios "}[mobile]+tt.name, func(t *testing.T) {
				patches := []string{notStrict}
				if mobile { // left and top are ignored on mobile, but still checked
					patches = append(patches, clientPatch("ios", DefaultVersion))
				}
				h := newHarness(t, patches...)
				option := map[string]any{}
				for k, v := range tt.option {
					option[k] = v
				}
				if option["openid"] == "self" {
					option["openid"] = h.Config().CurrentUser
				}
				wantFail(t, h.call(t, "tt.enterProfile", option), "enterProfile", ErrnoInvalidParam, tt.err)
				if len(h.ui.shown) != 0 {
					t.Errorf("a profile opened")
				}
			})
		}
	}
}

func TestEnterProfileUnknownOpenID(t *testing.T) {
	for _, openID := range []string{"ou_nobody", "x", DefaultTenant()[0].UnionID, DefaultTenant()[0].UserID} {
		h := newHarness(t, notStrict)
		wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": openID}), "enterProfile", ErrnoInternal,
			`internal error: openid "`+openID+`" is not a user of this tenant`)
		if len(h.ui.shown) != 0 {
			t.Errorf("a profile opened for %q", openID)
		}
	}
}

func TestEnterProfileVersions(t *testing.T) {
	tests := []struct {
		mode, platform, version string
		want                    int // errno, 0 for success
	}{
		{ModeWebApp, PlatformPC, "3.9.0", ErrnoNotSupported},
		{ModeWebApp, PlatformPC, "4.0.0", 0},
		{ModeWebApp, PlatformAndroid, "3.10.0", ErrnoNotSupported},
		{ModeWebApp, PlatformIOS, "4.10.0", 0},
		{ModeWebApp, PlatformHarmony, "7.34.0", ErrnoNotSupported},
		{ModeWebApp, PlatformHarmony, "7.35.0", 0},
		{ModeGadget, PlatformPC, "3.9.0", 0},
		{ModeGadget, PlatformAndroid, "1.0.0", 0},
		{ModeGadget, PlatformHarmony, "7.34.0", ErrnoNotSupported},
		{ModeGadget, PlatformHarmony, "7.35.0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.mode+" "+tt.platform+" "+tt.version, func(t *testing.T) {
			h := newHarness(t, notStrict, `{"mode":"`+tt.mode+`"}`, clientPatch(tt.platform, tt.version))
			res := h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser})
			if tt.want == 0 {
				if res.Outcome != OutcomeOK || len(h.ui.shown) != 1 {
					t.Errorf("answered %+v, %d profiles shown", res, len(h.ui.shown))
				}
				return
			}
			wantFail(t, res, "enterProfile", tt.want, "feature not support: tt.enterProfile is not available to "+
				modeNoun(tt.mode)+" on "+tt.platform+" "+tt.version)
		})
	}
}

// Below V3.8.0 nothing calls back, not even the checks before the handler
// (TestInvokeSilentBelowCallbackSupport covers the handler's answers).
func TestEnterProfileSilentBeforeCallbacks(t *testing.T) {
	h := newHarness(t, gadget, clientPatch(PlatformPC, "3.7.0"))
	if res := h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}); !res.Silent || res.Outcome != OutcomeFail {
		t.Errorf("before login: %+v, want a silent failure", res)
	}
	if res := h.Invoke("tt.enterProfile", []byte(`{"a":5}`)); !res.Silent || res.Outcome != OutcomeFail {
		t.Errorf("non-object option: %+v, want a silent failure", res)
	}
}

// Taro's twin behaves the same and words its parameter errors as Taro does.
func TestTaroEnterProfile(t *testing.T) {
	h := newHarness(t)
	h.authenticate(t)
	for _, tt := range []struct {
		payload, errString string
	}{
		{`{"a":{}}`, "parameter error: parameter.openid should be String instead of Undefined"},
		{`{"a":{"openid":5}}`, "parameter error: parameter.openid should be String instead of Number"},
		{`{"a":{"openid":""}}`, "parameter error: parameter.openid cannot be empty"},
		{`{"a":{"openid":"x","left":"far"}}`, "parameter error: parameter.left should be Number instead of String"},
		{`{"a":5}`, "parameter error: parameter should be Object instead of Number"},
		{`{"e":"TypeError: cyclic","k":"openid"}`, "parameter error: openid cannot be read: TypeError: cyclic"},
	} {
		wantFail(t, h.Invoke("Taro.enterProfile", []byte(tt.payload)), "enterProfile", ErrnoInvalidParam, tt.errString)
	}
	wantOK(t, h.call(t, "Taro.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile")
	if calls := h.Calls("Taro.enterProfile"); len(calls) != 7 {
		t.Errorf("%d Taro.enterProfile calls logged, want 7", len(calls))
	}
	unauthenticated := newHarness(t)
	wantFail(t, unauthenticated.call(t, "Taro.enterProfile", map[string]any{"openid": "x"}), "enterProfile", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before Taro.enterProfile")
}
