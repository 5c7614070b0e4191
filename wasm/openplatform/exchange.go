package openplatform

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"maps"
	"net/http"

	"ttshim/wasm/authcode"
)

// usedCodeLimit bounds the used codes remembered. A code is forgotten
// once its expiry passed, when it is refused as expired anyway.
const usedCodeLimit = 10000

// refusal is why a code was refused; each endpoint answers it with the
// code its page documents.
type refusal int

const (
	// refusedMalformed is no code of ours, or one sealed with another secret.
	refusedMalformed refusal = iota + 1
	refusedOtherApp
	// refusedOtherFlow is a gadget's tt.login code at authen, or another
	// code at the gadget's exchange: Feishu keeps the two apart.
	refusedOtherFlow
	refusedUsed
	refusedExpired
	refusedNoUser
	refusedRedirect
	refusedPKCE
)

// redemption is what a token request says about the code it spends.
type redemption struct {
	gadget bool
	// redirectURI, when given, must be the one the code was issued for.
	redirectURI string
	verifier    string
}

// checkCode opens a code and checks it may be spent as asked.
func (s *Server) checkCode(code string, how redemption) (authcode.Grant, refusal) {
	g, err := authcode.Open(s.cfg.App.AppSecret, code)
	switch {
	case err != nil:
		return g, refusedMalformed
	case g.AppID != s.cfg.App.AppID:
		return g, refusedOtherApp
	case (g.SessionKey != "") != how.gadget:
		return g, refusedOtherFlow
	}
	if _, _, used := s.usedCodes.get(code); used {
		return g, refusedUsed
	}
	if !s.now().Before(g.ExpiresAt()) {
		return g, refusedExpired
	}
	if _, ok := s.userByOpenID(g.OpenID); !ok {
		return g, refusedNoUser
	}
	if how.redirectURI != "" && g.RedirectURI != "" && how.redirectURI != g.RedirectURI {
		return g, refusedRedirect
	}
	if !pkceMatches(g, how.verifier) {
		return g, refusedPKCE
	}
	return g, 0
}

// spendCode makes a code single use.
func (s *Server) spendCode(code string, g authcode.Grant) {
	s.usedCodes.put(code, struct{}{}, g.ExpiresAt(), s.now())
}

// pkceMatches checks RFC 7636's verifier against the code's challenge.
func pkceMatches(g authcode.Grant, verifier string) bool {
	if g.CodeChallenge == "" {
		return true
	}
	want := verifier
	switch g.CodeChallengeMethod {
	case "S256":
		sum := sha256.Sum256([]byte(verifier))
		want = base64.RawURLEncoding.EncodeToString(sum[:])
	case "plain", "":
	default:
		return false
	}
	return verifier != "" && subtle.ConstantTimeCompare([]byte(want), []byte(g.CodeChallenge)) == 1
}

// v1CodeErrors are authen/v1's codes for a refused code (oidc/access_token's
// page lists them; access_token's lists none, and gets the same).
var v1CodeErrors = map[refusal]int{
	refusedMalformed: codeCodeInvalid,
	refusedOtherApp:  codeAppMismatch,
	refusedOtherFlow: codeGenerateFailed,
	refusedUsed:      codeCodeInvalid,
	refusedExpired:   codeCodeExpired,
	refusedNoUser:    codeUserNotExist,
	refusedPKCE:      codePKCEFailed,
}

// v1RefreshErrors are authen/v1's codes for a refused refresh token.
var v1RefreshErrors = map[refreshRefusal]int{
	refreshUnknown: codeRefreshInvalid,
	refreshSpent:   codeRefreshNotFound,
	refreshLapsed:  codeRefreshExpired,
}

// v1Tokens serves authen/v1's token endpoints: issue is the code exchange
// (access_token, oidc/access_token) or the refresh; rich answers with the
// user's info beside the tokens (the endpoints without oidc/).
func (s *Server) v1Tokens(issue func(*http.Request) (issuedTokens, *apiError), rich bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		t, e := issue(r)
		if e != nil {
			writeError(w, http.StatusOK, e)
			return
		}
		s.writeV1Tokens(w, t, rich)
	}
}

// v1Request authenticates an authen/v1 token request (the app token, or
// the tenant token the node SDK sends instead) and reads its body.
func (s *Server) v1Request(r *http.Request, grantType, field string) (params, *apiError) {
	if _, e := s.authenticate(r, appToken|tenantToken); e != nil {
		return nil, e
	}
	p, err := readParams(r)
	switch {
	case err != nil || p["grant_type"] == "" || p[field] == "":
		return nil, errorOf(codeInvalidRequest)
	case p["grant_type"] != grantType:
		return nil, errorOf(codeGrantTypeUnsupported)
	}
	return p, nil
}

func (s *Server) exchangeV1(r *http.Request) (issuedTokens, *apiError) {
	p, e := s.v1Request(r, "authorization_code", "code")
	if e != nil {
		return issuedTokens{}, e
	}
	g, refused := s.checkCode(p["code"], redemption{verifier: p["code_verifier"]})
	if refused != 0 {
		return issuedTokens{}, errorOf(v1CodeErrors[refused])
	}
	s.spendCode(p["code"], g)
	return s.startSession(userSession{OpenID: g.OpenID, Scope: g.Scope}, g.Scope, refreshV1), nil
}

func (s *Server) refreshV1(r *http.Request) (issuedTokens, *apiError) {
	p, e := s.v1Request(r, "refresh_token", "refresh_token")
	if e != nil {
		return issuedTokens{}, e
	}
	grant, refused := s.checkRefresh(p["refresh_token"], false)
	if refused != 0 {
		return issuedTokens{}, errorOf(v1RefreshErrors[refused])
	}
	s.spendRefresh(p["refresh_token"], grant)
	return s.startSession(userSession{OpenID: grant.OpenID, Scope: grant.Granted}, grant.Granted, refreshV1), nil
}

func (s *Server) writeV1Tokens(w http.ResponseWriter, t issuedTokens, rich bool) {
	data := map[string]any{
		"access_token": t.access, "token_type": "Bearer", "expires_in": seconds(t.accessLeft),
		"refresh_token": t.refresh, "refresh_expires_in": seconds(t.refreshLeft),
	}
	if rich {
		u, _ := s.userByOpenID(t.session.OpenID)
		maps.Copy(data, s.userInfo(u))
	} else {
		data["scope"] = t.session.Scope
	}
	writeJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": data})
}

// minaCodeErrors are mina/v2/tokenLoginValidate's codes for a refused code.
var minaCodeErrors = map[refusal]int{
	refusedMalformed: codeMinaCodeInvalid,
	refusedOtherApp:  codeMinaCodeMismatch,
	refusedOtherFlow: codeMinaCodeInvalid,
	refusedUsed:      codeMinaCodeMismatch,
	refusedExpired:   codeMinaCodeInvalid,
	refusedNoUser:    codeMinaNotVisible,
	refusedPKCE:      codeMinaCodeInvalid,
}

// gadgetLogin is mina/v2/tokenLoginValidate: a gadget's tt.login code for
// its session_key and a user_access_token.
func (s *Server) gadgetLogin(w http.ResponseWriter, r *http.Request) {
	if _, e := s.authenticate(r, appToken|tenantToken); e != nil {
		if e.Code != codeNeedToken {
			e = errorOf(codeMinaTokenInvalid)
		}
		writeError(w, http.StatusOK, e)
		return
	}
	p, err := readParams(r)
	if err != nil || p["code"] == "" {
		writeError(w, http.StatusOK, errorOf(codeMinaCodeInvalid))
		return
	}
	g, refused := s.checkCode(p["code"], redemption{gadget: true})
	if refused != 0 {
		writeError(w, http.StatusOK, errorOf(minaCodeErrors[refused]))
		return
	}
	s.spendCode(p["code"], g)
	t := s.startSession(userSession{OpenID: g.OpenID, Scope: g.Scope}, g.Scope, refreshV1)
	u, _ := s.userByOpenID(g.OpenID)
	writeJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": map[string]any{
		"open_id": u.OpenID, "employee_id": u.UserID, "session_key": g.SessionKey,
		"tenant_key": s.tenantKey(), "access_token": t.access,
		// The page documents expires_in here as the expiry's Unix time.
		"expires_in": t.accessExpiry.Unix(), "refresh_token": t.refresh,
	}})
}
