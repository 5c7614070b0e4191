package shim

import (
	"maps"
	"slices"
)

// legacyNames are h5sdk's three-part names, which web apps written before
// the one-part JSAPI still call, with the API each maps to (the docs' old
// → new table) and the option keys the old name spelled differently. The
// navigation names have no documented successor: each answers as an API
// of its own, not simulated. The renames are ttshim's choice; the docs
// give none.
var legacyNames = []struct {
	name, target string
	renames      map[string]string
}{
	{"biz.navigation.close", "closeWindow", nil},
	{"biz.navigation.goBack", "", nil},
	{"biz.navigation.setLeft", "", nil},
	{"biz.navigation.setMenu", "", nil},
	{"biz.navigation.setTitle", "", nil},
	{"biz.util.copyText", "setClipboardData", map[string]string{"text": "data"}},
	{"biz.util.openDocument", "openDocument", nil},
	{"biz.util.openLink", "openSchema", map[string]string{"url": "schema"}},
	{"biz.util.previewImage", "previewImage", nil},
	{"biz.util.scan", "scanCode", nil},
	{"biz.util.share", "shareWebContent", nil},
	{"device.base.getSystemInfo", "getSystemInfo", nil},
	{"device.connection.getConnectedWifi", "getConnectedWifi", nil},
	{"device.connection.getNetworkType", "getNetworkType", nil},
	{"device.geolocation.get", "getLocation", nil},
	{"device.health.getStepCount", "getStepCount", nil},
	{"device.notification.alert", "showModal", map[string]string{"message": "content", "buttonName": "confirmText"}},
	{"device.notification.confirm", "showModal", map[string]string{"message": "content"}},
	{"device.notification.hidePreloader", "hideLoading", nil},
	{"device.notification.showPreloader", "showLoading", map[string]string{"text": "title"}},
	{"device.notification.toast", "showToast", map[string]string{"text": "title"}},
	{"device.notification.vibrate", "vibrateLong", nil},
}

// legacySupport is where the three-part names work: web apps on Android,
// iOS and PC. They were never brought to Harmony.
var legacySupport = Support{WebApp: Platforms{Android: All, IOS: All, PC: All}}

// addLegacy registers the three-part names in h5sdk's namespace.
func addLegacy() {
	for _, legacy := range legacyNames {
		api := &API{Namespace: "h5sdk", Name: legacy.name, Kind: KindLegacy, Support: legacySupport,
			Unsimulated: true, Handle: unsimulated}
		if target, ok := registry["tt."+legacy.target]; ok {
			api.LegacyOf, api.Unsimulated = target, target.Unsimulated
			api.Support = Support{WebApp: target.Support.WebApp}
			api.Support.WebApp.Harmony = Since{}
			api.BeforeConfig, api.NeedsLogin, api.NeedsViewport = target.BeforeConfig, target.NeedsLogin, target.NeedsViewport
			api.Params = renamedBack(target.Params, legacy.renames)
			api.Docs = InReference(func() Docs {
				// The target's failures and controls, less a gadget's login,
				// and 103: a legacy name never works in gadgets or on Harmony.
				docs := target.Reference()
				docs.Errors = slices.DeleteFunc(slices.Clone(docs.Errors), func(d ErrorDoc) bool { return d == errNoLogin })
				if !target.Unsimulated && !slices.Contains(docs.Errors, errUnsupported) {
					docs.Errors = append([]ErrorDoc{errUnsupported}, docs.Errors...)
				}
				return docs
			})
			renames := legacy.renames
			api.Handle = func(c *Call) Result {
				c.Args = c.Args.renamed(renames)
				return target.Handle(c)
			}
		}
		register(api)
	}
}

// renamedBack lists a target's parameters as the old name spells them.
func renamedBack(params []string, renames map[string]string) []string {
	old := make(map[string]string, len(renames))
	for from, to := range renames {
		old[to] = from
	}
	names := make([]string, len(params))
	for i, p := range params {
		names[i] = p
		if from, ok := old[p]; ok {
			names[i] = from
		}
	}
	return names
}

// renamed is the option with keys renamed, for a legacy name's target; the
// log keeps the option as the page passed it.
func (a Args) renamed(renames map[string]string) Args {
	if len(renames) == 0 || a.values == nil {
		return a
	}
	values := maps.Clone(a.values)
	for from, to := range renames {
		if v, ok := values[from]; ok {
			delete(values, from)
			values[to] = v
		}
	}
	a.values = values
	return a
}
