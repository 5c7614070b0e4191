package shim

import (
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"time"
)

// UI is what the shim draws; the browser build implements it in the DOM.
type UI interface {
	ShowProfile(p Profile)
	// ShowDialog draws d; reply answers it, with an error when the answer
	// does not fit.
	ShowDialog(d Dialog, reply func(Answer) error)
	CloseDialog(id int)
	CloseAll()
}

// Profile is a user card (PC) or a full-screen profile page (mobile),
// its texts in the client's language.
type Profile struct {
	User      User
	Language  string
	Floating  bool
	Left, Top float64
}

// Shim is one page's simulated Feishu client.
type Shim struct {
	boot Config
	cfg  Config
	// Now and Rand are the clock and randomness; tests replace them.
	Now  func() time.Time
	Rand io.Reader
	UI   UI
	// PageURL is the page's address, which h5sdk signatures cover.
	PageURL func() string
	// Viewport measures the browser window the device reports.
	Viewport func() Viewport
	// Deliver hands the result of a call that waited on dialog id to the
	// page.
	Deliver func(id int, res Result)

	// HTTP sends tt.request's requests; the browser build uses fetch.
	HTTP HTTPClient

	auth        webAuth
	accounts    accounts
	log         callLog
	dialogs     []*openDialog
	background  map[int]*backgroundCall
	completions chan Completion
	lastPending int // the id of the newest pending call, dialog or background
}

// HTTPClient sends one request; *http.Client and tinyutil's Client are
// both one.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// New makes a client from a validated configuration.
func New(cfg Config, ui UI) *Shim {
	s := &Shim{boot: cfg, cfg: cfg, Now: time.Now, Rand: rand.Reader, UI: ui,
		PageURL: func() string { return "" },
		Viewport: func() Viewport {
			return Viewport{Width: 1280, Height: 800, ScreenWidth: 1280, ScreenHeight: 800, PixelRatio: 1}
		},
		Deliver: func(int, Result) {}, completions: make(chan Completion, 64)}
	s.clearState()
	return s
}

// Config is the effective configuration.
func (s *Shim) Config() Config { return s.cfg }

// Configure merges a JSON patch; a bad one changes nothing.
func (s *Shim) Configure(patch []byte) error {
	cfg, err := ApplyPatches(s.cfg, patch)
	if err != nil {
		return err
	}
	switched := cfg.CurrentUser != s.cfg.CurrentUser
	s.cfg = cfg
	if switched {
		// Another person signed in: the client's session is theirs now.
		return s.startSession()
	}
	return nil
}

// Reset returns to the boot configuration and forgets everything the page
// did: sessions, authentication, open cards and the call log. Calls
// waiting on a dialog settle as if the person closed it.
func (s *Shim) Reset() {
	s.dismissDialogs(AnsweredByReset)
	s.abortBackground()
	s.cfg = s.boot
	s.clearState()
	s.UI.CloseAll()
}

func (s *Shim) clearState() {
	s.auth = webAuth{usedSignatures: map[string]bool{}}
	s.accounts = accounts{codes: map[string]*grant{}}
	s.log = callLog{}
	s.background = map[int]*backgroundCall{}
	// The client always has a session, from before the page loads.
	if err := s.startSession(); err != nil {
		panic("ttshim: no randomness for a session key: " + err.Error())
	}
}

// Call is one invocation, handed to the API's handler.
type Call struct {
	API  *API
	Args Args
	Shim *Shim
	// dialog and request are what the call asked the person or sent, for
	// the log.
	dialog  *DialogRecord
	request *RequestRecord
}

// Config is the client configuration the call runs under.
func (c *Call) Config() Config { return c.Shim.cfg }

// Name is the API name errMsg starts with.
func (c *Call) Name() string { return c.API.Name }

// Param answers a parameter error in the wording of the call's namespace.
func (c *Call) Param(err *ParamError) Result {
	switch {
	case c.API.Namespace != "Taro":
		return c.paramText(err.Error())
	case err.Reason != "":
		return c.paramText(err.Reason)
	case err.Empty && err.Got == "String":
		return c.paramText("parameter." + err.Name + " cannot be empty")
	}
	return c.paramText("parameter." + err.Name + " should be " + err.Want + " instead of " + err.Got)
}

// paramText answers a parameter error, worded for the call's namespace.
func (c *Call) paramText(text string) Result {
	if c.API.Namespace == "Taro" {
		return taroParamError(c.API.Name, text)
	}
	return paramError(c.API.Name, text)
}

// Fail answers with errno and errString.
func (c *Call) Fail(errno int, errString string) Result {
	return Failure(c.API.Name, errno, errString)
}

// OK answers success with the API's fields.
func (c *Call) OK(fields Fields) Result { return Success(c.API.Name, fields) }

// Invoke runs one call from the page and logs it. It never panics: a
// fault inside a handler answers through the fail path.
func (s *Shim) Invoke(fullName string, payload []byte) (res Result) {
	api, ok := Lookup(fullName)
	if !ok {
		return Failure(fullName, ErrnoNotSupported, "feature not support: no API named "+fullName)
	}
	var args Args
	c := &Call{API: api, Shim: s}
	defer func() {
		if p := recover(); p != nil {
			res = fault(api.Name, p)
		}
		entry := s.log.addEntry(LogEntry{API: api.FullName(), Args: args.LoggedArgs(), Outcome: res.Outcome,
			Result: res.Fields, Time: s.Now().UnixMilli(), Dialog: c.dialog, Request: c.request})
		if res.Outcome == OutcomePending {
			s.remember(res.Pending, entry.seq)
		}
	}()
	args, err := DecodeArgs(payload)
	if err != nil {
		return c.paramText(err.Error())
	}
	c.Args = args
	return s.run(c)
}

func (s *Shim) run(c *Call) Result {
	cfg := s.cfg
	if !c.API.Support.Allows(cfg.Client, cfg.Mode) {
		res := c.Fail(ErrnoNotSupported, fmt.Sprintf("feature not support: %s is not available to %s on %s %s",
			c.API.FullName(), modeNoun(cfg.Mode), cfg.Client.Platform, cfg.Client.Version))
		return inH5Shape(c, res)
	}
	res := inH5Shape(c, s.runSupported(c))
	// A client older than the API's callbacks answers nothing at all.
	if c.API.CallbacksSince != "" && !s.clientVersion().AtLeast(c.API.CallbacksSince) {
		res.Silent = true
	}
	return res
}

// inH5Shape gives h5sdk.config's onFail its own shape, whatever stopped
// the call.
func inH5Shape(c *Call, res Result) Result {
	if c.API.Kind == KindH5Config && res.Outcome != OutcomeOK && res.Fields["errorCode"] == nil {
		code := codeWrongType
		if res.Fields["errno"] == ErrnoNotSupported {
			code = codeNoSuchJSAPI
		}
		return h5Fail(code, res.Fields["errString"].(string))
	}
	return res
}

func (s *Shim) runSupported(c *Call) Result {
	if !c.API.TakesString && !c.Args.IsObject() {
		return c.paramText("parameter should be Object instead of " + c.Args.Kind())
	}
	if s.cfg.Strict {
		if res, blocked := s.checkPrerequisites(c); blocked {
			return res
		}
	}
	return c.API.Handle(c)
}

func modeNoun(mode string) string {
	if mode == ModeGadget {
		return "gadgets"
	}
	return "web apps"
}

// checkPrerequisites enforces what the real client demands before an API:
// h5sdk.config (and its jsApiList) for web apps, a login for gadgets.
func (s *Shim) checkPrerequisites(c *Call) (Result, bool) {
	api := c.API
	if s.cfg.Mode == ModeWebApp && !api.BeforeConfig && api.Kind != KindH5Config {
		if !s.auth.configured {
			return c.Fail(ErrnoAuthFail, fmt.Sprintf(
				"Authentication failed. Call h5sdk.config before %s", api.FullName())), true
		}
		if !s.auth.allows(api.Name) {
			return c.Fail(ErrnoH5Auth, fmt.Sprintf(
				"Authentication failed. %s is not in h5sdk.config's jsApiList (error code: %d)",
				api.Name, codeNotInList)), true
		}
	}
	if s.cfg.Mode == ModeGadget && api.NeedsLogin && !s.accounts.loggedIn(s.clientVersion()) {
		return c.Fail(ErrnoAuthFail, "Authentication failed. Call "+s.loginCallName()+" before "+api.FullName()), true
	}
	return Result{}, false
}

func (s *Shim) clientVersion() Version {
	v, _ := ParseVersion(s.cfg.Client.Version)
	return v
}

// loginCallName is the login a gadget on this client must call.
func (s *Shim) loginCallName() string {
	if s.clientVersion().AtLeast(requestAccessSince) {
		return "tt.requestAccess"
	}
	return "tt.login"
}
