//go:build js && wasm

package ui

import (
	_ "embed"
	"strconv"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// modalTemplate is the modal and the prompt, which has a text box and no
// content; it holds no user data, which is set as text afterwards.
//
//go:embed templates/modal.html
var modalMarkup string

var modalTemplate = markup(modalMarkup)

// modalTexts is what a modal or prompt shows, its defaults already in the
// client's language.
type modalTexts struct {
	title, content, confirm, cancel string
	confirmColor, cancelColor       string
	showCancel                      bool
	// secret hides what is typed in the prompt's box (the security password).
	secret bool
}

// orDefault is text, or the client's own text under key when it is empty.
func orDefault(text, language, key string) string {
	if text == "" {
		return texts[key].In(language)
	}
	return text
}

func (d *DOM) showModal(dialog shim.Dialog, reply func(shim.Answer) error) {
	m, lang := dialog.Modal, dialog.Language
	d.drawModal(dialog, reply, modalTexts{title: m.Title, content: m.Content,
		confirm: orDefault(m.ConfirmText, lang, "modalConfirm"), cancel: orDefault(m.CancelText, lang, "cancel"),
		confirmColor: m.ConfirmColor, cancelColor: m.CancelColor, showCancel: m.ShowCancel}, nil)
}

func (d *DOM) showPrompt(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Prompt, dialog.Language
	d.drawModal(dialog, reply, modalTexts{title: p.Title,
		confirm: orDefault(p.ConfirmText, lang, "modalConfirm"), cancel: orDefault(p.CancelText, lang, "cancel"), showCancel: true}, p)
}

// drawModal draws a modal, or with prompt a prompt: a centred dialog,
// narrower on mobile, with the buttons side by side. Enter in a prompt's
// box confirms; Escape dismisses either.
func (d *DOM) drawModal(dialog shim.Dialog, reply func(shim.Answer) error, t modalTexts, prompt *shim.Prompt) {
	b := &builder{}
	layer := d.surface(b)
	name := t.title
	if name == "" {
		name = t.content
	}
	class := "modal"
	if prompt != nil {
		class += " prompt"
		if name == "" {
			name = orDefault(prompt.Placeholder, dialog.Language, "promptPlaceholder")
		}
	}
	el := d.modal(b, dialog, class, name, modalTemplate)
	title := b.call(el, "querySelector", ".modal-title")
	b.set(title, "textContent", t.title)
	b.set(title, "hidden", t.title == "")
	content := b.call(el, "querySelector", ".modal-content")
	b.set(content, "textContent", t.content)
	b.set(content, "hidden", t.content == "")
	confirm := b.call(el, "querySelector", ".confirm")
	cancel := b.call(el, "querySelector", ".cancel")
	b.set(confirm, "textContent", t.confirm)
	b.set(cancel, "textContent", t.cancel)
	b.set(cancel, "hidden", !t.showCancel)
	// Colours go through CSSOM colour properties, which take a colour or
	// nothing (never a url()).
	colour := "color"
	if !dialog.Mobile {
		colour = "backgroundColor"
		if t.confirmColor != "" {
			b.set(b.get(confirm, "style"), "borderColor", t.confirmColor)
		}
	}
	if t.confirmColor != "" {
		b.set(b.get(confirm, "style"), colour, t.confirmColor)
	}
	if t.cancelColor != "" {
		b.set(b.get(cancel, "style"), "color", t.cancelColor)
	}
	box := safejs.Undefined()
	if prompt != nil {
		box = b.call(el, "querySelector", ".prompt-input")
		b.set(box, "hidden", false)
		b.call(box, "setAttribute", "placeholder", orDefault(prompt.Placeholder, dialog.Language, "promptPlaceholder"))
		b.call(box, "setAttribute", "aria-label", name)
		if t.secret {
			b.set(box, "type", "password")
		}
		if prompt.MaxLength >= 0 {
			b.call(box, "setAttribute", "maxlength", strconv.Itoa(prompt.MaxLength))
		}
	}
	view := d.attachModal(b, layer, el, "the "+dialog.Kind+" of "+dialog.API)
	if view == nil {
		return
	}
	answer := func(choice string) func(safejs.Value) {
		return func(safejs.Value) {
			report("the answer to the "+dialog.Kind, reply(shim.Answer{Choice: choice}))
		}
	}
	listeners := []error{
		view.on(confirm, "click", answer(shim.ChoiceConfirm)),
		view.on(cancel, "click", answer(shim.ChoiceCancel)),
		view.on(d.document, "keydown", onEscape(answer(dialog.Dismiss.Choice))),
	}
	if prompt != nil {
		listeners = append(listeners, view.on(box, "keydown", onEnter(answer(shim.ChoiceConfirm))))
	}
	for _, err := range listeners {
		report("the "+dialog.Kind+"'s buttons", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	if prompt != nil {
		d.feedback.promptBox, d.feedback.promptID = box, dialog.ID
		_, _ = box.Call("focus")
		return
	}
	_, _ = confirm.Call("focus")
}
