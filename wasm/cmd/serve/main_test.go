package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttshim/wasm/shim"
)

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestServesFilesAndTheOpenPlatform(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "index.html"), []byte("<p>playground</p>"), 0o644)
	server := httptest.NewServer(handler(root, shim.DefaultConfig()))
	defer server.Close()

	res, body := get(t, server.URL+"/")
	if body != "<p>playground</p>" || res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("/ answered %q, Cache-Control %q", body, res.Header.Get("Cache-Control"))
	}
	res, body = get(t, server.URL+"/open-apis/auth/v3/tenant_access_token/internal?app_id=cli_a1b2c3d4e5f60718&app_secret=ttshimDemoAppSecret0123456789abc")
	if !strings.Contains(body, `"tenant_access_token":"t-`) {
		t.Errorf("tenant_access_token: HTTP %d %s", res.StatusCode, body)
	}
	if res, body = get(t, server.URL+"/open-apis/nothing"); res.StatusCode != http.StatusNotFound || !strings.Contains(body, "99991201") {
		t.Errorf("/open-apis/nothing: HTTP %d %s", res.StatusCode, body)
	}
	if _, body = get(t, server.URL+"/__ttshim__/tenant"); !strings.Contains(body, `"appSecret":"ttshimDemoAppSecret0123456789abc"`) {
		t.Errorf("/__ttshim__/tenant: %s", body)
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tenant.json")
	os.WriteFile(path, []byte(`{"app": {"appId": "cli_mine", "appSecret": "s3cret"}, "users": [{"name": {"en_us": "Ada"}}]}`), 0o644)
	cfg, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	server := httptest.NewServer(handler(dir, cfg))
	defer server.Close()
	_, body := get(t, server.URL+"/__ttshim__/tenant")
	tenant, err := shim.ParseConfig([]byte(body))
	if err != nil || tenant.App.AppID != "cli_mine" || tenant.App.AppSecret != "s3cret" || len(tenant.Users) != 1 {
		t.Errorf("tenant %s", body)
	}
	if _, body = get(t, server.URL+"/open-apis/auth/v3/tenant_access_token/internal?app_id=cli_mine&app_secret=s3cret"); !strings.Contains(body, `"code":0`) {
		t.Errorf("the configured app cannot get a token: %s", body)
	}
}

func TestConfigFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"client": {"platfrom": "pc"}}`), 0o644)
	if _, err := loadConfig(bad); err == nil || !strings.Contains(err.Error(), `configuration error in `+bad+`: unknown key "client.platfrom"`) {
		t.Errorf("bad file: %v", err)
	}
	if _, err := loadConfig(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing file is no error")
	}
	if cfg, err := loadConfig(""); err != nil || cfg.App.AppID != shim.DefaultConfig().App.AppID {
		t.Errorf("no file: %v, app %s", err, cfg.App.AppID)
	}
}

// Every example page make serve prints exists, the playground links to each,
// and every page under web/ that is an example is listed.
func TestExamplePagesAreListedAndLinked(t *testing.T) {
	playground, err := os.ReadFile("../../../index.html")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, page := range examplePages {
		listed[page.path] = true
		if _, err := os.Stat(filepath.Join("../../..", page.path)); err != nil {
			t.Errorf("%s: %v", page.path, err)
		}
		if !strings.Contains(string(playground), `href="`+page.path+`"`) {
			t.Errorf("the playground does not link to %s", page.path)
		}
	}
	pages, _ := filepath.Glob("../../../web/*.html")
	more, _ := filepath.Glob("../../../web/*/index.html")
	for _, file := range append(pages, more...) {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		path, _ := filepath.Rel("../../..", file)
		if strings.Contains(string(body), "— ttshim example</title>") && !listed[filepath.ToSlash(path)] {
			t.Errorf("%s is an example page that make serve does not list", path)
		}
	}
}
