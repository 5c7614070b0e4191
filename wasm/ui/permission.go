//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// The templates hold no user data: app names, scope names and places are
// filled in as text or values afterwards.
var (
	//go:embed templates/permission.html
	permissionMarkup string
	//go:embed templates/settings.html
	settingsMarkup string

	permissionTemplate = markup(permissionMarkup)
	settingsTemplate   = markup(settingsMarkup)
)

// replyShowing answers the dialog in el; an answer that does not fit is
// shown in its alert and leaves it open.
func replyShowing(el safejs.Value, reply func(shim.Answer) error) func(shim.Answer) {
	return func(a shim.Answer) {
		if err := reply(a); err != nil {
			b := &builder{}
			b.fill(el, ".error", err.Error())
			report("the alert of a dialog", b.err)
		}
	}
}

// listen adds the view's listeners, reporting any that could not be
// added as drawing what.
func listen(what string, errs ...error) {
	for _, err := range errs {
		report(what, err)
	}
}

// showPermission asks for one scope: the app, what it wants to use,
// Deny and Allow (Deny has the focus, as on the consent popup).
func (d *DOM) showPermission(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Permission, dialog.Language
	ask := fmt.Sprintf(text(lang, "permissionAsk"), text(lang, p.Scope))
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent permission", p.AppName+" "+ask, permissionTemplate)
	b.set(b.call(el, "querySelector", ".app-avatar"), "src", p.AppAvatar)
	b.fill(el, ".app-name", p.AppName)
	b.fill(el, ".ask", ask)
	b.fill(el, ".scope", p.Scope)
	deny, allow := b.call(el, "querySelector", ".deny"), b.call(el, "querySelector", ".allow")
	b.set(deny, "textContent", text(lang, "deny"))
	b.set(allow, "textContent", text(lang, "allow"))
	view := d.attachModal(b, layer, el, "the permission prompt for "+p.Scope)
	if view == nil {
		return
	}
	answer := func(choice string) func(safejs.Value) {
		return func(safejs.Value) { report("the answer to the permission prompt", reply(shim.Answer{Choice: choice})) }
	}
	listen("the permission prompt's buttons",
		view.on(allow, "click", answer(shim.PermissionAllow)),
		view.on(deny, "click", answer(shim.PermissionDeny)),
		view.on(d.document, "keydown", onEscape(answer(dialog.Dismiss.Choice))))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = deny.Call("focus")
}

// showSettings is openSetting's page: a switch for each scope decided,
// and Done (or Escape), which leaves with the switches as they are.
func (d *DOM) showSettings(dialog shim.Dialog, reply func(shim.Answer) error) {
	page, lang := dialog.Settings, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent settings", text(lang, "settingsTitle"), settingsTemplate)
	b.fill(el, ".ask", text(lang, "settingsTitle"))
	b.fill(el, ".app-name", page.AppName)
	var rows strings.Builder
	for i := range page.Scopes {
		fmt.Fprintf(&rows, `<label class="switch-row"><span id="ttshim-scope-%d"></span>`+
			`<input type="checkbox" role="switch" aria-labelledby="ttshim-scope-%d"></label>`, i, i)
	}
	list := b.call(el, "querySelector", ".switches")
	b.set(list, "innerHTML", rows.String())
	switches := b.call(list, "querySelectorAll", "input")
	for i, s := range page.Scopes {
		b.fill(el, fmt.Sprintf("#ttshim-scope-%d", i), text(lang, s.Scope))
		b.set(b.call(switches, "item", i), "checked", s.Allowed)
	}
	if len(page.Scopes) == 0 {
		none := b.call(el, "querySelector", ".none")
		b.set(none, "hidden", false)
		b.set(none, "textContent", text(lang, "settingsNone"))
	}
	done := b.call(el, "querySelector", ".done")
	b.set(done, "textContent", text(lang, "done"))
	view := d.attachModal(b, layer, el, "the settings page")
	if view == nil {
		return
	}
	answer := replyShowing(el, reply)
	leave := func(safejs.Value) {
		flipped := map[string]any{}
		for i, s := range page.Scopes {
			item, _ := switches.Call("item", i)
			on, _ := item.Get("checked")
			flipped[s.Scope], _ = on.Bool()
		}
		answer(shim.Answer{Fields: flipped})
	}
	listen("the settings page's switches", view.on(done, "click", leave), view.on(d.document, "keydown", onEscape(leave)))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = done.Call("focus")
}
