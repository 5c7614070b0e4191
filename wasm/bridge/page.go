//go:build js && wasm

package bridge

import (
	"encoding/json"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
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

// Viewport measures the window; the loader packs the numbers into one
// JSON string so they cross in one go.
func Viewport() shim.Viewport {
	v := shim.Viewport{Width: 1280, Height: 800, ScreenWidth: 1280, ScreenHeight: 800, PixelRatio: 1}
	measured, err := host.Call("measure")
	if err != nil {
		return v
	}
	text, err := measured.String()
	if err != nil {
		return v
	}
	var m struct {
		W, H, SW, SH, DPR float64
		Dark              bool
	}
	if json.Unmarshal([]byte(text), &m) == nil {
		v = shim.Viewport{Width: m.W, Height: m.H, ScreenWidth: m.SW, ScreenHeight: m.SH, PixelRatio: m.DPR, DarkMode: m.Dark}
	}
	return v
}
