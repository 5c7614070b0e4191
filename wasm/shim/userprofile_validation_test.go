// Tests of Taro.getUserProfile's parameter checks: desc's type and length
// (counted as JS counts it) and lang.

package shim

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

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
