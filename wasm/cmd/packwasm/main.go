// Command packwasm rewrites a Go-built WebAssembly module in place
// without the Go runtime's findfunctab in its data, for ttshim's loader to
// write back before Go starts (js/loader/functab.js).
//
// Go's wasm port gives every function 64 Ki program counters, so the
// runtime's table from PC to function (findfunctab) has 16 buckets of 20
// bytes per function, each a function index and 16 zeros; the linker
// writes each bucket's index as a data segment of its own. For ttshim.wasm
// that was 55,000 segments and 548 KB of a 6.45 MB module, which every
// boot fetches, decodes and copies. Every bucket i holds i/16, so the loader writes the
// table from three numbers instead, kept in a custom section
// ("ttshim.findfunctab": the table's address, its buckets, and the buckets
// per function, each a little-endian uint32).
//
// A module whose data holds no such table is left as it was, with a
// warning: the loader writes nothing for a module without the section.
// Nor is a module wrong whose table was never written back (a page that
// loads ttshim.wasm with Go's own wasm_exec.js): the runtime then finds a
// PC's function by searching all of them, only slower.
//
//	go run ./wasm/cmd/packwasm module.wasm…
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: packwasm module.wasm…")
		os.Exit(2)
	}
	for _, path := range os.Args[1:] {
		if err := packFile(path); err != nil {
			fmt.Fprintln(os.Stderr, "packwasm:", err)
			os.Exit(1)
		}
	}
}

func packFile(path string) error {
	module, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	packed, table, err := pack(module)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if table.buckets == 0 {
		fmt.Fprintf(os.Stderr, "packwasm: %s has no findfunctab to take out; left as it was\n", path)
		return nil
	}
	return os.WriteFile(path, packed, 0o644)
}
