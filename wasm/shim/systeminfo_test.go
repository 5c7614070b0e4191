package shim

import (
	"reflect"
	"testing"
)

func TestGetSystemInfo(t *testing.T) {
	tests := []struct {
		patch                                           string
		system, platform, brand, model, language, appNm string
		statusBar                                       float64
	}{
		{`{}`, "Windows 10", "windows_nt", "PC", "PC", "zh_CN", "Feishu", 0},
		{`{"client":{"os":"mac","language":"en_US"}}`, "macOS 14.5", "darwin", "Apple", "PC", "en_US", "Lark", 0},
		{`{"client":{"platform":"ios","language":"ja_JP"}}`, "iOS 17.5", "ios", "Apple", "iPhone 15", "ja_JP", "Lark", 47},
		{`{"client":{"platform":"android"}}`, "Android 14", "android", "Xiaomi", "23127PN0CC", "zh_CN", "Feishu", 32},
		{`{"client":{"platform":"harmony","version":"7.35.0","language":"en_US"}}`, "HarmonyOS 5.0", "harmony", "HUAWEI", "ALN-AL00", "en_US", "Lark", 38},
	}
	for _, dark := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(tt.platform+map[bool]string{false: " light", true: " dark"}[dark], func(t *testing.T) {
				h := newHarness(t, notStrict, tt.patch)
				window := `"v":[390,844,1170,2532,3,0]`
				if dark {
					window = `"v":[390,844,1170,2532,3,1]`
				}
				theme := map[bool]string{false: "light", true: "dark"}[dark]
				res := h.Invoke("tt.getSystemInfo", []byte(`{`+window+`,"a":{}}`))
				want := Fields{
					"errMsg": "getSystemInfo:ok", "system": tt.system, "platform": tt.platform, "brand": tt.brand,
					"model": tt.model, "version": h.Config().Client.Version, "SDKVersion": "3.52.0",
					"screenWidth": 1170.0, "screenHeight": 2532.0, "windowWidth": 390.0, "windowHeight": 844.0,
					"pixelRatio": 3.0, "statusBarHeight": tt.statusBar, "language": tt.language, "fontSizeSetting": 16,
					"appName": tt.appNm, "theme": theme,
					"safeArea": Fields{"left": 0, "right": 390.0, "top": tt.statusBar, "bottom": 844.0,
						"width": 390.0, "height": 844.0 - tt.statusBar},
				}
				if res.Outcome != OutcomeOK || !reflect.DeepEqual(res.Fields, want) {
					t.Fatalf("getSystemInfo\n%v\nwant\n%v", res.Fields, want)
				}
				sync := h.Invoke("tt.getSystemInfoSync", []byte(`{`+window+`}`))
				wantOK(t, sync, "getSystemInfoSync")
				returned, ok := sync.Return.(Fields)
				if !ok {
					t.Fatalf("getSystemInfoSync returned %T", sync.Return)
				}
				for key := range returned {
					if _, known := want[key]; !known {
						t.Errorf("getSystemInfoSync() has %q, which getSystemInfo lacks", key)
					}
				}
				for key, value := range want {
					if key != "errMsg" && !reflect.DeepEqual(returned[key], value) {
						t.Errorf("getSystemInfoSync()[%q] = %v, want %v", key, returned[key], value)
					}
				}
			})
		}
	}
}

func TestGetSystemInfoReportsTheConfiguredVersion(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"version":"7.10.3"}}`)
	if got := h.call(t, "tt.getSystemInfo", map[string]any{}).Fields["version"]; got != "7.10.3" {
		t.Errorf("version %v", got)
	}
	h.Configure([]byte(`{"client":{"language":"en_US"}}`))
	if got := h.call(t, "tt.getSystemInfoSync", nil).Return.(Fields)["appName"]; got != "Lark" {
		t.Errorf("appName after switching to en_US: %v", got)
	}
}

func TestGetSystemInfoInWebApps(t *testing.T) {
	h := newHarness(t)
	for _, api := range []string{"getSystemInfo", "getSystemInfoSync"} {
		wantFail(t, h.call(t, "tt."+api, map[string]any{}), api, ErrnoAuthFail,
			"Authentication failed. Call h5sdk.config before tt."+api)
	}
	h.authenticate(t)
	wantOK(t, h.call(t, "tt.getSystemInfoSync", nil), "getSystemInfoSync")
	wantFail(t, h.call(t, "tt.getSystemInfoSync", 5), "getSystemInfoSync", ErrnoInvalidParam,
		"Parameter error. parameter should be Object instead of Number")
}

func TestGetSystemInfoSyncReturnsOnlyTheFields(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.getSystemInfoSync", nil)
	returned, ok := res.Return.(Fields)
	if !ok {
		t.Fatalf("returned %T", res.Return)
	}
	if _, has := returned["errMsg"]; has {
		t.Errorf("getSystemInfoSync() carries errMsg: %v", returned)
	}
	if res.Fields["errMsg"] != "getSystemInfoSync:ok" {
		t.Errorf("the call log lost errMsg: %v", res.Fields)
	}
}

// Taro's types promise benchmarkLevel; Feishu's own getSystemInfo has none.
func TestTaroSystemInfoHasBenchmarkLevel(t *testing.T) {
	h := newHarness(t, notStrict)
	for _, api := range []string{"Taro.getSystemInfo", "Taro.getSystemInfoSync"} {
		if got := h.call(t, api, nil).Fields["benchmarkLevel"]; got != -1 {
			t.Errorf("%s benchmarkLevel = %v, want -1", api, got)
		}
	}
	for _, api := range []string{"tt.getSystemInfo", "tt.getSystemInfoSync"} {
		if _, ok := h.call(t, api, nil).Fields["benchmarkLevel"]; ok {
			t.Errorf("%s reports benchmarkLevel", api)
		}
	}
}
