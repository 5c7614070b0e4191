package openplatform

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"ttshim/wasm/authcode"
	"ttshim/wasm/shim"
)

const callback = "https://app.example.test/callback"

func authorizeURL(fields ...string) string {
	query := url.Values{"client_id": {testAppID}, "response_type": {"code"}, "redirect_uri": {callback}, "state": {"RANDOMSTATE"}}
	for i := 0; i+1 < len(fields); i += 2 {
		if fields[i+1] == "" {
			query.Del(fields[i])
		} else {
			query.Set(fields[i], fields[i+1])
		}
	}
	return "/open-apis/authen/v1/authorize?" + query.Encode()
}

func TestAuthorizePageListsTheTenant(t *testing.T) {
	s := newTestServer(t)
	res := s.call(t, request{method: http.MethodGet, path: authorizeURL("scope", "contact:user.base:readonly offline_access")})
	if res.status != http.StatusOK || !strings.HasPrefix(res.header.Get("Content-Type"), "text/html") {
		t.Fatalf("HTTP %d %s", res.status, res.header.Get("Content-Type"))
	}
	page := res.raw
	for _, want := range []string{
		`<html lang="zh-CN">`, "ttshim Demo 申请使用你的飞书账号登录",
		`<form method="get" action="/open-apis/authen/v1/authorize">`,
		`<input type="hidden" name="client_id" value="` + testAppID + `">`,
		`<input type="hidden" name="redirect_uri" value="` + callback + `">`,
		`<input type="hidden" name="state" value="RANDOMSTATE">`,
		`<code>offline_access</code>`,
		`name="ttshim_user" value="` + liNa + `" aria-describedby="department-1"`,
		`<span>李娜</span>`, `<span id="department-1" hidden>产品部</span>`,
		`src="data:image/svg&#43;xml;base64,`,
		`name="ttshim_deny" value="1">拒绝</button>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if n := strings.Count(page, `name="ttshim_user"`); n != 12 {
		t.Errorf("%d accounts, want the 12 users", n)
	}
	if strings.Contains(page, "ZgotmplZ") {
		t.Error("html/template refused an avatar")
	}
}

func TestAuthorizePageLanguage(t *testing.T) {
	s := newTestServer(t)
	for _, tc := range []struct {
		query, acceptLanguage, want string
	}{
		{"en_US", "", `<span>Li Na</span>`},
		{"en", "zh-CN", `<span>Li Na</span>`},
		{"", "ja-JP,ja;q=0.9,en;q=0.8", `<span>リ・ナ</span>`},
		{"", "fr-FR, en-GB;q=0.5", `<span>Li Na</span>`},
		{"fr", "", `<span>李娜</span>`},
	} {
		res := s.call(t, request{method: http.MethodGet, path: authorizeURL("lang", tc.query),
			header: map[string]string{"Accept-Language": tc.acceptLanguage}})
		if !strings.Contains(res.raw, tc.want) {
			t.Errorf("lang %q, Accept-Language %q: no %s", tc.query, tc.acceptLanguage, tc.want)
		}
	}
}

func TestAuthorizePageEscapes(t *testing.T) {
	cfg := shim.DefaultConfig()
	cfg.App.AppName = `<script>x</script>`
	res := New(cfg).call(t, request{method: http.MethodGet, path: authorizeURL("state", `"><b>`)})
	if strings.Contains(res.raw, "<script>x") || strings.Contains(res.raw, `"><b>`) {
		t.Errorf("unescaped: %s", res.raw)
	}
}

// follow picks a choice on the page and reads the redirect.
func follow(t *testing.T, s *Server, path string) *url.URL {
	t.Helper()
	res := s.call(t, request{method: http.MethodGet, path: path})
	if res.status != http.StatusFound {
		t.Fatalf("HTTP %d, want 302: %s", res.status, res.raw)
	}
	location, err := url.Parse(res.header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	return location
}

func TestAuthorizeIssuesACodeForThePick(t *testing.T) {
	s := newTestServer(t)
	challenge := s256(verifier)
	location := follow(t, s, authorizeURL("scope", "offline_access", "code_challenge", challenge,
		"code_challenge_method", "S256", "ttshim_user", liNa))
	if got := location.Scheme + "://" + location.Host + location.Path; got != callback {
		t.Errorf("redirected to %s", location)
	}
	if location.Query().Get("state") != "RANDOMSTATE" {
		t.Errorf("state in %s", location)
	}
	g, err := authcode.Open(testSecret, location.Query().Get("code"))
	if err != nil {
		t.Fatal(err)
	}
	want := authcode.Grant{AppID: testAppID, OpenID: liNa, Issued: start.UnixMilli(), Expires: start.Add(authcode.Lifetime).UnixMilli(),
		Nonce: g.Nonce, Scope: "offline_access", RedirectURI: callback, CodeChallenge: challenge, CodeChallengeMethod: "S256"}
	if g != want || len(g.Nonce) < 16 {
		t.Errorf("grant %+v, want %+v", g, want)
	}
	// The backend's exchange, as the OAuth sample makes it.
	res := s.call(t, request{path: oauthTokenPath, body: oauthBody("code", location.Query().Get("code"),
		"redirect_uri", callback, "code_verifier", verifier)})
	res.expect(t, http.StatusOK, 0)
	if res.json["refresh_token"] == nil {
		t.Errorf("offline_access gave no refresh_token: %s", res.raw)
	}
}

func TestAuthorizeKeepsTheRedirectsQueryAndFragment(t *testing.T) {
	s := newTestServer(t)
	location := follow(t, s, authorizeURL("redirect_uri", "http://127.0.0.1:3000/cb?from=login#/home", "state", "", "ttshim_user", liNa))
	if location.Query().Get("from") != "login" || location.Fragment != "/home" || location.Query().Get("code") == "" ||
		location.Query().Has("state") {
		t.Errorf("redirected to %s", location)
	}
}

func TestAuthorizeDenied(t *testing.T) {
	s := newTestServer(t)
	location := follow(t, s, authorizeURL("ttshim_deny", "1"))
	if location.RawQuery != "error=access_denied&state=RANDOMSTATE" {
		t.Errorf("redirected to %s", location)
	}
	// Deny wins over a pick.
	location = follow(t, s, authorizeURL("ttshim_deny", "1", "ttshim_user", liNa))
	if location.Query().Has("code") {
		t.Errorf("a code after a deny: %s", location)
	}
}

func TestLegacyAuthorizationPage(t *testing.T) {
	s := newTestServer(t)
	query := url.Values{"app_id": {testAppID}, "redirect_uri": {callback}, "state": {"S"}}
	page := s.call(t, request{method: http.MethodGet, path: "/open-apis/authen/v1/index?" + query.Encode()})
	if page.status != http.StatusOK || !strings.Contains(page.raw, `action="/open-apis/authen/v1/index"`) {
		t.Fatalf("HTTP %d %s", page.status, page.raw)
	}
	query.Set("ttshim_user", liNa)
	location := follow(t, s, "/open-apis/authen/v1/index?"+query.Encode())
	res := s.call(t, request{path: v1AccessToken, header: bearerHeader(s.appToken(t)), body: codeBody(location.Query().Get("code"))})
	res.expect(t, http.StatusOK, 0)
	if res.data(t)["open_id"] != liNa || location.Query().Get("state") != "S" {
		t.Errorf("signed in %v, redirected to %s", res.data(t)["open_id"], location)
	}
}

func TestAuthorizeRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, path string
		code       int
		detail     string
	}{
		{"no client_id", authorizeURL("client_id", ""), codeAppIDInvalid, "client_id is missing"},
		{"another app", authorizeURL("client_id", "cli_other"), codeAppIDInvalid, "cli_other is not this tenant&#39;s app"},
		{"no redirect_uri", authorizeURL("redirect_uri", ""), codeRedirectURIInvalid, "redirect_uri must be"},
		{"relative redirect_uri", authorizeURL("redirect_uri", "/callback"), codeRedirectURIInvalid, "redirect_uri must be"},
		{"javascript redirect_uri", authorizeURL("redirect_uri", "javascript:alert(1)"), codeRedirectURIInvalid, "redirect_uri must be"},
		{"no response_type", authorizeURL("response_type", ""), codeInvalidRequest, "response_type must be"},
		{"token response_type", authorizeURL("response_type", "token"), codeInvalidRequest, "response_type must be"},
		{"bad PKCE method", authorizeURL("code_challenge", "x", "code_challenge_method", "S512"), codeInvalidRequest, "code_challenge_method"},
		{"PKCE method alone", authorizeURL("code_challenge_method", "S256"), codeInvalidRequest, "code_challenge_method"},
		{"unknown user", authorizeURL("ttshim_user", "ou_nobody"), codeUserNotExist, "ou_nobody"},
		{"legacy, no app_id", "/open-apis/authen/v1/index?redirect_uri=" + url.QueryEscape(callback), codeAppIDInvalid, "app_id is missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := newTestServer(t).call(t, request{method: http.MethodGet, path: tc.path})
			if res.status != http.StatusBadRequest || res.header.Get("Location") != "" {
				t.Fatalf("HTTP %d, Location %q", res.status, res.header.Get("Location"))
			}
			for _, want := range []string{`role="alert"`, "<code>" + strconv.Itoa(tc.code) + "</code>", tc.detail} {
				if !strings.Contains(res.raw, want) {
					t.Errorf("the error page lacks %s: %s", want, res.raw)
				}
			}
		})
	}
}

func TestAuthorizeCodesUseTheServersClock(t *testing.T) {
	s := newTestServer(t)
	s.Advance(time.Hour)
	location := follow(t, s, authorizeURL("ttshim_user", liNa))
	g, _ := authcode.Open(testSecret, location.Query().Get("code"))
	if g.Issued != start.Add(time.Hour).UnixMilli() {
		t.Errorf("issued at %d", g.Issued)
	}
}
