//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// documentTemplate holds no page data: names, owners and links are
// filled in as text.
var (
	//go:embed templates/document.html
	documentMarkup string
	//go:embed document.css
	documentStyles string

	documentTemplate = markup(documentMarkup)
)

var documentTexts = map[string]shim.I18n{
	"documentPreview": {ZhCN: "%s · ttshim 模拟预览", EnUS: "%s · previewed by ttshim", JaJP: "%s · ttshim のプレビュー"},
}

func init() {
	for key, words := range documentTexts {
		texts[key] = words
	}
	stylesheet += documentStyles
}

// ShowDocument opens tt.openDocument's viewer over the page, named by the
// document, replacing an open one; its close button or Escape closes it.
func (d *DOM) ShowDocument(v shim.DocumentView) {
	d.closeDocument()
	lang := v.Language
	b := &builder{}
	layer := d.surface(b)
	el := b.call(d.document, "createElement", "section")
	class := "document"
	if v.Mobile {
		class += " mobile"
	}
	b.set(el, "className", class)
	b.call(el, "setAttribute", "role", "dialog")
	b.call(el, "setAttribute", "aria-modal", "true")
	b.call(el, "setAttribute", "aria-label", v.Name)
	b.set(el, "innerHTML", documentTemplate)
	b.fill(el, ".document-name", v.Name)
	b.fill(el, ".document-title", v.Name)
	icon := b.call(el, "querySelector", ".doc-icon")
	b.set(icon, "className", "doc-icon type-icon "+cssToken(v.Type))
	b.set(icon, "textContent", shortType(v.Type))
	item := shim.PickerFile{Type: v.Type, Size: v.Size, Owner: v.Owner, Modified: v.Modified}
	meta := fmt.Sprintf(text(lang, "documentPreview"), rowDetail(lang, item, v.Cloud))
	b.fill(el, ".document-meta", meta)
	if v.Cloud {
		b.fill(el, ".document-link", v.URL)
	}
	closeButton := b.call(el, "querySelector", ".close")
	b.call(closeButton, "setAttribute", "aria-label", text(lang, "close"))
	view := d.attachModal(b, layer, el, "the document viewer")
	if view == nil {
		return
	}
	closeDocument := func(safejs.Value) { d.closeDocument() }
	listen("the document viewer's controls",
		view.on(closeButton, "click", closeDocument),
		view.on(d.document, "keydown", onEscape(closeDocument)))
	d.documentView = view
	_, _ = closeButton.Call("focus")
}

func (d *DOM) closeDocument() { closeView(&d.documentView) }
