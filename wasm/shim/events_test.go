package shim

import (
	"strings"
	"testing"
)

func TestListenerEventNamesTheEventBothListenersHear(t *testing.T) {
	for name, want := range map[string]string{
		"onLeftNavigationBarClick": "leftNavigationBarClick",
		"offNetworkStatusChange":   "networkStatusChange",
		"onX":                      "x",
		"once":                     "", // not on + an event name
		"offer":                    "",
		"getSystemInfo":            "",
		"on":                       "",
	} {
		if got := listenerEvent(name); got != want {
			t.Errorf("listenerEvent(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestEmitHandsThePageTheEventsFieldsAsJSON(t *testing.T) {
	h := newHarness(t)
	h.Emit("networkStatusChange", Fields{"isConnected": true, "networkType": "wifi"})
	h.Emit("leftNavigationBarClick", nil)
	want := []emitted{
		{"networkStatusChange", `{"isConnected":true,"networkType":"wifi"}`},
		{"leftNavigationBarClick", `{}`},
	}
	if len(h.events) != len(want) || h.events[0] != want[0] || h.events[1] != want[1] {
		t.Errorf("events %v, want %v", h.events, want)
	}
}

// The loader keeps the functions of simulated listeners only, by the
// event the manifest names.
func TestManifestNamesTheEventOfSimulatedListenersOnly(t *testing.T) {
	manifest := string(Manifest())
	for _, api := range APIs() {
		if api.Kind != KindListener {
			continue
		}
		entry := `"name":"` + api.Name + `","kind":"listener"`
		named := strings.Contains(manifest, entry+`,"ev":"`+listenerEvent(api.Name)+`"`)
		if named == api.Unsimulated {
			t.Errorf("%s (unsimulated %v): manifest names its event %v", api.FullName(), api.Unsimulated, named)
		}
	}
}
