package openplatform

import (
	"net/http"
	"testing"
	"time"

	"ttshim/wasm/shim"
)

func TestTenantIsTheConfiguration(t *testing.T) {
	res := newTestServer(t).call(t, request{method: http.MethodGet, path: "/__ttshim__/tenant"})
	res.expect(t, http.StatusOK, -1)
	// It is a configuration a page could be given.
	cfg, err := shim.ParseConfig([]byte(res.raw))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.App.AppSecret != testSecret || len(cfg.Users) != 12 || cfg.Users[1].OpenID != liNa {
		t.Errorf("tenant %s", res.raw)
	}
}

func TestClockMovesForward(t *testing.T) {
	s := newTestServer(t)
	res := s.call(t, request{path: "/__ttshim__/clock", body: map[string]any{"advance": 90_000}})
	res.expect(t, http.StatusOK, -1)
	if want := start.Add(90 * time.Second).UnixMilli(); res.json["now"] != float64(want) {
		t.Errorf("now %v, want %d", res.json["now"], want)
	}
	s.Advance(time.Minute)
	s.Advance(-time.Hour) // ignored
	if got, want := s.now(), start.Add(150*time.Second); !got.Equal(want) {
		t.Errorf("clock %v, want %v", got, want)
	}
}

func TestClockRefusesWhatIsNotAForwardMove(t *testing.T) {
	for _, body := range []any{"", "[]", map[string]any{}, map[string]any{"advance": -1}, map[string]any{"advance": "1"}} {
		res := newTestServer(t).call(t, request{path: "/__ttshim__/clock", body: body})
		if res.status != http.StatusBadRequest || res.json["error"] == nil {
			t.Errorf("body %v: HTTP %d %s", body, res.status, res.raw)
		}
	}
}

func TestUnknownPathsAndMethodsAnswerJSON(t *testing.T) {
	s := newTestServer(t)
	for _, tc := range []struct {
		method, path string
		status, code int
	}{
		{http.MethodGet, "/open-apis/im/v1/messages", http.StatusNotFound, codeResourceNotFound},
		{http.MethodGet, "/open-apis/", http.StatusNotFound, codeResourceNotFound},
		{http.MethodGet, "/__ttshim__/nothing", http.StatusNotFound, codeResourceNotFound},
		{http.MethodDelete, "/open-apis/auth/v3/tenant_access_token/internal", http.StatusMethodNotAllowed, codeMethodNotAllowed},
		{http.MethodGet, "/open-apis/authen/v2/oauth/token", http.StatusMethodNotAllowed, codeMethodNotAllowed},
		{http.MethodPost, "/open-apis/contact/v3/users/" + liNa, http.StatusMethodNotAllowed, codeMethodNotAllowed},
		{http.MethodPost, "/__ttshim__/tenant", http.StatusMethodNotAllowed, codeMethodNotAllowed},
	} {
		res := s.call(t, request{method: tc.method, path: tc.path})
		if res.status != tc.status || res.code() != tc.code {
			t.Errorf("%s %s: HTTP %d %s, want HTTP %d code %d", tc.method, tc.path, res.status, res.raw, tc.status, tc.code)
		}
	}
}
