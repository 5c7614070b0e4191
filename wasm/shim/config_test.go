// Tests of parsing and patching the configuration: the defaults, merging
// patches, round trips through config(), users and currentUser, the
// client's OS, rejected patches and the keys config() gives back.

package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func parse(t *testing.T, patches ...string) (Config, error) {
	t.Helper()
	raw := make([][]byte, len(patches))
	for i, p := range patches {
		raw[i] = []byte(p)
	}
	return ParseConfig(raw...)
}

func mustParse(t *testing.T, patches ...string) Config {
	t.Helper()
	cfg, err := parse(t, patches...)
	if err != nil {
		t.Fatalf("ParseConfig(%q): %v", patches, err)
	}
	return cfg
}

func TestDefaultConfig(t *testing.T) {
	cfg := DefaultConfig()
	want := struct {
		mode, platform, os, version, language string
		appID, appName, ticket                string
		strict, acceptAny, force              bool
	}{ModeWebApp, PlatformPC, "windows", "7.45.0", "zh_CN",
		"cli_a1b2c3d4e5f60718", "ttshim Demo", "617bf955832a4d4d80d9d8d85917a427",
		true, false, false}
	got := want
	got.mode, got.platform, got.os, got.version, got.language = cfg.Mode, cfg.Client.Platform, cfg.Client.OS, cfg.Client.Version, cfg.Client.Language
	got.appID, got.appName, got.ticket = cfg.App.AppID, cfg.App.AppName, cfg.App.JsapiTicket
	got.strict, got.acceptAny, got.force = cfg.Strict, cfg.AcceptAnySignature, cfg.Force
	if got != want {
		t.Errorf("defaults %+v, want %+v", got, want)
	}
	if len(cfg.App.Domains) != 0 || !strings.Contains(string(cfg.JSON()), `"domains":[]`) {
		t.Errorf("default domains %v; JSON %s", cfg.App.Domains, cfg.JSON())
	}
	if len(cfg.Users) != 12 || !reflect.DeepEqual(cfg.Users, DefaultTenant()) {
		t.Errorf("default users are not the default tenant")
	}
	me := cfg.Me()
	if cfg.CurrentUser != cfg.Users[0].OpenID || me.Name.ZhCN != "张伟" || me.Name.EnUS != "Zhang Wei" {
		t.Errorf("default current user %q is %+v", cfg.CurrentUser, me.Name)
	}
	for name, patches := range map[string][]string{"no patch": nil, "empty object": {`{}`}, "empty bytes": {``}} {
		if got := mustParse(t, patches...); !reflect.DeepEqual(got, cfg) {
			t.Errorf("ParseConfig with %s differs from DefaultConfig", name)
		}
	}
}

func TestParseConfigMerges(t *testing.T) {
	cfg := mustParse(t,
		`{"client":{"language":"en_US"},"app":{"domains":["a.example","b.example"]}}`,
		`{"client":{"version":"6.8.0"},"app":{"domains":["c.example"]},"strict":false}`,
	)
	if cfg.Client.Language != "en_US" || cfg.Client.Version != "6.8.0" || cfg.Client.Platform != PlatformPC {
		t.Errorf("objects did not merge: %+v", cfg.Client)
	}
	if !reflect.DeepEqual(cfg.App.Domains, []string{"c.example"}) {
		t.Errorf("a later array should replace an earlier one: %v", cfg.App.Domains)
	}
	if cfg.App.AppID != DefaultConfig().App.AppID || cfg.Strict {
		t.Errorf("app %+v strict %v", cfg.App, cfg.Strict)
	}
	if got := mustParse(t, `{"mode":"gadget"}`, `{"mode":"webapp"}`); got.Mode != ModeWebApp {
		t.Errorf("the last patch should win, mode = %q", got.Mode)
	}
}

func TestConfigJSONRoundTrips(t *testing.T) {
	for _, patch := range []string{`{}`, `{"client":{"platform":"ios","language":"ja_JP"},"mode":"gadget"}`,
		`{"users":[{"name":{"en_us":"Ada Lovelace"}},{"openId":"ou_given","name":{"zh_cn":"甲"},"external":true}]}`} {
		cfg := mustParse(t, patch)
		again, err := ParseConfig(cfg.JSON())
		if err != nil || !reflect.DeepEqual(again, cfg) {
			t.Errorf("config() fed back to configure: %v\n%+v\n%+v", err, cfg, again)
		}
	}
}

func TestConfigUsers(t *testing.T) {
	t.Run("given users: the first is current", func(t *testing.T) {
		cfg := mustParse(t, `{"users":[{"name":{"en_us":"Ada Lovelace"}},{"openId":"ou_given","name":{"zh_cn":"甲"}}]}`)
		if len(cfg.Users) != 2 || cfg.CurrentUser != cfg.Users[0].OpenID || cfg.Me().Name.EnUS != "Ada Lovelace" {
			t.Fatalf("users %+v current %q", cfg.Users, cfg.CurrentUser)
		}
		ada, given := cfg.Users[0], cfg.Users[1]
		if !strings.HasPrefix(ada.OpenID, "ou_") || !strings.HasPrefix(ada.UnionID, "on_") || ada.UserID == "" ||
			!strings.HasPrefix(ada.Avatar, "data:image/svg+xml;base64,") {
			t.Errorf("derived IDs %+v", ada)
		}
		if given.OpenID != "ou_given" || !strings.HasPrefix(given.UnionID, "on_") {
			t.Errorf("a given openId must be kept: %+v", given)
		}
		if again := mustParse(t, `{"users":[{"name":{"en_us":"Ada Lovelace"}}]}`); again.Users[0] != ada {
			t.Errorf("derived IDs differ between loads: %+v vs %+v", again.Users[0], ada)
		}
	})
	t.Run("given users and currentUser", func(t *testing.T) {
		cfg := mustParse(t, `{"users":[{"openId":"ou_a","name":{"en_us":"A"}},{"openId":"ou_b","name":{"en_us":"B"}}],"currentUser":"ou_b"}`)
		if cfg.CurrentUser != "ou_b" || cfg.Me().Name.EnUS != "B" {
			t.Errorf("current user %q", cfg.CurrentUser)
		}
	})
	t.Run("currentUser from the default tenant", func(t *testing.T) {
		second := DefaultTenant()[1].OpenID
		if cfg := mustParse(t, `{"currentUser":"`+second+`"}`); cfg.Me().Name.ZhCN != "李娜" {
			t.Errorf("current user %+v", cfg.Me().Name)
		}
	})
	t.Run("users replaced later: current user follows", func(t *testing.T) {
		cfg := mustParse(t, `{"users":[{"openId":"ou_a","name":{"en_us":"A"}}]}`)
		if cfg.CurrentUser != "ou_a" {
			t.Errorf("current user %q", cfg.CurrentUser)
		}
	})
	errs := []struct{ patch, err string }{
		{`{"currentUser":"ou_nobody"}`, `"currentUser" "ou_nobody" is not an openId in "users"`},
		{`{"users":[{"openId":"ou_a","name":{"en_us":"A"}}],"currentUser":"` + DefaultTenant()[0].OpenID + `"}`,
			`"currentUser" "` + DefaultTenant()[0].OpenID + `" is not an openId in "users"`},
		{`{"users":[]}`, `"users" must hold at least one user`},
		{`{"users":[{"openId":"ou_a"}]}`, `"users[0].name" needs at least one of zh_cn, en_us, ja_jp`},
		{`{"users":[{"openId":"ou_a","name":{"en_us":"A"}},{"openId":"ou_a","name":{"en_us":"B"}}]}`,
			`"users[1].openId" "ou_a" appears twice`},
	}
	for _, tt := range errs {
		if _, err := parse(t, tt.patch); err == nil || err.Error() != tt.err {
			t.Errorf("ParseConfig(%s) error %v, want %s", tt.patch, err, tt.err)
		}
	}
}

func TestConfigClientOS(t *testing.T) {
	tests := []struct {
		patches []string
		os      string
		err     string
	}{
		{nil, "windows", ""},
		{[]string{`{"client":{"os":"mac"}}`}, "mac", ""},
		{[]string{`{"client":{"platform":"ios"}}`}, "", ""},
		{[]string{`{"client":{"platform":"android"}}`}, "", ""},
		{[]string{`{"client":{"platform":"harmony"}}`}, "", ""},
		{[]string{`{"client":{"platform":"ios"}}`, `{"client":{"platform":"pc"}}`}, "windows", ""},
		{[]string{`{"client":{"os":"mac"}}`, `{"client":{"language":"en_US"}}`}, "mac", ""},
		{[]string{`{"client":{"platform":"ios","os":"mac"}}`}, "", `"client.os" applies only to platform "pc", not "ios"`},
		{[]string{`{"client":{"platform":"harmony","os":"windows"}}`}, "", `"client.os" applies only to platform "pc", not "harmony"`},
		{[]string{`{"client":{"os":"linux"}}`}, "", `"client.os" should be one of "windows", "mac", got "linux"`},
	}
	for _, tt := range tests {
		cfg, err := parse(t, tt.patches...)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %s", tt.patches, err, tt.err)
			}
			continue
		}
		if err != nil || cfg.Client.OS != tt.os {
			t.Errorf("%q: os %q (%v), want %q", tt.patches, cfg.Client.OS, err, tt.os)
		}
	}
	// Moving a configured iPhone back to PC gives it an OS again.
	ios := mustParse(t, `{"client":{"platform":"ios"}}`)
	if pc, err := ApplyPatches(ios, []byte(`{"client":{"platform":"pc"}}`)); err != nil || pc.Client.OS != "windows" {
		t.Errorf("ios → pc: os %q (%v)", pc.Client.OS, err)
	}
	if _, err := ApplyPatches(ios, []byte(`{"client":{"os":"mac"}}`)); err == nil {
		t.Errorf("an OS on an iPhone was accepted")
	}
}

func TestParseConfigRejectsNonObjects(t *testing.T) {
	tests := []struct{ patch, err string }{
		{`[1]`, "configuration should be an object, got array"},
		{`"gadget"`, "configuration should be an object, got string"},
		{`null`, "configuration should be an object, got null"},
		{`7`, "configuration should be an object, got number"},
		{`{"mode":"gadget"`, "configuration is not valid JSON: "},
	}
	for _, tt := range tests {
		if _, err := parse(t, tt.patch); err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("ParseConfig(%s) error %v, want %s", tt.patch, err, tt.err)
		}
	}
}

func TestApplyPatchesLeavesBaseAlone(t *testing.T) {
	base := mustParse(t, `{"client":{"language":"en_US"},"app":{"domains":["a.example"]}}`)
	before := string(base.JSON())
	for _, bad := range []string{`{"client":{"language":"ja_JP","platfrom":"ios"}}`, `{"currentUser":"ou_nobody"}`,
		`{"users":[{"name":{"en_us":"A"}}],"client":{"version":"x"}}`, `{"app":{"domains":["b.example",1]}}`} {
		got, err := ApplyPatches(base, []byte(`{"strict":false}`), []byte(bad))
		if err == nil {
			t.Errorf("ApplyPatches(%s) succeeded", bad)
		}
		if !reflect.DeepEqual(got, Config{}) {
			t.Errorf("a failed ApplyPatches returned a configuration: %+v", got)
		}
		if after := string(base.JSON()); after != before {
			t.Errorf("a failed ApplyPatches changed its base:\n%s\n%s", before, after)
		}
	}
	next, err := ApplyPatches(base, []byte(`{"client":{"language":"ja_JP"},"users":[{"name":{"en_us":"A"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	next.Users[0].Name.EnUS = "changed"
	next.App.Domains[0] = "changed"
	if after := string(base.JSON()); after != before {
		t.Errorf("ApplyPatches' result shares memory with its base")
	}
	if next.Client.Language != "ja_JP" || next.Client.Platform != PlatformPC || base.Client.Language != "en_US" {
		t.Errorf("result %+v, base %+v", next.Client, base.Client)
	}
}

func TestConfigUserLookup(t *testing.T) {
	cfg := DefaultConfig()
	want := cfg.Users[3]
	if got, ok := cfg.User(want.OpenID); !ok || got != want {
		t.Errorf("User(%q) = %+v, %v", want.OpenID, got, ok)
	}
	if _, ok := cfg.User("ou_nobody"); ok {
		t.Errorf("User(ou_nobody) found someone")
	}
	if _, ok := cfg.User(""); ok {
		t.Errorf("User(\"\") found someone")
	}
}

func TestConfigJSONKeys(t *testing.T) {
	var m map[string]any
	if err := json.Unmarshal(DefaultConfig().JSON(), &m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"mode", "client", "app", "users", "currentUser", "strict", "acceptAnySignature", "force"} {
		if _, ok := m[key]; !ok {
			t.Errorf("config() lacks %q", key)
		}
	}
	client := m["client"].(map[string]any)
	for _, key := range []string{"platform", "os", "version", "language"} {
		if _, ok := client[key]; !ok {
			t.Errorf("config().client lacks %q", key)
		}
	}
	user := m["users"].([]any)[0].(map[string]any)
	for _, key := range []string{"openId", "unionId", "userId", "name", "department", "avatar", "external"} {
		if _, ok := user[key]; !ok {
			t.Errorf("config().users[0] lacks %q", key)
		}
	}
}

func TestConfigUsersKeepTheSignedInUser(t *testing.T) {
	base := mustParse(t, `{"users":[{"name":{"en_us":"Ann"}},{"name":{"en_us":"Bob"}}]}`)
	bob := base.Users[1].OpenID
	cfg, err := ApplyPatches(base, []byte(`{"currentUser":"`+bob+`"}`), []byte(`{"users":[{"name":{"en_us":"Cy"}},{"name":{"en_us":"Bob"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.CurrentUser != bob {
		t.Errorf("currentUser = %s, want Bob (%s), still listed", cfg.CurrentUser, bob)
	}
}

func TestConfigNamesakesGetTheirOwnIDs(t *testing.T) {
	cfg := mustParse(t, `{"users":[{"name":{"zh_cn":"张伟","en_us":"Zhang Wei"}},{"name":{"zh_cn":"张伟","en_us":"Zhang Wei"}}]}`)
	a, b := cfg.Users[0], cfg.Users[1]
	if a.OpenID == b.OpenID || a.UnionID == b.UnionID || a.UserID == b.UserID {
		t.Errorf("namesakes share IDs: %+v / %+v", a, b)
	}
}
