//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// tt.toggleChat's sidebar: a chat beside the app, not over it, so the
// page stays usable and keeps the focus; its close button tells the shim.
var (
	//go:embed templates/sidebar.html
	sidebarMarkup string
	//go:embed sidebar.css
	sidebarStyles string

	sidebarTemplate = markup(sidebarMarkup)
)

func init() {
	texts["sidebarMenu"] = shim.I18n{ZhCN: "侧边菜单栏", EnUS: "Sidebar menu", JaJP: "サイドメニュー"}
	texts["sidebarChat"] = shim.I18n{ZhCN: "消息", EnUS: "Messages", JaJP: "メッセージ"}
	stylesheet += sidebarStyles
}

// sidebarViews is the sidebar on screen; DOM embeds it.
type sidebarViews struct{ sidebar *openView }

// ShowChatSidebar draws the sidebar (replacing one on screen) until the
// shim closes it or the person does, which closed tells the shim.
func (d *DOM) ShowChatSidebar(s shim.ChatSidebar, closed func()) {
	d.CloseChatSidebar()
	c, lang := s.Chat, s.Chat.Language
	b := &builder{}
	layer := d.surface(b)
	el := b.call(d.document, "createElement", "aside")
	b.set(el, "className", "chat-sidebar")
	b.call(el, "setAttribute", "aria-label", c.Name)
	b.set(el, "innerHTML", sidebarTemplate)
	b.set(b.get(el, "style"), "width", fmt.Sprintf("%dpx", s.Width))
	menu := b.call(el, "querySelector", ".menu")
	b.set(menu, "hidden", !s.Menu)
	b.call(menu, "setAttribute", "aria-label", text(lang, "sidebarMenu"))
	b.fill(el, ".menu .item", text(lang, "sidebarChat"))
	closeButton := b.call(el, "querySelector", ".close")
	b.call(closeButton, "setAttribute", "aria-label", text(lang, "close"))
	fillChatHeading(b, el, c)
	b.fill(el, ".opened", fmt.Sprintf(text(lang, "chatOpened"), c.API))
	b.call(layer, "appendChild", el)
	if b.err != nil {
		report("the chat sidebar", b.err)
		return
	}
	view := d.newView(el)
	d.sidebar = view
	listen("the chat sidebar's close button", view.on(closeButton, "click", func(safejs.Value) {
		d.CloseChatSidebar()
		closed()
	}))
}

// CloseChatSidebar removes the sidebar, if one is on screen.
func (d *DOM) CloseChatSidebar() { closeView(&d.sidebar) }
