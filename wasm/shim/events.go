package shim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"ttshim/wasm/internal/jsonwire"
)

// Client events: what the client tells the page through the functions it
// gave tt.on<Event>. The loader keeps those functions (they cannot cross
// into Go); Go says when the event happens, and the loader calls each in a
// later microtask, in the order they were added.

// Emit hands an event to the page's tt.on<Event> listeners: event is the
// listener's name without "on" ("leftNavigationBarClick").
func (s *Shim) Emit(event string, fields Fields) {
	if fields == nil {
		fields = Fields{}
	}
	data, err := jsonwire.Append(nil, fields)
	if err != nil {
		data = []byte("{}") // the shim's own fields always encode
	}
	s.Events(event, data)
}

// listenerEvent is the event a listener API hears: "onThemeChange" and
// "offThemeChange" hear "themeChange".
func listenerEvent(name string) string {
	rest, ok := strings.CutPrefix(name, "on")
	if !ok {
		rest, ok = strings.CutPrefix(name, "off")
	}
	first, size := utf8.DecodeRuneInString(rest)
	if !ok || !unicode.IsUpper(first) {
		return ""
	}
	return string(unicode.ToLower(first)) + rest[size:]
}

// registerListeners adds a simulated event's listener APIs, tt.on<Event>
// and, if Feishu documents it, tt.off<Event>: each takes a function and
// answers at once, and the loader keeps or drops the function.
func registerListeners(on API) {
	on.Kind = KindListener
	if on.Handle == nil {
		on.Handle = keepListener
	}
	off := on
	off.Name = "off" + strings.TrimPrefix(on.Name, "on")
	register(&on)
	if _, documented := DocumentedAPI(off.Name); documented {
		register(&off)
	}
}

// offTakingNothing is on's tt.off<Event> named name, which may also be
// called without a function to drop every function on kept: its invalid
// parameter is anything but a function or nothing.
func offTakingNothing(on API, name string) API {
	off := on
	off.Name, off.OffTakesNothing = name, true
	off.Docs = InReference(func() Docs {
		docs := on.Reference()
		docs.Errors = slices.Clone(docs.Errors)
		for i := range docs.Errors {
			if docs.Errors[i].Errno == ErrnoInvalidParam {
				docs.Errors[i].When = "the argument is neither a function nor absent"
			}
		}
		return docs
	})
	return off
}

// keepListener answers a listener API; the function itself stays in the
// page, which the call's success tells to keep or drop it.
func keepListener(c *Call) Result { return c.OK(nil) }
