package shim

import (
	"reflect"
	"slices"
	"testing"
)

func TestEveryDocumentedAPIIsRegistered(t *testing.T) {
	if len(Catalog()) < 150 {
		t.Fatalf("the catalog has %d APIs; the documentation has about 200", len(Catalog()))
	}
	for _, doc := range Catalog() {
		api, ok := Lookup("tt." + doc.Name)
		if !ok {
			t.Errorf("tt.%s is documented and not registered", doc.Name)
			continue
		}
		if api.Documented == nil || api.Documented.Name != doc.Name {
			t.Errorf("tt.%s: not linked to its documentation", doc.Name)
		}
		if api.Unsimulated && !reflect.DeepEqual(api.Support, doc.Support) {
			t.Errorf("tt.%s: support %+v, documented %+v", doc.Name, api.Support, doc.Support)
		}
		_, twin := Lookup("Taro." + doc.Name)
		if doc.Taro && !twin {
			t.Errorf("Taro wraps %s, and Taro.%s is not registered", doc.Name, doc.Name)
		}
		if api.Unsimulated && !doc.Taro && twin {
			t.Errorf("Taro.%s is registered, though Taro does not wrap it", doc.Name)
		}
	}
}

func TestSimulatedAPIsAreNotMarkedUnsimulated(t *testing.T) {
	for _, name := range []string{"tt.enterProfile", "tt.chooseContact", "Taro.getUserProfile", "h5sdk.config", "tt.canIUse"} {
		if api, ok := Lookup(name); !ok || api.Unsimulated || api.Handle == nil {
			t.Errorf("%s: registered %v, %+v", name, ok, api)
		}
	}
}

func TestSimulatedAPIsTakeTheirDocumentedTables(t *testing.T) {
	api, _ := Lookup("tt.enterProfile")
	doc, _ := DocumentedAPI("enterProfile")
	if !reflect.DeepEqual(api.Params, []string{"openid", "left", "top"}) || api.Documented == nil {
		t.Errorf("enterProfile: params %v, documented %v", api.Params, api.Documented)
	}
	if doc.Name != "enterProfile" || len(doc.Params) != 3 || !doc.Params[0].Required {
		t.Errorf("the documentation of enterProfile: %+v", doc)
	}
}

func TestKindOfName(t *testing.T) {
	for name, want := range map[string]Kind{
		"startAccelerometer": KindAsync, "openSchema": KindAsync, "getBatteryInfo": KindAsync, "offline": KindAsync,
		"getStorageSync": KindSync, "getFileSystemManager": KindSync, "createSelectorQuery": KindSync,
		"getNFCAdapter": KindSync, "getRecorderManager": KindSync, "getCustomizedInput": KindSync,
		"getPerformanceRecorder": KindSync, "creator": KindAsync,
		"onAccelerometerChange": KindListener, "offThemeChange": KindListener, "on": KindAsync,
	} {
		if got := kindOfName(name); got != want {
			t.Errorf("kindOfName(%q) = %s, want %s", name, got, want)
		}
	}
	for name, kind := range map[string]Kind{
		"tt.startAccelerometer": KindAsync, "Taro.startAccelerometer": KindTaro, "tt.onAccelerometerChange": KindListener,
		"Taro.onAccelerometerChange": KindListener, "tt.getStorageSync": KindSync, "tt.startPullDownRefresh": KindAsync,
	} {
		if api, ok := Lookup(name); !ok || api.Kind != kind || !api.Unsimulated {
			t.Errorf("%s: registered %v as %+v, want an unsimulated %s", name, ok, api, kind)
		}
	}
}

const startAccelerometerUnsimulated = `tt.startAccelerometer is not simulated by ttshim yet: answer it with ttShim.override("tt.startAccelerometer", …)`

// The accelerometer is the example: it is on phones only (android is
// device_test.go's).
func TestUnsimulatedCallsFailNamingTheOverride(t *testing.T) {
	h := newHarness(t, android...)
	res := h.call(t, "tt.startAccelerometer", map[string]any{"interval": "game"})
	if res.Outcome != OutcomeUnsimulated || res.Fields["errno"] != ErrnoNotSupported ||
		res.Fields["errString"] != startAccelerometerUnsimulated || res.Fields["errMsg"] != "startAccelerometer:fail "+startAccelerometerUnsimulated {
		t.Fatalf("got %s %v", res.Outcome, res.Fields)
	}
	calls := h.Calls("tt.startAccelerometer")
	if len(calls) != 1 || calls[0].Outcome != OutcomeUnsimulated {
		t.Errorf("logged %+v", calls)
	}
	taro := h.call(t, "Taro.startAccelerometer", map[string]any{"interval": "game"})
	if taro.Fields["errString"] != `Taro.startAccelerometer is not simulated by ttshim yet: answer it with ttShim.override("Taro.startAccelerometer", …)` {
		t.Errorf("Taro: %v", taro.Fields)
	}
}

func TestUnsimulatedCallsWarnOncePerAPIByTheRule(t *testing.T) {
	for rule, first := range map[string]string{"": UnsimulatedWarn, `{"unsimulated":"warn"}`: "warn",
		`{"unsimulated":"error"}`: "error", `{"unsimulated":"fail"}`: ""} {
		patches := slices.Clone(android)
		if rule != "" {
			patches = append(patches, rule)
		}
		h := newHarness(t, patches...)
		warns := []string{
			h.call(t, "tt.startAccelerometer", nil).Warn, h.call(t, "tt.startAccelerometer", nil).Warn,
			h.call(t, "Taro.startAccelerometer", nil).Warn, h.call(t, "tt.stopAccelerometer", nil).Warn,
		}
		if want := []string{first, "", first, first}; !reflect.DeepEqual(warns, want) {
			t.Errorf("rule %s: warned %q, want %q", rule, warns, want)
		}
		h.Reset()
		if got := h.call(t, "tt.startAccelerometer", nil).Warn; got != first {
			t.Errorf("rule %s: after a reset, warned %q, want %q", rule, got, first)
		}
	}
}

func TestUnsimulatedRuleIsChecked(t *testing.T) {
	if _, err := ParseConfig([]byte(`{"unsimulated":"ignore"}`)); err == nil {
		t.Error(`"unsimulated":"ignore" was accepted`)
	}
}

func TestUnsimulatedCallsStillMeetTheClient(t *testing.T) {
	// Bad options are answered as for any API, before the rule.
	phone := newHarness(t, android...)
	wantFail(t, phone.Invoke("tt.startAccelerometer", []byte(`{"a":5}`)), "startAccelerometer", ErrnoInvalidParam,
		"Parameter error. parameter should be Object instead of Number")
	// A synchronous API's argument is whatever its page says.
	if res := newHarness(t, notStrict, gadget).Invoke("tt.getStorageSync", []byte(`{"a":"key"}`)); res.Outcome != OutcomeUnsimulated {
		t.Errorf("getStorageSync(key): %s %v", res.Outcome, res.Fields)
	}
	// The client's support table: the accelerometer is mobile only.
	wantFail(t, newHarness(t, notStrict).call(t, "tt.startAccelerometer", nil), "startAccelerometer", ErrnoNotSupported,
		"feature not support: tt.startAccelerometer is not available to web apps on pc "+DefaultVersion)
	// A web app must authenticate first.
	strict := newHarness(t, clientPatch("android", DefaultVersion))
	wantFail(t, strict.call(t, "tt.startAccelerometer", nil), "startAccelerometer", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.startAccelerometer")
}

func TestListenersTakeAFunction(t *testing.T) {
	h := newHarness(t, notStrict, gadget, clientPatch("android", DefaultVersion))
	if res := h.Invoke("tt.onAccelerometerChange", []byte(`{"a":{"@@js":"Function"}}`)); res.Outcome != OutcomeUnsimulated {
		t.Errorf("with a function: %s %v", res.Outcome, res.Fields)
	}
	wantFail(t, h.Invoke("tt.onAccelerometerChange", []byte(`{"a":{}}`)), "onAccelerometerChange", ErrnoInvalidParam,
		"Parameter error. callback should be Function instead of Object")
	wantFail(t, h.Invoke("tt.onAccelerometerChange", []byte(`{}`)), "onAccelerometerChange", ErrnoInvalidParam,
		"Parameter error. callback should be Function instead of Undefined")
}

func TestCanIUseKnowsEveryDocumentedAPI(t *testing.T) {
	h := newHarness(t)
	for schema, want := range map[string]bool{
		"showToast": true, "showToast.object.title": true, "showToast.object.nope": false,
		"scanCode": false, "getStorage": false, "requestAuthCode": true,
		"tt.chooseContact.object.maxNum": true,
	} {
		if got := h.CanIUse(schema); got != want {
			t.Errorf("canIUse(%q) = %v, want %v", schema, got, want)
		}
	}
	mobile := newHarness(t, clientPatch("android", "7.45.0"), gadget)
	if !mobile.CanIUse("scanCode") || !mobile.CanIUse("getStorage") || mobile.CanIUse("requestAuthCode") {
		t.Error("an Android gadget: scanCode and getStorage, and no requestAuthCode")
	}
}
