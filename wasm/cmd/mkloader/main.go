// Command mkloader writes the loader, bundled by esbuild from the ES modules
// in js/loader/: dist/ttshim.js, the classic script a page includes (one
// strict function, from classic.js), and dist/ttshim.mjs, the same loader as an ES
// module (from module.js), each with an external source map. Two modules
// exist only here: ttshim:manifest, the registry's manifest
// (shim.Manifest), and ttshim:wasm_exec, Go's wasm_exec.js as Go ships it,
// run in a scope of its own (wasmExecModule).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"

	"ttshim/wasm/shim"
)

// banner is the loader's first line; minifiers keep /*! comments, so a
// production build's check can find it (docs/production.md).
const banner = "/*! ttshim — a Feishu (Lark) client in the page, for development and tests. Not for production. */"

func main() {
	wasmExec := flag.String("wasm-exec", "", "Go's wasm_exec.js ($(go env GOROOT)/lib/wasm/wasm_exec.js)")
	loader := flag.String("loader", "js/loader", "the loader's modules")
	outDir := flag.String("outdir", "dist", "where ttshim.js and ttshim.mjs go")
	flag.Parse()
	if err := run(*loader, *wasmExec, *outDir); err != nil {
		fmt.Fprintln(os.Stderr, "mkloader:", err)
		os.Exit(1)
	}
}

func run(loaderDir, wasmExecPath, outDir string) error {
	if wasmExecPath == "" {
		return errors.New("name Go's wasm_exec.js with -wasm-exec")
	}
	exec, err := os.ReadFile(wasmExecPath)
	if err != nil {
		return err
	}
	loaderDir, err = filepath.Abs(loaderDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	virtual := map[string]api.OnLoadResult{
		"manifest":  {Contents: ptr(string(shim.Manifest())), Loader: api.LoaderJSON},
		"wasm_exec": {Contents: ptr(wasmExecModule(string(exec))), Loader: api.LoaderJS, ResolveDir: loaderDir},
	}
	for _, build := range []struct {
		entry, out     string
		banner, footer string
	}{
		// esbuild's IIFE format would put the entry's "use strict" before
		// its function, where a script concatenated after another, or
		// inlined into ttshim/playwright's init script, loses it: the
		// classic script is the module's code in a strict function of ours.
		{"classic.js", "ttshim.js", banner + "\n(() => {\n\"use strict\";", "})();"},
		{"module.js", "ttshim.mjs", banner, ""},
	} {
		if err := bundle(filepath.Join(loaderDir, build.entry), filepath.Join(outDir, build.out), build.banner, build.footer, virtual); err != nil {
			return err
		}
	}
	return nil
}

func bundle(entry, outfile, banner, footer string, virtual map[string]api.OnLoadResult) error {
	result := api.Build(api.BuildOptions{
		EntryPoints: []string{entry},
		Outfile:     outfile,
		Bundle:      true,
		Format:      api.FormatESModule,
		Platform:    api.PlatformBrowser,
		Target:      api.ES2022,
		Charset:     api.CharsetUTF8,
		Banner:      map[string]string{"js": banner},
		Footer:      map[string]string{"js": footer},
		// Inline keeps wasm_exec.js's copyright notice where the file is.
		LegalComments: api.LegalCommentsInline,
		Sourcemap:     api.SourceMapLinked,
		Define:        pageBuiltins(),
		LogLevel:      api.LogLevelWarning,
		Plugins:       []api.Plugin{virtualModules(virtual)},
	})
	if len(result.Errors) > 0 {
		return fmt.Errorf("esbuild could not bundle %s (%d errors, above)", entry, len(result.Errors))
	}
	if len(result.Warnings) > 0 {
		return fmt.Errorf("esbuild warned about %s (above); the loader must bundle cleanly", entry)
	}
	for _, file := range result.OutputFiles {
		if strings.HasSuffix(file.Path, ".map") {
			continue
		}
		if err := checkKeptBuiltins(string(file.Contents)); err != nil {
			return fmt.Errorf("%s: %w", outfile, err)
		}
	}
	for _, file := range result.OutputFiles {
		if err := os.WriteFile(file.Path, file.Contents, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// virtualModules serves the modules named "ttshim:<name>".
func virtualModules(modules map[string]api.OnLoadResult) api.Plugin {
	return api.Plugin{
		Name: "ttshim",
		Setup: func(build api.PluginBuild) {
			build.OnResolve(api.OnResolveOptions{Filter: `^ttshim:`}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
				name := strings.TrimPrefix(args.Path, "ttshim:")
				if _, ok := modules[name]; !ok {
					return api.OnResolveResult{}, fmt.Errorf("no module %s", args.Path)
				}
				return api.OnResolveResult{Path: name, Namespace: "ttshim"}, nil
			})
			build.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "ttshim"}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
				return modules[args.Path], nil
			})
		},
	}
}

// wasmExecModule is the module ttshim:wasm_exec: Go's wasm_exec.js,
// unmodified, inside a function where globalThis is ttshim's host object
// while the file runs. Its fs, process and path polyfills and its Go class
// land there instead of on the page, and its free name fs (in
// runtime.wasmWrite) is the host's. Once it has run, globalThis is the
// page's again, for what Go's class reads when a program starts (js.Global
// is the real global). Its Reflect, Object, Promise and timers are those
// ttshim keeps (builtins.js).
func wasmExecModule(source string) string {
	return notice(source) + `import { Object, Promise, Reflect, clearTimeout, setTimeout } from "./builtins.js";

const pageGlobal = globalThis;

export function wasmExec() {
  // wasm_exec.js only checks that these exist, then uses the page's.
  const host = { crypto: pageGlobal.crypto, performance: pageGlobal.performance, TextEncoder: pageGlobal.TextEncoder, TextDecoder: pageGlobal.TextDecoder };
  let globalThis = host;
  let fs;
` + source + `
  fs = host.fs;
  globalThis = pageGlobal;
  return { Go: host.Go, fs: host.fs, process: host.process, path: host.path };
}
`
}

// notice is wasm_exec.js's copyright header (its first comment lines) as
// legal comments, which esbuild keeps where other comments go.
func notice(source string) string {
	var b strings.Builder
	for _, line := range strings.Split(source, "\n") {
		text, ok := strings.CutPrefix(line, "// ")
		if !ok {
			break
		}
		b.WriteString("//! " + text + "\n")
	}
	return b.String()
}

// keptBuiltins are the built-ins builtins.js keeps. A module that names
// one without importing it would get the page's live global: esbuild's
// define turns such a name into pageBuiltin+name, which fails the build.
var keptBuiltins = []string{"JSON", "Object", "Reflect", "Promise", "reportError", "setTimeout", "clearTimeout"}

const pageBuiltin = "__ttshim_page_"

func pageBuiltins() map[string]string {
	define := map[string]string{}
	for _, name := range keptBuiltins {
		define[name] = pageBuiltin + name
	}
	return define
}

// checkKeptBuiltins fails when a loader module uses one of the built-ins
// builtins.js keeps without importing it.
func checkKeptBuiltins(bundle string) error {
	for _, name := range keptBuiltins {
		if strings.Contains(bundle, pageBuiltin+name) {
			return fmt.Errorf("a loader module uses the page's %s; import it from ./builtins.js", name)
		}
	}
	return nil
}

func ptr(s string) *string { return &s }
