package shim

import (
	"sort"
	"strconv"
	"sync"

	"ttshim/wasm/internal/jsonwire"
)

// Kind tells the loader how a page calls an API.
type Kind string

const (
	// KindAsync takes an option object with success/fail/complete, or
	// returns a Promise.
	KindAsync Kind = "async"
	// KindSync returns its result and throws on failure.
	KindSync Kind = "sync"
	// KindH5Config is h5sdk.config, with onSuccess/onFail and the
	// ready/error queues.
	KindH5Config Kind = "h5config"
	// KindTaro always returns a Promise, settled after the callbacks ran.
	KindTaro Kind = "taro"
	// KindListener takes a function the client calls on an event
	// (tt.onX, tt.offX) and returns nothing.
	KindListener Kind = "listener"
	// KindLegacy is one of h5sdk's three-part names (h5sdk.biz.util.openLink),
	// with onSuccess/onFail, answering as the API it maps to.
	KindLegacy Kind = "legacy"
)

// API is one registry entry: everything canIUse, the loader's stubs, the
// call log and the docs know about an API comes from here.
type API struct {
	Namespace string // "tt", "h5sdk" or "Taro"
	Name      string
	Kind      Kind
	Support   Support
	// Params are the option keys, for canIUse("api.object.param").
	Params []string
	// CallbacksSince is the first client version that calls back; older
	// clients do the work and never answer.
	CallbacksSince string
	// BeforeConfig lets web apps call it before h5sdk.config succeeds.
	BeforeConfig bool
	// Taro gives the API a Taro twin, as Taro on the Lark platform wraps
	// tt's APIs: same behaviour under Taro's Promise rules and wording.
	Taro bool
	// TakesString is for APIs whose argument is a string, not an option.
	TakesString bool
	// OptionListener is for listeners whose function is the option's
	// field, heard per value of its key field (tt.onChatBadgeChange's
	// onChange, per openChatId): the event is "<event>:<key>".
	OptionListener *OptionListener
	// OffTakesNothing lets a tt.off<Event> be called without a function,
	// which drops every function tt.on<Event> kept.
	OffTakesNothing bool
	// NeedsLogin makes gadgets call tt.requestAccess (tt.login before
	// V6.9.0) first.
	NeedsLogin bool
	// NeedsTap makes the loader report whether the call came from a user
	// gesture.
	NeedsTap bool
	// ReturnsTask makes the call return a task with abort(), as
	// tt.request's RequestTask.
	ReturnsTask bool
	// NeedsViewport makes the loader send the window's size with each
	// call, measured as the page calls.
	NeedsViewport bool
	// Asks is the kind of dialog the API puts to the person, which the
	// configuration's "answers" key may answer in advance.
	Asks string
	// Pure marks an API whose answer follows from the configuration and
	// the payload alone, so a repeated call is answered from memory.
	Pure   bool
	Handle func(c *Call) Result
	// Docs is what the API reference says of it (Reference), made by
	// InReference.
	Docs ReferenceDocs

	// Unsimulated marks an API the documentation has and ttshim does not
	// simulate yet: its calls answer by the configuration's "unsimulated"
	// rule.
	Unsimulated bool
	// Documented is the API's entry in Feishu's documentation, if it has
	// one.
	Documented *Documented
	// LegacyOf is the API a legacy three-part name maps to.
	LegacyOf *API

	fullName string // set by register, as every call is logged by it
}

// Docs is an API's entry in the API reference beyond its registry fields:
// the failures it answers with, and what a test sets to steer it.
type Docs struct {
	Errors   []ErrorDoc
	Controls []string
}

// ReferenceDocs builds an API's Docs when the API reference asks.
type ReferenceDocs struct {
	build func() Docs
}

// InReference makes an API's Docs from build. It is a function so that
// the page never runs it: built in each API's init, the Docs were most of
// the code V8 compiled for them before every boot's main. And the page's
// build (GOOS=js, withReference false) keeps nothing of it: the linker
// leaves out build and what only it uses, 180 KB of ttshim.wasm.
func InReference(build func() Docs) ReferenceDocs {
	if !withReference {
		return ReferenceDocs{}
	}
	return ReferenceDocs{build}
}

// Reference is what the API reference says of the API.
func (a *API) Reference() Docs {
	if a.Docs.build == nil {
		return Docs{}
	}
	return a.Docs.build()
}

// ErrorDoc is one failure an API answers with.
type ErrorDoc struct {
	Errno int
	When  string
	// Code is h5sdk.config's errorCode, which tells its failures apart
	// (their errno is always 2601002).
	Code int
}

// The failures of the checks every call goes through (docs/control.md's call
// contract), for the Docs of the APIs they apply to.
var (
	errUnsupported = ErrorDoc{Errno: ErrnoNotSupported,
		When: "the client (`mode`, `client.platform`, `client.version`) is outside the support table"}
	errNotObject = ErrorDoc{Errno: ErrnoInvalidParam, When: "the option is not an object, or cannot be read"}
	errNoConfig  = ErrorDoc{Errno: ErrnoAuthFail, When: "a web app, when `strict`, before `h5sdk.config` succeeded"}
	errNotInList = ErrorDoc{Errno: ErrnoH5Auth, When: "a web app, when `strict`, whose non-empty `jsApiList` leaves it out"}
	errNoLogin   = ErrorDoc{Errno: ErrnoAuthFail,
		When: "a gadget, when `strict`, before `tt.requestAccess` (`tt.login` below V6.9.0)"}
	errTooManyDialogs = ErrorDoc{Errno: ErrnoTooManyCalls, When: strconv.Itoa(maxOpenDialogs) + " dialogs already wait for an answer"}
)

// prerequisitesControl is what a test sets to steer the prerequisites.
const prerequisitesControl = "`mode` and `strict`: which prerequisites it checks"

// FullName is how the call log names the API: "tt.enterProfile".
func (a *API) FullName() string {
	if a.fullName != "" {
		return a.fullName
	}
	return a.Namespace + "." + a.Name
}

var registry = map[string]*API{}

// completion adds, once every file has registered its APIs, the
// documented APIs nobody simulates and the legacy names.
var completion sync.Once

func complete() map[string]*API {
	completion.Do(func() {
		addDocumented()
		addLegacy()
	})
	return registry
}

// register adds an API, and its Taro twin if it has one; each API's file
// registers itself. What the API leaves out of its support table and
// parameters comes from its documentation.
func register(api *API) {
	api.fullName = api.Namespace + "." + api.Name
	if api.Namespace == "tt" && api.Documented == nil {
		if doc, ok := DocumentedAPI(api.Name); ok {
			api.Documented = &doc
		}
	}
	if api.Documented != nil {
		if api.Support.none() {
			api.Support = api.Documented.Support
		}
		if api.Params == nil {
			api.Params = api.Documented.paramNames()
		}
	}
	if _, dup := registry[api.FullName()]; dup {
		panic("ttshim: API registered twice: " + api.FullName())
	}
	registry[api.FullName()] = api
	if api.Taro {
		twin := *api
		twin.Namespace, twin.Taro, twin.fullName = "Taro", false, ""
		if twin.Kind == KindAsync {
			twin.Kind = KindTaro
		}
		register(&twin)
	}
}

// Lookup finds an API by its full name.
func Lookup(fullName string) (*API, bool) {
	api, ok := complete()[fullName]
	return api, ok
}

// LookupBytes is Lookup for a name the bridge holds as bytes, which it
// need not copy.
func LookupBytes(fullName []byte) (*API, bool) {
	api, ok := complete()[string(fullName)]
	return api, ok
}

// APIs lists the registry in a stable order.
func APIs() []*API {
	all := complete()
	list := make([]*API, 0, len(all))
	for _, api := range all {
		list = append(list, api)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].FullName() < list[j].FullName() })
	return list
}

// manifestEntry is what the loader needs to define a stub before the wasm
// arrives.
type manifestEntry struct {
	Namespace   string `json:"ns"`
	Name        string `json:"name"`
	Kind        Kind   `json:"kind"`
	NeedsTap    bool   `json:"tap,omitempty"`
	Task        bool   `json:"task,omitempty"`
	Viewport    bool   `json:"view,omitempty"`
	Unsimulated bool   `json:"u,omitempty"`
	// Event is the client event a simulated listener API hears, whose
	// functions the loader keeps.
	Event string `json:"ev,omitempty"`
	// Listener is where an option listener's function and key are.
	Listener *OptionListener `json:"lo,omitempty"`
}

// OptionListener names an option listener's fields.
type OptionListener struct {
	Func string `json:"fn"`
	Key  string `json:"key"`
}

// Manifest is the JSON the loader is generated with.
func Manifest() []byte {
	var entries []manifestEntry
	for _, api := range APIs() {
		entry := manifestEntry{api.Namespace, api.Name, api.Kind, api.NeedsTap, api.ReturnsTask,
			api.NeedsViewport, api.Unsimulated, "", nil}
		if api.Kind == KindListener && !api.Unsimulated {
			entry.Event, entry.Listener = listenerEvent(api.Name), api.OptionListener
		}
		entries = append(entries, entry)
	}
	data, _ := jsonwire.Marshal(entries)
	return data
}
