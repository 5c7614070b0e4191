package openplatform

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// offlineAccess is the scope without which authen/v2 hands out no
// refresh_token.
const offlineAccess = "offline_access"

// v2CodeErrors are authen/v2/oauth/token's codes for a refused code.
var v2CodeErrors = map[refusal]int{
	refusedMalformed: codeCodeInvalid,
	refusedOtherApp:  codeAppMismatch,
	refusedOtherFlow: codeCodeInvalid,
	refusedUsed:      codeCodeUsed,
	refusedExpired:   codeCodeExpired,
	refusedNoUser:    codeUserNotExist,
	refusedRedirect:  codeRedirectMismatch,
	refusedPKCE:      codePKCEFailed,
}

// v2RefreshErrors are its codes for a refused refresh token.
var v2RefreshErrors = map[refreshRefusal]int{
	refreshUnknown:     codeRefreshInvalid,
	refreshOtherFamily: codeRefreshInvalid,
	refreshSpent:       codeRefreshUsed,
	refreshLapsed:      codeRefreshExpired,
}

// oauthToken is authen/v2/oauth/token, RFC 6749's token endpoint: the
// authorization_code and refresh_token grants, a flat body on success and
// HTTP 400 with {code, error, error_description} on failure.
func (s *Server) oauthToken(w http.ResponseWriter, r *http.Request) {
	t, e := s.oauthGrant(r)
	if e != nil {
		writeOAuthError(w, e)
		return
	}
	body := map[string]any{
		"code": 0, "access_token": t.access, "expires_in": seconds(t.accessLeft),
		"token_type": "Bearer", "scope": t.session.Scope,
	}
	if t.refresh != "" {
		body["refresh_token"] = t.refresh
		body["refresh_token_expires_in"] = seconds(t.refreshLeft)
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, body)
}

func (s *Server) oauthGrant(r *http.Request) (issuedTokens, *apiError) {
	p, err := readParams(r)
	if err != nil {
		return issuedTokens{}, errorOf(codeMalformedRequest)
	}
	clientID, secret := p["client_id"], p["client_secret"]
	// OAuth clients (golang.org/x/oauth2 first of all) may send the
	// client's credentials as HTTP Basic instead, form-encoded.
	if user, pass, ok := r.BasicAuth(); ok {
		if secret != "" {
			return issuedTokens{}, errorOf(codeTwoAuthMethods)
		}
		clientID, _ = url.QueryUnescape(user)
		secret, _ = url.QueryUnescape(pass)
	}
	if p["grant_type"] == "" || clientID == "" || secret == "" {
		return issuedTokens{}, errorOf(codeInvalidRequest)
	}
	switch known, secretOK := s.checkApp(clientID, secret); {
	case !known:
		return issuedTokens{}, errorOf(codeAppNotExist)
	case !secretOK:
		return issuedTokens{}, errorOf(codeClientSecretInvalid)
	}
	switch p["grant_type"] {
	case "authorization_code":
		return s.oauthCode(p)
	case "refresh_token":
		return s.oauthRefresh(p)
	}
	return issuedTokens{}, errorOf(codeGrantTypeUnsupported)
}

func (s *Server) oauthCode(p params) (issuedTokens, *apiError) {
	if p["code"] == "" {
		return issuedTokens{}, errorOf(codeInvalidRequest)
	}
	g, refused := s.checkCode(p["code"], redemption{redirectURI: p["redirect_uri"], verifier: p["code_verifier"]})
	if refused != 0 {
		return issuedTokens{}, errorOf(v2CodeErrors[refused])
	}
	scope, e := narrowScope(g.Scope, p["scope"])
	if e != nil {
		return issuedTokens{}, e
	}
	s.spendCode(p["code"], g)
	return s.startSession(userSession{OpenID: g.OpenID, Scope: scope}, g.Scope, v2RefreshStyle(scope)), nil
}

func (s *Server) oauthRefresh(p params) (issuedTokens, *apiError) {
	if p["refresh_token"] == "" {
		return issuedTokens{}, errorOf(codeInvalidRequest)
	}
	grant, refused := s.checkRefresh(p["refresh_token"], true)
	if refused != 0 {
		return issuedTokens{}, errorOf(v2RefreshErrors[refused])
	}
	scope, e := narrowScope(grant.Granted, p["scope"])
	if e != nil {
		return issuedTokens{}, e
	}
	s.spendRefresh(p["refresh_token"], grant)
	return s.startSession(userSession{OpenID: grant.OpenID, Scope: scope}, grant.Granted, v2RefreshStyle(scope)), nil
}

// v2RefreshStyle gives a v2 session a refresh token only if its scope
// has offline_access, as the page says.
func v2RefreshStyle(scope string) refreshStyle {
	if slices.Contains(strings.Fields(scope), offlineAccess) {
		return refreshV2
	}
	return noRefresh
}

// narrowScope is the scope a token request's "scope" asks for: the
// granted scope when it asks for none, else a subset of it, each once.
func narrowScope(granted, requested string) (string, *apiError) {
	asked := strings.Fields(requested)
	if len(asked) == 0 {
		return granted, nil
	}
	allowed := strings.Fields(granted)
	for i, scope := range asked {
		if slices.Contains(asked[:i], scope) {
			return "", errorOf(codeScopeDuplicate)
		}
		if !slices.Contains(allowed, scope) {
			return "", errorOf(codeScopeNotGranted)
		}
	}
	return strings.Join(asked, " "), nil
}
