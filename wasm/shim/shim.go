package shim

import (
	"crypto/rand"
	"fmt"
	"io"
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
	FeedbackUI
	NavigationBarUI
	WindowUI
	LocationUI
	MediaUI
	DocumentUI
	ChatUI
	ChatSidebarUI
}

// Shim is one page's simulated Feishu client.
type Shim struct {
	boot Config
	cfg  Config
	// version is cfg's client version, parsed once.
	version Version
	// Now and Rand are the clock and randomness; tests replace them.
	Now  func() time.Time
	Rand io.Reader
	UI   UI
	// PageURL is the page's address, which h5sdk signatures cover.
	PageURL func() string
	// Deliver hands the result of a call that waited on dialog id to the
	// page.
	Deliver func(id int, res Result)
	// Events hands a client event, its fields as JSON, to the page's
	// listeners (Emit).
	Events func(event string, data []byte)

	// Network sends tt.request's requests; nil means the build has none.
	Network Fetcher
	// PageClipboard is the browser's clipboard, which "device.pageClipboard"
	// puts behind the clipboard APIs; nil means the build has none.
	PageClipboard PageClipboard

	auth        webAuth
	accounts    accounts
	log         callLog
	memo        memo
	dialogs     []*openDialog
	window      windowState
	files       files           // ttfile://temp and ttfile://user: what the pickers gave the page, and what it saved
	warned      map[string]bool // the unsimulated APIs the console has heard of
	background  map[int]*backgroundCall
	completions chan Completion
	lastPending int // the id of the newest pending call, dialog or background
	location    locationUpdates
	device      deviceState
	compass     compassState
	// passwordMisses counts the wrong security passwords since the last right one (passwordverify.go).
	passwordMisses int
	// sidebarOpen is whether tt.toggleChat's sidebar is on screen (togglechat.go).
	sidebarOpen bool
}

// New makes a client from a validated configuration.
func New(cfg Config, ui UI) *Shim {
	s := &Shim{boot: cfg, Now: steadyClock(), Rand: rand.Reader, UI: ui,
		PageURL: func() string { return "" },
		Deliver: func(int, Result) {}, Events: func(string, []byte) {}, completions: make(chan Completion, 64)}
	s.setConfig(cfg)
	s.clearState()
	return s
}

// steadyClock is time.Now read off the monotonic clock from one reading of
// the wall clock: in WebAssembly, time.Now asks JavaScript for both, and
// every call's log entry reads the time.
func steadyClock() func() time.Time {
	start := time.Now()
	return func() time.Time { return start.Add(time.Since(start)) }
}

// Config is the effective configuration.
func (s *Shim) Config() Config { return s.cfg }

// Configure merges a JSON patch; a bad one changes nothing.
func (s *Shim) Configure(patch []byte) error {
	cfg, err := ApplyPatches(s.cfg, patch)
	if err != nil {
		return err
	}
	prev := s.cfg
	switched := cfg.CurrentUser != s.cfg.CurrentUser
	s.setConfig(cfg)
	s.locationChanged(prev.Location)
	s.deviceChanged(prev)
	s.compassTurned(prev)
	s.badgesChanged(prev)
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
	prev := s.cfg
	s.setConfig(s.boot)
	s.clearState()
	s.UI.CloseAll()
	s.deviceChanged(prev)
}

// setConfig switches to cfg; what was worked out from the old one goes.
func (s *Shim) setConfig(cfg Config) {
	s.cfg = cfg
	s.version, _ = ParseVersion(cfg.Client.Version)
	s.memo.forget()
}

func (s *Shim) clearState() {
	s.auth = webAuth{usedSignatures: map[string]bool{}}
	s.accounts = accounts{used: map[string]bool{}}
	s.log = s.log.cleared()
	s.background = map[int]*backgroundCall{}
	s.warned = map[string]bool{}
	s.window = windowState{}
	s.location = locationUpdates{}
	s.compass = compassState{}
	s.passwordMisses = 0
	s.sidebarOpen = false
	s.files.clear()
	s.device = newDeviceState(s.cfg)
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
	// handled is set once the API's handler answered, not a check
	// before it.
	handled bool
	// unreadable is why the option could not be decoded; it is answered
	// after the support check, as any other bad option is.
	unreadable error
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
func (s *Shim) Invoke(fullName string, payload []byte) Result {
	api, ok := Lookup(fullName)
	if !ok {
		return Failure(fullName, ErrnoNotSupported, "feature not support: no API named "+fullName)
	}
	return s.InvokeAPI(api, payload)
}

// InvokeAPI is Invoke for an API already looked up. A pure API's repeat
// comes from the memo, once the client's checks pass again.
func (s *Shim) InvokeAPI(api *API, payload []byte) Result {
	if api.Pure {
		if r, known := s.memo.find(api, payload); known && s.admits(api) {
			s.log.addEntry(LogEntry{API: api.FullName(), Outcome: r.res.Outcome, Result: r.res.Fields,
				Time: s.Now().UnixMilli()}, r.args.raw)
			return r.res
		}
	}
	return s.handle(api, payload)
}

func (s *Shim) handle(api *API, payload []byte) (res Result) {
	c := &Call{API: api, Shim: s}
	defer func() {
		if p := recover(); p != nil {
			res = fault(api.Name, p)
		}
		entry := s.log.addEntry(LogEntry{API: api.FullName(), Outcome: res.Outcome, Result: res.Fields,
			Time: s.Now().UnixMilli(), Dialog: c.dialog, Request: c.request}, c.Args.raw)
		if res.Outcome == OutcomePending {
			s.remember(res.Pending, entry.seq)
			res.Dialog = c.dialog
		}
	}()
	c.Args, c.unreadable = DecodeArgs(payload)
	res = s.run(c)
	if api.Pure && c.handled {
		res = s.memo.keep(api, payload, c.Args, res)
	}
	return res
}

func (s *Shim) run(c *Call) Result {
	if res, closed := s.windowClosedFailure(c); closed {
		return inH5Shape(c, res)
	}
	cfg := s.cfg
	if !c.API.Support.allowsAt(cfg.Client.Platform, s.version, cfg.Mode) {
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
	if c.unreadable != nil {
		return c.paramText(c.unreadable.Error())
	}
	switch {
	case c.API.Kind == KindListener && c.API.OptionListener != nil:
		if !c.Args.IsObject() {
			return c.paramText("parameter should be Object instead of " + c.Args.Kind())
		}
	case c.API.Kind == KindListener:
		if c.Args.Kind() != "Function" && !(c.API.OffTakesNothing && c.Args.Kind() == "Undefined") {
			return c.paramText("callback should be Function instead of " + c.Args.Kind())
		}
	case c.API.takesOption() && !c.Args.IsObject():
		return c.paramText("parameter should be Object instead of " + c.Args.Kind())
	}
	if s.cfg.Strict {
		if res, blocked := s.checkPrerequisites(c.API); blocked {
			return res
		}
	}
	res := c.API.Handle(c)
	c.handled = true
	return res
}

// admits reports whether a call to api passes the client's checks (its
// support table and, in strict mode, the prerequisites), which a
// remembered answer must pass again.
func (s *Shim) admits(api *API) bool {
	if s.window.closed != "" {
		return false
	}
	if !api.Support.allowsAt(s.cfg.Client.Platform, s.version, s.cfg.Mode) {
		return false
	}
	if !s.cfg.Strict {
		return true
	}
	_, blocked := s.checkPrerequisites(api)
	return !blocked
}

func modeNoun(mode string) string {
	if mode == ModeGadget {
		return "gadgets"
	}
	return "web apps"
}

// checkPrerequisites enforces what the real client demands before an API:
// h5sdk.config (and its jsApiList) for web apps, a login for gadgets.
func (s *Shim) checkPrerequisites(api *API) (Result, bool) {
	if s.cfg.Mode == ModeWebApp && !api.BeforeConfig && api.Kind != KindH5Config {
		if !s.auth.configured {
			return Failure(api.Name, ErrnoAuthFail, fmt.Sprintf(
				"Authentication failed. Call h5sdk.config before %s", api.FullName())), true
		}
		if !s.auth.allows(api.Name) {
			return Failure(api.Name, ErrnoH5Auth, fmt.Sprintf(
				"Authentication failed. %s is not in h5sdk.config's jsApiList (error code: %d)",
				api.Name, codeNotInList)), true
		}
	}
	if s.cfg.Mode == ModeGadget && api.NeedsLogin && !s.accounts.loggedIn(s.clientVersion()) {
		return Failure(api.Name, ErrnoAuthFail, "Authentication failed. Call "+s.loginCallName()+" before "+api.FullName()), true
	}
	return Result{}, false
}

func (s *Shim) clientVersion() Version { return s.version }

// loginCallName is the login a gadget on this client must call.
func (s *Shim) loginCallName() string {
	if s.clientVersion().AtLeast(requestAccessSince) {
		return "tt.requestAccess"
	}
	return "tt.login"
}
