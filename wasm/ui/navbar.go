//go:build js && wasm

package ui

import (
	_ "embed"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// The window the client draws around the page: the navigation bar, the
// overlay of a closed window, and the leave confirmation.

//go:embed navbar.css
var navbarStyles string

//go:embed templates/leave.html
var leaveMarkup string

var leaveTemplate = markup(leaveMarkup)

func init() {
	// One stylesheet for the shadow root; the window's rules are kept apart.
	stylesheet += navbarStyles
	for key, words := range map[string]shim.I18n{
		"navigationBar": {ZhCN: "导航栏", EnUS: "Navigation bar", JaJP: "ナビゲーションバー"},
		"back":          {ZhCN: "返回", EnUS: "Back", JaJP: "戻る"},
		"windowClosed":  {ZhCN: "窗口已关闭", EnUS: "The window was closed", JaJP: "ウィンドウは閉じられました"},
		"closedByAPI":   {ZhCN: "页面调用了 tt.closeWindow", EnUS: "The page called tt.closeWindow", JaJP: "ページが tt.closeWindow を呼び出しました"},
		"closedByBack":  {ZhCN: "用户点击了返回", EnUS: "The person went back", JaJP: "ユーザーが戻りました"},
		"closedByClose": {ZhCN: "用户点击了关闭", EnUS: "The person closed the window", JaJP: "ユーザーがウィンドウを閉じました"},
	} {
		texts[key] = words
	}
}

// windowViews are the bar and the closed overlay on screen; DOM embeds
// them.
type windowViews struct {
	bar, closed *openView
	// titleObserver watches the document's title for the bar.
	titleObserver safejs.Value
}

// ShowNavigationBar draws bar, replacing the one on screen.
func (d *DOM) ShowNavigationBar(bar shim.NavigationBar, tap func(side, id string) error, leave func(effect string)) {
	d.HideNavigationBar()
	b := &builder{}
	layer := d.surface(b)
	lang := bar.Language
	el := b.call(d.document, "createElement", "nav")
	class := "navbar"
	if bar.Mobile {
		class += " mobile"
	}
	b.set(el, "className", class)
	b.call(el, "setAttribute", "aria-label", text(lang, "navigationBar"))
	style := b.get(el, "style")
	if bar.BackgroundColor != "" {
		b.call(style, "setProperty", "background-color", bar.BackgroundColor)
	}
	if bar.FrontColor != "" {
		b.call(style, "setProperty", "color", bar.FrontColor)
	}
	left, right := d.navSide(b, "left"), d.navSide(b, "right")
	title := b.call(d.document, "createElement", "h1")
	b.set(title, "className", "navbar-title")
	b.call(el, "append", left, title, right)
	var clicks []func(*openView) error
	system := func(parent safejs.Value, class, key, glyph, effect string) {
		button := d.navButton(b, parent, class, "", "")
		b.call(button, "setAttribute", "aria-label", text(lang, key))
		b.set(button, "textContent", glyph)
		clicks = append(clicks, func(v *openView) error {
			return v.on(button, "click", func(safejs.Value) { leave(effect) })
		})
	}
	items := func(parent safejs.Value, side string, list []shim.NavItem) {
		for _, item := range list {
			if !item.Drawn {
				continue
			}
			label, shown := item.Text, item.Text
			if !bar.Mobile {
				shown = "" // PC draws the image alone
			}
			if label == "" {
				label = item.ID
			}
			button := d.navButton(b, parent, "item", shown, navImageSrc(item.ImageBase64))
			if shown == "" {
				b.call(button, "setAttribute", "aria-label", label)
			}
			id := item.ID
			clicks = append(clicks, func(v *openView) error {
				return v.on(button, "click", func(safejs.Value) { report("a click on the navigation bar", tap(side, id)) })
			})
		}
	}
	if len(bar.Left) == 0 {
		system(left, "system back", "back", "‹", shim.LeaveBack)
	}
	items(left, "left", bar.Left)
	items(right, "right", bar.Right)
	system(right, "system close", "close", "✕", shim.LeaveClose)
	b.call(layer, "appendChild", el)
	if b.err != nil {
		report("the navigation bar", b.err)
		return
	}
	view := d.newView(el)
	for _, click := range clicks {
		report("the navigation bar's buttons", click(view))
	}
	d.bar = view
	if bar.Title != "" {
		_ = title.Set("textContent", bar.Title)
		return
	}
	// A web app's bar shows its document's title, as it changes.
	d.followTitle(view, title)
}

func (d *DOM) navSide(b *builder, side string) safejs.Value {
	el := b.call(d.document, "createElement", "div")
	b.set(el, "className", "navbar-side "+side)
	return el
}

// navButton adds a button showing label and, when src is set, an image.
func (d *DOM) navButton(b *builder, parent safejs.Value, class, label, src string) safejs.Value {
	button := b.call(d.document, "createElement", "button")
	b.set(button, "type", "button")
	b.set(button, "className", class)
	if src != "" {
		img := b.call(d.document, "createElement", "img")
		b.set(img, "alt", "")
		b.set(img, "src", src)
		b.call(button, "appendChild", img)
	}
	if label != "" {
		span := b.call(d.document, "createElement", "span")
		b.set(span, "textContent", label)
		b.call(button, "appendChild", span)
	}
	b.call(parent, "appendChild", button)
	return button
}

// navImageSrc is an item's image as a data: URI; the shim let through
// base64 only, bare (a PNG) or after an image prefix.
func navImageSrc(data string) string {
	if data == "" || strings.HasPrefix(data, "data:image/") {
		return data
	}
	return "data:image/png;base64," + data
}

// followTitle keeps the bar's title the document's, watching <head> for
// a new <title> or new text in it until the bar goes.
func (d *DOM) followTitle(view *openView, title safejs.Value) {
	update := func() {
		if current, err := d.document.Get("title"); err == nil {
			_ = title.Set("textContent", current)
		}
	}
	update()
	observe, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		defer recoverEvent()
		update()
		return nil
	})
	if err != nil {
		report("the navigation bar's title", err)
		return
	}
	view.funcs = append(view.funcs, observe)
	b := &builder{}
	observer, err := b.get(safejs.Global(), "MutationObserver").New(observe.Value())
	head := b.get(d.document, "head")
	options, oerr := safejs.ValueOf(map[string]any{"subtree": true, "childList": true, "characterData": true})
	if err != nil || oerr != nil || b.err != nil || head.Type() != safejs.TypeObject {
		return // a document without a head keeps the title it had
	}
	b.call(observer, "observe", head, options)
	d.titleObserver = observer
}

// HideNavigationBar removes the bar.
func (d *DOM) HideNavigationBar() {
	if d.titleObserver.Type() == safejs.TypeObject {
		_, _ = d.titleObserver.Call("disconnect")
		d.titleObserver = safejs.Undefined()
	}
	closeView(&d.bar)
}

// ShowWindowClosed covers the page with what closed its window.
func (d *DOM) ShowWindowClosed(c shim.WindowClosed) {
	d.HideWindowClosed()
	b := &builder{}
	layer := d.surface(b)
	el := b.call(d.document, "createElement", "div")
	b.set(el, "className", "closed")
	b.call(el, "setAttribute", "role", "alert")
	heading := b.call(d.document, "createElement", "h1")
	b.set(heading, "textContent", text(c.Language, "windowClosed"))
	why := b.call(d.document, "createElement", "p")
	b.set(why, "textContent", text(c.Language, map[string]string{
		"tt.closeWindow": "closedByAPI", shim.LeaveBack: "closedByBack", shim.LeaveClose: "closedByClose"}[c.By]))
	b.call(el, "append", heading, why)
	b.call(layer, "appendChild", el)
	if b.err != nil {
		report("the closed window", b.err)
		return
	}
	d.closed = d.newView(el)
}

// HideWindowClosed opens the window again.
func (d *DOM) HideWindowClosed() {
	closeView(&d.closed)
}

// showLeaveConfirm draws enableLeaveConfirm's dialog: its title and
// content, cancel and confirm.
func (d *DOM) showLeaveConfirm(dialog shim.Dialog, reply func(shim.Answer) error) {
	c, lang := dialog.Leave, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	name := c.Title
	if name == "" {
		name = c.Content
	}
	el := d.modal(b, dialog, "leave-confirm", name, leaveTemplate)
	b.fill(el, ".leave-title", c.Title)
	b.fill(el, ".leave-content", c.Content)
	cancel, confirm := b.call(el, "querySelector", ".cancel"), b.call(el, "querySelector", ".confirm")
	b.set(cancel, "textContent", orText(c.CancelText, text(lang, "cancel")))
	b.set(confirm, "textContent", orText(c.ConfirmText, text(lang, "confirm")))
	view := d.attachModal(b, layer, el, "the leave confirmation")
	if view == nil {
		return
	}
	answer := func(choice string) func(safejs.Value) {
		return func(safejs.Value) { report("the answer to the leave confirmation", reply(shim.Answer{Choice: choice})) }
	}
	for _, err := range []error{
		view.on(confirm, "click", answer("confirm")),
		view.on(cancel, "click", answer("cancel")),
		view.on(d.document, "keydown", onEscape(answer("cancel"))),
	} {
		report("the leave confirmation's buttons", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = cancel.Call("focus")
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
