package shim

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"
)

func TestRegistry(t *testing.T) {
	apis := APIs()
	names := make([]string, len(apis))
	for i, api := range apis {
		names[i] = api.FullName()
		if api.Handle == nil || (api.Namespace != "tt" && api.Namespace != "h5sdk" && api.Namespace != "Taro") {
			t.Errorf("%s: namespace %q, handler %v", api.FullName(), api.Namespace, api.Handle != nil)
		}
		if got, ok := Lookup(api.FullName()); !ok || got != api {
			t.Errorf("Lookup(%q) does not find it", api.FullName())
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("APIs() not in order: %v", names)
	}
	// Every API's kind follows from its name and namespace, as a page
	// calls it: tt.canIUse, whose name says nothing, is the one exception.
	for _, api := range apis {
		want := kindOfName(api.Name)
		switch {
		case api.FullName() == "h5sdk.config":
			want = KindH5Config
		case api.Namespace == "h5sdk":
			want = KindLegacy
		case api.Name == "canIUse", api.Name == "getEnv":
			want = KindSync
		case api.Namespace == "Taro" && want == KindAsync:
			want = KindTaro
		}
		if api.Kind != want {
			t.Errorf("%s: kind %s, want %s", api.FullName(), api.Kind, want)
		}
	}
	for _, bare := range []string{"enterProfile", "tt.", "", "tt.enterprofile", "Taro.config"} {
		if _, ok := Lookup(bare); ok {
			t.Errorf("Lookup(%q) found an API", bare)
		}
	}
}

func TestRegisterTwicePanics(t *testing.T) {
	before := len(APIs())
	defer func() {
		if p := recover(); p != "ttshim: API registered twice: tt.enterProfile" {
			t.Errorf("panic %v", p)
		}
		if api, _ := Lookup("tt.enterProfile"); api.Handle == nil || len(APIs()) != before {
			t.Errorf("the failed registration replaced the entry")
		}
	}()
	register(&API{Namespace: "tt", Name: "enterProfile"})
}

// TestManifest reads the manifest as the loader does, key by exact key,
// and wants every entry to say what its API's registry entry says: each
// flag the loader acts on present when set and absent when not.
func TestManifest(t *testing.T) {
	var entries []map[string]any
	if err := json.Unmarshal(Manifest(), &entries); err != nil {
		t.Fatal(err)
	}
	apis := APIs()
	if len(entries) != len(apis) {
		t.Fatalf("the manifest has %d entries, the registry %d APIs", len(entries), len(apis))
	}
	flags := map[string]func(*API) bool{
		"tap":  func(api *API) bool { return api.NeedsTap },
		"task": func(api *API) bool { return api.ReturnsTask },
		"view": func(api *API) bool { return api.NeedsViewport },
		"u":    func(api *API) bool { return api.Unsimulated },
	}
	setOn := map[string]int{}
	for i, api := range apis {
		want := map[string]any{"ns": api.Namespace, "name": api.Name, "kind": string(api.Kind)}
		if api.Kind == KindListener && !api.Unsimulated {
			want["ev"] = listenerEvent(api.Name)
			if l := api.OptionListener; l != nil {
				want["lo"] = map[string]any{"fn": l.Func, "key": l.Key}
			}
		}
		for key, set := range flags {
			if set(api) {
				want[key] = true
				setOn[key]++
			}
		}
		if !reflect.DeepEqual(entries[i], want) {
			t.Errorf("manifest entry %d = %v, want %v", i, entries[i], want)
		}
	}
	// A flag no API sets would leave its key untested, and one every API
	// sets its absence.
	for key := range flags {
		if setOn[key] == 0 || setOn[key] == len(apis) {
			t.Errorf("%d of %d APIs set %q: the test cannot tell whether the manifest carries it", setOn[key], len(apis), key)
		}
	}
}

// TestErrorsFollowTheChecks holds each simulated API's documented Errors to
// the checks the registry makes it go through, and asks every one for its
// Controls.
func TestErrorsFollowTheChecks(t *testing.T) {
	for _, api := range APIs() {
		docs := api.Reference()
		if api.Unsimulated {
			if docs.Errors != nil || docs.Controls != nil {
				t.Errorf("%s is not simulated, yet has Errors or Controls", api.FullName())
			}
			continue
		}
		webApp, gadget := !(Support{WebApp: api.Support.WebApp}).none(), !(Support{Gadget: api.Support.Gadget}).none()
		prerequisite := api.Kind != KindH5Config && webApp && !api.BeforeConfig
		want := map[ErrorDoc]bool{
			errUnsupported: api.Kind != KindH5Config && !everyClient(api.Support),
			errNotObject:   api.Kind != KindH5Config && (api.Kind != KindListener || api.OptionListener != nil) && api.takesOption(),
			errNoConfig:    prerequisite,
			errNotInList:   prerequisite,
			errNoLogin:     api.NeedsLogin && gadget,
		}
		for doc, listed := range want {
			if slices.Contains(docs.Errors, doc) != listed {
				t.Errorf("%s: Errors lists %d %q: %v, want %v", api.FullName(), doc.Errno, doc.When, !listed, listed)
			}
		}
		for _, doc := range docs.Errors {
			if doc.Errno == 0 || doc.When == "" || (doc.Code != 0) != (api.Kind == KindH5Config) {
				t.Errorf("%s: error %+v", api.FullName(), doc)
			}
		}
		if len(docs.Controls) == 0 {
			t.Errorf("%s: no Controls", api.FullName())
		}
	}
}

// everyClient reports a table with no gap: every version of every
// platform, in both modes.
func everyClient(s Support) bool {
	for _, row := range []Platforms{s.Gadget, s.WebApp} {
		for _, since := range []Since{row.Android, row.IOS, row.PC, row.Harmony} {
			if since.String() != "all" {
				return false
			}
		}
	}
	return true
}
