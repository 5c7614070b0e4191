package openplatform

import (
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"ttshim/wasm/authcode"
	"ttshim/wasm/shim"
)

// start is the test servers' clock at New; tests move it with Advance.
var start = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

const (
	testAppID  = "cli_a1b2c3d4e5f60718"
	testSecret = "ttshimDemoAppSecret0123456789abc"
	// liNa is users[1] of the default tenant.
	liNa = "ou_b876aa59f6638f66a20342e40ceafdf8"
)

func newTestServer(t *testing.T) *Server {
	t.Helper()
	s := New(shim.DefaultConfig())
	s.wallClock = func() time.Time { return start }
	return s
}

// request is one call to the server, with its answer decoded.
type request struct {
	method, path string
	// body is sent as JSON unless form is set; a string is sent as is.
	body   any
	form   url.Values
	header map[string]string
}

type response struct {
	status int
	header http.Header
	raw    string
	json   map[string]any
}

func (s *Server) call(t *testing.T, req request) response {
	t.Helper()
	var body io.Reader
	contentType := ""
	switch {
	case req.form != nil:
		body, contentType = strings.NewReader(req.form.Encode()), "application/x-www-form-urlencoded"
	case req.body != nil:
		text, ok := req.body.(string)
		if !ok {
			data, _ := json.Marshal(req.body)
			text = string(data)
		}
		body, contentType = strings.NewReader(text), "application/json; charset=utf-8"
	}
	method := req.method
	if method == "" {
		method = http.MethodPost
	}
	r := httptest.NewRequest(method, req.path, body)
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	for key, value := range req.header {
		r.Header.Set(key, value)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	res := response{status: w.Code, header: w.Header(), raw: w.Body.String()}
	if strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(w.Body.Bytes(), &res.json); err != nil {
			t.Fatalf("%s %s: %v in %q", method, req.path, err, res.raw)
		}
	}
	return res
}

// code is the answer's "code", or -1 when it has none.
func (r response) code() int {
	if c, ok := r.json["code"].(float64); ok {
		return int(c)
	}
	return -1
}

// data is the answer's "data" object.
func (r response) data(t *testing.T) map[string]any {
	t.Helper()
	data, ok := r.json["data"].(map[string]any)
	if !ok {
		t.Fatalf("no data object in %s", r.raw)
	}
	return data
}

// expect checks an answer's HTTP status and code.
func (r response) expect(t *testing.T, status, code int) {
	t.Helper()
	if r.status != status || r.code() != code {
		t.Fatalf("HTTP %d code %d, want HTTP %d code %d: %s", r.status, r.code(), status, code, r.raw)
	}
}

func bearerHeader(token string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + token}
}

// tenantToken gets a tenant_access_token.
func (s *Server) tenantToken(t *testing.T) string {
	t.Helper()
	res := s.call(t, request{path: "/open-apis/auth/v3/tenant_access_token/internal",
		body: map[string]string{"app_id": testAppID, "app_secret": testSecret}})
	res.expect(t, http.StatusOK, 0)
	return res.json["tenant_access_token"].(string)
}

// appToken gets an app_access_token.
func (s *Server) appToken(t *testing.T) string {
	t.Helper()
	res := s.call(t, request{path: "/open-apis/auth/v3/app_access_token/internal",
		body: map[string]string{"app_id": testAppID, "app_secret": testSecret}})
	res.expect(t, http.StatusOK, 0)
	return res.json["app_access_token"].(string)
}

// pageCode is a code as the page's tt.requestAuthCode issues it, on the
// test servers' clock at start.
func pageCode(openID string, edit ...func(*authcode.Grant)) string {
	g := authcode.Grant{AppID: testAppID, OpenID: openID, Issued: start.UnixMilli(),
		Expires: start.Add(authcode.Lifetime).UnixMilli(), Nonce: rand.Text()}
	for _, f := range edit {
		f(&g)
	}
	return authcode.Issue(testSecret, g)
}
