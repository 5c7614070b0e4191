// Command mkloader writes dist/ttshim.js: the loader's parts (js/loader/),
// joined in the order given, with the registry's manifest and Go's
// wasm_exec.js inside. wasm_exec.js is rewritten so its fs/process/path
// polyfills and its Go class live on a private object instead of the
// page's globals.
package main

import (
	"bytes"
	"errors"
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
	wasmExec := flag.String("wasm-exec", "", "Go's wasm_exec.js ($(go env GOROOT)/lib/wasm/wasm_exec.js)")
	out := flag.String("out", "dist/ttshim.js", "loader to write")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: mkloader -wasm-exec wasm_exec.js [-out dist/ttshim.js] part.js...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), *wasmExec, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mkloader:", err)
		os.Exit(1)
	}
}

func run(partPaths []string, wasmExecPath, outPath string) error {
	if len(partPaths) == 0 {
		return errors.New("name the loader's parts, in order")
	}
	var loader []byte
	for _, path := range partPaths {
		part, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		loader = append(loader, part...)
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
			return fmt.Errorf("the loader's parts must hold %s exactly once", slot.marker)
		}
		loader = bytes.Replace(loader, []byte(slot.marker), []byte(slot.value), 1)
	}
	return os.WriteFile(outPath, loader, 0o644)
}
