//go:build js && wasm

// Package ui draws what the simulated client shows — user cards, profile
// pages — inside one open shadow root, so page CSS cannot reach it and
// role selectors still can. User text is only ever set as textContent.
package ui

import (
	"fmt"

	"github.com/hack-pad/safejs"
)

// DOM is the shim's drawing surface. The shadow root is made on first use,
// when the page has a document to attach to.
type DOM struct {
	document safejs.Value
	hostEl   safejs.Value // <ttshim-ui>, holder of the shadow root
	layer    safejs.Value // the container inside the shadow root
	profile  *openView
	dialog   *openView // the dialog on screen; the shim shows one at a time
	dialogID int
	feedback feedback  // the toast and the prompt's text box (toast.go)
	mapView  *openView // openLocation's map
	viewer   *openView // tt.previewImage's viewer
	// documentView is tt.openDocument's viewer (document.go).
	documentView *openView
	// cardProto and pageProto are the profile card and page without
	// user data, which each one shown is cloned from.
	cardProto, pageProto safejs.Value
	windowViews
	chatViews
	sidebarViews
}

// New makes the drawing surface.
func New() *DOM { return &DOM{} }

// builder runs DOM calls until the first error, which it keeps: drawing
// code reads top to bottom and checks once.
type builder struct{ err error }

func (b *builder) get(v safejs.Value, prop string) safejs.Value {
	if b.err != nil {
		return safejs.Undefined()
	}
	out, err := v.Get(prop)
	b.err = err
	return out
}

func (b *builder) call(v safejs.Value, method string, args ...any) safejs.Value {
	if b.err != nil {
		return safejs.Undefined()
	}
	out, err := v.Call(method, args...)
	b.err = err
	return out
}

func (b *builder) set(v safejs.Value, prop string, value any) {
	if b.err == nil {
		b.err = v.Set(prop, value)
	}
}

// fill sets the text of the element matching selector inside root.
func (b *builder) fill(root safejs.Value, selector, text string) {
	b.set(b.call(root, "querySelector", selector), "textContent", text)
}

// surface returns the layer, creating the host element and its shadow
// root the first time, and putting it back if the page removed it.
func (d *DOM) surface(b *builder) safejs.Value {
	if !d.layer.IsUndefined() {
		if connected, _ := b.get(d.hostEl, "isConnected").Bool(); !connected {
			b.call(b.get(d.document, "documentElement"), "appendChild", d.hostEl)
		}
		return d.layer
	}
	d.document = b.get(safejs.Global(), "document")
	hostEl := b.call(d.document, "createElement", "ttshim-ui")
	b.call(hostEl, "setAttribute", "data-ttshim", "")
	options, err := safejs.ValueOf(map[string]any{"mode": "open"})
	if err != nil {
		b.err = err
	}
	shadow := b.call(hostEl, "attachShadow", options)
	sheetClass := b.get(safejs.Global(), "CSSStyleSheet")
	if b.err == nil {
		sheet, err := sheetClass.New()
		b.err = err
		b.call(sheet, "replaceSync", stylesheet)
		sheets, err := safejs.ValueOf([]any{safejs.Unsafe(sheet)})
		if err != nil {
			b.err = err
		}
		b.set(shadow, "adoptedStyleSheets", sheets)
	}
	layer := b.call(d.document, "createElement", "div")
	b.set(layer, "className", "layer")
	b.call(shadow, "appendChild", layer)
	b.call(b.get(d.document, "documentElement"), "appendChild", hostEl)
	if b.err == nil {
		d.hostEl, d.layer = hostEl, layer
	}
	return layer
}

// CloseAll removes every card, page and dialog the shim shows.
func (d *DOM) CloseAll() {
	d.closeProfile()
	d.closeMap()
	d.closeViewer()
	d.closeDocument()
	d.CloseDialog(d.dialogID)
	d.HideToast()
	d.HideNavigationBar()
	d.HideWindowClosed()
	d.closeChat()
	d.CloseChatSidebar()
}

func report(what string, err error) {
	if err == nil {
		return
	}
	console, cerr := safejs.Global().Get("console")
	if cerr == nil {
		_, _ = console.Call("error", fmt.Sprintf("ttshim: cannot draw %s: %v", what, err))
	}
}
