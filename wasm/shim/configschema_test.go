package shim

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestConfigSchemaErrors(t *testing.T) {
	tests := []struct{ patch, err string }{
		// Unknown keys, with their exact path.
		{`{"teleport":true}`, `unknown key "teleport"`},
		{`{"client":{"langauge":"en_US"}}`, `unknown key "client.langauge" (did you mean "client.language"?)`},
		{`{"modee":"gadget"}`, `unknown key "modee" (did you mean "mode"?)`},
		{`{"client":{"platfrom":"ios"}}`, `unknown key "client.platfrom" (did you mean "client.platform"?)`},
		{`{"app":{"domain":["example.cn"]}}`, `unknown key "app.domain" (did you mean "app.domains"?)`},
		{`{"users":[{"nmae":{"zh_cn":"甲"}}]}`, `unknown key "users[0].nmae" (did you mean "users[0].name"?)`},
		{`{"users":[{"name":{"zh_cn":"甲"}},{"name":{"zh_CN":"乙"}}]}`, `unknown key "users[1].name.zh_CN" (did you mean "users[1].name.zh_cn"?)`},
		{`{"users":[{"name":{"en_us":"A"},"department":{"fr_fr":"x"}}]}`, `unknown key "users[0].department.fr_fr"`},
		{`{"zeta":1,"alpha":2}`, `unknown key "alpha"`}, // the first in key order, every time
		// Wrong types.
		{`{"client":{"version":7.35}}`, `"client.version" should be a version string like "7.35.0", got number`},
		{`{"client":{"version":null}}`, `"client.version" should be a version string like "7.35.0", got null`},
		{`{"client":"pc"}`, `"client" should be an object, got string`},
		{`{"client":null}`, `"client" should be an object, got null`},
		{`{"client":["pc"]}`, `"client" should be an object, got array`},
		{`{"client":{"@@js":"Function"}}`, `"client" should be an object, got function`},
		{`{"strict":"yes"}`, `"strict" should be true or false, got string`},
		{`{"acceptAnySignature":1}`, `"acceptAnySignature" should be true or false, got number`},
		{`{"force":null}`, `"force" should be true or false, got null`},
		{`{"currentUser":5}`, `"currentUser" should be a string, got number`},
		{`{"app":{"appId":true}}`, `"app.appId" should be a string, got boolean`},
		{`{"app":{"domains":"example.cn"}}`, `"app.domains" should be an array, got string`},
		{`{"app":{"domains":["a.example",1]}}`, `"app.domains[1]" should be a string, got number`},
		{`{"users":{}}`, `"users" should be an array, got object`},
		{`{"users":[5]}`, `"users[0]" should be an object, got number`},
		{`{"users":[{"name":{"en_us":"A"},"external":"no"}]}`, `"users[0].external" should be true or false, got string`},
		{`{"users":[{"name":"A"}]}`, `"users[0].name" should be an object, got string`},
		{`{"users":[{"name":{"en_us":["A"]}}]}`, `"users[0].name.en_us" should be a string, got array`},
		// Enumerations.
		{`{"mode":"miniapp"}`, `"mode" should be one of "webapp", "gadget", got "miniapp"`},
		{`{"mode":"Gadget"}`, `"mode" should be one of "webapp", "gadget", got "Gadget"`},
		{`{"client":{"platform":"windows"}}`, `"client.platform" should be one of "pc", "ios", "android", "harmony", got "windows"`},
		{`{"client":{"language":"zh_cn"}}`, `"client.language" should be one of "zh_CN", "en_US", "ja_JP", got "zh_cn"`},
		{`{"client":{"os":"macos"}}`, `"client.os" should be one of "windows", "mac", got "macos"`},
		// Version format.
		{`{"client":{"version":"seven"}}`, `"client.version" should be a version like "7.35.0", got "seven"`},
		{`{"client":{"version":""}}`, `"client.version" should be a version like "7.35.0", got ""`},
		{`{"client":{"version":"V"}}`, `"client.version" should be a version like "7.35.0", got "V"`},
		{`{"client":{"version":"7..0"}}`, `"client.version" should be a version like "7.35.0", got "7..0"`},
		{`{"client":{"version":"7.35.0."}}`, `"client.version" should be a version like "7.35.0", got "7.35.0."`},
		{`{"client":{"version":"7.35.0-beta"}}`, `"client.version" should be a version like "7.35.0", got "7.35.0-beta"`},
		{`{"client":{"version":" 7.35.0"}}`, `"client.version" should be a version like "7.35.0", got " 7.35.0"`},
		{`{"client":{"version":"+7.35.0"}}`, `"client.version" should be a version like "7.35.0", got "+7.35.0"`},
		{`{"client":{"version":"7.-0.0"}}`, `"client.version" should be a version like "7.35.0", got "7.-0.0"`},
	}
	for _, tt := range tests {
		t.Run(tt.patch, func(t *testing.T) {
			_, err := parse(t, tt.patch)
			if err == nil || err.Error() != tt.err {
				t.Fatalf("error %v,\nwant      %s", err, tt.err)
			}
		})
	}
}

func TestConfigSchemaAccepts(t *testing.T) {
	tests := []struct{ patch, version string }{
		{`{"client":{"version":"7.35.0"}}`, "7.35.0"},
		{`{"client":{"version":"V7.35.0"}}`, "V7.35.0"},
		{`{"client":{"version":"7.35"}}`, "7.35"},
		{`{"client":{"version":"7"}}`, "7"},
		{`{"client":{"version":"10.0.0.1"}}`, "10.0.0.1"},
		{`{"mode":"gadget","client":{"platform":"harmony","language":"ja_JP"},"strict":false,"acceptAnySignature":true,"force":true,` +
			`"app":{"appId":"cli_x","appName":"X","jsapiTicket":"t","domains":["example.cn"]}}`, DefaultVersion},
	}
	for _, tt := range tests {
		cfg, err := parse(t, tt.patch)
		if err != nil || cfg.Client.Version != tt.version {
			t.Errorf("ParseConfig(%s): version %q, %v", tt.patch, cfg.Client.Version, err)
		}
	}
}

func TestConfigSchemaProfileKeys(t *testing.T) {
	errs := []struct{ patch, err string }{
		{`{"consent":"yes"}`, `"consent" should be one of "ask", "allow", "deny", got "yes"`},
		{`{"consent":"Allow"}`, `"consent" should be one of "ask", "allow", "deny", got "Allow"`},
		{`{"consent":""}`, `"consent" should be one of "ask", "allow", "deny", got ""`},
		{`{"consent":true}`, `"consent" should be a string, got boolean`},
		{`{"consent":null}`, `"consent" should be a string, got null`},
		{`{"requireTap":"no"}`, `"requireTap" should be true or false, got string`},
		{`{"requireTap":0}`, `"requireTap" should be true or false, got number`},
		{`{"requiretap":false}`, `unknown key "requiretap" (did you mean "requireTap"?)`},
		{`{"app":{"avatar":5}}`, `"app.avatar" should be a string, got number`},
		{`{"app":{"avatar":{"url":"x"}}}`, `"app.avatar" should be a string, got object`},
		{`{"users":[{"name":{"en_us":"A"},"gender":"other"}]}`, `"users[0].gender" should be one of "male", "female", "", got "other"`},
		{`{"users":[{"name":{"en_us":"A"},"gender":"Male"}]}`, `"users[0].gender" should be one of "male", "female", "", got "Male"`},
		{`{"users":[{"name":{"en_us":"A"},"gender":1}]}`, `"users[0].gender" should be a string, got number`},
		{`{"users":[{"name":{"en_us":"A"},"country":"China"}]}`, `"users[0].country" should be an object, got string`},
		{`{"users":[{"name":{"en_us":"A"},"province":null}]}`, `"users[0].province" should be an object, got null`},
		{`{"users":[{"name":{"en_us":"A"},"city":{"zh_cn":"广州"}}]}`, `unknown key "users[0].city.zh_cn" (did you mean "users[0].city.zh_CN"?)`},
		{`{"users":[{"name":{"en_us":"A"},"city":{"en_us":"Guangzhou"}}]}`, `unknown key "users[0].city.en_us"`},
		{`{"users":[{"name":{"en_us":"A"}},{"name":{"en_us":"B"},"country":{"zh_TW":["中國"]}}]}`, `"users[1].country.zh_TW" should be a string, got array`},
		{`{"users":[{"name":{"en_us":"A"},"province":{"en":1}}]}`, `"users[0].province.en" should be a string, got number`},
	}
	for _, tt := range errs {
		t.Run(tt.patch, func(t *testing.T) {
			_, err := parse(t, tt.patch)
			if err == nil || err.Error() != tt.err {
				t.Fatalf("error %v,\nwant      %s", err, tt.err)
			}
		})
	}
	cfg, err := parse(t, `{"consent":"deny","requireTap":false,"app":{"avatar":"https://example.cn/app.png"},`+
		`"users":[{"name":{"en_us":"A"},"gender":"female","country":{"en":"China","zh_CN":"中国","zh_TW":"中國"},`+
		`"province":{"en":"Guangdong"},"city":{"zh_TW":"廣州"}},{"name":{"en_us":"B"},"gender":""}]}`)
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Users[0]
	if cfg.Consent != ConsentDeny || cfg.RequireTap || cfg.App.Avatar != "https://example.cn/app.png" || a.Gender != "female" ||
		a.Country != (Place{En: "China", ZhCN: "中国", ZhTW: "中國"}) || a.Province != (Place{En: "Guangdong"}) ||
		a.City != (Place{ZhTW: "廣州"}) || cfg.Users[1].Gender != "" || cfg.Users[1].Country != (Place{}) {
		t.Errorf("parsed %+v %+v %+v", cfg.Consent, cfg.App, cfg.Users)
	}
	for _, consent := range []string{"ask", "allow", "deny"} {
		if cfg, err := parse(t, `{"consent":"`+consent+`"}`); err != nil || cfg.Consent != consent {
			t.Errorf("consent %q: %q, %v", consent, cfg.Consent, err)
		}
	}
}

// Avatars are shown as images: only http(s), data:image/ and relative
// URLs, read as a browser reads them.
func TestConfigSchemaAvatarURLs(t *testing.T) {
	refused := []string{
		"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "\x01javascript:alert(1)",
		"java\tscript:alert(1)", "java\nscript:alert(1)", "jav\rascript:alert(1)", "vbscript:msgbox(1)",
		"data:text/html,<script>alert(1)</script>", "data:,x", "DATA:text/html;base64,PHNjcmlwdD4=",
		"file:///etc/passwd", "blob:https://example.cn/1", "ftp://example.cn/a.png", "c:/avatars/a.png",
	}
	for _, url := range refused {
		for _, patch := range []map[string]any{
			{"app": map[string]any{"avatar": url}},
			{"users": []any{map[string]any{"name": map[string]any{"en_us": "A"}}, map[string]any{"name": map[string]any{"en_us": "B"}, "avatar": url}}},
		} {
			raw, _ := json.Marshal(patch)
			_, err := ParseConfig(raw)
			path := "app.avatar"
			if patch["users"] != nil {
				path = "users[1].avatar"
			}
			want := fmt.Sprintf("%q should be an http(s) URL, a data:image/ URI or a relative URL, got %q", path, url)
			if err == nil || err.Error() != want {
				t.Errorf("%s: %v, want %s", raw, err, want)
			}
		}
	}
	accepted := []string{
		"", "https://example.cn/a.png", "HTTP://example.cn/a.png", " https://example.cn/a.png ",
		"data:image/png;base64,iVBORw0KGgo=", "Data:Image/svg+xml,<svg onload=alert(1)/>",
		"/avatars/a.png", "avatars/a.png", "//cdn.example.cn/a.png", "a.png?x=y:z", "#x:y", `"><svg onload=alert(1)>`,
	}
	for _, url := range accepted {
		raw, _ := json.Marshal(map[string]any{"app": map[string]any{"avatar": url}, "users": []any{map[string]any{"name": map[string]any{"en_us": "A"}, "avatar": url}}})
		if _, err := ParseConfig(raw); err != nil {
			t.Errorf("%q refused: %v", url, err)
		}
	}
}
