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
	case shim.DialogLeaveConfirm:
		d.showLeaveConfirm(dialog, reply)
	case shim.DialogPermission:
		d.showPermission(dialog, reply)
	case shim.DialogSettings:
		d.showSettings(dialog, reply)
	case shim.DialogScan:
		d.showScanner(dialog, reply)
	case shim.DialogPlace:
		d.showPlace(dialog, reply)
	case shim.DialogImages:
		d.showImagePicker(dialog, reply)
	case shim.DialogCredential:
		d.showCredential(dialog, reply)
	case shim.DialogPassword:
		d.showPassword(dialog, reply)
	case shim.DialogDocs, shim.DialogFiles:
		d.showFilePicker(dialog, reply)
	case shim.DialogChats:
		d.showChatPicker(dialog, reply)
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
	report(what+"'s focus trap", view.on(el, "keydown", trapTab(el)))
	return view
}

// focusable finds what Tab stops at inside a dialog.
// Hidden controls (a prompt's box in a modal, a Cancel the page turned
// off) take no focus, so they are no stops.
const focusable = `button:not([disabled]):not([hidden]), input:not([disabled]):not([hidden]), textarea:not([disabled]):not([hidden]), ` +
	`select:not([disabled]):not([hidden]), a[href]:not([hidden]), [tabindex]:not([tabindex="-1"]):not([hidden])`

// trapTab keeps Tab and Shift+Tab inside a modal dialog, as aria-modal
// promises: from its last stop Tab goes to its first, and back.
func trapTab(el safejs.Value) func(event safejs.Value) {
	return func(event safejs.Value) {
		b := &builder{}
		if key, _ := b.get(event, "key").String(); key != "Tab" {
			return
		}
		stops := b.call(el, "querySelectorAll", focusable)
		count, _ := b.get(stops, "length").Int()
		if b.err != nil || count == 0 {
			return
		}
		first, last := b.call(stops, "item", 0), b.call(stops, "item", count-1)
		active := b.get(b.call(el, "getRootNode"), "activeElement")
		backwards, _ := b.get(event, "shiftKey").Bool()
		inside, _ := b.call(el, "contains", active).Bool()
		var next safejs.Value
		switch {
		case !inside && backwards:
			next = last
		case !inside:
			next = first
		case backwards && sameNode(active, first):
			next = last
		case !backwards && sameNode(active, last):
			next = first
		default:
			return
		}
		b.call(event, "preventDefault")
		b.call(next, "focus")
	}
}

func sameNode(a, b safejs.Value) bool {
	same, err := a.Call("isSameNode", b)
	if err != nil {
		return false
	}
	yes, _ := same.Bool()
	return yes
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
