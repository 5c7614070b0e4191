package openplatform

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestTokenRequestsInEveryShapeTheSamplesSend(t *testing.T) {
	credentials := map[string]string{"app_id": testAppID, "app_secret": testSecret}
	form := url.Values{"app_id": {testAppID}, "app_secret": {testSecret}}
	query := "?" + form.Encode()
	for _, tc := range []struct {
		name  string
		req   request
		field string
		want  string
	}{
		{"tenant, JSON", request{path: "/open-apis/auth/v3/tenant_access_token/internal", body: credentials}, "tenant_access_token", "t-"},
		{"tenant, form", request{path: "/open-apis/auth/v3/tenant_access_token/internal", form: form}, "tenant_access_token", "t-"},
		{"tenant, GET", request{method: http.MethodGet, path: "/open-apis/auth/v3/tenant_access_token/internal" + query}, "tenant_access_token", "t-"},
		{"app, JSON", request{path: "/open-apis/auth/v3/app_access_token/internal", body: credentials}, "app_access_token", "a-"},
		{"app, form", request{path: "/open-apis/auth/v3/app_access_token/internal", form: form}, "app_access_token", "a-"},
		{"app, GET", request{method: http.MethodGet, path: "/open-apis/auth/v3/app_access_token/internal" + query}, "app_access_token", "a-"},
		{"app, POST with a query", request{path: "/open-apis/auth/v3/app_access_token/internal" + query}, "app_access_token", "a-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := newTestServer(t).call(t, tc.req)
			res.expect(t, http.StatusOK, 0)
			if token, _ := res.json[tc.field].(string); !strings.HasPrefix(token, tc.want) || len(token) < 20 {
				t.Errorf("%s = %q, want a %s… token", tc.field, token, tc.want)
			}
			if res.json["msg"] != "ok" || res.json["expire"] != float64(7200) {
				t.Errorf("msg %v expire %v, want ok and 7200", res.json["msg"], res.json["expire"])
			}
		})
	}
}

func TestAppAccessTokenAlsoGivesTheTenantToken(t *testing.T) {
	s := newTestServer(t)
	res := s.call(t, request{path: "/open-apis/auth/v3/app_access_token/internal",
		body: map[string]string{"app_id": testAppID, "app_secret": testSecret}})
	if tenant := res.json["tenant_access_token"]; tenant != s.tenantToken(t) {
		t.Errorf("tenant_access_token %v is not the tenant's current token", tenant)
	}
}

func TestTokenRequestsRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		body any
		code int
	}{
		{"wrong secret", map[string]string{"app_id": testAppID, "app_secret": "nope"}, codeAppSecretInvalid},
		{"unknown app", map[string]string{"app_id": "cli_other", "app_secret": testSecret}, codeInvalidParam},
		{"no secret", map[string]string{"app_id": testAppID}, codeInvalidParam},
		{"no app_id", map[string]string{"app_secret": testSecret}, codeInvalidParam},
		{"not a string", map[string]any{"app_id": testAppID, "app_secret": 12}, codeInvalidParam},
		{"not JSON", "{app_id", codeInvalidParam},
	} {
		for _, path := range []string{"/open-apis/auth/v3/tenant_access_token/internal", "/open-apis/auth/v3/app_access_token/internal"} {
			t.Run(tc.name+" "+path, func(t *testing.T) {
				res := newTestServer(t).call(t, request{path: path, body: tc.body})
				res.expect(t, http.StatusOK, tc.code)
				if res.json["msg"] != messages[tc.code] || res.json["tenant_access_token"] != nil {
					t.Errorf("answer %s", res.raw)
				}
			})
		}
	}
}

func TestSameTokenWhileHalfAnHourRemains(t *testing.T) {
	s := newTestServer(t)
	first := s.tenantToken(t)
	s.Advance(90 * time.Minute) // exactly 30 minutes left
	res := s.call(t, request{path: "/open-apis/auth/v3/tenant_access_token/internal",
		body: map[string]string{"app_id": testAppID, "app_secret": testSecret}})
	if res.json["tenant_access_token"] != first || res.json["expire"] != float64(1800) {
		t.Fatalf("with 30 min left: %s, want %s again with expire 1800", res.raw, first)
	}
	s.Advance(time.Second)
	second := s.tenantToken(t)
	if second == first {
		t.Fatal("with under 30 min left, the same token came back")
	}
	// Both are valid until the first one expires.
	for _, token := range []string{first, second} {
		s.call(t, request{path: "/open-apis/jssdk/ticket/get", header: bearerHeader(token)}).expect(t, http.StatusOK, 0)
	}
	s.Advance(30 * time.Minute)
	s.call(t, request{path: "/open-apis/jssdk/ticket/get", header: bearerHeader(first)}).expect(t, http.StatusOK, codeTenantTokenInvalid)
	s.call(t, request{path: "/open-apis/jssdk/ticket/get", header: bearerHeader(second)}).expect(t, http.StatusOK, 0)
}

func TestJsapiTicket(t *testing.T) {
	s := newTestServer(t)
	for _, token := range []string{s.tenantToken(t), s.appToken(t)} {
		for _, method := range []string{http.MethodGet, http.MethodPost} {
			res := s.call(t, request{method: method, path: "/open-apis/jssdk/ticket/get", header: bearerHeader(token)})
			res.expect(t, http.StatusOK, 0)
			data := res.data(t)
			if data["ticket"] != "617bf955832a4d4d80d9d8d85917a427" || data["expire_in"] != float64(7200) {
				t.Errorf("%s with %.2s…: data %v", method, token, data)
			}
		}
	}
}

func TestGatewayRefusesTokens(t *testing.T) {
	s := newTestServer(t)
	tenant := s.tenantToken(t)
	for _, tc := range []struct {
		name, path string
		header     map[string]string
		code       int
	}{
		{"no Authorization", "/open-apis/jssdk/ticket/get", nil, codeNeedToken},
		{"not Bearer", "/open-apis/jssdk/ticket/get", map[string]string{"Authorization": "Basic " + tenant}, codeNeedToken},
		{"unknown tenant token", "/open-apis/jssdk/ticket/get", bearerHeader("t-unknown"), codeTenantTokenInvalid},
		{"unknown app token", "/open-apis/jssdk/ticket/get", bearerHeader("a-unknown"), codeAppTokenInvalid},
		{"user token where it is not taken", "/open-apis/jssdk/ticket/get", bearerHeader("u-whatever"), codeUserTokenInvalid},
		{"no kind of token", "/open-apis/jssdk/ticket/get", bearerHeader("x-1"), codeTokenPrefixInvalid},
		{"tenant token where a user's is needed", "/open-apis/authen/v1/user_info", bearerHeader(tenant), codeTenantTokenInvalid},
		{"unknown user token", "/open-apis/authen/v1/user_info", bearerHeader("u-unknown"), codeUserTokenInvalid},
		{"lower-case bearer", "/open-apis/jssdk/ticket/get", map[string]string{"Authorization": "bearer " + tenant}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := s.call(t, request{method: http.MethodGet, path: tc.path, header: tc.header})
			res.expect(t, http.StatusOK, tc.code)
			if tc.code != 0 && res.json["msg"] != messages[tc.code] {
				t.Errorf("msg %v, want %q", res.json["msg"], messages[tc.code])
			}
		})
	}
}
