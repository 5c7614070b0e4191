package openplatform

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"testing"

	"ttshim/wasm/authcode"
)

const oauthTokenPath = "/open-apis/authen/v2/oauth/token"

// oauthBody is a v2 code request with the client's credentials.
func oauthBody(fields ...string) map[string]string {
	body := map[string]string{"grant_type": "authorization_code", "client_id": testAppID, "client_secret": testSecret}
	for i := 0; i+1 < len(fields); i += 2 {
		if fields[i+1] == "" {
			delete(body, fields[i])
		} else {
			body[fields[i]] = fields[i+1]
		}
	}
	return body
}

func s256(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

const verifier = "TxYmzM4PHLBlqm5NtnCmwxMH8mFlRWl_ipie3O0aVzo"

func TestOAuthCodeGrant(t *testing.T) {
	s := newTestServer(t)
	code := pageCode(liNa, func(g *authcode.Grant) {
		g.Scope, g.RedirectURI = "contact:user.base:readonly offline_access", "https://app.example.test/callback"
		g.CodeChallenge, g.CodeChallengeMethod = s256(verifier), "S256"
	})
	res := s.call(t, request{path: oauthTokenPath, body: oauthBody("code", code,
		"redirect_uri", "https://app.example.test/callback", "code_verifier", verifier)})
	res.expect(t, http.StatusOK, 0)
	for field, want := range map[string]any{
		"token_type": "Bearer", "expires_in": float64(7200), "refresh_token_expires_in": float64(604800),
		"scope": "contact:user.base:readonly offline_access",
	} {
		if res.json[field] != want {
			t.Errorf("%s = %v, want %v", field, res.json[field], want)
		}
	}
	if res.json["data"] != nil || res.json["msg"] != nil || res.header.Get("Cache-Control") != "no-store" {
		t.Errorf("not a flat OAuth answer: %s", res.raw)
	}
	info := s.call(t, request{method: http.MethodGet, path: "/open-apis/authen/v1/user_info", header: bearerHeader(res.json["access_token"].(string))})
	info.expect(t, http.StatusOK, 0)
}

func TestOAuthFormAndBasicAuth(t *testing.T) {
	s := newTestServer(t)
	// golang.org/x/oauth2 posts a form, with the credentials as HTTP Basic.
	form := url.Values{"grant_type": {"authorization_code"}, "code": {pageCode(liNa)}}
	res := s.call(t, request{path: oauthTokenPath, form: form, header: map[string]string{
		"Authorization": "Basic " + base64.StdEncoding.EncodeToString([]byte(testAppID+":"+testSecret))}})
	res.expect(t, http.StatusOK, 0)
	if res.json["refresh_token"] != nil {
		t.Errorf("a refresh_token without offline_access: %s", res.raw)
	}
	form.Set("code", pageCode(liNa))
	form.Set("client_secret", testSecret)
	res = s.call(t, request{path: oauthTokenPath, form: form, header: map[string]string{
		"Authorization": "Basic " + base64.StdEncoding.EncodeToString([]byte(testAppID+":"+testSecret))}})
	res.expect(t, http.StatusBadRequest, codeTwoAuthMethods)
}

func TestOAuthRefused(t *testing.T) {
	pkce := func(method, challenge string) func(*authcode.Grant) {
		return func(g *authcode.Grant) { g.CodeChallenge, g.CodeChallengeMethod = challenge, method }
	}
	redirectTo := func(g *authcode.Grant) { g.RedirectURI = "https://app.example.test/callback" }
	for _, tc := range []struct {
		name  string
		body  any
		code  int
		error string
	}{
		{"not JSON", "{", codeMalformedRequest, "invalid_request"},
		{"no code", oauthBody(), codeInvalidRequest, "invalid_request"},
		{"no client_secret", oauthBody("code", pageCode(liNa), "client_secret", ""), codeInvalidRequest, "invalid_request"},
		{"no grant_type", oauthBody("code", pageCode(liNa), "grant_type", ""), codeInvalidRequest, "invalid_request"},
		{"unknown client", oauthBody("code", pageCode(liNa), "client_id", "cli_other"), codeAppNotExist, "invalid_client"},
		{"wrong secret", oauthBody("code", pageCode(liNa), "client_secret", "nope"), codeClientSecretInvalid, "invalid_client"},
		{"password grant", oauthBody("grant_type", "password"), codeGrantTypeUnsupported, "unsupported_grant_type"},
		{"not a code", oauthBody("code", "x.y"), codeCodeInvalid, "invalid_grant"},
		{"expired", oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.Expires = start.UnixMilli() })), codeCodeExpired, "invalid_grant"},
		{"another app", oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.AppID = "cli_other" })), codeAppMismatch, "invalid_grant"},
		{"nobody", oauthBody("code", pageCode("ou_nobody")), codeUserNotExist, "invalid_grant"},
		{"other redirect_uri", oauthBody("code", pageCode(liNa, redirectTo), "redirect_uri", "https://evil.example/"), codeRedirectMismatch, "invalid_grant"},
		{"S256, wrong verifier", oauthBody("code", pageCode(liNa, pkce("S256", s256(verifier))), "code_verifier", verifier+"x"), codePKCEFailed, "invalid_grant"},
		{"S256, no verifier", oauthBody("code", pageCode(liNa, pkce("S256", s256(verifier)))), codePKCEFailed, "invalid_grant"},
		{"plain, wrong verifier", oauthBody("code", pageCode(liNa, pkce("plain", verifier)), "code_verifier", s256(verifier)), codePKCEFailed, "invalid_grant"},
		{"unknown method", oauthBody("code", pageCode(liNa, pkce("S512", verifier)), "code_verifier", verifier), codePKCEFailed, "invalid_grant"},
		{"duplicate scope", oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.Scope = "a b" }), "scope", "a a"), codeScopeDuplicate, "invalid_scope"},
		{"scope not granted", oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.Scope = "a b" }), "scope", "a c"), codeScopeNotGranted, "invalid_scope"},
		{"gadget code", oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.SessionKey = "k" })), codeCodeInvalid, "invalid_grant"},
		{"no refresh_token", oauthBody("grant_type", "refresh_token"), codeInvalidRequest, "invalid_request"},
		{"unknown refresh_token", oauthBody("grant_type", "refresh_token", "refresh_token", "ur-x"), codeRefreshInvalid, "invalid_grant"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := newTestServer(t).call(t, request{path: oauthTokenPath, body: tc.body})
			res.expect(t, http.StatusBadRequest, tc.code)
			if res.json["error"] != tc.error || res.json["error_description"] != messages[tc.code] || res.json["access_token"] != nil {
				t.Errorf("answer %s, want error %q", res.raw, tc.error)
			}
		})
	}
}

func TestOAuthAcceptsWhatTheCodeDoesNotBind(t *testing.T) {
	s := newTestServer(t)
	for name, body := range map[string]map[string]string{
		// The page's codes have no redirect_uri; a body may still send one.
		"redirect_uri for a page code": oauthBody("code", pageCode(liNa), "redirect_uri", "https://app.example.test/"),
		// Feishu marks redirect_uri optional in the token request.
		"no redirect_uri":        oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.RedirectURI = "https://app.example.test/" })),
		"plain PKCE":             oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.CodeChallenge, g.CodeChallengeMethod = verifier, "plain" }), "code_verifier", verifier),
		"verifier, no challenge": oauthBody("code", pageCode(liNa), "code_verifier", verifier),
	} {
		t.Run(name, func(t *testing.T) {
			s.call(t, request{path: oauthTokenPath, body: body}).expect(t, http.StatusOK, 0)
		})
	}
}

func TestOAuthCodeReuseIs20065(t *testing.T) {
	s := newTestServer(t)
	body := oauthBody("code", pageCode(liNa))
	s.call(t, request{path: oauthTokenPath, body: body}).expect(t, http.StatusOK, 0)
	res := s.call(t, request{path: oauthTokenPath, body: body})
	res.expect(t, http.StatusBadRequest, codeCodeUsed)
}

func TestOAuthRefreshGrant(t *testing.T) {
	s := newTestServer(t)
	code := pageCode(liNa, func(g *authcode.Grant) { g.Scope = "contact:user.base:readonly offline_access" })
	first := s.call(t, request{path: oauthTokenPath, body: oauthBody("code", code)})
	first.expect(t, http.StatusOK, 0)
	refresh := first.json["refresh_token"].(string)

	// Narrowed to one scope, it comes without a refresh token.
	narrowed := s.call(t, request{path: oauthTokenPath, body: oauthBody("grant_type", "refresh_token",
		"refresh_token", refresh, "scope", "contact:user.base:readonly")})
	narrowed.expect(t, http.StatusOK, 0)
	if narrowed.json["scope"] != "contact:user.base:readonly" || narrowed.json["refresh_token"] != nil {
		t.Fatalf("narrowed refresh: %s", narrowed.raw)
	}
	s.call(t, request{path: oauthTokenPath, body: oauthBody("grant_type", "refresh_token", "refresh_token", refresh)}).
		expect(t, http.StatusBadRequest, codeRefreshUsed)

	// A v1 refresh token is not v2's.
	v1 := s.call(t, request{path: oidcAccessToken, header: bearerHeader(s.appToken(t)), body: codeBody(pageCode(liNa))}).data(t)
	s.call(t, request{path: oauthTokenPath, body: oauthBody("grant_type", "refresh_token", "refresh_token", v1["refresh_token"].(string))}).
		expect(t, http.StatusBadRequest, codeRefreshInvalid)

	// Without narrowing, the whole grant again, and a refresh token.
	again := s.call(t, request{path: oauthTokenPath, body: oauthBody("code", pageCode(liNa, func(g *authcode.Grant) { g.Scope = "offline_access" }))})
	whole := s.call(t, request{path: oauthTokenPath, body: oauthBody("grant_type", "refresh_token", "refresh_token", again.json["refresh_token"].(string))})
	whole.expect(t, http.StatusOK, 0)
	if whole.json["scope"] != "offline_access" || whole.json["refresh_token"] == nil {
		t.Errorf("whole refresh: %s", whole.raw)
	}
	s.Advance(refreshLifetimeV2)
	s.call(t, request{path: oauthTokenPath, body: oauthBody("grant_type", "refresh_token", "refresh_token", whole.json["refresh_token"].(string))}).
		expect(t, http.StatusBadRequest, codeRefreshExpired)
}
