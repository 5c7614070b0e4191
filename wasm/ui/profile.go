//go:build js && wasm

package ui

import (
	_ "embed"
	"strconv"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// cardTemplate and pageTemplate hold no user data: names and departments
// are filled in as text afterwards.
//
//go:embed templates/card.html
var cardMarkup string

var cardTemplate = markup(cardMarkup)

//go:embed templates/page.html
var pageMarkup string

var pageTemplate = markup(pageMarkup)

// ShowProfile shows one user's profile, replacing any open one.
func (d *DOM) ShowProfile(p shim.Profile) {
	d.closeProfile()
	b := &builder{}
	layer := d.surface(b)
	name := p.User.Name.In(p.Language)
	var el safejs.Value
	if p.Floating {
		el = b.call(d.profileProto(b, &d.cardProto, "card", cardTemplate), "cloneNode", true)
		style := b.get(el, "style")
		b.call(style, "setProperty", "left", px(p.Left))
		b.call(style, "setProperty", "top", px(p.Top))
	} else {
		el = b.call(d.profileProto(b, &d.pageProto, "page", pageTemplate), "cloneNode", true)
		b.fill(el, ".title", text(p.Language, "profile"))
		b.fill(el, ".dept-label", text(p.Language, "department"))
	}
	b.call(el, "setAttribute", "aria-label", name)
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
	view := d.newView(el)
	closeProfile := func(safejs.Value) { d.closeProfile() }
	if err := view.on(closeButton, "click", closeProfile); err != nil {
		report("the close button", err)
	}
	if err := view.on(d.document, "keydown", onEscape(closeProfile)); err != nil {
		report("the Escape key", err)
	}
	d.profile = view
}

// profileProto returns the element each card or page is cloned from, made
// the first time: parsing the template once, not on every card, saves
// most of the DOM's share of drawing one.
func (d *DOM) profileProto(b *builder, proto *safejs.Value, class, template string) safejs.Value {
	if proto.Type() == safejs.TypeObject {
		return *proto
	}
	el := b.call(d.document, "createElement", "section")
	b.set(el, "className", class)
	b.call(el, "setAttribute", "role", "dialog")
	if class == "page" {
		b.call(el, "setAttribute", "aria-modal", "true")
	}
	b.set(el, "innerHTML", template)
	if b.err == nil {
		*proto = el
	}
	return el
}

func (d *DOM) closeProfile() {
	closeView(&d.profile)
}

// alias is the name in another language, shown under the main one: the
// first language after the client's that gives another name.
func alias(name shim.I18n, language string) string {
	main := name.In(language)
	for _, other := range shim.NameOrder(language)[1:] {
		if s := name.In(other); s != main {
			return s
		}
	}
	return ""
}

func px(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "px" }
