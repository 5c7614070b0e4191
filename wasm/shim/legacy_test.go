package shim

import "testing"

func TestLegacyNamesMapToTheirSuccessors(t *testing.T) {
	for _, legacy := range legacyNames {
		api, ok := Lookup("h5sdk." + legacy.name)
		if !ok || api.Kind != KindLegacy {
			t.Errorf("h5sdk.%s: registered %v, %+v", legacy.name, ok, api)
			continue
		}
		if legacy.target == "" {
			if api.LegacyOf != nil || !api.Unsimulated {
				t.Errorf("h5sdk.%s maps to nothing, yet %+v", legacy.name, api.LegacyOf)
			}
			continue
		}
		if api.LegacyOf == nil || api.LegacyOf.FullName() != "tt."+legacy.target {
			t.Errorf("h5sdk.%s maps to %v, want tt.%s", legacy.name, api.LegacyOf, legacy.target)
		}
		if api.Support.Gadget.PC.version != nil || api.Support.WebApp.Harmony.version != nil {
			t.Errorf("h5sdk.%s: support %+v; legacy names are for web apps, not on Harmony", legacy.name, api.Support)
		}
	}
}

func TestLegacyGetSystemInfoAnswersAsItsSuccessor(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "h5sdk.device.base.getSystemInfo", nil)
	wantOK(t, res, "device.base.getSystemInfo")
	if res.Fields["SDKVersion"] != "3.52.0" {
		t.Errorf("fields %v", res.Fields)
	}
	harmony := newHarness(t, notStrict, clientPatch("harmony", "7.45.0"))
	wantFail(t, harmony.call(t, "h5sdk.device.base.getSystemInfo", nil), "device.base.getSystemInfo", ErrnoNotSupported,
		"feature not support: h5sdk.device.base.getSystemInfo is not available to web apps on harmony 7.45.0")
}

func TestLegacyUnsimulatedNamesTheLegacyCall(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "h5sdk.biz.navigation.setMenu", map[string]any{"items": []any{}})
	want := `h5sdk.biz.navigation.setMenu is not simulated by ttshim yet: answer it with ttShim.override("h5sdk.biz.navigation.setMenu", …)`
	if res.Outcome != OutcomeUnsimulated || res.Fields["errString"] != want {
		t.Errorf("got %s %v", res.Outcome, res.Fields)
	}
	if len(h.Calls("h5sdk.biz.navigation.setMenu")) != 1 {
		t.Error("the legacy call was not logged under its own name")
	}
}

func TestArgsRenamed(t *testing.T) {
	args := ArgsOf(map[string]any{"url": "u", "other": 1}).renamed(map[string]string{"url": "schema"})
	if args.Has("url") || args.Raw("schema") != "u" || args.Raw("other") != 1 {
		t.Errorf("renamed %v", args.values)
	}
	if got := renamedBack([]string{"schema", "external"}, map[string]string{"url": "schema"}); got[0] != "url" || got[1] != "external" {
		t.Errorf("renamedBack %v", got)
	}
}

// The legacy names of the device APIs answer as them, their keys renamed.
func TestLegacyDeviceNamesAnswerAsTheirSuccessors(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.call(t, "h5sdk.biz.util.copyText", map[string]any{"text": "copied"}), "biz.util.copyText")
	if h.Config().Device.Clipboard != "copied" {
		t.Errorf("clipboard %q after copyText", h.Config().Device.Clipboard)
	}
	wantOK(t, h.call(t, "h5sdk.biz.util.openLink", map[string]any{"url": "https://example.cn"}), "biz.util.openLink")
	wantFail(t, h.call(t, "h5sdk.biz.util.openLink", map[string]any{"url": "https://example.cn"}), "biz.util.openLink",
		ErrnoSchemaTooFast, "invoke openSchema too fast: 0 ms after the previous call, 500 ms apart at least")
	res := h.call(t, "h5sdk.device.connection.getNetworkType", nil)
	wantOK(t, res, "device.connection.getNetworkType")
	if res.Fields["networkType"] != "connected" {
		t.Errorf("fields %v", res.Fields)
	}
}
