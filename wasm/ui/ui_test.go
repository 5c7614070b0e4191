//go:build js && wasm

// These tests run in Chromium (make wasmtest): they draw into the page and
// read the result as a person, or a role locator, would find it.
package ui

import (
	"testing"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// node is a DOM node under test; its methods fail the test on a JS error.
type node struct {
	t *testing.T
	v safejs.Value
}

func (n node) get(prop string) safejs.Value {
	n.t.Helper()
	v, err := n.v.Get(prop)
	if err != nil {
		n.t.Fatalf("%s: %v", prop, err)
	}
	return v
}

func (n node) call(method string, args ...any) safejs.Value {
	n.t.Helper()
	v, err := n.v.Call(method, args...)
	if err != nil {
		n.t.Fatalf("%s(): %v", method, err)
	}
	return v
}

func (n node) str(prop string) string {
	n.t.Helper()
	s, _ := n.get(prop).String()
	return s
}

// find is the element matching selector inside n, which must exist.
func (n node) find(selector string) node {
	n.t.Helper()
	el := n.call("querySelector", selector)
	if el.IsNull() {
		n.t.Fatalf("no %s", selector)
	}
	return node{n.t, el}
}

func (n node) has(selector string) bool {
	n.t.Helper()
	return !n.call("querySelector", selector).IsNull()
}

func (n node) count(selector string) int {
	n.t.Helper()
	length, _ := n.call("querySelectorAll", selector).Length()
	return length
}

// attr is an attribute's value, or "<none>".
func (n node) attr(name string) string {
	n.t.Helper()
	v := n.call("getAttribute", name)
	if v.IsNull() {
		return "<none>"
	}
	s, _ := v.String()
	return s
}

func (n node) text() string {
	n.t.Helper()
	return n.str("textContent")
}

func (n node) is(other node) bool { return n.v.Equal(other.v) }

// global is globalThis[name].
func global(t *testing.T, name string) node {
	t.Helper()
	return node{t, node{t, safejs.Global()}.get(name)}
}

// newDOM is a drawing surface whose shadow host leaves the page when the
// test ends, so each test finds only its own. The test fails if anything
// reached console.error meanwhile: report's "ttshim: cannot draw …", or
// syscall/js's "call to released function" from a listener left behind.
func newDOM(t *testing.T) *DOM {
	t.Helper()
	errors := watchConsoleErrors(t)
	d := New()
	t.Cleanup(func() {
		d.CloseAll()
		if !d.hostEl.IsUndefined() {
			_, _ = d.hostEl.Call("remove")
		}
		if logged := errors(); len(logged) > 0 {
			t.Errorf("console.error: %q", logged)
		}
	})
	return d
}

// watchConsoleErrors records console.error's calls until the test ends.
func watchConsoleErrors(t *testing.T) func() []string {
	t.Helper()
	function, err := safejs.Global().Get("Function")
	if err != nil {
		t.Fatal(err)
	}
	install, err := function.New(`const logged = [], original = console.error;
		console.error = (...args) => { logged.push(args.join(" ")); original.apply(console, args); };
		return {logged, restore() { console.error = original; }};`)
	if err != nil {
		t.Fatal(err)
	}
	watch, err := install.Invoke()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node{t, watch}.call("restore") })
	return func() []string {
		logged := node{t, watch}.get("logged")
		n, _ := logged.Length()
		texts := make([]string, n)
		for i := range texts {
			line, _ := logged.Index(i)
			texts[i], _ = line.String()
		}
		return texts
	}
}

// shadow is the shim's shadow root, reached as page code and Playwright
// reach it: from the <ttshim-ui data-ttshim> host, which only an open root
// allows.
func shadow(t *testing.T) node {
	t.Helper()
	host := global(t, "document").find("ttshim-ui[data-ttshim]")
	root := host.get("shadowRoot")
	if root.IsNull() {
		t.Fatal("the shadow root is closed")
	}
	return node{t, root}
}

// press sends a key press to the document, as a person's would arrive.
func press(t *testing.T, key string) {
	t.Helper()
	document := global(t, "document")
	options, err := safejs.ValueOf(map[string]any{"key": key, "bubbles": true})
	if err != nil {
		t.Fatal(err)
	}
	event, err := global(t, "KeyboardEvent").v.New("keydown", options)
	if err != nil {
		t.Fatal(err)
	}
	document.call("dispatchEvent", event)
}

// await waits for a Promise: the page runs while this goroutine waits.
func await(t *testing.T, promise safejs.Value) {
	t.Helper()
	settled := make(chan string, 1)
	onDone := func(outcome string) (safejs.Func, error) {
		return safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			settled <- outcome
			return nil
		})
	}
	resolved, err := onDone("")
	if err != nil {
		t.Fatal(err)
	}
	defer resolved.Release()
	rejected, err := onDone("rejected")
	if err != nil {
		t.Fatal(err)
	}
	defer rejected.Release()
	node{t, promise}.call("then", resolved.Value(), rejected.Value())
	if outcome := <-settled; outcome != "" {
		t.Fatalf("the Promise was %s", outcome)
	}
}

// answers collects what a dialog's reply receives.
func answers() (*[]shim.Answer, func(shim.Answer) error) {
	got := &[]shim.Answer{}
	return got, func(a shim.Answer) error {
		*got = append(*got, a)
		return nil
	}
}
