package shim

import "strings"

// The "unsimulated" rule: how a call to an API the documentation has and
// ttshim does not simulate yet answers. It always fails through the API's
// own channel (errno 103); the rule says what else happens, as MSW's
// onUnhandledRequest does.
const (
	// UnsimulatedWarn warns on the console, once per API.
	UnsimulatedWarn = "warn"
	// UnsimulatedError shows an error on the console, once per API; the
	// Playwright fixture fails the test.
	UnsimulatedError = "error"
	// UnsimulatedFail says nothing more.
	UnsimulatedFail = "fail"
)

// addDocumented registers every documented API that no file simulates,
// with its Taro twin where Taro wraps it.
func addDocumented() {
	for i := range catalog {
		doc := &catalog[i]
		if _, simulated := registry["tt."+doc.Name]; simulated {
			continue
		}
		_, taroHasIt := registry["Taro."+doc.Name]
		register(&API{
			Namespace: "tt", Name: doc.Name, Kind: kindOfName(doc.Name), Documented: doc,
			Taro:        doc.Taro && !taroHasIt,
			Unsimulated: true, Handle: unsimulated,
		})
	}
}

// kindOfName tells from its name how a documented API answers: *Sync
// APIs and the factories of objects (createX, getXManager…) return, onX
// and offX take a listener, and the rest take an option object.
func kindOfName(name string) Kind {
	switch {
	case strings.HasSuffix(name, "Sync"), returnsObject(name):
		return KindSync
	case startsWord(name, "on"), startsWord(name, "off"):
		return KindListener
	}
	return KindAsync
}

func returnsObject(name string) bool {
	if startsWord(name, "create") {
		return true
	}
	for _, made := range []string{"Manager", "Adapter", "Input", "Recorder"} {
		if startsWord(name, "get") && strings.HasSuffix(name, made) {
			return true
		}
	}
	return false
}

// startsWord reports whether name is prefix followed by a capitalised
// word: "onThemeChange" starts with "on", "openSchema" does not.
func startsWord(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	return ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// takesOption reports whether the API's argument must be an option
// object. The synchronous APIs ttshim does not simulate take what their
// pages say (getStorageSync(key), createSelectorQuery()), which ttshim
// does not check before saying they are not simulated.
func (api *API) takesOption() bool {
	return !api.TakesString && !(api.Unsimulated && api.Kind == KindSync)
}

// unsimulated answers a call to an API ttshim does not simulate yet: a
// failure that names the API and how a test answers it instead.
func unsimulated(c *Call) Result {
	full := c.API.FullName()
	res := c.Fail(ErrnoNotSupported, full+` is not simulated by ttshim yet: answer it with ttShim.override("`+full+`", …)`)
	res.Outcome = OutcomeUnsimulated
	res.Warn = c.Shim.warnOnce(full)
	return res
}

// warnOnce is the console level the configuration's rule asks for on an
// unsimulated API's first call since the page loaded or was reset, and ""
// after it.
func (s *Shim) warnOnce(full string) string {
	if s.cfg.Unsimulated == UnsimulatedFail || s.warned[full] {
		return ""
	}
	s.warned[full] = true
	return s.cfg.Unsimulated
}
