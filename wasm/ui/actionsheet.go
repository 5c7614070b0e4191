//go:build js && wasm

package ui

import (
	_ "embed"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// actionSheetTemplate holds no user data: each item is a button whose
// text is set afterwards.
//
//go:embed templates/actionsheet.html
var actionSheetMarkup string

var actionSheetTemplate = markup(actionSheetMarkup)

// showActionSheet draws the items as buttons: a sheet from the bottom,
// full-width, on mobile, a centred menu on PC, both ending with Cancel, as
// the clients add one. Cancel, a click outside and Escape dismiss it.
func (d *DOM) showActionSheet(dialog shim.Dialog, reply func(shim.Answer) error) {
	sheet, lang := dialog.ActionSheet, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "action-sheet", text(lang, "actionSheet"), actionSheetTemplate)
	list := b.call(el, "querySelector", ".items")
	items := make([]safejs.Value, len(sheet.Items))
	for i, label := range sheet.Items {
		item := b.call(d.document, "createElement", "button")
		b.set(item, "type", "button")
		b.set(item, "className", "item")
		b.set(item, "textContent", label)
		if sheet.ItemColor != "" {
			// A CSSOM colour takes a colour or nothing, never a url().
			b.set(b.get(item, "style"), "color", sheet.ItemColor)
		}
		b.call(list, "appendChild", item)
		items[i] = item
	}
	cancel := b.call(el, "querySelector", ".sheet-cancel")
	b.set(cancel, "textContent", text(lang, "cancel"))
	scrim := b.call(el, "querySelector", ".scrim")
	view := d.attachModal(b, layer, el, "the action sheet of "+dialog.API)
	if view == nil {
		return
	}
	dismiss := func(safejs.Value) {
		report("the answer to the action sheet", reply(dialog.Dismiss))
	}
	listeners := []error{
		view.on(cancel, "click", dismiss),
		view.on(scrim, "click", dismiss),
		view.on(d.document, "keydown", onEscape(dismiss)),
	}
	for i, item := range items {
		tapIndex := i
		listeners = append(listeners, view.on(item, "click", func(safejs.Value) {
			report("the answer to the action sheet", reply(shim.Answer{Index: &tapIndex}))
		}))
	}
	for _, err := range listeners {
		report("the action sheet's items", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = items[0].Call("focus")
}
