// Tests of where Taro.getUserProfile is available: every mode and client
// from Harmony 7.35.0 on, without login or a jsApiList entry, and never
// as tt.getUserProfile.

package shim

import (
	"strings"
	"testing"
)

func TestGetUserProfileSupportedEverywhere(t *testing.T) {
	clients := [][]string{
		nil,      // strict web app, before h5sdk.config
		{gadget}, // a gadget that has not logged in
		{clientPatch("pc", "1.0.0")},
		{clientPatch("ios", "3.0.0")},
		{clientPatch("android", "6.8.0")},
		{clientPatch("harmony", "7.35.0")},
		{gadget, clientPatch("harmony", "8.0.0")},
		{gadget, clientPatch("pc", "6.8.0")},
		{gadget, `{"client":{"platform":"pc","os":"mac"}}`},
		{notStrict},
	}
	for _, patches := range clients {
		t.Run(strings.Join(patches, " "), func(t *testing.T) {
			h := newHarness(t, append([]string{consentAllow}, patches...)...)
			verifyProfile(t, h.profile(t, map[string]any{"desc": "why"}), h.Session().SessionKey, h.Config().App.AppID, testEpoch)
			if res := h.call(t, "Taro.canIUse", "getUserProfile"); res.Return != true {
				t.Errorf("Taro.canIUse(getUserProfile) = %v", res.Return)
			}
		})
	}
	// A web app's jsApiList does not gate it either.
	h := newHarness(t, consentAllow)
	h.authenticate(t, "getSystemInfo")
	wantOK(t, h.profile(t, map[string]any{"desc": "why"}), "getUserProfile")
}

// Harmony has the seed APIs from V7.35.0 (CONTRACT §4), getUserProfile
// (seed 003) included.
func TestGetUserProfileOnEarlyHarmony(t *testing.T) {
	for _, mode := range []string{ModeWebApp, ModeGadget} {
		h := newHarness(t, consentAllow, `{"mode":"`+mode+`"}`, clientPatch("harmony", "7.34.0"))
		res := h.profile(t, map[string]any{"desc": "why"})
		if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoNotSupported {
			t.Errorf("%s on harmony 7.34.0 answered %s %v", mode, res.Outcome, res.Fields)
		}
		if res := h.call(t, "Taro.canIUse", "getUserProfile"); res.Return != false {
			t.Errorf("%s on harmony 7.34.0: Taro.canIUse(getUserProfile) = %v", mode, res.Return)
		}
	}
}

func TestTTGetUserProfileDoesNotExist(t *testing.T) {
	for _, patches := range [][]string{nil, {gadget}, {notStrict, consentAllow}} {
		h := newHarness(t, patches...)
		res := h.Invoke("tt.getUserProfile", payloadOf(t, map[string]any{"desc": "why"}))
		if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoNotSupported {
			t.Errorf("tt.getUserProfile on %q answered %s %v", patches, res.Outcome, res.Fields)
		}
		if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 {
			t.Errorf("tt.getUserProfile opened the popup")
		}
		if _, ok := Lookup("tt.getUserProfile"); ok {
			t.Errorf("tt.getUserProfile is registered")
		}
	}
}
