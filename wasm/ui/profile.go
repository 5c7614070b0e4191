//go:build js && wasm

package ui

import (
	"strconv"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// cardTemplate and pageTemplate hold no user data: names and departments
// are filled in as text afterwards.
const cardTemplate = `<div class="cover"></div>` +
	`<button class="close" type="button"><span aria-hidden="true">×</span></button>` +
	`<img class="avatar" alt="">` +
	`<h2 class="name"></h2><p class="alias"></p>` +
	`<p class="dept"><span class="dept-name"></span> <span class="tag"></span></p>`

const pageTemplate = `<header class="bar">` +
	`<button class="close back" type="button"><span aria-hidden="true">‹</span></button>` +
	`<span class="title"></span></header>` +
	`<div class="hero"><img class="avatar big" alt=""><h2 class="name"></h2><p class="alias"></p>` +
	`<span class="tag"></span></div>` +
	`<dl class="fields"><dt class="dept-label"></dt><dd class="dept-name"></dd></dl>`

// openView is a shown card or page with the listeners that close it.
type openView struct {
	el        safejs.Value
	document  safejs.Value
	onKeydown safejs.Value
	funcs     []safejs.Func
}

// ShowProfile shows one user's profile, replacing any open one.
func (d *DOM) ShowProfile(p shim.Profile) {
	d.CloseAll()
	b := &builder{}
	layer := d.surface(b)
	name := p.User.Name.In(p.Language)
	el := b.call(d.document, "createElement", "section")
	b.call(el, "setAttribute", "role", "dialog")
	b.call(el, "setAttribute", "aria-label", name)
	if p.Floating {
		b.set(el, "className", "card")
		b.set(el, "innerHTML", cardTemplate)
		style := b.get(el, "style")
		b.call(style, "setProperty", "left", px(p.Left))
		b.call(style, "setProperty", "top", px(p.Top))
	} else {
		b.set(el, "className", "page")
		b.call(el, "setAttribute", "aria-modal", "true")
		b.set(el, "innerHTML", pageTemplate)
		b.fill(el, ".title", text(p.Language, "profile"))
		b.fill(el, ".dept-label", text(p.Language, "department"))
	}
	b.fill(el, ".name", name)
	b.fill(el, ".alias", alias(p.User.Name, p.Language))
	b.fill(el, ".dept-name", p.User.Department.In(p.Language))
	if p.User.External {
		b.fill(el, ".tag", text(p.Language, "external"))
	}
	b.set(b.call(el, "querySelector", ".avatar"), "src", p.User.Avatar)
	closeButton := b.call(el, "querySelector", ".close")
	b.call(closeButton, "setAttribute", "aria-label", text(p.Language, "close"))
	b.call(layer, "appendChild", el)
	if b.err != nil {
		report("the profile of "+p.User.OpenID, b.err)
		return
	}
	d.profile = d.listen(el, closeButton)
}

// listen closes the view on its close button or Escape.
func (d *DOM) listen(el, closeButton safejs.Value) *openView {
	view := &openView{el: el, document: d.document}
	onClose, err := view.handler(func(safejs.Value) { d.CloseAll() })
	if err != nil {
		report("the close button", err)
		return view
	}
	onKeydown, err := view.handler(func(event safejs.Value) {
		if key, _ := event.Get("key"); key.Type() == safejs.TypeString {
			if k, _ := key.String(); k == "Escape" {
				d.CloseAll()
			}
		}
	})
	if err != nil {
		report("the Escape key", err)
		return view
	}
	view.onKeydown = onKeydown
	_, _ = closeButton.Call("addEventListener", "click", onClose)
	_, _ = d.document.Call("addEventListener", "keydown", view.onKeydown)
	return view
}

// handler makes an event listener that the view releases when it closes;
// a panic in it is reported, never fatal.
func (v *openView) handler(fn func(event safejs.Value)) (safejs.Value, error) {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer recoverEvent()
		event := safejs.Undefined()
		if len(args) > 0 {
			event = args[0]
		}
		fn(event)
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	v.funcs = append(v.funcs, f)
	return f.Value(), nil
}

func (v *openView) close() {
	_, _ = v.el.Call("remove")
	if !v.onKeydown.IsUndefined() {
		_, _ = v.document.Call("removeEventListener", "keydown", v.onKeydown)
	}
	// Safe even from inside one of them: with the view gone and the key
	// listener removed, nothing calls them again.
	for _, f := range v.funcs {
		f.Release()
	}
}

// alias is the name in another language, shown under the main one.
func alias(name shim.I18n, language string) string {
	main := name.In(language)
	for _, other := range []string{"en_US", "zh_CN", "ja_JP"} {
		if s := name.In(other); s != main {
			return s
		}
	}
	return ""
}

func px(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "px" }

func recoverEvent() {
	if p := recover(); p != nil {
		report("after an event", errorf(p))
	}
}
