package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func wasmExecPath(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js")
}

func TestBundlesBothLoaders(t *testing.T) {
	out := t.TempDir()
	if err := run("../../../js/loader", wasmExecPath(t), out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ttshim.js", "ttshim.mjs"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !strings.HasPrefix(text, banner+"\n") {
			t.Errorf("%s does not start with the banner", name)
		}
		if !strings.HasSuffix(text, "//# sourceMappingURL="+name+".map\n") {
			t.Errorf("%s does not name its source map", name)
		}
		if _, err := os.Stat(filepath.Join(out, name+".map")); err != nil {
			t.Errorf("%s has no source map: %v", name, err)
		}
	}
	classic, _ := os.ReadFile(filepath.Join(out, "ttshim.js"))
	if !strings.HasPrefix(string(classic), banner+"\n(() => {\n\"use strict\";\n") {
		t.Errorf("ttshim.js is not one strict function")
	}
}

// A module that uses a kept built-in without importing it fails the build.
func TestRefusesThePagesBuiltins(t *testing.T) {
	dir := t.TempDir()
	builtins, err := os.ReadFile("../../../js/loader/builtins.js")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"builtins.js": string(builtins),
		"classic.js":  "export const keys = Object.keys({});\n",
		"module.js":   "export {};\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err = run(dir, wasmExecPath(t), t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "uses the page's Object") {
		t.Fatalf("err = %v, want the page's Object named", err)
	}
	files["classic.js"] = "import { Object } from \"./builtins.js\";\nexport const keys = Object.keys({});\n"
	if err := os.WriteFile(filepath.Join(dir, "classic.js"), []byte(files["classic.js"]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir, wasmExecPath(t), t.TempDir()); err != nil {
		t.Fatalf("with the import: %v", err)
	}
}
