package openplatform

import (
	"crypto/rand"
	"time"
)

// Lifetimes of what a user's sign-in hands out.
const (
	userTokenLifetime = 2 * time.Hour
	// refreshLifetimeV1 is the authen/v1 refresh_token's ("about 30 days").
	refreshLifetimeV1 = 30 * 24 * time.Hour
	// refreshLifetimeV2 is authen/v2's, as its page's example gives it.
	refreshLifetimeV2 = 7 * 24 * time.Hour
	// rotationGrace is how long a refreshed user_access_token stays valid,
	// so an app can finish swapping tokens.
	rotationGrace = time.Minute
	// sessionLimit bounds the user tokens and refresh tokens remembered.
	sessionLimit = 10000
)

// userSession is what a user_access_token stands for.
type userSession struct {
	OpenID string
	// Scope is the space-separated scopes the token carries.
	Scope string
}

// refreshGrant is what a refresh_token stands for.
type refreshGrant struct {
	OpenID string
	// Granted is the scope the user granted, which a v2 refresh may
	// narrow but never widen.
	Granted string
	// V2 says authen/v2 issued it; v2 refreshes only its own tokens.
	V2   bool
	Used bool
	// AccessToken is the token issued with it, which refreshing retires.
	AccessToken string
}

// refreshStyle is which refresh token, if any, a session comes with.
type refreshStyle int

const (
	noRefresh refreshStyle = iota
	refreshV1
	refreshV2
)

// issuedTokens is what a token request hands out.
type issuedTokens struct {
	session      userSession
	access       string
	accessLeft   time.Duration
	refresh      string
	refreshLeft  time.Duration
	accessExpiry time.Time
}

// startSession issues a user_access_token, with a refresh token of the
// given style whose grant covers granted.
func (s *Server) startSession(session userSession, granted string, style refreshStyle) issuedTokens {
	now := s.now()
	t := issuedTokens{session: session, access: userPrefix + rand.Text(), accessLeft: userTokenLifetime,
		accessExpiry: now.Add(userTokenLifetime)}
	s.userTokens.put(t.access, session, t.accessExpiry, now)
	if style == noRefresh {
		return t
	}
	t.refresh, t.refreshLeft = refreshPrefix+rand.Text(), refreshLifetimeV1
	if style == refreshV2 {
		t.refreshLeft = refreshLifetimeV2
	}
	s.refreshTokens.put(t.refresh, refreshGrant{OpenID: session.OpenID, Granted: granted,
		V2: style == refreshV2, AccessToken: t.access}, now.Add(t.refreshLeft), now)
	return t
}

// refreshRefusal is why a refresh token was refused; each API family
// answers it with its own code.
type refreshRefusal int

const (
	refreshUnknown refreshRefusal = iota + 1
	// refreshOtherFamily is a v1 token at authen/v2.
	refreshOtherFamily
	refreshSpent
	refreshLapsed
)

// checkRefresh is whether a refresh token may be spent at authen/v2 (v2)
// or authen/v1.
func (s *Server) checkRefresh(token string, v2 bool) (refreshGrant, refreshRefusal) {
	grant, expires, ok := s.refreshTokens.get(token)
	switch {
	case !ok:
		return grant, refreshUnknown
	case v2 && !grant.V2:
		return grant, refreshOtherFamily
	case grant.Used:
		return grant, refreshSpent
	case !s.now().Before(expires):
		return grant, refreshLapsed
	}
	return grant, 0
}

// spendRefresh uses a refresh token up, and retires the access token
// issued with it after the grace period.
func (s *Server) spendRefresh(token string, grant refreshGrant) {
	now := s.now()
	_, expires, _ := s.refreshTokens.get(token)
	grant.Used = true
	s.refreshTokens.put(token, grant, expires, now)
	if _, accessExpires, ok := s.userTokens.get(grant.AccessToken); ok && accessExpires.After(now.Add(rotationGrace)) {
		s.userTokens.setExpiry(grant.AccessToken, now.Add(rotationGrace))
	}
}
