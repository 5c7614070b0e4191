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
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
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
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm module")
	}
	m := &module{names: map[int]string{}, sections: map[string]int{}}
	r := &reader{b: b, at: 8}
	for r.at < len(b) {
		id := r.byte()
		size := int(r.uleb())
		end := r.at + size
		if r.err != nil || end > len(b) {
			return nil, errors.New("truncated section")
		}
		body := &reader{b: b[:end], at: r.at}
		name := sectionNames[id]
		switch id {
		case 0:
			name = "custom:" + body.name()
			if name == "custom:name" {
				m.readNames(body)
			}
		case 2:
			for n := body.uleb(); n > 0 && body.err == nil; n-- {
				body.name()
				body.name()
				kind := body.byte()
				if kind == 0 {
					m.imported++
				}
				body.skipImport(kind)
			}
		case 10:
			for n := body.uleb(); n > 0 && body.err == nil; n-- {
				s := int(body.uleb())
				m.bodies = append(m.bodies, s)
				body.at += s
			}
		case 11:
			m.data = size
		}
		if body.err != nil {
			return nil, fmt.Errorf("section %s: %w", name, body.err)
		}
		m.sections[name] += size
		r.at = end
	}
	return m, nil
}

// readNames reads the function names subsection (id 1) of the name section.
func (m *module) readNames(r *reader) {
	for r.at < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		end := r.at + size
		if id == 1 {
			for n := r.uleb(); n > 0 && r.err == nil; n-- {
				idx := int(r.uleb())
				m.names[idx] = r.name()
			}
		}
		r.at = end
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

type reader struct {
	b   []byte
	at  int
	err error
}

func (r *reader) byte() byte {
	if r.at >= len(r.b) {
		r.err = errors.New("unexpected end")
		return 0
	}
	c := r.b[r.at]
	r.at++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 || r.err != nil {
			return v
		}
	}
	r.err = errors.New("bad LEB128")
	return v
}

func (r *reader) name() string {
	n := int(r.uleb())
	if r.err != nil || r.at+n > len(r.b) {
		r.err = errors.New("bad name")
		return ""
	}
	s := string(r.b[r.at : r.at+n])
	r.at += n
	return s
}

// skipImport skips an import's description of the given kind.
func (r *reader) skipImport(kind byte) {
	switch kind {
	case 0: // function: type index
		r.uleb()
	case 1: // table: element type, limits
		r.byte()
		r.limits()
	case 2: // memory: limits
		r.limits()
	case 3: // global: value type, mutability
		r.byte()
		r.byte()
	default:
		r.err = fmt.Errorf("unknown import kind %d", kind)
	}
}

func (r *reader) limits() {
	if flags := r.byte(); flags&1 != 0 {
		r.uleb()
	}
	r.uleb()
}
