package shim

import (
	"reflect"
	"testing"
)

func TestCanIUse(t *testing.T) {
	tests := []struct {
		patches []string
		schema  string
		want    bool
	}{
		{nil, "enterProfile", true},
		{nil, "tt.enterProfile", true},
		{nil, "enterProfile.object.left", true},
		{nil, "enterProfile.object.top", true},
		{nil, "enterProfile.object.openid", true},
		{nil, "tt.enterProfile.object.left", true},
		{nil, "enterProfile.object.nope", false},
		{nil, "enterProfile.object", false},
		{nil, "enterProfile.success", false},
		{nil, "enterProfile.return.left", false},
		{nil, "enterProfile.object.left.x", false},
		{nil, "EnterProfile", false},
		{nil, "teleport", false},
		{nil, "", false},
		{nil, "tt.", false},
		{nil, "canIUse", true},
		{nil, "getSystemInfo", true},
		{nil, "requestAccess.object.appID", true},
		{nil, "login", false},
		{nil, "checkSession", false},
		{nil, "config", false},
		{nil, "h5sdk.config", false},
		{[]string{gadget}, "login", true},
		{[]string{gadget}, "enterProfile", true},
		{[]string{clientPatch("pc", "3.9.0")}, "enterProfile", false},
		{[]string{clientPatch("pc", "3.9.0")}, "enterProfile.object.left", false},
		{[]string{clientPatch("pc", "3.9.0")}, "getSystemInfo", true},
		{[]string{clientPatch("pc", "4.0.0")}, "enterProfile", true},
		{[]string{clientPatch("pc", "6.8.0")}, "requestAccess", false},
		{[]string{clientPatch("harmony", "7.34.0")}, "enterProfile", false},
		{[]string{clientPatch("harmony", "7.34.0")}, "canIUse", true},
		{[]string{gadget, clientPatch("harmony", "7.34.0")}, "tt.enterProfile", false},
		{[]string{clientPatch("harmony", "7.35.0")}, "enterProfile", true},
	}
	for _, tt := range tests {
		t.Run(tt.schema, func(t *testing.T) {
			h := newHarness(t, tt.patches...) // strict: canIUse needs no h5sdk.config
			res := h.call(t, "tt.canIUse", tt.schema)
			if res.Outcome != OutcomeOK || res.Return != tt.want ||
				!reflect.DeepEqual(res.Fields, Fields{"errMsg": "canIUse:ok", "value": tt.want}) {
				t.Errorf("canIUse(%q) on %q = %+v, want %v", tt.schema, tt.patches, res, tt.want)
			}
			if got := h.CanIUse(tt.schema); got != tt.want {
				t.Errorf("CanIUse(%q) = %v", tt.schema, got)
			}
		})
	}
}

func TestCanIUseFollowsConfigure(t *testing.T) {
	h := newHarness(t)
	if !h.CanIUse("enterProfile") {
		t.Fatal("enterProfile unavailable by default")
	}
	h.Configure([]byte(`{"client":{"version":"3.9.0"}}`))
	if h.CanIUse("enterProfile") {
		t.Error("enterProfile still available on 3.9.0")
	}
	h.Reset()
	if !h.CanIUse("enterProfile") {
		t.Error("Reset did not restore the boot client")
	}
}

func TestCanIUseNeedsAString(t *testing.T) {
	tests := []struct{ payload, kind string }{
		{`{"a":5}`, "Number"},
		{`{"a":{"api":"enterProfile"}}`, "Object"},
		{`{}`, "Undefined"},
		{`{"a":null}`, "Null"},
		{`{"a":["enterProfile"]}`, "Array"},
		{`{"a":true}`, "Boolean"},
		{`{"a":{"@@js":"Function"}}`, "Function"},
	}
	for _, tt := range tests {
		h := newHarness(t, gadget)
		wantFail(t, h.Invoke("tt.canIUse", []byte(tt.payload)), "canIUse", ErrnoInvalidParam,
			"Parameter error. schema should be String instead of "+tt.kind)
		// Taro's twin words it as Taro does, like its other parameter errors.
		wantFail(t, h.Invoke("Taro.canIUse", []byte(tt.payload)), "canIUse", ErrnoInvalidParam,
			"parameter error: schema should be String instead of "+tt.kind)
	}
}
