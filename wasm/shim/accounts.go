package shim

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"

	"ttshim/wasm/authcode"
)

// CodeLifetime is how long a tt.login or tt.requestAccess code can be
// exchanged, as their pages say; tt.requestAuthCode's page says
// authcode.Lifetime.
const CodeLifetime = 3 * time.Minute

// MaxCodes is how many login codes are kept for exchange, the newest: a
// page that logs in in a loop would otherwise fill memory with codes
// nobody exchanges.
const MaxCodes = 10_000

// requestAccessSince is the client version that has tt.requestAccess and
// makes gadgets use it instead of tt.login.
const requestAccessSince = "6.9.0"

// Session is what the app's backend learns by exchanging a code.
type Session struct {
	OpenID     string `json:"openId"`
	UnionID    string `json:"unionId"`
	SessionKey string `json:"sessionKey"`
}

// accounts is the page's login state: the current session and the codes
// handed out. A code carries its own grant, sealed for the simulated Open
// Platform (wasm/authcode); the page keeps only which of its codes exist
// and were exchanged, by nonce, so that each works once here too.
type accounts struct {
	current          Session
	used             map[string]bool // nonce → exchanged, for the codes kept
	codeOrder        []string        // the nonces in used, oldest first
	viaLogin         bool
	viaRequestAccess bool
}

// loggedIn reports whether a gadget did the login its client demands.
func (a *accounts) loggedIn(client Version) bool {
	if client.AtLeast(requestAccessSince) {
		return a.viaRequestAccess
	}
	return a.viaLogin
}

// randomHex is n random bytes in hex.
func (s *Shim) randomHex(n int) (string, error) {
	raw := make([]byte, n)
	if _, err := io.ReadFull(s.Rand, raw); err != nil {
		return "", err
	}
	return hex.EncodeToString(raw), nil
}

// startSession gives the current user a session with a fresh key.
func (s *Shim) startSession() error {
	key := make([]byte, 16)
	if _, err := io.ReadFull(s.Rand, key); err != nil {
		return err
	}
	me := s.cfg.Me()
	s.accounts.current = Session{OpenID: me.OpenID, UnionID: me.UnionID,
		SessionKey: base64.StdEncoding.EncodeToString(key)}
	return nil
}

// newSession starts a session, as every login does, and returns the
// single-use code that the app's backend exchanges for it.
func (s *Shim) newSession(scope string) (code string, err error) {
	nonce, err := s.randomHex(16)
	if err != nil {
		return "", err
	}
	if err := s.startSession(); err != nil {
		return "", err
	}
	return s.issueCode(nonce, CodeLifetime, scope, s.accounts.current.SessionKey), nil
}

// issueCode seals a grant for the current user into a code that lives
// lifetime, and keeps its nonce for ExchangeCode.
func (s *Shim) issueCode(nonce string, lifetime time.Duration, scope, sessionKey string) string {
	now := s.Now()
	s.accounts.keep(nonce)
	return authcode.Issue(s.cfg.App.AppSecret, authcode.Grant{
		AppID: s.cfg.App.AppID, OpenID: s.cfg.Me().OpenID, Issued: now.UnixMilli(),
		Expires: now.Add(lifetime).UnixMilli(), Nonce: nonce, Scope: scope, SessionKey: sessionKey,
	})
}

// keep adds a code's nonce, forgetting the oldest beyond MaxCodes.
func (a *accounts) keep(nonce string) {
	a.used[nonce] = false
	a.codeOrder = append(a.codeOrder, nonce)
	if len(a.codeOrder) > MaxCodes {
		delete(a.used, a.codeOrder[0])
		a.codeOrder = a.codeOrder[1:]
	}
}

// Session is the client's current session.
func (s *Shim) Session() Session { return s.accounts.current }

// ExchangeCode is the backend's side of a login: a code this page issued
// (since load or reset, among the newest MaxCodes) gives its session once,
// within its lifetime. A tt.requestAuthCode code starts no session, so
// its sessionKey is "".
func (s *Shim) ExchangeCode(code string) (Session, error) {
	g, err := authcode.Open(s.cfg.App.AppSecret, code)
	used, kept := s.accounts.used[g.Nonce]
	switch {
	case err != nil || !kept || g.AppID != s.cfg.App.AppID:
		return Session{}, fmt.Errorf("code %s is invalid", quoted(code))
	case used:
		return Session{}, fmt.Errorf("code %s has already been used", quoted(code))
	case s.Now().After(g.ExpiresAt()):
		return Session{}, fmt.Errorf("code %s has expired", quoted(code))
	}
	s.accounts.used[g.Nonce] = true
	user, _ := s.cfg.User(g.OpenID)
	return Session{OpenID: g.OpenID, UnionID: user.UnionID, SessionKey: g.SessionKey}, nil
}

func init() {
	register(&API{
		Namespace: "tt", Name: "login", Kind: KindAsync, Taro: true,
		Support: Support{Gadget: Everywhere(All)},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoLoginServer, When: "the browser has no randomness for the code"}},
				Controls: []string{
					"`mode`: gadgets only",
					"`currentUser`: whose session it starts (`ttShim.session()`, `ttShim.exchangeCode(code)`)",
					"`client.version`: below V6.9.0 it is the login `tt.enterProfile` and `tt.chooseContact` wait for",
					"`ttShim.reset()`: forgets the login",
				},
			}
		}),
		Handle: func(c *Call) Result {
			code, err := c.Shim.newSession("")
			if err != nil {
				return c.Fail(ErrnoLoginServer, "login server error: "+err.Error())
			}
			c.Shim.accounts.viaLogin = true
			return c.OK(Fields{"code": code})
		},
	})
	register(&API{
		Namespace: "tt", Name: "checkSession", Kind: KindAsync, Taro: true,
		Support: Support{Gadget: Everywhere(All)},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoAuthFail, When: "no `tt.login` or `tt.requestAccess` succeeded since load or `ttShim.reset()`"}},
				Controls: []string{
					"`mode`: gadgets only",
					"a `tt.login` or `tt.requestAccess` before it, which `ttShim.reset()` forgets",
				},
			}
		}),
		Handle: func(c *Call) Result {
			if !c.Shim.accounts.viaLogin && !c.Shim.accounts.viaRequestAccess {
				return c.Fail(ErrnoAuthFail, "session is empty")
			}
			return c.OK(nil)
		},
	})
	register(&API{
		Namespace: "tt", Name: "requestAccess", Kind: KindAsync, Taro: true,
		Support:      Support{Gadget: Everywhere(From(requestAccessSince)), WebApp: Everywhere(From(requestAccessSince))},
		Params:       []string{"scopeList", "state", "appID"},
		BeforeConfig: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoInvalidParam, When: "`scopeList` is missing or not an array of strings, `state` is not a string, " +
						"or `appID` is not a string (or, in web apps, missing or empty)"},
					{Errno: ErrnoRequestAccessNoSes, When: "`appID` is not `app.appId` (or the browser has no randomness)"}},
				Controls: []string{
					"`app.appId`: the `appID` it accepts",
					"`mode`: web apps must pass `appID`",
					"`client.version`: it exists from V6.9.0, where it replaces `tt.login` as the login gadgets need",
					"`currentUser`: whose session it starts (`ttShim.session()`, `ttShim.exchangeCode(code)`)",
				},
			}
		}),
		Handle: requestAccess,
	})
}

func requestAccess(c *Call) Result {
	scopes, perr := c.Args.Strings("scopeList", true)
	if perr != nil {
		return c.Param(perr)
	}
	state, perr := c.Args.String("state", false)
	if perr != nil {
		return c.Param(perr)
	}
	cfg := c.Config()
	appID, perr := c.Args.String("appID", cfg.Mode == ModeWebApp)
	if perr != nil {
		return c.Param(perr)
	}
	if appID != "" && appID != cfg.App.AppID {
		return c.Fail(ErrnoRequestAccessNoSes, fmt.Sprintf(
			"unable to get session: appID %s is not this app (%s)", quoted(appID), cfg.App.AppID))
	}
	code, err := c.Shim.newSession(strings.Join(scopes, " "))
	if err != nil {
		return c.Fail(ErrnoRequestAccessNoSes, "unable to get session: "+err.Error())
	}
	c.Shim.accounts.viaRequestAccess = true
	return c.OK(Fields{"code": code, "state": state})
}
