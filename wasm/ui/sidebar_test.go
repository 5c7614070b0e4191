//go:build js && wasm

package ui

import (
	"testing"

	"ttshim/wasm/shim"
)

// toggleChat's sidebar sits beside the app at the page's width, names the
// chat, draws its menu bar only when asked, and its close button closes it
// and tells the shim.
func TestChatSidebar(t *testing.T) {
	d := newDOM(t)
	chat := shim.OpenedChat{OpenChatID: "oc_1", Name: "Engineering", Group: true, Members: 3, Language: "en_US", API: "tt.toggleChat"}
	closed := 0
	d.ShowChatSidebar(shim.ChatSidebar{Chat: chat, Width: 320, Menu: true}, func() { closed++ })
	root := shadow(t)
	side := root.find("aside.chat-sidebar")
	width := (node{t, side.get("style")}).str("width")
	if side.attr("aria-label") != "Engineering" || width != "320px" || root.has("[aria-modal]") {
		t.Errorf("sidebar %q, width %q, or modal", side.attr("aria-label"), width)
	}
	if menu := side.find(".menu"); hidden(menu) || menu.attr("aria-label") != "Sidebar menu" {
		t.Errorf("menu hidden %v, named %q", hidden(menu), menu.attr("aria-label"))
	}
	if got := side.find(".hero").text(); got != "Engineering3 membersThe page opened this chat with tt.toggleChat" {
		t.Errorf("hero %q", got)
	}
	// Another replaces it, without its menu.
	d.ShowChatSidebar(shim.ChatSidebar{Chat: chat, Width: 400}, func() { closed += 10 })
	if root.count("aside.chat-sidebar") != 1 || !hidden(root.find("aside .menu")) {
		t.Errorf("%d sidebars, or the menu shown", root.count("aside.chat-sidebar"))
	}
	close := root.find("aside .close")
	if close.attr("aria-label") != "Close" {
		t.Errorf("close named %q", close.attr("aria-label"))
	}
	close.call("click")
	if closed != 10 || root.has("aside.chat-sidebar") {
		t.Errorf("closed %d, or still drawn", closed)
	}
}
