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
// ttshim's own under /__ttshim__/. Its state (tokens, used codes) lives
// in memory, bounded, and ends with it.
type Server struct {
	mu     sync.Mutex
	cfg    shim.Config
	routes *http.ServeMux
	// offset is how far tests moved the clock (POST /__ttshim__/clock).
	offset time.Duration
	// wallClock is the real clock; tests replace it.
	wallClock func() time.Time

	tenantTokens  *appLevelTokens
	appTokens     *appLevelTokens
	userTokens    *expiring[userSession]
	refreshTokens *expiring[refreshGrant]
	usedCodes     *expiring[struct{}]
}

// New serves the tenant cfg describes.
func New(cfg shim.Config) *Server {
	s := &Server{
		cfg: cfg, routes: http.NewServeMux(), wallClock: time.Now,
		tenantTokens:  newAppLevelTokens(tenantPrefix),
		appTokens:     newAppLevelTokens(appPrefix),
		userTokens:    newExpiring[userSession](sessionLimit),
		refreshTokens: newExpiring[refreshGrant](sessionLimit),
		usedCodes:     newExpiring[struct{}](usedCodeLimit),
	}
	s.handle("/__ttshim__/tenant", s.tenant, http.MethodGet)
	s.handle("/__ttshim__/clock", s.clock, http.MethodPost)

	// The React sample GETs app_access_token/internal with a query.
	s.handle("/open-apis/auth/v3/tenant_access_token/internal", s.tenantAccessToken, http.MethodPost, http.MethodGet)
	s.handle("/open-apis/auth/v3/app_access_token/internal", s.appAccessToken, http.MethodPost, http.MethodGet)
	s.handle("/open-apis/jssdk/ticket/get", s.jsapiTicket, http.MethodPost, http.MethodGet)

	s.handle("/open-apis/authen/v1/index", s.authorize(true), http.MethodGet)
	s.handle("/open-apis/authen/v1/authorize", s.authorize(false), http.MethodGet)

	s.handle("/open-apis/authen/v1/access_token", s.v1Tokens(s.exchangeV1, true), http.MethodPost)
	s.handle("/open-apis/authen/v1/oidc/access_token", s.v1Tokens(s.exchangeV1, false), http.MethodPost)
	s.handle("/open-apis/authen/v1/refresh_access_token", s.v1Tokens(s.refreshV1, true), http.MethodPost)
	s.handle("/open-apis/authen/v1/oidc/refresh_access_token", s.v1Tokens(s.refreshV1, false), http.MethodPost)
	s.handle("/open-apis/authen/v2/oauth/token", s.oauthToken, http.MethodPost)
	s.handle("/open-apis/mina/v2/tokenLoginValidate", s.gadgetLogin, http.MethodPost)

	s.handle("/open-apis/authen/v1/user_info", s.authenUserInfo, http.MethodGet)
	s.handle("/open-apis/contact/v3/users/{user_id}", s.contactUser, http.MethodGet)

	s.routes.HandleFunc("/open-apis/", notFound)
	s.routes.HandleFunc("/__ttshim__/", notFound)
	return s
}

// handle serves path for the methods given, and answers any other method
// with the gateway's JSON error rather than the mux's plain text.
func (s *Server) handle(path string, h http.HandlerFunc, methods ...string) {
	for _, method := range methods {
		s.routes.HandleFunc(method+" "+path, h)
	}
	s.routes.HandleFunc(path, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusMethodNotAllowed, errorOf(codeMethodNotAllowed))
	})
}

func notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, apiError{Code: codeResourceNotFound,
		Msg: messages[codeResourceNotFound] + ": " + r.URL.Path + " is not simulated by ttshim"})
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes.ServeHTTP(w, r)
}

// now is the server's clock, moved by the tests.
func (s *Server) now() time.Time { return s.wallClock().Add(s.offset) }

// Advance moves the server's clock forward by d, so tokens and codes
// expire without waiting. A negative d is ignored: time does not go back.
func (s *Server) Advance(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d > 0 {
		s.offset += d
	}
}

// tenant is the configuration the server plays, in ttShim.config()'s
// shape, so a test can pick a user and read the app secret.
func (s *Server) tenant(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.cfg.JSON())
}

// clock is POST /__ttshim__/clock {"advance": milliseconds}: it moves the
// clock forward and answers {"now": Unix milliseconds}.
func (s *Server) clock(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Advance *float64 `json:"advance"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&body); err != nil ||
		body.Advance == nil || *body.Advance < 0 {
		writeJSON(w, http.StatusBadRequest, map[string]string{
			"error": `the body should be {"advance": milliseconds}, a number of milliseconds >= 0`})
		return
	}
	s.offset += time.Duration(*body.Advance * float64(time.Millisecond))
	writeJSON(w, http.StatusOK, map[string]int64{"now": s.now().UnixMilli()})
}
