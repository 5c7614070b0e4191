package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestGetConnectedWifiAsksThenReportsByPlatform(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.getConnectedWifi", nil, DialogPermission)
	res := h.answerDialog(t, d, choiceAnswer("allow"))
	// Android 10 and later report no secure.
	want := Fields{"errMsg": "getConnectedWifi:ok", "SSID": "ttshim-office", "BSSID": "02:1a:11:f0:6c:01", "signalStrength": 80.0}
	if !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("android: %v", res.Fields)
	}
	for patch, want := range map[string]Fields{
		`{"client":{"platform":"pc"}}`:   {"SSID": "ttshim-office", "secure": true, "signalStrength": 80.0},
		`{"client":{"platform":"ios"}}`:  {"SSID": "ttshim-office", "BSSID": "02:1a:11:f0:6c:01"},
		clientPatch("harmony", "7.37.0"): {"SSID": "ttshim-office", "BSSID": "02:1a:11:f0:6c:01", "secure": true, "signalStrength": 80.0},
		clientPatch("harmony", "7.36.0"): {"SSID": "ttshim-office", "BSSID": virtualBSSID, "secure": true, "signalStrength": 80.0},
	} {
		h := newHarness(t, notStrict, locationAllowed, patch)
		want["errMsg"] = "getConnectedWifi:ok"
		if res := h.call(t, "tt.getConnectedWifi", nil); !reflect.DeepEqual(res.Fields, want) {
			t.Errorf("%s: %v, want %v", patch, res.Fields, want)
		}
	}
}

func TestGetConnectedWifiFailures(t *testing.T) {
	for patch, want := range map[string]struct {
		errno int
		text  string
	}{
		`{"wifi":{"connected":false}}`:                  {ErrnoWifiNotConnected, "Wi-Fi not connected"},
		`{"wifi":{"enabled":false}}`:                    {ErrnoWifiNotConnected, "Wi-Fi not connected"},
		`{"wifi":{"SSID":""}}`:                          {ErrnoWifiInvalidInfo, "Invalid Wi-Fi information"},
		`{"permissions":{"scope.userLocation":"deny"}}`: {ErrnoUserPermission, "auth deny"},
	} {
		h := newHarness(t, notStrict, onAndroid, locationAllowed, patch)
		wantFail(t, h.call(t, "Taro.getConnectedWifi", nil), "getConnectedWifi", want.errno, want.text)
	}
	// Web apps on PC have it from V3.47.0.
	h := newHarness(t, notStrict, clientPatch("pc", "3.46.0"))
	if res := h.call(t, "tt.getConnectedWifi", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC V3.46.0: %v", res.Fields)
	}
}

func TestGetWifiStatusFollowsTheSwitch(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	if res := h.call(t, "tt.getWifiStatus", nil); res.Fields["status"] != "on" {
		t.Errorf("default: %v", res.Fields)
	}
	if err := h.Configure([]byte(`{"wifi":{"enabled":false}}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "tt.getWifiStatus", nil); res.Fields["status"] != "off" {
		t.Errorf("off: %v", res.Fields)
	}
	// PC has no getWifiStatus.
	h = newHarness(t, notStrict)
	if res := h.call(t, "tt.getWifiStatus", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC: %v", res.Fields)
	}
}

func TestGetWifiListTellsTheListeners(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, locationAllowed)
	wantOK(t, h.call(t, "tt.getWifiList", nil), "getWifiList")
	want := `{"wifiList":[{"BSSID":"02:1a:11:f0:6c:01","SSID":"ttshim-office","secure":true,"signalStrength":80},` +
		`{"BSSID":"02:1a:11:f0:6c:02","SSID":"ttshim-guest","secure":false,"signalStrength":55}]}`
	if len(h.events) != 1 || h.events[0].event != "getWifiList" || h.events[0].data != want {
		t.Fatalf("events %+v", h.events)
	}
	// A scan with the radio off finds nothing.
	if err := h.Configure([]byte(`{"wifi":{"enabled":false}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.call(t, "tt.getWifiList", nil), "getWifiList")
	if len(h.events) != 2 || h.events[1].data != `{"wifiList":[]}` {
		t.Errorf("off: %+v", h.events)
	}
	// Harmony gives virtual BSSIDs; iOS has no scan.
	h = newHarness(t, notStrict, locationAllowed, clientPatch("harmony", "7.40.0"), `{"wifi":{"networks":[{"SSID":"cafe"}]}}`)
	wantOK(t, h.call(t, "Taro.getWifiList", nil), "getWifiList")
	if len(h.events) != 1 || !strings.Contains(h.events[0].data, `"BSSID":"`+virtualBSSID+`","SSID":"cafe"`) {
		t.Errorf("harmony: %+v", h.events)
	}
	h = newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	if res := h.call(t, "tt.getWifiList", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("iOS: %v", res.Fields)
	}
}

func TestWifiConfiguration(t *testing.T) {
	cfg, err := ParseConfig([]byte(`{"wifi":{"networks":[{"SSID":"a","signalStrength":12}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Wifi.SSID != "ttshim-office" || !reflect.DeepEqual(cfg.Wifi.Networks, []WifiNetwork{{SSID: "a", SignalStrength: 12}}) {
		t.Errorf("wifi %+v", cfg.Wifi)
	}
	if !strings.Contains(string(cfg.JSON()), `"wifi":{"enabled":true,"connected":true,"SSID":"ttshim-office"`) {
		t.Errorf("config() %s", cfg.JSON())
	}
	for patch, want := range map[string]string{
		`{"wifi":{"signalStrength":101}}`:     `"wifi.signalStrength" should be from 0 to 100, got 101`,
		`{"wifi":{"enabled":"yes"}}`:          `"wifi.enabled" should be true or false, got string`,
		`{"wifi":{"networks":[{"BSSID":1}]}}`: `"wifi.networks[0].BSSID" should be a string, got number`,
		`{"wifi":{"networks":{"SSID":"a"}}}`:  `"wifi.networks" should be an array, got object`,
		`{"wifi":{"ssid":"a"}}`:               `unknown key "wifi.ssid" (did you mean "wifi.SSID"?)`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", patch, err, want)
		}
	}
}
