//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

//go:embed templates/scanner.html
var scannerMarkup string

var scannerTemplate = markup(scannerMarkup)

// showScanner is scanCode's camera view. No camera is used: the person
// types what the code says and picks its type, as if the camera had read
// it, then Recognize; or Cancel (Escape).
func (d *DOM) showScanner(dialog shim.Dialog, reply func(shim.Answer) error) {
	sc, lang := dialog.Scanner, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent scanner", text(lang, "scanTitle"), scannerTemplate)
	b.fill(el, ".ask", text(lang, "scanTitle"))
	b.fill(el, ".code-label", text(lang, "scanCode"))
	b.fill(el, ".type-label", text(lang, "scanType"))
	var options strings.Builder
	for i := range sc.ScanTypes {
		fmt.Fprintf(&options, `<option value="%d"></option>`, i)
	}
	kind := b.call(el, "querySelector", ".type")
	b.set(kind, "innerHTML", options.String())
	for i, t := range sc.ScanTypes {
		b.set(b.call(b.get(kind, "options"), "item", i), "textContent", text(lang, t))
	}
	code := b.call(el, "querySelector", ".code")
	manual := b.call(el, "querySelector", ".manual")
	b.set(manual, "textContent", text(lang, "scanManual"))
	b.set(manual, "hidden", !sc.BarCodeInput)
	cancel, scan := b.call(el, "querySelector", ".cancel"), b.call(el, "querySelector", ".scan")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(scan, "textContent", text(lang, "scanRead"))
	view := d.attachModal(b, layer, el, "the scanner")
	if view == nil {
		return
	}
	answer := replyShowing(el, reply)
	read := func(safejs.Value) {
		b := &builder{}
		result, _ := b.get(code, "value").String()
		index, _ := b.get(kind, "selectedIndex").Int()
		if result == "" || index < 0 || index >= len(sc.ScanTypes) {
			b.fill(el, ".error", text(lang, "scanEmpty"))
			return
		}
		answer(shim.Answer{Fields: map[string]any{"result": result, "scanType": sc.ScanTypes[index]}})
	}
	typeBarcode := func(safejs.Value) {
		for i, t := range sc.ScanTypes {
			if t == "barCode" {
				_ = kind.Set("selectedIndex", i)
			}
		}
		_, _ = code.Call("focus")
	}
	cancelled := func(safejs.Value) { answer(dialog.Dismiss) }
	listen("the scanner's buttons",
		view.on(scan, "click", read),
		view.on(cancel, "click", cancelled),
		view.on(manual, "click", typeBarcode),
		view.on(code, "keydown", onEnter(read)),
		view.on(d.document, "keydown", onEscape(cancelled)))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = code.Call("focus")
}

// onEnter runs fn when the key pressed is Enter, outside an input
// method's composition (whose Enter picks the characters).
func onEnter(fn func(event safejs.Value)) func(event safejs.Value) {
	return func(event safejs.Value) {
		key, _ := event.Get("key")
		composing, _ := event.Get("isComposing")
		inIME, _ := composing.Truthy()
		if k, _ := key.String(); k == "Enter" && !inIME {
			fn(event)
		}
	}
}
