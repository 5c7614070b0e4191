//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// viewerTemplate holds no page data: the pictures' URLs are set as src.
//
//go:embed templates/viewer.html
var viewerMarkup string

var viewerTemplate = markup(viewerMarkup)

// viewerState is the open viewer: its pictures and the one shown.
type viewerState struct {
	v       shim.Viewer
	at      int
	img     safejs.Value
	counter safejs.Value
	prev    safejs.Value
	next    safejs.Value
}

// ShowViewer opens tt.previewImage's viewer over the page, replacing an
// open one. A click outside the picture, the close button or Escape
// closes it; the arrows and the arrow keys page through.
func (d *DOM) ShowViewer(v shim.Viewer) {
	d.closeViewer()
	lang := v.Language
	b := &builder{}
	layer := d.surface(b)
	el := b.call(d.document, "createElement", "section")
	class := "viewer"
	if v.Mobile {
		class += " mobile"
	}
	b.set(el, "className", class)
	b.call(el, "setAttribute", "role", "dialog")
	b.call(el, "setAttribute", "aria-modal", "true")
	b.call(el, "setAttribute", "aria-label", text(lang, "viewerTitle"))
	b.set(el, "innerHTML", viewerTemplate)
	s := &viewerState{v: v, at: v.Current}
	s.img = b.call(el, "querySelector", ".shown")
	s.counter = b.call(el, "querySelector", ".counter")
	s.prev = b.call(el, "querySelector", ".prev")
	s.next = b.call(el, "querySelector", ".next")
	closeButton := b.call(el, "querySelector", ".close")
	for button, key := range map[*safejs.Value]string{&closeButton: "close", &s.prev: "previous", &s.next: "next"} {
		b.call(*button, "setAttribute", "aria-label", text(lang, key))
	}
	s.show(b)
	view := d.attachModal(b, layer, el, "the image viewer")
	if view == nil {
		return
	}
	closeViewer := func(safejs.Value) { d.closeViewer() }
	step := func(by int) func(safejs.Value) {
		return func(safejs.Value) {
			b := &builder{}
			s.at = min(max(s.at+by, 0), len(s.v.URLs)-1)
			s.show(b)
			report("the image viewer", b.err)
		}
	}
	for _, err := range []error{
		view.on(closeButton, "click", closeViewer),
		view.on(s.prev, "click", step(-1)),
		view.on(s.next, "click", step(1)),
		view.on(b.call(el, "querySelector", ".stage"), "click", func(event safejs.Value) {
			// Outside the picture, as a tap beside it closes the client's.
			if target, _ := event.Get("target"); !sameNode(target, s.img) {
				d.closeViewer()
			}
		}),
		view.on(d.document, "keydown", func(event safejs.Value) {
			key, _ := (&builder{}).get(event, "key").String()
			switch key {
			case "Escape":
				d.closeViewer()
			case "ArrowLeft":
				step(-1)(event)
			case "ArrowRight":
				step(1)(event)
			}
		}),
	} {
		report("the image viewer's controls", err)
	}
	d.viewer = view
	_, _ = closeButton.Call("focus")
}

// show puts picture s.at on screen, with its place in the counter.
func (s *viewerState) show(b *builder) {
	b.set(s.img, "src", s.v.URLs[s.at])
	b.set(s.counter, "textContent", fmt.Sprintf("%d / %d", s.at+1, len(s.v.URLs)))
	b.set(s.prev, "disabled", s.at == 0)
	b.set(s.next, "disabled", s.at == len(s.v.URLs)-1)
}

func (d *DOM) closeViewer() {
	closeView(&d.viewer)
}
