// Command mkloader writes dist/ttshim.js: the loader template with the
// registry's manifest and Go's wasm_exec.js inside it. wasm_exec.js is
// rewritten so its fs/process/path polyfills and its Go class live on a
// private object instead of the page's globals.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"ttshim/wasm/shim"
)

// rewrites turn wasm_exec.js's globals into properties of the loader's
// goHost object. Each must match, or Go changed the file and we must look.
var rewrites = []struct{ from, to string }{
	{"globalThis.fs", "goHost.fs"},
	{"globalThis.process", "goHost.process"},
	{"globalThis.path", "goHost.path"},
	{"globalThis.Go", "goHost.Go"},
	{"fs.writeSync(fd, new Uint8Array", "goHost.fs.writeSync(fd, new Uint8Array"},
}

func main() {
	template := flag.String("template", "js/loader.js", "loader template")
	wasmExec := flag.String("wasm-exec", "", "Go's wasm_exec.js ($(go env GOROOT)/lib/wasm/wasm_exec.js)")
	out := flag.String("out", "dist/ttshim.js", "loader to write")
	flag.Parse()
	if err := run(*template, *wasmExec, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mkloader:", err)
		os.Exit(1)
	}
}

func run(templatePath, wasmExecPath, outPath string) error {
	loader, err := os.ReadFile(templatePath)
	if err != nil {
		return err
	}
	exec, err := os.ReadFile(wasmExecPath)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if !bytes.Contains(exec, []byte(r.from)) {
			return fmt.Errorf("%s no longer contains %q; update the rewrites", wasmExecPath, r.from)
		}
		exec = bytes.ReplaceAll(exec, []byte(r.from), []byte(r.to))
	}
	for _, slot := range []struct{ marker, value string }{
		{"/*@MANIFEST@*/[]", string(shim.Manifest())},
		{"/*@WASM_EXEC@*/", string(exec)},
	} {
		if bytes.Count(loader, []byte(slot.marker)) != 1 {
			return fmt.Errorf("%s must hold %s exactly once", templatePath, slot.marker)
		}
		loader = bytes.Replace(loader, []byte(slot.marker), []byte(slot.value), 1)
	}
	return os.WriteFile(outPath, loader, 0o644)
}
