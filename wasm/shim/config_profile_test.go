// Tests of the configuration behind profiles and popups: the consent,
// requireTap and per-user profile keys, the app's avatar, and how I18n
// names and Place names pick a language.

package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestDefaultConfigProfileKeys(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.Consent != ConsentAsk || !cfg.RequireTap || cfg.App.Avatar != "" {
		t.Errorf("defaults: consent %q, requireTap %v, app.avatar %q", cfg.Consent, cfg.RequireTap, cfg.App.Avatar)
	}
	var m map[string]any
	if err := json.Unmarshal(cfg.JSON(), &m); err != nil {
		t.Fatal(err)
	}
	if m["consent"] != "ask" || m["requireTap"] != true {
		t.Errorf("config() consent %v, requireTap %v", m["consent"], m["requireTap"])
	}
	if app := m["app"].(map[string]any); app["avatar"] != "" {
		t.Errorf("config().app.avatar = %#v", app["avatar"])
	}
	me := m["users"].([]any)[0].(map[string]any)
	want := map[string]any{
		"gender":   "male",
		"country":  map[string]any{"en": "China", "zh_CN": "中国", "zh_TW": "中國"},
		"province": map[string]any{"en": "Guangdong", "zh_CN": "广东", "zh_TW": "廣東"},
		"city":     map[string]any{"en": "Guangzhou", "zh_CN": "广州", "zh_TW": "廣州"},
	}
	for k, v := range want {
		if !reflect.DeepEqual(me[k], v) {
			t.Errorf("config().users[0].%s = %v, want %v", k, me[k], v)
		}
	}
	// What config() gives back configures the same client.
	patched := mustParse(t, `{"consent":"allow","requireTap":false,"app":{"avatar":"https://example.cn/a.png"},`+
		`"users":[{"name":{"en_us":"A"},"gender":"female","city":{"en":"Osaka"}}]}`)
	again, err := ParseConfig(patched.JSON())
	if err != nil || !reflect.DeepEqual(again, patched) {
		t.Errorf("round trip: %v\n%+v\n%+v", err, patched, again)
	}
}

func TestAppAvatarURL(t *testing.T) {
	configured := App{AppID: "cli_x", AppName: "Expense Helper", Avatar: "https://example.cn/app.png"}
	if got := configured.AvatarURL(); got != "https://example.cn/app.png" {
		t.Errorf("a configured avatar: %q", got)
	}
	drawn := App{AppID: "cli_x", AppName: "Expense Helper"}
	got := drawn.AvatarURL()
	if !strings.HasPrefix(got, "data:image/svg+xml;base64,") {
		t.Fatalf("no avatar configured: %q, want an SVG data: URI", got)
	}
	if again := drawn.AvatarURL(); again != got {
		t.Errorf("the drawn avatar changes between calls")
	}
	if other := (App{AppID: "cli_y", AppName: "Travel Desk"}).AvatarURL(); other == got {
		t.Errorf("two apps share a drawn avatar")
	}
	if def := DefaultConfig().App.AvatarURL(); !strings.HasPrefix(def, "data:image/svg+xml;base64,") {
		t.Errorf("the default app's avatar: %q", def)
	}
	// Configuring it is what the consent popup then shows.
	cfg := mustParse(t, `{"app":{"avatar":"https://example.cn/icon.svg"}}`)
	if cfg.App.AvatarURL() != "https://example.cn/icon.svg" {
		t.Errorf("configured app.avatar: %q", cfg.App.AvatarURL())
	}
}

// A text is in the client's language, or else in English, Chinese or
// Japanese, the first it has.
func TestI18nIn(t *testing.T) {
	all := I18n{ZhCN: "张伟", EnUS: "Zhang Wei", JaJP: "チョウ・イ"}
	tests := []struct {
		text     I18n
		language string
		want     string
	}{
		{all, "zh_CN", "张伟"},
		{all, "en_US", "Zhang Wei"},
		{all, "ja_JP", "チョウ・イ"},
		{all, "fr_FR", "Zhang Wei"},
		{I18n{ZhCN: "张伟", EnUS: "Zhang Wei"}, "ja_JP", "Zhang Wei"},
		{I18n{ZhCN: "张伟"}, "ja_JP", "张伟"},
		{I18n{JaJP: "チョウ・イ"}, "en_US", "チョウ・イ"},
		{I18n{JaJP: "チョウ・イ"}, "zh_CN", "チョウ・イ"},
		{I18n{EnUS: "Zhang Wei", JaJP: "チョウ・イ"}, "zh_CN", "Zhang Wei"},
		{I18n{ZhCN: "张伟", JaJP: "チョウ・イ"}, "en_US", "张伟"},
		{I18n{ZhCN: "张伟", JaJP: "チョウ・イ"}, "fr_FR", "张伟"},
		{I18n{}, "zh_CN", ""},
	}
	for _, tt := range tests {
		if got := tt.text.In(tt.language); got != tt.want {
			t.Errorf("%+v.In(%s) = %q, want %q", tt.text, tt.language, got, tt.want)
		}
	}
}

func TestPlaceIn(t *testing.T) {
	all := Place{En: "Guangzhou", ZhCN: "广州", ZhTW: "廣州"}
	tests := []struct {
		place Place
		lang  string
		want  string
	}{
		{all, "en", "Guangzhou"},
		{all, "zh_CN", "广州"},
		{all, "zh_TW", "廣州"},
		{all, "", "Guangzhou"},
		{Place{En: "Guangzhou"}, "zh_TW", "Guangzhou"},
		{Place{En: "Guangzhou"}, "zh_CN", "Guangzhou"},
		{Place{ZhCN: "广州"}, "zh_TW", "广州"},
		{Place{ZhTW: "廣州"}, "zh_CN", "廣州"},
		{Place{ZhCN: "广州", ZhTW: "廣州"}, "en", "广州"},
		{Place{ZhTW: "廣州"}, "en", "廣州"},
		{Place{}, "zh_CN", ""},
	}
	for _, tt := range tests {
		if got := tt.place.In(tt.lang); got != tt.want {
			t.Errorf("%+v.In(%q) = %q, want %q", tt.place, tt.lang, got, tt.want)
		}
	}
	t.Run("the other Chinese script before English", func(t *testing.T) {
		for _, tt := range []struct {
			place      Place
			lang, want string
		}{
			{Place{En: "Guangzhou", ZhTW: "廣州"}, "zh_CN", "廣州"},
			{Place{En: "Guangzhou", ZhCN: "广州"}, "zh_TW", "广州"},
			{Place{ZhCN: "广州"}, "en", "广州"},
		} {
			if got := tt.place.In(tt.lang); got != tt.want {
				t.Errorf("%+v.In(%q) = %q, want %q", tt.place, tt.lang, got, tt.want)
			}
		}
	})
}
