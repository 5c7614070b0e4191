// Tests of what a successful Taro.getUserProfile answers: userInfo and
// rawData in WeChat's key order, a fresh iv each call, the watermark,
// gender and region, configured users, and a signature and encryptedData
// that verify with the session_key an app's backend holds.

package shim

import (
	"reflect"
	"testing"
	"time"
)

func TestGetUserProfileSuccess(t *testing.T) {
	h := newHarness(t, consentAllow)
	res := h.profile(t, map[string]any{"desc": "Show your name on receipts"})
	me := DefaultTenant()[0]
	info := verifyProfile(t, res, h.Session().SessionKey, "cli_a1b2c3d4e5f60718", testEpoch)
	want := map[string]any{"nickName": "张伟", "gender": float64(1), "language": "en",
		"city": "Guangzhou", "province": "Guangdong", "country": "China", "avatarUrl": me.Avatar}
	if !reflect.DeepEqual(info, want) {
		t.Errorf("userInfo %v,\nwant %v", info, want)
	}
	// rawData keeps WeChat's key order, byte for byte.
	wantRaw := `{"nickName":"张伟","gender":1,"language":"en","city":"Guangzhou","province":"Guangdong","country":"China","avatarUrl":"` +
		me.Avatar + `"}`
	if res.Fields["rawData"] != wantRaw {
		t.Errorf("rawData %v,\nwant    %s", res.Fields["rawData"], wantRaw)
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a configured answer showed the popup")
	}
}

func TestGetUserProfileFreshIVEachCall(t *testing.T) {
	h := newHarness(t, consentAllow)
	first := h.profile(t, map[string]any{"desc": "why"})
	second := h.profile(t, map[string]any{"desc": "why"})
	key := h.Session().SessionKey
	verifyProfile(t, first, key, h.Config().App.AppID, testEpoch)
	verifyProfile(t, second, key, h.Config().App.AppID, testEpoch)
	if first.Fields["iv"] == second.Fields["iv"] || first.Fields["encryptedData"] == second.Fields["encryptedData"] {
		t.Errorf("two calls share iv %v / encryptedData", first.Fields["iv"])
	}
	if first.Fields["rawData"] != second.Fields["rawData"] || first.Fields["signature"] != second.Fields["signature"] {
		t.Errorf("the same user and session signed differently")
	}
}

func TestGetUserProfileWatermark(t *testing.T) {
	h := newHarness(t, consentAllow, `{"app":{"appId":"cli_watermark01"}}`)
	h.clock.Advance(90 * time.Minute)
	verifyProfile(t, h.profile(t, map[string]any{"desc": "why"}), h.Session().SessionKey, "cli_watermark01",
		testEpoch.Add(90*time.Minute))
}

func TestGetUserProfileGenderAndRegion(t *testing.T) {
	tenant := DefaultTenant()
	tests := []struct {
		user                    User
		gender                  float64
		country, province, city string
	}{
		{tenant[0], 1, "China", "Guangdong", "Guangzhou"}, // 张伟
		{tenant[1], 2, "China", "Beijing", "Beijing"},     // 李娜
		{tenant[7], 0, "", "", ""},                        // 黄晓明 shares neither
		{tenant[10], 2, "United States", "California", "San Francisco"},
	}
	for _, tt := range tests {
		t.Run(tt.user.Name.EnUS, func(t *testing.T) {
			h := newHarness(t, consentAllow, `{"currentUser":"`+tt.user.OpenID+`","client":{"language":"en_US"}}`)
			info := verifyProfile(t, h.profile(t, map[string]any{"desc": "why"}), h.Session().SessionKey,
				h.Config().App.AppID, testEpoch)
			want := map[string]any{"nickName": tt.user.Name.EnUS, "gender": tt.gender, "language": "en",
				"country": tt.country, "province": tt.province, "city": tt.city, "avatarUrl": tt.user.Avatar}
			if !reflect.DeepEqual(info, want) {
				t.Errorf("userInfo %v,\nwant %v", info, want)
			}
		})
	}
}

func TestGetUserProfileConfiguredUser(t *testing.T) {
	h := newHarness(t, consentAllow, `{"users":[{"name":{"en_us":"Ana <b>&</b> \"Bo\""},"avatar":"https://example.cn/a.png?x=1&y=2",`+
		`"gender":"female","country":{"en":"Taiwan"},"city":{"zh_TW":"臺北"}}]}`)
	res := h.profile(t, map[string]any{"desc": "why", "lang": "zh_CN"})
	info := verifyProfile(t, res, h.Session().SessionKey, h.Config().App.AppID, testEpoch)
	want := map[string]any{"nickName": `Ana <b>&</b> "Bo"`, "gender": float64(2), "language": "zh_CN",
		"country": "Taiwan", "province": "", "city": "臺北", "avatarUrl": "https://example.cn/a.png?x=1&y=2"}
	if !reflect.DeepEqual(info, want) {
		t.Errorf("userInfo %v,\nwant %v", info, want)
	}
	// rawData is written as JSON.stringify writes it: no HTML escaping.
	wantRaw := `{"nickName":"Ana <b>&</b> \"Bo\"","gender":2,"language":"zh_CN","city":"臺北","province":"",` +
		`"country":"Taiwan","avatarUrl":"https://example.cn/a.png?x=1&y=2"}`
	if res.Fields["rawData"] != wantRaw {
		t.Errorf("rawData %v,\nwant    %s", res.Fields["rawData"], wantRaw)
	}
}

// An app's backend gets the session_key by exchanging the login code (or
// from h5sdk.config), then checks the profile with it.
func TestGetUserProfileVerifiesWithTheBackendSession(t *testing.T) {
	t.Run("gadget", func(t *testing.T) {
		h := newHarness(t, gadget, consentAllow)
		code := h.requestAccess(t)
		res := h.profile(t, map[string]any{"desc": "why", "lang": "zh_CN"})
		session, err := h.ExchangeCode(code)
		if err != nil {
			t.Fatal(err)
		}
		verifyProfile(t, res, session.SessionKey, h.Config().App.AppID, testEpoch)
	})
	t.Run("web app", func(t *testing.T) {
		h := newHarness(t, consentAllow)
		config := h.call(t, "h5sdk.config", h.h5Option())
		key, _ := config.Fields["session_key"].(string)
		if config.Outcome != OutcomeOK || key == "" {
			t.Fatalf("h5sdk.config: %v", config.Fields)
		}
		verifyProfile(t, h.profile(t, map[string]any{"desc": "why"}), key, h.Config().App.AppID, testEpoch)
	})
}
