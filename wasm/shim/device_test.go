package shim

import (
	"slices"
	"strings"
	"testing"
)

// android is a phone client that has every device API, without the
// web app's h5sdk.config.
var android = []string{clientPatch("android", DefaultVersion), notStrict}

func TestDeviceDefaultsAreAPhoneOnGoodWifi(t *testing.T) {
	d := DefaultConfig().Device
	want := Device{Network: Network{Type: "wifi", Quality: "excellent"}, Clipboard: "", Brightness: 0.5,
		KeepScreenOn: false, OpenSchema: "open"}
	if d != want {
		t.Errorf("default device %+v, want %+v", d, want)
	}
	if got := string(DefaultConfig().JSON()); !strings.Contains(got,
		`"device":{"network":{"type":"wifi","quality":"excellent"},"clipboard":"","brightness":0.5,"keepScreenOn":false,"openSchema":"open"}`) {
		t.Errorf("config() lacks the device key: %s", got)
	}
}

func TestDeviceConfigurationIsChecked(t *testing.T) {
	for patch, want := range map[string]string{
		`{"device":{"network":{"type":"5g"}}}`:                    `"device.network.type" should be one of "wifi", "4g", "3g", "2g", "unknown", "none", got "5g"`,
		`{"device":{"network":{"quality":"great"}}}`:              `"device.network.quality" should be one of "excellent", "moderate", "weak", "unknown", "unavailable", got "great"`,
		`{"device":{"brightness":1.5}}`:                           `"device.brightness" should be from 0 to 1, got 1.5`,
		`{"device":{"brightness":"0.5"}}`:                         `"device.brightness" should be a number, got string`,
		`{"device":{"clipboard":5}}`:                              `"device.clipboard" should be a string, got number`,
		`{"device":{"keepScreenOn":1}}`:                           `"device.keepScreenOn" should be true or false, got number`,
		`{"device":{"openSchema":"maybe"}}`:                       `"device.openSchema" should be one of "open", "block", got "maybe"`,
		`{"device":{"vibrate":true}}`:                             `unknown key "device.vibrate"`,
		`{"device":"phone"}`:                                      `"device" should be an object, got string`,
		`{"device":{"network":{"quality":"unavailable"}}}`:        `"device.network.quality" is "unavailable" exactly when "device.network.type" is "none", not "unavailable" with "wifi"`,
		`{"device":{"network":{"type":"none","quality":"weak"}}}`: `"device.network.quality" is "unavailable" exactly when "device.network.type" is "none", not "weak" with "none"`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("ParseConfig(%s) = %v, want %s", patch, err, want)
		}
	}
}

// Naming the type alone takes the quality along, both ways.
func TestNetworkTypeAloneTakesTheQualityAlong(t *testing.T) {
	cfg := mustParse(t, `{"device":{"network":{"quality":"weak"}}}`)
	for _, step := range []struct{ patch, quality string }{
		{`{"device":{"network":{"type":"4g"}}}`, "weak"},
		{`{"device":{"network":{"type":"none"}}}`, "unavailable"},
		{`{"device":{"network":{"type":"wifi"}}}`, "excellent"},
		{`{"device":{"network":{"type":"none","quality":"unavailable"}}}`, "unavailable"},
		{`{"device":{"network":{"type":"3g","quality":"moderate"}}}`, "moderate"},
	} {
		next, err := ApplyPatches(cfg, []byte(step.patch))
		if err != nil {
			t.Fatalf("%s: %v", step.patch, err)
		}
		if next.Device.Network.Quality != step.quality {
			t.Errorf("after %s quality %q, want %q", step.patch, next.Device.Network.Quality, step.quality)
		}
		cfg = next
	}
}

func TestConfigureTellsTheNetworkListenersWhatChanged(t *testing.T) {
	h := newHarness(t, android...)
	configure := func(patch string) {
		t.Helper()
		if err := h.Configure([]byte(patch)); err != nil {
			t.Fatal(err)
		}
	}
	configure(`{"device":{"clipboard":"x","brightness":0.9}}`) // nothing about the network
	configure(`{"device":{"network":{"type":"4g"}}}`)
	configure(`{"device":{"network":{"type":"none"}}}`)
	configure(`{"device":{"network":{"type":"none"}}}`) // no change, no event
	configure(`{"device":{"network":{"type":"wifi","quality":"weak"}}}`)
	want := []emitted{
		{"networkStatusChange", `{"isConnected":true,"networkType":"4g"}`},
		{"networkStatusChange", `{"isConnected":false,"networkType":"none"}`},
		{"networkQualityChange", `{"networkQualityType":"unavailable"}`},
		{"networkStatusChange", `{"isConnected":true,"networkType":"wifi"}`},
		{"networkQualityChange", `{"networkQualityType":"weak"}`},
	}
	if !slices.Equal(h.events, want) {
		t.Errorf("events %v\nwant   %v", h.events, want)
	}
	if err := h.Configure([]byte(`{"device":{"network":{"type":"6g"}}}`)); err == nil {
		t.Error("a bad network type was accepted")
	}
	h.events = nil
	h.Reset() // back to the boot device: Wi-Fi, excellent
	want = []emitted{{"networkQualityChange", `{"networkQualityType":"excellent"}`}}
	if !slices.Equal(h.events, want) {
		t.Errorf("reset: events %v, want %v", h.events, want)
	}
}

func TestPCReportsOnlyWhetherThereIsANetwork(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.getNetworkType", nil)
	wantOK(t, res, "getNetworkType")
	if res.Fields["networkType"] != "connected" {
		t.Errorf("PC on Wi-Fi reports %v, want connected", res.Fields["networkType"])
	}
	if err := h.Configure([]byte(`{"device":{"network":{"type":"none"}}}`)); err != nil {
		t.Fatal(err)
	}
	if got := h.call(t, "tt.getNetworkType", nil).Fields["networkType"]; got != "none" {
		t.Errorf("PC offline reports %v, want none", got)
	}
	want := []emitted{{"networkStatusChange", `{"isConnected":false,"networkType":"none"}`},
		{"networkQualityChange", `{"networkQualityType":"unavailable"}`}}
	if !slices.Equal(h.events, want) {
		t.Errorf("events %v, want %v", h.events, want)
	}
}
