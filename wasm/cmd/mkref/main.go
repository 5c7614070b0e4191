// Command mkref writes what is derived from the registry and committed:
// the declarations of the APIs ttshim does not simulate yet
// (types/documented.d.ts), the type-level check of every declaration
// against the registry (types/test/registry.ts), the API reference
// (docs/api.md) and, from wasm/shim's one rule for names, the playground's
// order of languages to look a name up in (web/playground/names.js) and
// the Taro APIs it simulates, for ttshim/taro-plugin (js/taro-apis.json).
// -write writes them; -check fails when one is not what the
// registry gives; -json writes the registry for the tests
// (dist/registry.json).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"ttshim/wasm/cmd/internal/committed"
	"ttshim/wasm/shim"
)

// outputs are the committed files, by path, each made from the registry.
var outputs = []struct {
	path string
	make func([]ref) string
}{
	{"types/documented.d.ts", declarations},
	{"types/test/registry.ts", registryCheck},
	{"docs/api.md", reference},
	{"web/playground/names.js", nameOrder},
	{"js/taro-apis.json", taroAPIs},
}

func main() {
	root := flag.String("root", ".", "the repository")
	write := flag.Bool("write", false, "write the committed files")
	check := flag.Bool("check", false, "fail if a committed file is not what -write would write")
	jsonOut := flag.String("json", "", "write the registry as JSON here")
	flag.Parse()
	if err := run(*root, *jsonOut, *write, *check, refsOf(shim.APIs())); err != nil {
		fmt.Fprintln(os.Stderr, "mkref:", err)
		os.Exit(1)
	}
}

func run(root, jsonOut string, write, check bool, refs []ref) error {
	var failed []error
	for _, out := range outputs {
		if !write && !check {
			break
		}
		failed = append(failed, committed.Update(root, out.path, []byte(out.make(refs)), check))
	}
	if jsonOut != "" {
		data, err := registryJSON(refs)
		if err != nil {
			return err
		}
		if err := os.WriteFile(jsonOut, data, 0o644); err != nil {
			return err
		}
	}
	return errors.Join(failed...)
}

func registryJSON(refs []ref) ([]byte, error) {
	data, err := json.MarshalIndent(refs, "", " ")
	return append(data, '\n'), err
}
