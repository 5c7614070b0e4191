package shim

import "testing"

func (h *harness) brightness(t *testing.T) any {
	t.Helper()
	res := h.call(t, "tt.getScreenBrightness", nil)
	wantOK(t, res, "getScreenBrightness")
	return res.Fields["value"]
}

func TestScreenBrightnessIsWhatWasSetOrConfigured(t *testing.T) {
	h := newHarness(t, append(android, `{"device":{"brightness":0.3}}`)...)
	if got := h.brightness(t); got != 0.3 {
		t.Errorf("value %v, want the configured 0.3", got)
	}
	for _, v := range []float64{0, 1, 0.8206081986427307} {
		wantOK(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": v}), "setScreenBrightness")
		if got := h.brightness(t); got != v {
			t.Errorf("value %v, want %v", got, v)
		}
	}
	wantOK(t, h.call(t, "Taro.setScreenBrightness", map[string]any{"value": 0.25}), "setScreenBrightness")
	if h.Config().Device.Brightness != 0.25 {
		t.Errorf("config() shows brightness %v", h.Config().Device.Brightness)
	}
	h.Reset()
	if got := h.brightness(t); got != 0.3 {
		t.Errorf("after reset: %v, want 0.3", got)
	}
}

func TestSetScreenBrightnessTakesANumberFromZeroToOne(t *testing.T) {
	h := newHarness(t, android...)
	for _, c := range []struct {
		value any
		want  string
	}{
		{nil, "Parameter error. value cannot be empty"},
		{"0.5", "Parameter error. value is of wrong type"},
		{map[string]any{"@@js": "Number", "v": "NaN"}, "Parameter error. value is of wrong type"},
		{1.01, "Parameter error. value should be from 0 to 1, got 1.01"},
		{-1, "Parameter error. value should be from 0 to 1, got -1"},
	} {
		wantFail(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": c.value}), "setScreenBrightness",
			ErrnoInvalidParam, c.want)
	}
	wantFail(t, h.call(t, "tt.setScreenBrightness", nil), "setScreenBrightness", ErrnoInvalidParam, "Parameter error. value cannot be empty")
	wantFail(t, h.call(t, "Taro.setScreenBrightness", map[string]any{"value": true}), "setScreenBrightness", ErrnoInvalidParam,
		"parameter error: parameter.value should be Number instead of Boolean")
	if got := h.brightness(t); got != 0.5 {
		t.Errorf("failed calls changed the brightness to %v", got)
	}
}

// On Harmony, -1 hands the screen back to the system: the brightness the
// configuration last gave.
func TestHarmonyMinusOneFollowsTheSystem(t *testing.T) {
	h := newHarness(t, clientPatch("harmony", DefaultVersion), notStrict, `{"device":{"brightness":0.4}}`)
	wantOK(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": 0.9}), "setScreenBrightness")
	wantOK(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": -1}), "setScreenBrightness")
	if got := h.brightness(t); got != 0.4 {
		t.Errorf("following the system: %v, want 0.4", got)
	}
	if err := h.Configure([]byte(`{"device":{"brightness":0.7}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": 0.1}), "setScreenBrightness")
	wantOK(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": -1}), "setScreenBrightness")
	if got := h.brightness(t); got != 0.7 {
		t.Errorf("following the system the test configured: %v, want 0.7", got)
	}
	wantFail(t, h.call(t, "tt.setScreenBrightness", map[string]any{"value": -0.5}), "setScreenBrightness", ErrnoInvalidParam,
		"Parameter error. value should be from 0 to 1, or -1 to follow the system, got -0.5")
}

func TestSetKeepScreenOnRecordsTheState(t *testing.T) {
	h := newHarness(t, android...)
	wantOK(t, h.call(t, "tt.setKeepScreenOn", nil), "setKeepScreenOn") // keepScreenOn defaults to true
	if !h.Config().Device.KeepScreenOn {
		t.Error("keepScreenOn is off after a call without it")
	}
	wantOK(t, h.call(t, "Taro.setKeepScreenOn", map[string]any{"keepScreenOn": false}), "setKeepScreenOn")
	if h.Config().Device.KeepScreenOn {
		t.Error("keepScreenOn stays on after false")
	}
	wantFail(t, h.call(t, "tt.setKeepScreenOn", map[string]any{"keepScreenOn": "yes"}), "setKeepScreenOn", ErrnoInvalidParam,
		"Parameter error. keepScreenOn is of wrong type")
	wantOK(t, h.call(t, "tt.setKeepScreenOn", map[string]any{"keepScreenOn": true}), "setKeepScreenOn")
	h.Reset()
	if h.Config().Device.KeepScreenOn {
		t.Error("reset kept the page's keepScreenOn")
	}
}

// PC has neither the brightness nor keepScreenOn.
func TestScreenAPIsAreForPhones(t *testing.T) {
	h := newHarness(t, notStrict)
	for _, api := range []string{"setScreenBrightness", "getScreenBrightness", "setKeepScreenOn"} {
		wantFail(t, h.call(t, "tt."+api, map[string]any{"value": 0.5}), api, ErrnoNotSupported,
			"feature not support: tt."+api+" is not available to web apps on pc "+DefaultVersion)
	}
}
