package shim

import (
	"regexp"
	"testing"
	"time"

	"ttshim/wasm/authcode"
)

// codePattern is a sealed code: the grant's JSON, then its 22-character MAC, base64url.
var codePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{23,}$`)

// openCode opens a code as the simulated Open Platform does.
func (h *harness) openCode(t testing.TB, code string) authcode.Grant {
	t.Helper()
	g, err := authcode.Open(h.Config().App.AppSecret, code)
	if err != nil {
		t.Fatalf("authcode.Open(%q): %v", code, err)
	}
	return g
}

func TestLoginAndExchangeCode(t *testing.T) {
	h := newHarness(t, gadget)
	res := h.call(t, "tt.login", map[string]any{})
	wantOK(t, res, "login")
	code, _ := res.Fields["code"].(string)
	if !codePattern.MatchString(code) || len(res.Fields) != 2 {
		t.Fatalf("login answered %v", res.Fields)
	}
	me := h.Config().Me()
	session, err := h.ExchangeCode(code)
	if err != nil || session != h.Session() || session.OpenID != me.OpenID || session.UnionID != me.UnionID || session.SessionKey == "" {
		t.Fatalf("ExchangeCode = %+v, %v; current session %+v", session, err, h.Session())
	}
	if _, err := h.ExchangeCode(code); err == nil || err.Error() != `code "`+code+`" has already been used` {
		t.Errorf("second exchange: %v", err)
	}
	if _, err := h.ExchangeCode("nope"); err == nil || err.Error() != `code "nope" is invalid` {
		t.Errorf("unknown code: %v", err)
	}
	if _, err := h.ExchangeCode(""); err == nil {
		t.Errorf("empty code exchanged")
	}
}

func TestEveryLoginIsANewSession(t *testing.T) {
	h := newHarness(t, gadget)
	boot := h.Session()
	first := h.call(t, "tt.login", map[string]any{}).Fields["code"].(string)
	afterFirst := h.Session()
	second := h.requestAccess(t)
	if first == second || boot.SessionKey == afterFirst.SessionKey || afterFirst.SessionKey == h.Session().SessionKey {
		t.Errorf("codes %s %s, keys %s %s %s", first, second, boot.SessionKey, afterFirst.SessionKey, h.Session().SessionKey)
	}
	// Each code gives the session its login started, in either order.
	if s, err := h.ExchangeCode(second); err != nil || s != h.Session() {
		t.Errorf("second code: %+v %v", s, err)
	}
	if s, err := h.ExchangeCode(first); err != nil || s != afterFirst {
		t.Errorf("first code: %+v %v", s, err)
	}
}

func TestCodesExpireAfterThreeMinutes(t *testing.T) {
	tests := []struct {
		wait    time.Duration
		expired bool
	}{
		{0, false},
		{2*time.Minute + 59*time.Second, false},
		{3 * time.Minute, false},
		{3*time.Minute + time.Millisecond, true},
		{time.Hour, true},
	}
	for _, tt := range tests {
		t.Run(tt.wait.String(), func(t *testing.T) {
			h := newHarness(t, gadget)
			code := h.requestAccess(t)
			h.clock.Advance(tt.wait)
			_, err := h.ExchangeCode(code)
			if tt.expired {
				if err == nil || err.Error() != `code "`+code+`" has expired` {
					t.Errorf("after %s: %v, want expired", tt.wait, err)
				}
				// Still expired, not valid, on a retry.
				if _, again := h.ExchangeCode(code); again == nil {
					t.Errorf("an expired code was exchanged on retry")
				}
			} else if err != nil {
				t.Errorf("after %s: %v", tt.wait, err)
			}
		})
	}
}

func TestLoginNeedsRandomness(t *testing.T) {
	h := newHarness(t, gadget)
	h.Rand = brokenReader{}
	wantFail(t, h.call(t, "tt.login", map[string]any{}), "login", ErrnoLoginServer,
		"login server error: entropy source unplugged")
	wantFail(t, h.call(t, "tt.requestAccess", map[string]any{"scopeList": []string{}}), "requestAccess",
		ErrnoRequestAccessNoSes, "unable to get session: entropy source unplugged")
	wantFail(t, h.call(t, "tt.checkSession", map[string]any{}), "checkSession", ErrnoAuthFail, "session is empty")
}

func TestLoginIsForGadgets(t *testing.T) {
	h := newHarness(t, notStrict)
	wantFail(t, h.call(t, "tt.login", map[string]any{}), "login", ErrnoNotSupported,
		"feature not support: tt.login is not available to web apps on pc 7.45.0")
	wantFail(t, h.call(t, "tt.checkSession", map[string]any{}), "checkSession", ErrnoNotSupported,
		"feature not support: tt.checkSession is not available to web apps on pc 7.45.0")
	g := newHarness(t, gadget, clientPatch("harmony", "7.35.0"))
	wantOK(t, g.call(t, "tt.login", map[string]any{}), "login")
}

func TestCheckSession(t *testing.T) {
	tests := []struct {
		name   string
		patch  string
		login  func(t *testing.T, h *harness)
		wantOK bool
	}{
		{"before any login", clientPatch("pc", "7.45.0"), nil, false},
		{"after tt.login", clientPatch("pc", "7.45.0"), func(t *testing.T, h *harness) {
			h.call(t, "tt.login", map[string]any{})
		}, true},
		{"after tt.requestAccess", clientPatch("pc", "7.45.0"), func(t *testing.T, h *harness) { h.requestAccess(t) }, true},
		{"after a failed requestAccess", clientPatch("pc", "7.45.0"), func(t *testing.T, h *harness) {
			h.call(t, "tt.requestAccess", map[string]any{})
		}, false},
		{"old client after tt.login", clientPatch("ios", "5.0.0"), func(t *testing.T, h *harness) {
			h.call(t, "tt.login", map[string]any{})
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, gadget, tt.patch)
			if tt.login != nil {
				tt.login(t, h)
			}
			res := h.call(t, "tt.checkSession", map[string]any{})
			if tt.wantOK {
				wantOK(t, res, "checkSession")
				if len(res.Fields) != 1 {
					t.Errorf("checkSession success carries %v", res.Fields)
				}
			} else {
				wantFail(t, res, "checkSession", ErrnoAuthFail, "session is empty")
			}
		})
	}
	h := newHarness(t, gadget)
	h.requestAccess(t)
	h.Reset()
	wantFail(t, h.call(t, "tt.checkSession", map[string]any{}), "checkSession", ErrnoAuthFail, "session is empty")
}

func TestRequestAccess(t *testing.T) {
	const appID = "cli_a1b2c3d4e5f60718"
	tests := []struct {
		name    string
		patches []string
		option  any
		errno   int    // 0: success
		err     string // errString
		state   string
	}{
		{"gadget, identity only", []string{gadget}, map[string]any{"scopeList": []string{}}, 0, "", ""},
		{"gadget with scopes and state", []string{gadget},
			map[string]any{"scopeList": []string{"contact:user.id:readonly"}, "state": "xyz"}, 0, "", "xyz"},
		{"gadget with the right appID", []string{gadget}, map[string]any{"scopeList": []string{}, "appID": appID}, 0, "", ""},
		{"gadget with another appID", []string{gadget}, map[string]any{"scopeList": []string{}, "appID": "cli_other"},
			ErrnoRequestAccessNoSes, `unable to get session: appID "cli_other" is not this app (cli_a1b2c3d4e5f60718)`, ""},
		{"scopeList missing", []string{gadget}, map[string]any{}, ErrnoInvalidParam, "Parameter error. scopeList cannot be empty", ""},
		{"scopeList a string", []string{gadget}, map[string]any{"scopeList": "contact"}, ErrnoInvalidParam,
			"Parameter error. scopeList is of wrong type", ""},
		{"scopeList with a number", []string{gadget}, map[string]any{"scopeList": []any{"a", 1}}, ErrnoInvalidParam,
			"Parameter error. scopeList must hold only strings", ""},
		{"state a number", []string{gadget}, map[string]any{"scopeList": []string{}, "state": 5}, ErrnoInvalidParam,
			"Parameter error. state is of wrong type", ""},
		{"web app with appID, no h5sdk.config", nil, map[string]any{"scopeList": []string{}, "appID": appID, "state": "s"}, 0, "", "s"},
		{"web app without appID", nil, map[string]any{"scopeList": []string{}}, ErrnoInvalidParam,
			"Parameter error. appID cannot be empty", ""},
		{"web app with an empty appID", nil, map[string]any{"scopeList": []string{}, "appID": ""}, ErrnoInvalidParam,
			"Parameter error. appID cannot be empty", ""},
		{"web app with another appID", nil, map[string]any{"scopeList": []string{}, "appID": "cli_other"},
			ErrnoRequestAccessNoSes, `unable to get session: appID "cli_other" is not this app (cli_a1b2c3d4e5f60718)`, ""},
		{"web app with a numeric appID", nil, map[string]any{"scopeList": []string{}, "appID": 5}, ErrnoInvalidParam,
			"Parameter error. appID is of wrong type", ""},
		{"a configured app", []string{`{"app":{"appId":"cli_mine"}}`}, map[string]any{"scopeList": []string{}, "appID": "cli_mine"}, 0, "", ""},
		{"gadget 6.8.0", []string{gadget, clientPatch("pc", "6.8.0")}, map[string]any{"scopeList": []string{}},
			ErrnoNotSupported, "feature not support: tt.requestAccess is not available to gadgets on pc 6.8.0", ""},
		{"web app 6.8.0", []string{clientPatch("android", "6.8.0")}, map[string]any{"scopeList": []string{}, "appID": appID},
			ErrnoNotSupported, "feature not support: tt.requestAccess is not available to web apps on android 6.8.0", ""},
		{"gadget 6.9.0", []string{gadget, clientPatch("ios", "6.9.0")}, map[string]any{"scopeList": []string{}}, 0, "", ""},
		{"Harmony 7.34.0", []string{gadget, clientPatch("harmony", "7.34.0")}, map[string]any{"scopeList": []string{}},
			ErrnoNotSupported, "feature not support: tt.requestAccess is not available to gadgets on harmony 7.34.0", ""},
		{"Harmony 7.35.0", []string{clientPatch("harmony", "7.35.0")}, map[string]any{"scopeList": []string{}, "appID": appID}, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			res := h.call(t, "tt.requestAccess", tt.option)
			if tt.errno != 0 {
				wantFail(t, res, "requestAccess", tt.errno, tt.err)
				if h.Config().Mode == ModeGadget && tt.errno != ErrnoNotSupported { // a failed requestAccess logs nobody in
					wantFail(t, h.call(t, "tt.checkSession", map[string]any{}), "checkSession", ErrnoAuthFail, "session is empty")
				}
				return
			}
			wantOK(t, res, "requestAccess")
			code, _ := res.Fields["code"].(string)
			if !codePattern.MatchString(code) || res.Fields["state"] != tt.state || len(res.Fields) != 3 {
				t.Fatalf("requestAccess answered %v", res.Fields)
			}
			if s, err := h.ExchangeCode(code); err != nil || s.OpenID != h.Config().CurrentUser {
				t.Errorf("ExchangeCode: %+v %v", s, err)
			}
		})
	}
}

func TestSwitchingUserStartsTheirSession(t *testing.T) {
	h := newHarness(t)
	before := h.Session()
	other := h.Config().Users[2]
	if err := h.Configure([]byte(`{"currentUser":"` + other.OpenID + `"}`)); err != nil {
		t.Fatal(err)
	}
	after := h.Session()
	if after.OpenID != other.OpenID || after.UnionID != other.UnionID || after.SessionKey == before.SessionKey {
		t.Errorf("session after switching to %s: %+v (before %+v)", other.OpenID, after, before)
	}
	if err := h.Configure([]byte(`{"client":{"language":"en_US"}}`)); err != nil {
		t.Fatal(err)
	}
	if h.Session() != after {
		t.Errorf("an unrelated patch replaced the session")
	}
}

// A page that logs in in a loop keeps only the newest MaxCodes codes, so
// its memory stays flat; those still exchange.
func TestOnlyTheNewestCodesAreKept(t *testing.T) {
	h := newHarness(t, gadget)
	first := h.requestAccess(t)
	var codes []string
	for i := 0; i < MaxCodes; i++ {
		codes = append(codes, h.call(t, "tt.login", map[string]any{}).Fields["code"].(string))
	}
	if len(h.accounts.used) != MaxCodes || len(h.accounts.codeOrder) != MaxCodes {
		t.Fatalf("%d codes kept (%d in order), want %d", len(h.accounts.used), len(h.accounts.codeOrder), MaxCodes)
	}
	if _, err := h.ExchangeCode(first); err == nil || err.Error() != `code "`+first+`" is invalid` {
		t.Errorf("the forgotten oldest code: %v", err)
	}
	for _, code := range []string{codes[0], codes[len(codes)-1]} {
		if _, err := h.ExchangeCode(code); err != nil {
			t.Errorf("a kept code: %v", err)
		}
	}
}

// Login codes are sealed for the simulated Open Platform: each opens with
// the app secret to the grant it stands for.
func TestLoginCodesCarryTheirGrant(t *testing.T) {
	h := newHarness(t, gadget)
	me := h.Config().Me()
	login := h.openCode(t, h.call(t, "tt.login", map[string]any{}).Fields["code"].(string))
	loginKey := h.Session().SessionKey
	access := h.openCode(t, h.call(t, "tt.requestAccess", map[string]any{
		"scopeList": []string{"contact:user.id:readonly", "docs:doc"}}).Fields["code"].(string))
	for _, tt := range []struct {
		name  string
		got   authcode.Grant
		scope string
		key   string
	}{
		{"tt.login", login, "", loginKey},
		{"tt.requestAccess", access, "contact:user.id:readonly docs:doc", h.Session().SessionKey},
	} {
		g := tt.got
		if g.AppID != h.Config().App.AppID || g.OpenID != me.OpenID || g.Scope != tt.scope || g.SessionKey != tt.key ||
			g.Issued != testEpoch.UnixMilli() || !g.ExpiresAt().Equal(testEpoch.Add(CodeLifetime)) ||
			!regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(g.Nonce) {
			t.Errorf("%s's code holds %+v, want scope %q and session key %q", tt.name, g, tt.scope, tt.key)
		}
	}
	if login.Nonce == access.Nonce {
		t.Errorf("two codes share the nonce %s", login.Nonce)
	}
}

// Only the codes this page issued since load or reset exchange, with the
// app secret and app ID they were issued under.
func TestOnlyThisPagesCodesExchange(t *testing.T) {
	foreign := authcode.Issue(newHarness(t).Config().App.AppSecret, authcode.Grant{AppID: "cli_a1b2c3d4e5f60718",
		OpenID: "ou_x", Issued: testEpoch.UnixMilli(), Expires: testEpoch.Add(time.Minute).UnixMilli(), Nonce: "n"})
	tests := []struct {
		name string
		code func(h *harness) string
	}{
		{"issued elsewhere with the same secret", func(*harness) string { return foreign }},
		{"altered", func(h *harness) string { return h.requestAccess(t) + "A" }},
		{"issued before reset", func(h *harness) string {
			code := h.requestAccess(t)
			h.Reset()
			return code
		}},
		{"after app.appSecret changed", func(h *harness) string {
			code := h.requestAccess(t)
			if err := h.Configure([]byte(`{"app":{"appSecret":"another secret"}}`)); err != nil {
				t.Fatal(err)
			}
			return code
		}},
		{"after app.appId changed", func(h *harness) string {
			code := h.requestAccess(t)
			if err := h.Configure([]byte(`{"app":{"appId":"cli_another"}}`)); err != nil {
				t.Fatal(err)
			}
			return code
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, gadget)
			code := tt.code(h)
			if _, err := h.ExchangeCode(code); err == nil || err.Error() != `code "`+code+`" is invalid` {
				t.Errorf("ExchangeCode: %v, want invalid", err)
			}
		})
	}
}
