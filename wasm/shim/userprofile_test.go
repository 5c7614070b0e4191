package shim

import (
	"encoding/base64"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// consentAllow answers the popup from the configuration, so a call
// answers at once.
const consentAllow = `{"consent":"allow"}`

func (h *harness) profile(t *testing.T, option map[string]any) Result {
	t.Helper()
	return h.call(t, "Taro.getUserProfile", option)
}

// userInfoOf is the success object's userInfo as the page reads it.
func userInfoOf(t *testing.T, res Result) map[string]any {
	t.Helper()
	info, ok := bridged(t, res.Fields["userInfo"]).(map[string]any)
	if !ok {
		t.Fatalf("userInfo is %#v", res.Fields["userInfo"])
	}
	return info
}

// verifyProfile checks the success object the way an app's backend does,
// with the session_key it holds: rawData is userInfo, the signature covers
// rawData, and encryptedData opens to userInfo plus the watermark.
func verifyProfile(t *testing.T, res Result, sessionKey, appID string, at time.Time) map[string]any {
	t.Helper()
	wantOK(t, res, "getUserProfile")
	keys := []string{}
	for k := range res.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"cloudID", "encryptedData", "errMsg", "iv", "rawData", "signature", "userInfo"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("success fields %v, want %v", keys, want)
	}
	info := userInfoOf(t, res)
	rawData, _ := res.Fields["rawData"].(string)
	var raw map[string]any
	if err := json.Unmarshal([]byte(rawData), &raw); err != nil || !reflect.DeepEqual(raw, info) {
		t.Errorf("rawData %s is not userInfo %v (%v)", rawData, info, err)
	}
	if sig := res.Fields["signature"]; sig != SignRawData(rawData, sessionKey) {
		t.Errorf("signature %v does not verify with session_key %s", sig, sessionKey)
	}
	ivText, _ := res.Fields["iv"].(string)
	if iv, err := base64.StdEncoding.DecodeString(ivText); err != nil || len(iv) != 16 {
		t.Errorf("iv %q is not 16 bytes in base64", ivText)
	}
	encrypted, _ := res.Fields["encryptedData"].(string)
	plaintext, err := DecryptUserData(encrypted, sessionKey, ivText)
	if err != nil {
		t.Fatalf("encryptedData does not open with session_key and iv: %v", err)
	}
	var opened map[string]any
	if err := json.Unmarshal(plaintext, &opened); err != nil {
		t.Fatalf("encryptedData opens to %q: %v", plaintext, err)
	}
	want := map[string]any{"watermark": map[string]any{"timestamp": float64(at.Unix()), "appid": appID}}
	for k, v := range info {
		want[k] = v
	}
	if !reflect.DeepEqual(opened, want) {
		t.Errorf("encryptedData opens to %v,\nwant %v", opened, want)
	}
	// The plaintext is rawData's object with the watermark last.
	wantText := strings.TrimSuffix(rawData, "}") + `,"watermark":{"timestamp":` + strconv.FormatInt(at.Unix(), 10) +
		`,"appid":"` + appID + `"}}`
	if string(plaintext) != wantText {
		t.Errorf("plaintext %s,\nwant      %s", plaintext, wantText)
	}
	if cloudID, _ := res.Fields["cloudID"].(string); cloudID == "" {
		t.Errorf("no cloudID: %v", res.Fields["cloudID"])
	}
	return info
}

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

func TestGetUserProfileDescType(t *testing.T) {
	tests := []struct {
		name   string
		option map[string]any
		kind   string
	}{
		{"missing", map[string]any{}, "Undefined"},
		{"missing with lang", map[string]any{"lang": "zh_CN"}, "Undefined"},
		{"number", map[string]any{"desc": 30}, "Number"},
		{"null", map[string]any{"desc": nil}, "Null"},
		{"array", map[string]any{"desc": []string{"why"}}, "Array"},
		{"object", map[string]any{"desc": map[string]any{"text": "why"}}, "Object"},
		{"boolean", map[string]any{"desc": true}, "Boolean"},
		{"function", map[string]any{"desc": map[string]any{"@@js": "Function"}}, "Function"},
	}
	for _, consent := range []string{ConsentAsk, ConsentAllow} {
		for _, tt := range tests {
			t.Run(consent+" "+tt.name, func(t *testing.T) {
				h := newHarness(t, `{"consent":"`+consent+`"}`)
				res := h.profile(t, tt.option)
				wantFail(t, res, "getUserProfile", ErrnoInvalidParam,
					"parameter error: parameter.desc should be String instead of "+tt.kind)
				if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 {
					t.Errorf("a bad call opened the popup")
				}
			})
		}
	}
	h := newHarness(t, consentAllow)
	wantFail(t, h.Invoke("Taro.getUserProfile", []byte(`{}`)), "getUserProfile", ErrnoInvalidParam,
		"parameter error: parameter.desc should be String instead of Undefined")
	wantFail(t, h.Invoke("Taro.getUserProfile", []byte(`{"a":5}`)), "getUserProfile", ErrnoInvalidParam,
		"parameter error: parameter should be Object instead of Number")
	wantFail(t, h.Invoke("Taro.getUserProfile", []byte(`{"a":"why"}`)), "getUserProfile", ErrnoInvalidParam,
		"parameter error: parameter should be Object instead of String")
}

func TestGetUserProfileDescLength(t *testing.T) {
	const emoji = "😀" // two UTF-16 code units, as JS's .length counts
	tests := []struct {
		name string
		desc string
		ok   bool
	}{
		{"empty", "", false},
		{"one character", "a", true},
		{"30 ASCII", strings.Repeat("a", 30), true},
		{"31 ASCII", strings.Repeat("a", 31), false},
		{"30 CJK", strings.Repeat("授", 30), true},
		{"31 CJK", strings.Repeat("授", 31), false},
		{"28 CJK and an emoji", strings.Repeat("授", 28) + emoji, true},
		{"29 CJK and an emoji: 30 characters, 31 code units", strings.Repeat("授", 29) + emoji, false},
		{"15 emoji", strings.Repeat(emoji, 15), true},
		{"16 emoji", strings.Repeat(emoji, 16), false},
		{"a combining accent counts", strings.Repeat("e\u0301", 15), true},
		{"a combining accent counts over", strings.Repeat("e\u0301", 15) + "!", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			res := h.profile(t, map[string]any{"desc": tt.desc})
			if !tt.ok {
				wantFail(t, res, "getUserProfile", ErrnoInvalidParam, "desc length does not meet the requirements")
				if len(h.ui.dialogs) != 0 {
					t.Errorf("a bad desc opened the popup")
				}
				return
			}
			if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
				t.Fatalf("desc %q answered %s %v", tt.desc, res.Outcome, res.Fields)
			}
			if got := h.ui.dialogs[0].Consent.Desc; got != tt.desc {
				t.Errorf("the popup shows %q, want %q", got, tt.desc)
			}
		})
	}
}

func TestGetUserProfileLang(t *testing.T) {
	tests := []struct {
		lang                    any // nil: leave it out
		language                string
		country, province, city string
	}{
		{nil, "en", "China", "Guangdong", "Guangzhou"},
		{"en", "en", "China", "Guangdong", "Guangzhou"},
		{"zh_CN", "zh_CN", "中国", "广东", "广州"},
		{"zh_TW", "zh_TW", "中國", "廣東", "廣州"},
	}
	for _, client := range []string{"zh_CN", "en_US", "ja_JP"} {
		for _, tt := range tests {
			t.Run(client+" "+tt.language, func(t *testing.T) {
				h := newHarness(t, consentAllow, `{"client":{"language":"`+client+`"}}`)
				option := map[string]any{"desc": "why"}
				if tt.lang != nil {
					option["lang"] = tt.lang
				}
				info := verifyProfile(t, h.profile(t, option), h.Session().SessionKey, h.Config().App.AppID, testEpoch)
				// The nickname is in the client's language, whatever lang asks.
				nick := map[string]string{"zh_CN": "张伟", "en_US": "Zhang Wei", "ja_JP": "チョウ・イ"}[client]
				want := map[string]any{"nickName": nick, "gender": float64(1), "language": tt.language,
					"country": tt.country, "province": tt.province, "city": tt.city, "avatarUrl": DefaultTenant()[0].Avatar}
				if !reflect.DeepEqual(info, want) {
					t.Errorf("userInfo %v,\nwant %v", info, want)
				}
			})
		}
	}
}

func TestGetUserProfileBadLang(t *testing.T) {
	for _, lang := range []string{"fr", "zh_cn", "EN", "en_US", "zh-TW", "zh_HK"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t, consentAllow)
			res := h.profile(t, map[string]any{"desc": "why", "lang": lang})
			errString, _ := res.Fields["errString"].(string)
			if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam ||
				res.Fields["errMsg"] != "getUserProfile:fail "+errString ||
				!strings.HasPrefix(errString, "parameter error: parameter.lang ") ||
				!strings.Contains(errString, strconv.Quote(lang)) {
				t.Fatalf("lang %q answered %s %v", lang, res.Outcome, res.Fields)
			}
			for _, allowed := range []string{`"en"`, `"zh_CN"`, `"zh_TW"`} {
				if !strings.Contains(errString, allowed) {
					t.Errorf("the error does not offer %s: %s", allowed, errString)
				}
			}
		})
	}
	for kind, lang := range map[string]any{"Number": 1, "Boolean": true, "Array": []string{"en"}, "Object": map[string]any{}} {
		h := newHarness(t, consentAllow)
		wantFail(t, h.profile(t, map[string]any{"desc": "why", "lang": lang}), "getUserProfile", ErrnoInvalidParam,
			"parameter error: parameter.lang should be String instead of "+kind)
	}
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
