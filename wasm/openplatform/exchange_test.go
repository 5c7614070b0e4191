package openplatform

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"ttshim/wasm/authcode"
	"ttshim/wasm/shim"
)

const (
	v1AccessToken   = "/open-apis/authen/v1/access_token"
	oidcAccessToken = "/open-apis/authen/v1/oidc/access_token"
	v1Refresh       = "/open-apis/authen/v1/refresh_access_token"
	oidcRefresh     = "/open-apis/authen/v1/oidc/refresh_access_token"
	minaLogin       = "/open-apis/mina/v2/tokenLoginValidate"
)

func codeBody(code string) map[string]string {
	return map[string]string{"grant_type": "authorization_code", "code": code}
}

func refreshBody(token string) map[string]string {
	return map[string]string{"grant_type": "refresh_token", "refresh_token": token}
}

func TestV1ExchangeGivesTheUserAndTokens(t *testing.T) {
	s := newTestServer(t)
	// The node SDK sends the tenant token where the app token is asked for.
	for _, token := range []string{s.appToken(t), s.tenantToken(t)} {
		res := s.call(t, request{path: v1AccessToken, header: bearerHeader(token), body: codeBody(pageCode(liNa))})
		res.expect(t, http.StatusOK, 0)
		data := res.data(t)
		for field, want := range map[string]any{
			"token_type": "Bearer", "expires_in": float64(7200), "refresh_expires_in": float64(30 * 24 * 3600),
			"name": "李娜", "en_name": "Li Na", "open_id": liNa, "tenant_key": s.tenantKey(),
			"email": "li.na@ttshim.example", "enterprise_email": "li.na@ttshim.example",
		} {
			if data[field] != want {
				t.Errorf("%s = %v, want %v", field, data[field], want)
			}
		}
		if !strings.HasPrefix(data["access_token"].(string), "u-") || !strings.HasPrefix(data["refresh_token"].(string), "ur-") {
			t.Errorf("tokens %v / %v, want u-… and ur-…", data["access_token"], data["refresh_token"])
		}
		for _, field := range []string{"union_id", "user_id", "mobile", "avatar_url", "avatar_thumb", "avatar_middle", "avatar_big"} {
			if s, _ := data[field].(string); s == "" {
				t.Errorf("%s is empty", field)
			}
		}
		if res.json["msg"] != "success" {
			t.Errorf("msg %v", res.json["msg"])
		}
	}
}

func TestOidcExchangeGivesTokensAndScope(t *testing.T) {
	s := newTestServer(t)
	code := pageCode(liNa, func(g *authcode.Grant) { g.Scope = "contact:user.base:readonly" })
	res := s.call(t, request{path: oidcAccessToken, header: bearerHeader(s.appToken(t)), body: codeBody(code)})
	res.expect(t, http.StatusOK, 0)
	data := res.data(t)
	if data["scope"] != "contact:user.base:readonly" || data["name"] != nil || data["refresh_expires_in"] != float64(2592000) {
		t.Errorf("data %v", data)
	}
	info := s.call(t, request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info", header: bearerHeader(data["access_token"].(string))})
	info.expect(t, http.StatusOK, 0)
	if info.data(t)["open_id"] != liNa {
		t.Errorf("user_info %s", info.raw)
	}
}

func TestV1ExchangeRefusesCodes(t *testing.T) {
	for _, tc := range []struct {
		name string
		body any
		code int
	}{
		{"no code", map[string]string{"grant_type": "authorization_code"}, codeInvalidRequest},
		{"no grant_type", map[string]string{"code": pageCode(liNa)}, codeInvalidRequest},
		{"another grant_type", map[string]string{"grant_type": "password", "code": pageCode(liNa)}, codeGrantTypeUnsupported},
		{"not JSON", "{", codeInvalidRequest},
		{"not a code", codeBody("abc"), codeCodeInvalid},
		{"another app's secret", codeBody(authcode.Issue("other secret", authcode.Grant{AppID: testAppID, OpenID: liNa,
			Expires: start.Add(time.Minute).UnixMilli()})), codeCodeInvalid},
		{"another app", codeBody(pageCode(liNa, func(g *authcode.Grant) { g.AppID = "cli_other" })), codeAppMismatch},
		{"expired", codeBody(pageCode(liNa, func(g *authcode.Grant) { g.Expires = start.UnixMilli() })), codeCodeExpired},
		{"nobody", codeBody(pageCode("ou_nobody")), codeUserNotExist},
		{"a gadget's tt.login code", codeBody(pageCode(liNa, func(g *authcode.Grant) { g.SessionKey = "k" })), codeGenerateFailed},
		{"PKCE without a verifier", codeBody(pageCode(liNa, func(g *authcode.Grant) {
			g.CodeChallenge, g.CodeChallengeMethod = "abc", "plain"
		})), codePKCEFailed},
	} {
		for _, path := range []string{v1AccessToken, oidcAccessToken} {
			t.Run(tc.name+" "+path, func(t *testing.T) {
				s := newTestServer(t)
				res := s.call(t, request{path: path, header: bearerHeader(s.appToken(t)), body: tc.body})
				res.expect(t, http.StatusOK, tc.code)
				if res.json["msg"] != messages[tc.code] {
					t.Errorf("msg %v", res.json["msg"])
				}
			})
		}
	}
}

func TestCodesAreSingleUse(t *testing.T) {
	s := newTestServer(t)
	app := s.appToken(t)
	code := pageCode(liNa)
	s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(code)}).expect(t, http.StatusOK, 0)
	for _, path := range []string{v1AccessToken, oidcAccessToken} {
		s.call(t, request{path: path, header: bearerHeader(app), body: codeBody(code)}).expect(t, http.StatusOK, codeCodeInvalid)
	}
	// A refused attempt does not spend a code.
	other := pageCode(liNa)
	s.call(t, request{path: oidcAccessToken, header: bearerHeader("a-bad"), body: codeBody(other)}).expect(t, http.StatusOK, codeAppTokenInvalid)
	s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(other)}).expect(t, http.StatusOK, 0)
}

func TestCodesExpireOnTheServersClock(t *testing.T) {
	s := newTestServer(t)
	app := s.appToken(t)
	code := pageCode(liNa)
	s.Advance(authcode.Lifetime)
	s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(code)}).expect(t, http.StatusOK, codeCodeExpired)
}

func TestUsedCodesAreForgottenOnceExpired(t *testing.T) {
	s := newTestServer(t)
	app := s.appToken(t)
	code := pageCode(liNa)
	s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(code)}).expect(t, http.StatusOK, 0)
	s.Advance(authcode.Lifetime)
	for range usedCodeLimit {
		s.spendCode(pageCode(liNa), authcode.Grant{Expires: s.now().Add(time.Minute).UnixMilli()})
	}
	if _, _, kept := s.usedCodes.get(code); kept || len(s.usedCodes.entries) > usedCodeLimit {
		t.Errorf("kept the expired code: %v; %d used codes", kept, len(s.usedCodes.entries))
	}
	s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(code)}).expect(t, http.StatusOK, codeCodeExpired)
}

func TestV1RefreshIsSingleUse(t *testing.T) {
	for _, path := range []string{v1Refresh, oidcRefresh} {
		t.Run(path, func(t *testing.T) {
			s := newTestServer(t)
			app := s.appToken(t)
			first := s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(pageCode(liNa))}).data(t)
			res := s.call(t, request{path: path, header: bearerHeader(app), body: refreshBody(first["refresh_token"].(string))})
			res.expect(t, http.StatusOK, 0)
			second := res.data(t)
			if second["access_token"] == first["access_token"] || second["refresh_token"] == first["refresh_token"] {
				t.Fatalf("refreshing gave the same tokens: %v", second)
			}
			if path == v1Refresh && second["open_id"] != liNa {
				t.Errorf("refresh_access_token carries the user: %v", second)
			}
			s.call(t, request{path: path, header: bearerHeader(app), body: refreshBody(first["refresh_token"].(string))}).
				expect(t, http.StatusOK, codeRefreshNotFound)
			// The old access token works for a minute more, then not.
			userInfo := request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info", header: bearerHeader(first["access_token"].(string))}
			s.call(t, userInfo).expect(t, http.StatusOK, 0)
			s.Advance(rotationGrace)
			s.call(t, userInfo).expect(t, http.StatusOK, codeUserTokenExpired)
			userInfo.header = bearerHeader(second["access_token"].(string))
			s.call(t, userInfo).expect(t, http.StatusOK, 0)
		})
	}
}

func TestV1RefreshRefused(t *testing.T) {
	s := newTestServer(t)
	app := s.appToken(t)
	tokens := s.call(t, request{path: oidcAccessToken, header: bearerHeader(app), body: codeBody(pageCode(liNa))}).data(t)
	for _, tc := range []struct {
		name string
		body any
		code int
	}{
		{"unknown", refreshBody("ur-unknown"), codeRefreshInvalid},
		{"no token", map[string]string{"grant_type": "refresh_token"}, codeInvalidRequest},
		{"a code's grant_type", map[string]string{"grant_type": "authorization_code", "refresh_token": "ur-x"}, codeGrantTypeUnsupported},
	} {
		s.call(t, request{path: oidcRefresh, header: bearerHeader(app), body: tc.body}).expect(t, http.StatusOK, tc.code)
	}
	s.Advance(refreshLifetimeV1)
	s.call(t, request{path: oidcRefresh, header: bearerHeader(s.appToken(t)), body: refreshBody(tokens["refresh_token"].(string))}).
		expect(t, http.StatusOK, codeRefreshExpired)
}

func TestUserTokensExpire(t *testing.T) {
	s := newTestServer(t)
	tokens := s.call(t, request{path: oidcAccessToken, header: bearerHeader(s.appToken(t)), body: codeBody(pageCode(liNa))}).data(t)
	userInfo := request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info", header: bearerHeader(tokens["access_token"].(string))}
	s.Advance(userTokenLifetime - time.Second)
	s.call(t, userInfo).expect(t, http.StatusOK, 0)
	s.Advance(time.Second)
	s.call(t, userInfo).expect(t, http.StatusOK, codeUserTokenExpired)
}

func TestGadgetLogin(t *testing.T) {
	s := newTestServer(t)
	app := s.appToken(t)
	code := pageCode(liNa, func(g *authcode.Grant) { g.SessionKey = "session-key-1" })
	res := s.call(t, request{path: minaLogin, header: bearerHeader(app), body: map[string]string{"code": code}})
	res.expect(t, http.StatusOK, 0)
	data := res.data(t)
	for field, want := range map[string]any{
		"open_id": liNa, "employee_id": shim.DefaultTenant()[1].UserID, "session_key": "session-key-1", "tenant_key": s.tenantKey(),
		"expires_in": float64(start.Add(userTokenLifetime).Unix()),
	} {
		if data[field] != want {
			t.Errorf("%s = %v, want %v", field, data[field], want)
		}
	}
	if !strings.HasPrefix(data["access_token"].(string), "u-") || !strings.HasPrefix(data["refresh_token"].(string), "ur-") {
		t.Errorf("tokens in %v", data)
	}
	for _, tc := range []struct {
		name   string
		header map[string]string
		body   any
		code   int
	}{
		{"used", bearerHeader(app), map[string]string{"code": code}, codeMinaCodeMismatch},
		{"no code", bearerHeader(app), map[string]string{}, codeMinaCodeInvalid},
		{"not a code", bearerHeader(app), map[string]string{"code": "x"}, codeMinaCodeInvalid},
		{"a web app's code", bearerHeader(app), map[string]string{"code": pageCode(liNa)}, codeMinaCodeInvalid},
		{"another app", bearerHeader(app), map[string]string{"code": pageCode(liNa, func(g *authcode.Grant) {
			g.SessionKey, g.AppID = "k", "cli_other"
		})}, codeMinaCodeMismatch},
		{"bad token", bearerHeader("a-bad"), map[string]string{"code": code}, codeMinaTokenInvalid},
		{"no token", nil, map[string]string{"code": code}, codeNeedToken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.call(t, request{path: minaLogin, header: tc.header, body: tc.body}).expect(t, http.StatusOK, tc.code)
		})
	}
}
