package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestPkgOfReadsTheLinkersNames(t *testing.T) {
	for sym, want := range map[string]string{
		"ttshim_wasm_shim.init":                 "ttshim/wasm/shim",
		"ttshim_wasm_shim.__Shim_.Reset":        "ttshim/wasm/shim",
		"github.com_hack-pad_safejs.Value.Get":  "github.com/hack-pad/safejs",
		"type_.eq.[2]int":                       "type:",
		"runtime.mallocgc":                      "runtime",
		"encoding_json.(*decodeState).object":   "encoding/json",
		"golang.org_x_crypto_hkdf.Extract":      "golang.org/x/crypto/hkdf",
		"github.com_syumai_tinyutil_httputil.X": "github.com/syumai/tinyutil/httputil",
	} {
		if got := pkgOf(sym); got != want {
			t.Errorf("pkgOf(%q) = %q, want %q", sym, got, want)
		}
	}
}

// buildWasm builds a small Go program for js/wasm with the given linker flags.
func buildWasm(t *testing.T, ldflags string) []byte {
	t.Helper()
	dir := t.TempDir()
	src := "package main\n\nimport \"strconv\"\n\nfunc main() { println(strconv.Itoa(len(\"wasmsize\"))) }\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module wasmsizetest\n\ngo 1.21\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "m.wasm")
	cmd := exec.Command("go", "build", "-ldflags="+ldflags, "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// reportOf parses a module and returns its report, with the top 5
// packages and 3 functions.
func reportOf(t *testing.T, data []byte) (*module, string) {
	t.Helper()
	m, err := parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	report(&out, m, len(data), 5, 3)
	return m, out.String()
}

func TestReportsAGoModuleByPackage(t *testing.T) {
	m, text := reportOf(t, buildWasm(t, ""))
	for _, want := range []string{"code by package", "% ", " runtime\n", "largest functions:"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	found := false
	for _, name := range m.names {
		found = found || name == "main.main"
	}
	if !found {
		t.Errorf("no main.main among %d names", len(m.names))
	}
	if m.sections["code"] == 0 || m.data == 0 || len(m.bodies) == 0 {
		t.Errorf("sections %v, data %d, %d bodies", m.sections, m.data, len(m.bodies))
	}
}

func TestAStrippedModuleSaysItHasNoNames(t *testing.T) {
	if _, text := reportOf(t, buildWasm(t, "-s")); !strings.Contains(text, "no name section") {
		t.Errorf("report of a stripped module:\n%s", text)
	}
}

func TestRefusesWhatIsNotAWholeModule(t *testing.T) {
	data := buildWasm(t, "-s")
	for name, b := range map[string][]byte{"empty": nil, "text": []byte("<html>not wasm</html>"), "truncated": data[:len(data)/2]} {
		if _, err := parse(b); err == nil {
			t.Errorf("%s: parsed without an error", name)
		}
	}
}
