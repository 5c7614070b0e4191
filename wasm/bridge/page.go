//go:build js && wasm

package bridge

import (
	"github.com/hack-pad/safejs"
)

// host is the loader's object of helpers for the Go side.
var host safejs.Value

// Attach keeps the loader's host object for the page's questions.
func Attach(h safejs.Value) { host = h }

// HostString reads a string property of the host ("" when absent).
func HostString(name string) string {
	v, err := host.Get(name)
	if err != nil || v.Type() != safejs.TypeString {
		return ""
	}
	s, _ := v.String()
	return s
}

// HostCall calls one of the host's functions, reporting any JS error.
func HostCall(name string, args ...any) (safejs.Value, error) {
	return host.Call(name, args...)
}

// PageURL is the page's location.href.
func PageURL() string {
	v, err := host.Call("pageURL")
	if err != nil {
		return ""
	}
	s, _ := v.String()
	return s
}
