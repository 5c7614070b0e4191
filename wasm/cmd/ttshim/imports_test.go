package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The page's module leaves out the packages whose weight a page would pay
// on every boot for little: encoding/json (660 KB of the module; jsonwire
// does its work) and net/http (the network module, ttshim-net, has it).
func TestModuleLeavesOutHeavyPackages(t *testing.T) {
	list := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{if not .Standard}}{{.Dir}}{{end}}", ".")
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var deps []string
	for line := range strings.Lines(string(out)) {
		path, dir, _ := strings.Cut(strings.TrimSpace(line), " ")
		deps = append(deps, path)
		if dir != "" {
			readSources(t, dir)
		}
	}
	if !slices.Contains(deps, "ttshim/wasm/shim") {
		t.Fatalf("go list named no ttshim/wasm/shim among %d packages: not ttshim's module", len(deps))
	}
	for _, heavy := range []string{"encoding/json", "net/http"} {
		if slices.Contains(deps, heavy) {
			t.Errorf("ttshim.wasm imports %s", heavy)
		}
	}
}

// readSources reads a package's Go files: go test caches a result by the
// files the test itself opened, and cannot see those go list read.
func readSources(t *testing.T, dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		if strings.HasSuffix(entry.Name(), ".go") {
			if _, err := os.ReadFile(filepath.Join(dir, entry.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
}
