package openplatform

import (
	"crypto/rand"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"
)

// Lifetimes Feishu documents.
const (
	// appTokenLifetime is tenant_access_token's and app_access_token's.
	appTokenLifetime = 2 * time.Hour
	// appTokenReuse is the remaining life above which a token request gets
	// the same token again.
	appTokenReuse = 30 * time.Minute
	// ticketLifetime is what jssdk/ticket/get reports as expire_in.
	ticketLifetime = 2 * time.Hour
)

// Token prefixes, as real tokens have them, so a token says its kind.
const (
	tenantPrefix  = "t-"
	appPrefix     = "a-"
	userPrefix    = "u-"
	refreshPrefix = "ur-"
)

// tokenKind is a set of the kinds of token an endpoint accepts.
type tokenKind int

const (
	tenantToken tokenKind = 1 << iota
	appToken
	userToken
)

// appLevelTokens issues one kind of app-level token (tenant or app) by
// Feishu's rule: the current token again while 30 minutes or more
// remain, a new one otherwise, with the old one valid until it expires.
type appLevelTokens struct {
	prefix  string
	current string
	issued  *expiring[struct{}]
}

func newAppLevelTokens(prefix string) *appLevelTokens {
	// Two tokens are valid at most at once; a few more slots only hold
	// expired ones, which answer "invalid" either way.
	return &appLevelTokens{prefix: prefix, issued: newExpiring[struct{}](8)}
}

// token is the token to hand out at now, and how long it has left.
func (t *appLevelTokens) token(now time.Time) (string, time.Duration) {
	if _, expires, ok := t.issued.get(t.current); ok && expires.Sub(now) >= appTokenReuse {
		return t.current, expires.Sub(now)
	}
	t.current = t.prefix + rand.Text()
	t.issued.put(t.current, struct{}{}, now.Add(appTokenLifetime), now)
	return t.current, appTokenLifetime
}

func (t *appLevelTokens) valid(token string, now time.Time) bool {
	_, expires, ok := t.issued.get(token)
	return ok && now.Before(expires)
}

// caller is who a request's token says made it.
type caller struct {
	kind tokenKind
	// session is set for a user_access_token.
	session userSession
}

// authenticate checks the request's Authorization header against the
// kinds of token the endpoint accepts, with the gateway's codes.
func (s *Server) authenticate(r *http.Request, accept tokenKind) (caller, *apiError) {
	token := bearer(r)
	now := s.now()
	switch {
	case token == "":
		return caller{}, errorOf(codeNeedToken)
	case strings.HasPrefix(token, tenantPrefix):
		if accept&tenantToken == 0 || !s.tenantTokens.valid(token, now) {
			return caller{}, errorOf(codeTenantTokenInvalid)
		}
		return caller{kind: tenantToken}, nil
	case strings.HasPrefix(token, appPrefix):
		if accept&appToken == 0 {
			return caller{}, errorOf(codeTenantTokenInvalid)
		}
		if !s.appTokens.valid(token, now) {
			return caller{}, errorOf(codeAppTokenInvalid)
		}
		return caller{kind: appToken}, nil
	case strings.HasPrefix(token, userPrefix):
		if accept&userToken == 0 {
			return caller{}, errorOf(codeUserTokenInvalid)
		}
		session, expires, ok := s.userTokens.get(token)
		if !ok {
			return caller{}, errorOf(codeUserTokenInvalid)
		}
		if !now.Before(expires) {
			return caller{}, errorOf(codeUserTokenExpired)
		}
		return caller{kind: userToken, session: session}, nil
	}
	return caller{}, errorOf(codeTokenPrefixInvalid)
}

// checkApp checks an app_id and app_secret pair; which answer a wrong one
// gets is the caller's (auth/v3 and authen/v2 differ).
func (s *Server) checkApp(appID, appSecret string) (known, secretOK bool) {
	known = appID == s.cfg.App.AppID
	secretOK = known && subtle.ConstantTimeCompare([]byte(appSecret), []byte(s.cfg.App.AppSecret)) == 1
	return known, secretOK
}

// appCredentials reads an auth/v3 request's app_id and app_secret.
func (s *Server) appCredentials(r *http.Request) *apiError {
	p, err := readParams(r)
	if err != nil || p["app_id"] == "" || p["app_secret"] == "" {
		return errorOf(codeInvalidParam)
	}
	known, secretOK := s.checkApp(p["app_id"], p["app_secret"])
	switch {
	case !known:
		return errorOf(codeInvalidParam)
	case !secretOK:
		return errorOf(codeAppSecretInvalid)
	}
	return nil
}

// tenantAccessToken is auth/v3/tenant_access_token/internal.
func (s *Server) tenantAccessToken(w http.ResponseWriter, r *http.Request) {
	if e := s.appCredentials(r); e != nil {
		writeError(w, http.StatusOK, e)
		return
	}
	token, left := s.tenantTokens.token(s.now())
	writeJSON(w, http.StatusOK, map[string]any{
		"code": 0, "msg": "ok", "tenant_access_token": token, "expire": seconds(left),
	})
}

// appAccessToken is auth/v3/app_access_token/internal, which also hands
// out the tenant token, as its page shows.
func (s *Server) appAccessToken(w http.ResponseWriter, r *http.Request) {
	if e := s.appCredentials(r); e != nil {
		writeError(w, http.StatusOK, e)
		return
	}
	now := s.now()
	token, left := s.appTokens.token(now)
	tenant, _ := s.tenantTokens.token(now)
	writeJSON(w, http.StatusOK, map[string]any{
		"code": 0, "msg": "ok", "app_access_token": token, "expire": seconds(left),
		"tenant_access_token": tenant,
	})
}

// jsapiTicket is jssdk/ticket/get: the tenant's configured ticket, so the
// signatures a backend makes with it verify in the page.
func (s *Server) jsapiTicket(w http.ResponseWriter, r *http.Request) {
	if _, e := s.authenticate(r, tenantToken|appToken); e != nil {
		writeError(w, http.StatusOK, e)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"code": 0, "msg": "ok",
		"data": map[string]any{"ticket": s.cfg.App.JsapiTicket, "expire_in": seconds(ticketLifetime)},
	})
}

// seconds is a lifetime as the whole seconds the APIs report.
func seconds(d time.Duration) int { return int(d / time.Second) }
