//go:build js && wasm

package ui

import (
	_ "embed"
	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// consentTemplate holds no user data: the app's name, desc and the user's
// name are filled in as text afterwards.
//
//go:embed templates/consent.html
var consentMarkup string

var consentTemplate = markup(consentMarkup)

// ShowDialog shows d and answers it through reply when the person chooses.
func (d *DOM) ShowDialog(dialog shim.Dialog, reply func(shim.Answer) error) {
	d.CloseDialog(d.dialogID)
	switch dialog.Kind {
	case shim.DialogConsent:
		d.showConsent(dialog, reply)
	case shim.DialogContacts:
		d.showPicker(dialog, reply)
	case shim.DialogModal:
		d.showModal(dialog, reply)
	case shim.DialogPrompt:
		d.showPrompt(dialog, reply)
	case shim.DialogActionSheet:
		d.showActionSheet(dialog, reply)
	}
}

// CloseDialog removes dialog id if it is the one on screen.
func (d *DOM) CloseDialog(id int) {
	if d.dialog != nil && d.dialogID == id {
		d.dialog.close()
		d.dialog, d.dialogID = nil, 0
		d.feedback.promptBox, d.feedback.promptID = safejs.Undefined(), 0
	}
}

// modal makes a dialog's section: named, modal, full-width on mobile, with
// its template (which holds no user data).
func (d *DOM) modal(b *builder, dialog shim.Dialog, class, name, template string) safejs.Value {
	el := b.call(d.document, "createElement", "section")
	if dialog.Mobile {
		class += " mobile"
	}
	b.set(el, "className", class)
	b.call(el, "setAttribute", "role", "dialog")
	b.call(el, "setAttribute", "aria-modal", "true")
	b.call(el, "setAttribute", "aria-label", name)
	b.set(el, "innerHTML", template)
	return el
}

// attachModal puts a dialog's section on screen and returns its view,
// which gives the focus back to what had it when the view closes; or nil,
// with the error reported as drawing what, when drawing failed.
func (d *DOM) attachModal(b *builder, layer, el safejs.Value, what string) *openView {
	focusBack := b.get(d.document, "activeElement")
	b.call(layer, "appendChild", el)
	if b.err != nil {
		report(what, b.err)
		return nil
	}
	view := d.newView(el)
	view.focusBack = focusBack
	return view
}

func (d *DOM) showConsent(dialog shim.Dialog, reply func(shim.Answer) error) {
	c, lang := dialog.Consent, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent", c.AppName, consentTemplate)
	b.set(b.call(el, "querySelector", ".app-avatar"), "src", c.AppAvatar)
	b.fill(el, ".app-name", c.AppName)
	b.fill(el, ".ask", text(lang, "consentAsk"))
	b.fill(el, ".scope", text(lang, "consentScope"))
	b.set(b.call(el, "querySelector", ".user-avatar"), "src", c.UserAvatar)
	b.fill(el, ".user-name", c.UserName)
	b.fill(el, ".desc", c.Desc)
	deny := b.call(el, "querySelector", ".deny")
	allow := b.call(el, "querySelector", ".allow")
	b.set(deny, "textContent", text(lang, "deny"))
	b.set(allow, "textContent", text(lang, "allow"))
	view := d.attachModal(b, layer, el, "the consent popup of "+c.AppName)
	if view == nil {
		return
	}
	answer := func(choice string) func(safejs.Value) {
		return func(safejs.Value) {
			report("the answer to the consent popup", reply(shim.Answer{Choice: choice}))
		}
	}
	for _, err := range []error{
		view.on(allow, "click", answer(shim.ConsentAllow)),
		view.on(deny, "click", answer(shim.ConsentDeny)),
		view.on(d.document, "keydown", onEscape(answer(dialog.Dismiss.Choice))),
	} {
		report("the consent popup's buttons", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = deny.Call("focus")
}
