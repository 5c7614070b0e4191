package openplatform

import (
	"net/http/httptest"
	"testing"
)

func TestLanguageOf(t *testing.T) {
	for tag, want := range map[string]string{
		"zh": "zh_CN", "zh-TW": "zh_CN", "zh_CN": "zh_CN", " EN-gb ": "en_US", "en": "en_US", "ja-JP": "ja_JP",
		"fr": "", "": "", "*": "",
	} {
		if got := languageOf(tag); got != want {
			t.Errorf("languageOf(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestPageLanguage(t *testing.T) {
	for _, tc := range []struct{ target, acceptLanguage, client, want string }{
		{"/?lang=ja_JP", "en", "zh_CN", "ja_JP"},
		{"/?lang=xx", "de;q=1, ja;q=0.8", "zh_CN", "ja_JP"},
		{"/", "", "en_US", "en_US"},
		{"/", "de", "", "zh_CN"},
	} {
		r := httptest.NewRequest("GET", tc.target, nil)
		r.Header.Set("Accept-Language", tc.acceptLanguage)
		if got := pageLanguage(r, tc.client); got != tc.want {
			t.Errorf("%s, Accept-Language %q, client %q: %s, want %s", tc.target, tc.acceptLanguage, tc.client, got, tc.want)
		}
	}
}

func TestEveryLanguageHasEveryText(t *testing.T) {
	for language, text := range pageTexts {
		if text.language != language || text.HTMLLang == "" || text.Title == "" || text.Heading == "" || text.Choose == "" ||
			text.Accounts == "" || text.Scopes == "" || text.Deny == "" || text.Note == "" || text.ErrorTitle == "" || text.ErrorCode == "" {
			t.Errorf("%s: %+v", language, text)
		}
	}
}
