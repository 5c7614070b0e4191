package shim

import "testing"

func TestGetNetworkTypeReportsTheConfiguredNetwork(t *testing.T) {
	h := newHarness(t, android...)
	for _, typ := range []string{"wifi", "4g", "3g", "2g", "unknown", "none"} {
		if err := h.Configure([]byte(`{"device":{"network":{"type":"` + typ + `"}}}`)); err != nil {
			t.Fatal(err)
		}
		res := h.call(t, "tt.getNetworkType", nil)
		wantOK(t, res, "getNetworkType")
		if res.Fields["networkType"] != typ {
			t.Errorf("networkType %v, want %s", res.Fields["networkType"], typ)
		}
	}
	wantOK(t, h.call(t, "Taro.getNetworkType", nil), "getNetworkType")
}

func TestGetNetworkQualityTypeReportsTheConfiguredQuality(t *testing.T) {
	h := newHarness(t, append(android, `{"device":{"network":{"quality":"moderate"}}}`)...)
	res := h.call(t, "tt.getNetworkQualityType", nil)
	wantOK(t, res, "getNetworkQualityType")
	if res.Fields["networkQualityType"] != "moderate" {
		t.Errorf("networkQualityType %v, want moderate", res.Fields["networkQualityType"])
	}
	if _, taro := Lookup("Taro.getNetworkQualityType"); taro {
		t.Error("Taro has no getNetworkQualityType, and ttshim gave it one")
	}
	old := newHarness(t, clientPatch("android", "4.8.0"), notStrict)
	wantFail(t, old.call(t, "tt.getNetworkQualityType", nil), "getNetworkQualityType", ErrnoNotSupported,
		"feature not support: tt.getNetworkQualityType is not available to web apps on android 4.8.0")
}

var aFunction = map[string]any{"@@js": "Function"}

func TestNetworkListenersTakeAFunctionWhereTheClientHasThem(t *testing.T) {
	h := newHarness(t, android...)
	for _, name := range []string{"tt.onNetworkStatusChange", "tt.offNetworkStatusChange", "Taro.onNetworkStatusChange",
		"Taro.offNetworkStatusChange", "tt.onNetworkQualityChange", "tt.offNetworkQualityChange"} {
		api, ok := Lookup(name)
		if !ok || api.Unsimulated || api.Kind != KindListener {
			t.Fatalf("%s: registered %v, %+v", name, ok, api)
		}
		short := api.Name
		wantOK(t, h.call(t, name, aFunction), short)
		res := h.call(t, name, "callback")
		want := "Parameter error. callback should be Function instead of String"
		if api.Namespace == "Taro" {
			want = "parameter error: callback should be Function instead of String"
		}
		wantFail(t, res, short, ErrnoInvalidParam, want)
	}
	if _, ok := Lookup("Taro.onNetworkQualityChange"); ok {
		t.Error("Taro has no onNetworkQualityChange, and ttshim gave it one")
	}
	// PC gadgets and web apps have no network status events; the quality
	// ones came to PC in V5.1.0.
	pc := newHarness(t, notStrict)
	wantFail(t, pc.call(t, "tt.offNetworkStatusChange", aFunction), "offNetworkStatusChange", ErrnoNotSupported,
		"feature not support: tt.offNetworkStatusChange is not available to web apps on pc "+DefaultVersion)
	wantOK(t, pc.call(t, "tt.onNetworkQualityChange", aFunction), "onNetworkQualityChange")
	webApp := newHarness(t, clientPatch("ios", "7.6.0"), notStrict)
	wantFail(t, webApp.call(t, "tt.onNetworkStatusChange", aFunction), "onNetworkStatusChange", ErrnoNotSupported,
		"feature not support: tt.onNetworkStatusChange is not available to web apps on ios 7.6.0")
}

func TestNetworkListenersNeedH5sdkConfigInAStrictWebApp(t *testing.T) {
	h := newHarness(t, clientPatch("android", DefaultVersion))
	wantFail(t, h.call(t, "tt.onNetworkStatusChange", aFunction), "onNetworkStatusChange", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.onNetworkStatusChange")
	h.authenticate(t)
	wantOK(t, h.call(t, "tt.onNetworkStatusChange", aFunction), "onNetworkStatusChange")
}

// off<Event>() without a function drops them all; on<Event>() still
// needs one.
func TestOffWithoutAFunctionIsAccepted(t *testing.T) {
	h := newHarness(t, android...)
	for _, name := range []string{"tt.offNetworkStatusChange", "Taro.offNetworkStatusChange", "tt.offNetworkQualityChange"} {
		api, _ := Lookup(name)
		wantOK(t, h.Invoke(name, []byte(`{}`)), api.Name) // the loader's payload for no argument
		wantFail(t, h.call(t, name, nil), api.Name, ErrnoInvalidParam, api.paramWording("callback should be Function instead of Null"))
	}
	wantFail(t, h.Invoke("tt.onNetworkStatusChange", []byte(`{}`)), "onNetworkStatusChange", ErrnoInvalidParam,
		"Parameter error. callback should be Function instead of Undefined")
	wantFail(t, h.call(t, "tt.offNetworkStatusChange", map[string]any{}), "offNetworkStatusChange", ErrnoInvalidParam,
		"Parameter error. callback should be Function instead of Object")
}

// paramWording is a parameter error's errString in the API's namespace.
func (api *API) paramWording(text string) string {
	if api.Namespace == "Taro" {
		return "parameter error: " + text
	}
	return "Parameter error. " + text
}
