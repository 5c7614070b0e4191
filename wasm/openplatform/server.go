// Package openplatform is the simulated Feishu Open Platform an app's
// backend talks to: tokens, the jsapi ticket, the authorization page,
// code exchange and the contact directory, for the tenant ttshim's page
// plays. It is an http.Handler, served natively by wasm/cmd/serve and
// under Node by wasm/cmd/ttshim-openplatform: one implementation.
package openplatform

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"ttshim/wasm/shim"
)

// Server answers the Open Platform's endpoints under /open-apis/ and
// ttshim's own under /__ttshim__/.
type Server struct {
	mu     sync.Mutex
	cfg    shim.Config
	routes *http.ServeMux
	// offset is how far tests moved the clock (POST /__ttshim__/clock).
	offset time.Duration
	// wallClock is the real clock; tests replace it.
	wallClock func() time.Time
}

// New serves the tenant cfg describes.
func New(cfg shim.Config) *Server {
	s := &Server{cfg: cfg, routes: http.NewServeMux(), wallClock: time.Now}
	s.routes.HandleFunc("GET /__ttshim__/tenant", s.tenant)
	s.routes.HandleFunc("POST /open-apis/auth/v3/tenant_access_token/internal", s.tenantAccessToken)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes.ServeHTTP(w, r)
}

// now is the server's clock, moved by the tests.
func (s *Server) now() time.Time { return s.wallClock().Add(s.offset) }

// tenant is the configuration the server plays, in ttShim.config()'s
// shape, so a test can pick a user and read the app secret.
func (s *Server) tenant(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.cfg.JSON())
}

// tenantAccessToken is a placeholder answer until the token store lands.
func (s *Server) tenantAccessToken(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "ok",
		"tenant_access_token": "t-placeholder", "expire": 7200})
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}
