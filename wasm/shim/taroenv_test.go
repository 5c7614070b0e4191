package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestTaroGetEnv(t *testing.T) {
	tests := []struct {
		patches []string
		want    string
	}{
		{nil, "WEB"}, // strict web app, before h5sdk.config
		{[]string{notStrict}, "WEB"},
		{[]string{clientPatch("ios", "3.0.0")}, "WEB"},
		{[]string{clientPatch("harmony", "7.0.0")}, "WEB"},
		{[]string{gadget}, "lark"}, // a gadget that has not logged in
		{[]string{gadget, clientPatch("android", "1.0.0")}, "lark"},
		{[]string{gadget, clientPatch("harmony", "7.0.0")}, "lark"},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+strings.Join(tt.patches, " "), func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			for _, payload := range []string{`{}`, `{"a":null}`} {
				res := h.Invoke("Taro.getEnv", []byte(payload))
				if res.Outcome != OutcomeOK || res.Return != tt.want || res.Fields["errMsg"] != "getEnv:ok" {
					t.Errorf("Taro.getEnv() with %s = %+v, want %q", payload, res, tt.want)
				}
			}
			if calls := h.Calls("Taro.getEnv"); len(calls) != 2 || calls[0].Outcome != OutcomeOK {
				t.Errorf("logged %+v", calls)
			}
		})
	}
}

func TestTaroGetEnvFollowsTheMode(t *testing.T) {
	h := newHarness(t)
	env := func() any { return h.Invoke("Taro.getEnv", []byte(`{}`)).Return }
	if got := env(); got != "WEB" {
		t.Fatalf("web app: %v", got)
	}
	if err := h.Configure([]byte(gadget)); err != nil {
		t.Fatal(err)
	}
	if got := env(); got != "lark" {
		t.Errorf("after switching to a gadget: %v", got)
	}
	h.Reset()
	if got := env(); got != "WEB" {
		t.Errorf("after Reset: %v", got)
	}
	if _, ok := Lookup("tt.getEnv"); ok {
		t.Errorf("tt has a getEnv")
	}
}

func TestTaroCanIUseKnowsTaroAPIs(t *testing.T) {
	tests := []struct {
		api, schema string
		want        bool
	}{
		{"Taro.canIUse", "getUserProfile", true},
		{"Taro.canIUse", "Taro.getUserProfile", true},
		{"Taro.canIUse", "getUserProfile.object.desc", true},
		{"Taro.canIUse", "getUserProfile.object.lang", true},
		{"Taro.canIUse", "getUserProfile.object.withCredentials", false},
		{"Taro.canIUse", "getEnv", true},
		{"Taro.canIUse", "enterProfile", true},
		{"Taro.canIUse", "getuserprofile", false},
		{"tt.canIUse", "getUserProfile", false},
		{"tt.canIUse", "tt.getUserProfile", false},
		{"tt.canIUse", "Taro.getUserProfile", false},
		{"tt.canIUse", "getUserProfile.object.desc", false},
		{"tt.canIUse", "getEnv", false},
		{"tt.canIUse", "enterProfile", true},
	}
	for _, mode := range []string{ModeWebApp, ModeGadget} {
		for _, tt := range tests {
			t.Run(mode+" "+tt.api+"("+tt.schema+")", func(t *testing.T) {
				h := newHarness(t, `{"mode":"`+mode+`"}`)
				res := h.call(t, tt.api, tt.schema)
				if res.Outcome != OutcomeOK || res.Return != tt.want ||
					!reflect.DeepEqual(res.Fields, Fields{"errMsg": "canIUse:ok", "value": tt.want}) {
					t.Errorf("%s(%q) = %+v, want %v", tt.api, tt.schema, res, tt.want)
				}
			})
		}
	}
	if h := newHarness(t); h.CanIUse("getUserProfile") {
		t.Errorf("CanIUse (tt's answer) knows getUserProfile")
	}
}
