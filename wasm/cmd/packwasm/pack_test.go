package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"ttshim/wasm/cmd/internal/wasmfile"
)

// program reads the runtime's PC tables twice: a stack that grows (copied
// by its stack maps, found through findfunctab) and the names of its
// callers.
const program = `package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func deep(n int, p *int) int {
	var pad [64]int
	pad[n%64] = *p
	if n == 0 {
		pc, _, _, _ := runtime.Caller(1)
		fmt.Println("caller", runtime.FuncForPC(pc).Name())
		return pad[0]
	}
	return deep(n-1, p) + pad[n%64]
}

func main() {
	x := 1
	fmt.Println("sum", deep(5000, &x))
}
`

// buildProgram builds program for js/wasm as the Makefile builds ttshim.
func buildProgram(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{"main.go": program, "go.mod": "module packtest\n\ngo 1.21\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", "m.wasm", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return filepath.Join(dir, "m.wasm")
}

// nodeScript instantiates modules in Node with Go's wasm_exec.js: it
// prints whether the packed one's memory, its table written back by the
// loader's own functab.js, is the linked one's, then runs the packed one.
const nodeScript = `import fs from "node:fs";
import { writeFuncTab } from "%s";
await import(process.argv[1]);
const load = (path) => WebAssembly.instantiate(fs.readFileSync(path), new Go().importObject);
const linked = await load(process.argv[2]);
const go = new Go();
const packed = await WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject);
writeFuncTab(packed.module, packed.instance.exports.mem);
const [a, b] = [linked, packed].map((m) => new Uint8Array(m.instance.exports.mem.buffer));
const differs = a.length !== b.length ? "length" : a.findIndex((x, i) => x !== b[i]);
console.log(differs === -1 ? "memory as linked" : "memory differs at " + differs);
await go.run(packed.instance);
`

func runInNode(t *testing.T, linked, packed string) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node to run the module")
	}
	functab, err := filepath.Abs("../../../js/loader/functab.js")
	if err != nil {
		t.Fatal(err)
	}
	script := fmt.Sprintf(nodeScript, "file://"+functab)
	wasmExec := filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js")
	out, _ := exec.Command(node, "--input-type=module", "-e", script, wasmExec, linked, packed).CombinedOutput()
	return string(out)
}

func TestPackedModuleRunsWithTheTableWrittenBack(t *testing.T) {
	path := buildProgram(t)
	linked, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	packedPath := filepath.Join(t.TempDir(), "packed.wasm")
	if err := os.WriteFile(packedPath, linked, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := packFile(packedPath); err != nil {
		t.Fatal(err)
	}
	packed, _ := os.ReadFile(packedPath)
	_, table, err := pack(linked)
	if err != nil || table.buckets < minBuckets {
		t.Fatalf("pack found %d buckets, error %v", table.buckets, err)
	}
	if len(packed) >= len(linked)*95/100 {
		t.Errorf("packed %d bytes of %d: less than 5 %% off", len(packed), len(linked))
	}
	if _, _, err := pack(packed); err == nil || err.Error() != "packed already" {
		t.Errorf("packing twice: %v", err)
	}
	const want = "memory as linked\ncaller main.deep\nsum 5001\n"
	if got := runInNode(t, path, packedPath); got != want {
		t.Errorf("in Node:\n%s\nwant:\n%s", got, want)
	}
}

func TestAModuleWithoutTheTableIsLeftAsItWas(t *testing.T) {
	module := append(bytes.Clone(wasmfile.Header), 11, 6, 1, 0, 0x41, 8, 0x0b, 0) // one empty segment
	got, table, err := pack(module)
	if err != nil || table.buckets != 0 || !bytes.Equal(got, module) {
		t.Errorf("pack = %x, %+v, %v; want the module as it was", got, table, err)
	}
	for name, bad := range map[string][]byte{"not wasm": []byte("<html>"), "truncated": module[:len(module)-2]} {
		if _, _, err := pack(bad); err == nil {
			t.Errorf("%s: packed without an error", name)
		}
	}
}
