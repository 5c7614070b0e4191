//go:build js && wasm

package ui

import (
	"math"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// feedback is what the interaction-feedback UI keeps: the toast on screen
// with its timer, and the text box of the prompt on screen.
type feedback struct {
	toast      *openView
	toastTimer safejs.Value
	promptBox  safejs.Value
	promptID   int
}

// maxTimeout is the longest delay setTimeout keeps; a longer one would
// fire at once.
const maxTimeout = math.MaxInt32

// ShowToast shows t in place of any toast or loading on screen, and hides
// it after its duration. Without a mask, taps go through it to the page.
func (d *DOM) ShowToast(t shim.Toast) {
	d.HideToast()
	b := &builder{}
	layer := d.surface(b)
	wrap := b.call(d.document, "createElement", "div")
	class := "toast-wrap"
	if t.Mobile {
		class += " mobile"
	}
	if t.Mask {
		class += " mask"
	}
	b.set(wrap, "className", class)
	box := b.call(d.document, "createElement", "div")
	b.set(box, "className", "toast icon-"+t.Icon)
	b.call(box, "setAttribute", "role", "status")
	b.call(box, "setAttribute", "aria-live", "polite")
	if t.Loading || t.Icon == "loading" {
		b.call(box, "setAttribute", "aria-busy", "true")
	}
	if t.Icon != "none" {
		icon := b.call(d.document, "createElement", "span")
		b.set(icon, "className", "toast-icon")
		b.call(icon, "setAttribute", "aria-hidden", "true")
		b.call(box, "appendChild", icon)
	}
	title := b.call(d.document, "createElement", "span")
	b.set(title, "className", "toast-title")
	b.set(title, "textContent", t.Title)
	b.call(box, "appendChild", title)
	b.call(wrap, "appendChild", box)
	b.call(layer, "appendChild", wrap)
	if b.err != nil {
		report("the toast", b.err)
		return
	}
	view := d.newView(wrap)
	d.feedback.toast = view
	hide, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		defer recoverEvent()
		if d.feedback.toast == view {
			d.HideToast()
		}
		return nil
	})
	if err != nil {
		report("the toast's timer", err)
		return
	}
	view.funcs = append(view.funcs, hide)
	timer, err := safejs.Global().Call("setTimeout", hide.Value(), math.Min(t.Duration, maxTimeout))
	report("the toast's timer", err)
	d.feedback.toastTimer = timer
}

// HideToast hides the toast or loading on screen, if any.
func (d *DOM) HideToast() {
	if d.feedback.toast == nil {
		return
	}
	if d.feedback.toastTimer.Type() == safejs.TypeNumber {
		_, _ = safejs.Global().Call("clearTimeout", d.feedback.toastTimer)
	}
	d.feedback.toast.close()
	d.feedback.toast, d.feedback.toastTimer = nil, safejs.Undefined()
}

// PromptInput is what prompt id's text box holds, "" when it is not on
// screen.
func (d *DOM) PromptInput(id int) string {
	if d.feedback.promptID != id || d.feedback.promptBox.Type() != safejs.TypeObject {
		return ""
	}
	value, err := d.feedback.promptBox.Get("value")
	if err != nil {
		return ""
	}
	text, _ := value.String()
	return text
}
