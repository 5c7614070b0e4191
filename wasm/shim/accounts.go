package shim

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"time"
)

// CodeLifetime is how long a login code can be exchanged.
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

type grant struct {
	session Session
	expires time.Time
	used    bool
}

// accounts is the page's login state: the current session and the codes
// handed out, each single-use.
type accounts struct {
	current          Session
	codes            map[string]*grant
	codeOrder        []string // the codes in codes, oldest first
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
func (s *Shim) newSession() (code string, err error) {
	raw := make([]byte, 16)
	if _, err := io.ReadFull(s.Rand, raw); err != nil {
		return "", err
	}
	if err := s.startSession(); err != nil {
		return "", err
	}
	code = hex.EncodeToString(raw)
	s.accounts.keep(code, &grant{session: s.accounts.current, expires: s.Now().Add(CodeLifetime)})
	return code, nil
}

// keep adds a code, forgetting the oldest beyond MaxCodes.
func (a *accounts) keep(code string, g *grant) {
	a.codes[code] = g
	a.codeOrder = append(a.codeOrder, code)
	if len(a.codeOrder) > MaxCodes {
		delete(a.codes, a.codeOrder[0])
		a.codeOrder = a.codeOrder[1:]
	}
}

// Session is the client's current session.
func (s *Shim) Session() Session { return s.accounts.current }

// ExchangeCode is the backend's side of a login: a code gives its session
// once, within its lifetime.
func (s *Shim) ExchangeCode(code string) (Session, error) {
	g, ok := s.accounts.codes[code]
	switch {
	case !ok:
		return Session{}, fmt.Errorf("code %q is invalid", code)
	case g.used:
		return Session{}, fmt.Errorf("code %q has already been used", code)
	case s.Now().After(g.expires):
		return Session{}, fmt.Errorf("code %q has expired", code)
	}
	g.used = true
	return g.session, nil
}

func init() {
	register(&API{
		Namespace: "tt", Name: "login", Kind: KindAsync, Taro: true,
		Support: Support{Gadget: Everywhere(All)},
		Errors: []ErrorDoc{errUnsupported, errNotObject,
			{Errno: ErrnoLoginServer, When: "the browser has no randomness for the code"}},
		Controls: []string{
			"`mode`: gadgets only",
			"`currentUser`: whose session it starts (`ttShim.session()`, `ttShim.exchangeCode(code)`)",
			"`client.version`: below V6.9.0 it is the login `tt.enterProfile` and `tt.chooseContact` wait for",
			"`ttShim.reset()`: forgets the login",
		},
		Handle: func(c *Call) Result {
			code, err := c.Shim.newSession()
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
		Errors: []ErrorDoc{errUnsupported, errNotObject,
			{Errno: ErrnoAuthFail, When: "no `tt.login` or `tt.requestAccess` succeeded since load or `ttShim.reset()`"}},
		Controls: []string{
			"`mode`: gadgets only",
			"a `tt.login` or `tt.requestAccess` before it, which `ttShim.reset()` forgets",
		},
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
		Handle: requestAccess,
	})
}

func requestAccess(c *Call) Result {
	if _, err := c.Args.Strings("scopeList", true); err != nil {
		return c.Param(err)
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
	code, err := c.Shim.newSession()
	if err != nil {
		return c.Fail(ErrnoRequestAccessNoSes, "unable to get session: "+err.Error())
	}
	c.Shim.accounts.viaRequestAccess = true
	return c.OK(Fields{"code": code, "state": state})
}
