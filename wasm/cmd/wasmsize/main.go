// Command wasmsize prints what a Go-built WebAssembly module is made of,
// by package: the bytes of each package's function bodies, which `go tool
// nm` cannot read from a wasm file. It reads the function names from the
// module's "name" section, so build the module without -s for it (make
// size does). The data segments (strings, tables, type data, pclntab) are
// one line: Go's linker does not say which package they belong to.
//
//	go run ./wasm/cmd/wasmsize [-top N] [-funcs N] module.wasm
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"ttshim/wasm/cmd/internal/wasmfile"
)

func main() {
	top := flag.Int("top", 30, "packages to list")
	funcs := flag.Int("funcs", 15, "largest functions to list")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-funcs N] module.wasm")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	m, err := parse(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	report(os.Stdout, m, len(data), *top, *funcs)
}

type module struct {
	imported int            // imported functions, which come first in the index space
	bodies   []int          // body sizes of the defined functions
	names    map[int]string // function index → name
	data     int            // bytes of the data section
	sections map[string]int // section name → bytes
}

var sectionNames = map[byte]string{1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
	7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}

func parse(b []byte) (*module, error) {
	sections, err := wasmfile.Sections(b)
	if err != nil {
		return nil, err
	}
	m := &module{names: map[int]string{}, sections: map[string]int{}}
	for _, section := range sections {
		body := wasmfile.NewReader(section.Body)
		name := sectionNames[section.ID]
		switch section.ID {
		case 0:
			name = "custom:" + body.Name()
			if name == "custom:name" {
				m.readNames(body)
			}
		case 2:
			for n := body.ULEB(); n > 0 && body.Err() == nil; n-- {
				body.Name()
				body.Name()
				kind := body.Byte()
				if kind == 0 {
					m.imported++
				}
				skipImport(body, kind)
			}
		case 10:
			for n := body.ULEB(); n > 0 && body.Err() == nil; n-- {
				s := int(body.ULEB())
				m.bodies = append(m.bodies, s)
				body.Skip(s)
			}
		case 11:
			m.data = len(section.Body)
		}
		if body.Err() != nil {
			return nil, fmt.Errorf("section %s: %w", name, body.Err())
		}
		m.sections[name] += len(section.Body)
	}
	return m, nil
}

// readNames reads the function names subsection (id 1) of the name section.
func (m *module) readNames(r *wasmfile.Reader) {
	for !r.Done() {
		id := r.Byte()
		sub := wasmfile.NewReader(r.Bytes(int(r.ULEB())))
		if id == 1 {
			for n := sub.ULEB(); n > 0 && sub.Err() == nil; n-- {
				idx := int(sub.ULEB())
				m.names[idx] = sub.Name()
			}
		}
	}
}

// pkgOf is the package of a function in the name section, where Go's
// linker writes "/" as "_" and "(*T)" as "__T_": "ttshim_wasm_shim.init" →
// "ttshim/wasm/shim", "github.com_hack-pad_safejs.Value.Get" →
// "github.com/hack-pad/safejs", "type_.eq.[2]int" → "type:". A package
// path with "_" of its own reads with "/" there.
func pkgOf(sym string) string {
	rest := sym
	domain := ""
	if m := domainPrefix.FindString(sym); m != "" {
		domain, rest = m, sym[len(m):]
	}
	if dot := strings.Index(rest, "."); dot >= 0 {
		rest = rest[:dot]
	}
	if domain == "" && rest == "type_" {
		return "type:"
	}
	return strings.ReplaceAll(domain+rest, "_", "/")
}

// domainPrefix is a module path's host, whose dot is not the package's end.
var domainPrefix = regexp.MustCompile(`^[a-z0-9-]+\.(com|org|net|io|dev|in)_`)

func report(w io.Writer, m *module, total, top, funcs int) {
	type entry struct {
		name  string
		bytes int
		n     int
	}
	byPkg := map[string]*entry{}
	var all []entry
	code := 0
	for i, s := range m.bodies {
		name := m.names[m.imported+i]
		if name == "" {
			name = "(unnamed)"
		}
		code += s
		p := pkgOf(name)
		e := byPkg[p]
		if e == nil {
			e = &entry{name: p}
			byPkg[p] = e
		}
		e.bytes += s
		e.n++
		all = append(all, entry{name: name, bytes: s})
	}
	pkgs := make([]entry, 0, len(byPkg))
	for _, e := range byPkg {
		pkgs = append(pkgs, *e)
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].bytes > pkgs[j].bytes })
	sort.Slice(all, func(i, j int) bool { return all[i].bytes > all[j].bytes })

	kb := func(n int) string { return fmt.Sprintf("%8.1f KB", float64(n)/1000) }
	fmt.Fprintf(w, "module %s; code %s (%d functions), data %s\n", kb(total), kb(code), len(m.bodies), kb(m.data))
	if len(m.names) == 0 {
		fmt.Fprintln(w, "no name section: build without -s to see packages")
		return
	}
	fmt.Fprintln(w, "code by package (function bodies):")
	rest := 0
	for i, e := range pkgs {
		if i >= top {
			rest += e.bytes
			continue
		}
		fmt.Fprintf(w, "  %s %5.1f %%  %5d funcs  %s\n", kb(e.bytes), 100*float64(e.bytes)/float64(code), e.n, e.name)
	}
	if rest > 0 {
		fmt.Fprintf(w, "  %s %5.1f %%  (%d more packages)\n", kb(rest), 100*float64(rest)/float64(code), len(pkgs)-top)
	}
	fmt.Fprintln(w, "largest functions:")
	for i := 0; i < funcs && i < len(all); i++ {
		fmt.Fprintf(w, "  %s  %s\n", kb(all[i].bytes), all[i].name)
	}
}

// skipImport skips an import's description of the given kind.
func skipImport(r *wasmfile.Reader, kind byte) {
	switch kind {
	case 0: // function: type index
		r.ULEB()
	case 1: // table: element type, limits
		r.Byte()
		skipLimits(r)
	case 2: // memory: limits
		skipLimits(r)
	case 3: // global: value type, mutability
		r.Byte()
		r.Byte()
	default:
		r.Fail(fmt.Errorf("unknown import kind %d", kind))
	}
}

func skipLimits(r *wasmfile.Reader) {
	if flags := r.Byte(); flags&1 != 0 {
		r.ULEB()
	}
	r.ULEB()
}
