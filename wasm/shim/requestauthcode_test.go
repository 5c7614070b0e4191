package shim

import (
	"reflect"
	"testing"
	"time"

	"ttshim/wasm/authcode"
)

func (h *harness) requestAuthCode(t testing.TB) string {
	t.Helper()
	res := h.call(t, "tt.requestAuthCode", map[string]any{"appId": h.Config().App.AppID})
	wantOK(t, res, "requestAuthCode")
	return res.Fields["code"].(string)
}

// wantFailWithErrCode is wantFail for a failure that carries errCode too.
func wantFailWithErrCode(t testing.TB, res Result, errno int, errString string, errCode int) {
	t.Helper()
	want := Fields{"errMsg": "requestAuthCode:fail " + errString, "errno": errno, "errString": errString, "errCode": errCode}
	if res.Outcome != OutcomeFail || !reflect.DeepEqual(res.Fields, want) {
		t.Fatalf("want fail %v,\n got %s %v", want, res.Outcome, res.Fields)
	}
}

// A strict web app gets a code with no h5sdk.config, sealed for the Open
// Platform with the current user and app, and its session stays.
func TestRequestAuthCodeNeedsNoConfig(t *testing.T) {
	h := newHarness(t)
	session := h.Session()
	res := h.call(t, "tt.requestAuthCode", map[string]any{"appId": "cli_a1b2c3d4e5f60718"})
	wantOK(t, res, "requestAuthCode")
	code, _ := res.Fields["code"].(string)
	if !codePattern.MatchString(code) || len(res.Fields) != 2 {
		t.Fatalf("requestAuthCode answered %v", res.Fields)
	}
	g := h.openCode(t, code)
	want := authcode.Grant{AppID: "cli_a1b2c3d4e5f60718", OpenID: h.Config().Me().OpenID, Issued: testEpoch.UnixMilli(),
		Expires: testEpoch.Add(5 * time.Minute).UnixMilli(), Nonce: g.Nonce}
	if g != want || len(g.Nonce) != 32 {
		t.Errorf("the code holds %+v, want %+v", g, want)
	}
	if h.Session() != session {
		t.Errorf("requestAuthCode replaced the session %+v with %+v", session, h.Session())
	}
	if h.requestAuthCode(t) == code {
		t.Error("two calls gave the same code")
	}
}

// A non-empty jsApiList does not restrict it, as it needs no config.
func TestRequestAuthCodeIgnoresJsApiList(t *testing.T) {
	h := newHarness(t)
	h.authenticate(t, "getSystemInfo")
	h.requestAuthCode(t)
}

func TestRequestAuthCodeParams(t *testing.T) {
	h := newHarness(t)
	for _, tt := range []struct {
		name   string
		option any
		err    string
	}{
		{"no appId", map[string]any{}, "Parameter error. appId cannot be empty"},
		{"an empty appId", map[string]any{"appId": ""}, "Parameter error. appId cannot be empty"},
		{"a numeric appId", map[string]any{"appId": 5}, "Parameter error. appId is of wrong type"},
		{"appID spelt as requestAccess does", map[string]any{"appID": "cli_a1b2c3d4e5f60718"}, "Parameter error. appId cannot be empty"},
		{"a string option", "cli_a1b2c3d4e5f60718", "Parameter error. parameter should be Object instead of String"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantFail(t, h.call(t, "tt.requestAuthCode", tt.option), "requestAuthCode", ErrnoInvalidParam, tt.err)
		})
	}
	wantFailWithErrCode(t, h.call(t, "tt.requestAuthCode", map[string]any{"appId": "cli_other"}), ErrnoInvalidParam,
		`Parameter error. invalid appId "cli_other", this app is cli_a1b2c3d4e5f60718 (error code: 10200)`, 10200)
	other := newHarness(t, `{"app":{"appId":"cli_mine"}}`)
	if g := other.openCode(t, other.requestAuthCode(t)); g.AppID != "cli_mine" {
		t.Errorf("a configured app's code is for %s", g.AppID)
	}
}

func TestRequestAuthCodeSupport(t *testing.T) {
	for _, tt := range []struct {
		name    string
		patches []string
		err     string // "" for success
	}{
		{"a gadget", []string{gadget}, "feature not support: tt.requestAuthCode is not available to gadgets on pc " + DefaultVersion},
		{"web app 5.0.9", []string{clientPatch("ios", "5.0.9")},
			"feature not support: tt.requestAuthCode is not available to web apps on ios 5.0.9"},
		{"web app 5.1.0", []string{clientPatch("android", "5.1.0")}, ""},
		{"Harmony 7.34.0", []string{clientPatch("harmony", "7.34.0")},
			"feature not support: tt.requestAuthCode is not available to web apps on harmony 7.34.0"},
		{"Harmony 7.35.0", []string{clientPatch("harmony", "7.35.0")}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			res := h.call(t, "tt.requestAuthCode", map[string]any{"appId": h.Config().App.AppID})
			if tt.err == "" {
				wantOK(t, res, "requestAuthCode")
			} else {
				wantFail(t, res, "requestAuthCode", ErrnoNotSupported, tt.err)
			}
		})
	}
}

// Its code exchanges once, for the user it was issued to, with no session
// key: it starts none.
func TestRequestAuthCodeExchangesOnce(t *testing.T) {
	h := newHarness(t)
	li := h.openIDOf(t, "李娜")
	if err := h.Configure([]byte(`{"currentUser":"` + li + `"}`)); err != nil {
		t.Fatal(err)
	}
	code := h.requestAuthCode(t)
	user, _ := h.Config().User(li)
	if s, err := h.ExchangeCode(code); err != nil || s != (Session{OpenID: li, UnionID: user.UnionID}) {
		t.Errorf("ExchangeCode = %+v, %v", s, err)
	}
	if _, err := h.ExchangeCode(code); err == nil || err.Error() != `code "`+code+`" has already been used` {
		t.Errorf("second exchange: %v", err)
	}
}

// It lives five minutes, where tt.login's and tt.requestAccess's live three.
func TestRequestAuthCodeLivesFiveMinutes(t *testing.T) {
	for _, tt := range []struct {
		wait    time.Duration
		expired bool
	}{
		{4 * time.Minute, false},
		{5 * time.Minute, false},
		{5*time.Minute + time.Millisecond, true},
	} {
		t.Run(tt.wait.String(), func(t *testing.T) {
			h := newHarness(t)
			code := h.requestAuthCode(t)
			h.clock.Advance(tt.wait)
			_, err := h.ExchangeCode(code)
			if tt.expired != (err != nil) || tt.expired && err.Error() != `code "`+code+`" has expired` {
				t.Errorf("after %s: %v, want expired %v", tt.wait, err, tt.expired)
			}
		})
	}
}

func TestRequestAuthCodeNeedsRandomness(t *testing.T) {
	h := newHarness(t)
	h.Rand = brokenReader{}
	wantFailWithErrCode(t, h.call(t, "tt.requestAuthCode", map[string]any{"appId": h.Config().App.AppID}), ErrnoInternal,
		"internal error: cannot make a code: entropy source unplugged (error code: 10232)", 10232)
}
