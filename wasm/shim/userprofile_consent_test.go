// Tests of the consent around Taro.getUserProfile: the user-tap rule and
// the manifest flag that makes the loader send it, consent configured as
// allow, deny or ask, and an answer given after the signed-in user
// changed.

package shim

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

func TestGetUserProfileTapRule(t *testing.T) {
	const notTapped = "can only be invoked by user TAP gesture."
	tests := []struct {
		name     string
		patches  []string
		payload  string
		outcome  Outcome
		tapError bool
	}{
		{"not tapped", nil, `{"g":false,"a":{"desc":"why"}}`, OutcomeFail, true},
		{"not tapped, consent allowed", []string{consentAllow}, `{"g":false,"a":{"desc":"why"}}`, OutcomeFail, true},
		{"not tapped, consent denied", []string{`{"consent":"deny"}`}, `{"g":false,"a":{"desc":"why"}}`, OutcomeFail, true},
		{"not tapped, gadget", []string{gadget, consentAllow}, `{"g":false,"a":{"desc":"why"}}`, OutcomeFail, true},
		{"tapped", nil, `{"g":true,"a":{"desc":"why"}}`, OutcomePending, false},
		{"tapped, allowed", []string{consentAllow}, `{"g":true,"a":{"desc":"why"}}`, OutcomeOK, false},
		{"no word from the browser", []string{consentAllow}, `{"a":{"desc":"why"}}`, OutcomeOK, false},
		{"not tapped, requireTap off", []string{`{"requireTap":false}`, consentAllow}, `{"g":false,"a":{"desc":"why"}}`, OutcomeOK, false},
		{"not tapped, requireTap off, ask", []string{`{"requireTap":false}`}, `{"g":false,"a":{"desc":"why"}}`, OutcomePending, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			res := h.Invoke("Taro.getUserProfile", []byte(tt.payload))
			if tt.tapError {
				wantFail(t, res, "getUserProfile", ErrnoCallProhibited, notTapped)
				if res.Fields["errMsg"] != "getUserProfile:fail can only be invoked by user TAP gesture." {
					t.Errorf("errMsg %q", res.Fields["errMsg"])
				}
				if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 {
					t.Errorf("a call outside a tap opened the popup")
				}
				if calls := h.Calls(""); len(calls) != 1 || calls[0].Outcome != OutcomeFail || calls[0].Dialog != nil {
					t.Errorf("logged %+v", calls)
				}
				return
			}
			if res.Outcome != tt.outcome {
				t.Fatalf("answered %s %v, want %s", res.Outcome, res.Fields, tt.outcome)
			}
		})
	}
	// Parameters are checked before the tap rule.
	h0 := newHarness(t)
	wantFail(t, h0.Invoke("Taro.getUserProfile", []byte(`{"g":false,"a":{"desc":""}}`)), "getUserProfile",
		ErrnoInvalidParam, "desc length does not meet the requirements")
	wantFail(t, h0.Invoke("Taro.getUserProfile", []byte(`{"g":false,"a":{}}`)), "getUserProfile",
		ErrnoInvalidParam, "parameter error: parameter.desc should be String instead of Undefined")
	wantFail(t, h0.Invoke("Taro.getUserProfile", []byte(`{"g":false,"a":{"desc":"why","lang":"fr"}}`)), "getUserProfile",
		ErrnoInvalidParam, `parameter error: parameter.lang should be one of "en", "zh_CN", "zh_TW" instead of "fr"`)

	// The tap rule can be switched off at run time, and back on.
	h := newHarness(t, consentAllow)
	if err := h.Configure([]byte(`{"requireTap":false}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.Invoke("Taro.getUserProfile", []byte(`{"g":false,"a":{"desc":"why"}}`)), "getUserProfile")
	h.Configure([]byte(`{"requireTap":true}`))
	wantFail(t, h.Invoke("Taro.getUserProfile", []byte(`{"g":false,"a":{"desc":"why"}}`)), "getUserProfile",
		ErrnoCallProhibited, notTapped)
}

// The loader only sends the tap flag for APIs the manifest marks.
func TestGetUserProfileManifestAsksForTheTap(t *testing.T) {
	var entries []map[string]any
	if err := json.Unmarshal(Manifest(), &entries); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range entries {
		if e["ns"] == "Taro" && e["name"] == "getUserProfile" {
			found = true
			if e["kind"] != "taro" || e["tap"] != true {
				t.Errorf("manifest entry %v, want kind taro with tap", e)
			}
		}
	}
	if !found {
		t.Errorf("Taro.getUserProfile is not in the manifest")
	}
}

func TestGetUserProfileConsentConfigured(t *testing.T) {
	t.Run("allow", func(t *testing.T) {
		h := newHarness(t, consentAllow)
		delivered := h.recordDeliveries()
		res := h.profile(t, map[string]any{"desc": "why"})
		verifyProfile(t, res, h.Session().SessionKey, h.Config().App.AppID, testEpoch)
		entries := h.loggedJSON(t, "getUserProfile")
		if len(entries) != 1 || entries[0]["outcome"] != "ok" || !reflect.DeepEqual(entries[0]["result"], bridged(t, res.Fields)) {
			t.Errorf("logged %v", entries)
		}
		wantDialog := map[string]any{"kind": "consent", "answer": "allow", "answeredBy": "configuration"}
		if !reflect.DeepEqual(entries[0]["dialog"], wantDialog) {
			t.Errorf("logged dialog %v, want %v", entries[0]["dialog"], wantDialog)
		}
		if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 || len(*delivered) != 0 {
			t.Errorf("shown %v, open %v, delivered %v", h.ui.dialogs, h.Dialogs(), *delivered)
		}
	})
	t.Run("deny", func(t *testing.T) {
		h := newHarness(t, `{"consent":"deny"}`)
		delivered := h.recordDeliveries()
		res := h.profile(t, map[string]any{"desc": "why"})
		wantFail(t, res, "getUserProfile", ErrnoUserPermission, "auth deny")
		if res.Fields["errMsg"] != "getUserProfile:fail auth deny" {
			t.Errorf("errMsg %q", res.Fields["errMsg"])
		}
		entries := h.loggedJSON(t, "getUserProfile")
		wantDialog := map[string]any{"kind": "consent", "answer": "deny", "answeredBy": "configuration"}
		if len(entries) != 1 || entries[0]["outcome"] != "fail" || !reflect.DeepEqual(entries[0]["dialog"], wantDialog) {
			t.Errorf("logged %v", entries)
		}
		if len(h.ui.dialogs) != 0 || len(*delivered) != 0 {
			t.Errorf("shown %v, delivered %v", h.ui.dialogs, *delivered)
		}
	})
	t.Run("ask, then allow", func(t *testing.T) {
		h := newHarness(t, `{"consent":"ask"}`)
		delivered := h.recordDeliveries()
		id := h.askProfile(t, "why")
		h.clock.Advance(7 * time.Second)
		if err := h.ui.reply(Answer{Choice: ConsentAllow}); err != nil {
			t.Fatal(err)
		}
		if len(*delivered) != 1 || (*delivered)[0].id != id {
			t.Fatalf("delivered %+v", *delivered)
		}
		verifyProfile(t, (*delivered)[0].res, h.Session().SessionKey, h.Config().App.AppID, testEpoch.Add(7*time.Second))
	})
	t.Run("ask, then deny", func(t *testing.T) {
		h := newHarness(t)
		delivered := h.recordDeliveries()
		h.askProfile(t, "why")
		if err := h.ui.reply(Answer{Choice: ConsentDeny}); err != nil {
			t.Fatal(err)
		}
		wantFail(t, (*delivered)[0].res, "getUserProfile", ErrnoUserPermission, "auth deny")
	})
	t.Run("switched at run time", func(t *testing.T) {
		h := newHarness(t)
		h.askProfile(t, "why")
		h.Configure([]byte(`{"consent":"deny"}`))
		wantFail(t, h.profile(t, map[string]any{"desc": "why"}), "getUserProfile", ErrnoUserPermission, "auth deny")
		h.Configure([]byte(consentAllow))
		wantOK(t, h.profile(t, map[string]any{"desc": "why"}), "getUserProfile")
		if len(h.Dialogs()) != 1 {
			t.Errorf("the popup opened before the switch should stay open: %v", h.Dialogs())
		}
	})
}

func TestGetUserProfileAnswersForWhoeverIsSignedInThen(t *testing.T) {
	h := newHarness(t, `{"client":{"language":"en_US"}}`)
	delivered := h.recordDeliveries()
	h.askProfile(t, "why")
	oldKey := h.Session().SessionKey
	liNa := DefaultTenant()[1]
	if err := h.Configure([]byte(`{"currentUser":"` + liNa.OpenID + `"}`)); err != nil {
		t.Fatal(err)
	}
	newKey := h.Session().SessionKey
	if newKey == oldKey {
		t.Fatal("switching user kept the session")
	}
	h.clock.Advance(time.Minute)
	if err := h.AnswerOldest(Answer{Choice: ConsentAllow}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	res := (*delivered)[0].res
	info := verifyProfile(t, res, newKey, h.Config().App.AppID, testEpoch.Add(time.Minute))
	if info["nickName"] != "Li Na" || info["gender"] != float64(2) || info["city"] != "Beijing" || info["avatarUrl"] != liNa.Avatar {
		t.Errorf("userInfo %v, want Li Na's", info)
	}
	if res.Fields["signature"] == SignRawData(res.Fields["rawData"].(string), oldKey) {
		t.Errorf("signed with the session from before the switch")
	}
}
