//go:build js && wasm

package ui

import (
	"testing"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// liLei's names carry markup, which must reach the page as text.
var liLei = shim.User{
	OpenID:     "ou_li_lei",
	Name:       shim.I18n{ZhCN: "李<b>雷</b>", EnUS: "Li <b>Lei</b>"},
	Department: shim.I18n{ZhCN: "工程部", EnUS: "Engineering"},
	Avatar:     "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
	External:   true,
}

// A PC card is a named, non-modal dialog in an open shadow root, styled by
// an adopted stylesheet, with every user text set as text.
func TestCard(t *testing.T) {
	d := newDOM(t)
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true, Left: 100, Top: 200.5})
	root := shadow(t)
	if mode := root.str("mode"); mode != "open" {
		t.Errorf("shadow root mode %q", mode)
	}
	if sheets, _ := root.get("adoptedStyleSheets").Length(); sheets != 1 || root.has("style") {
		t.Errorf("%d adopted stylesheets, <style> elements: %v; want the one adopted sheet", sheets, root.has("style"))
	}
	card := root.find("section.card")
	if role, label, modal := card.attr("role"), card.attr("aria-label"), card.attr("aria-modal"); role != "dialog" ||
		label != "Li <b>Lei</b>" || modal != "<none>" {
		t.Errorf("card role %q, aria-label %q, aria-modal %q; want a dialog named by the user, not modal", role, label, modal)
	}
	for selector, want := range map[string]string{
		".name": "Li <b>Lei</b>", ".alias": "李<b>雷</b>", ".dept-name": "Engineering", ".tag": "External",
	} {
		if got := card.find(selector).text(); got != want {
			t.Errorf("%s = %q, want %q", selector, got, want)
		}
	}
	if card.has("b") {
		t.Error("a name's markup became elements")
	}
	if label := card.find(".close").attr("aria-label"); label != "Close" {
		t.Errorf("close button named %q", label)
	}
	if src := card.find(".avatar").str("src"); src != liLei.Avatar {
		t.Errorf("avatar %q", src)
	}
	style := node{t, card.get("style")}
	if left, top := style.str("left"), style.str("top"); left != "100px" || top != "200.5px" {
		t.Errorf("card at %s, %s; want 100px, 200.5px", left, top)
	}

	// Another card replaces it; its close button and Escape close it.
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true})
	if n := root.count("section"); n != 1 {
		t.Fatalf("%d cards after the second, want 1", n)
	}
	root.find(".close").call("click")
	if root.has("section") {
		t.Fatal("the close button left the card")
	}
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true})
	press(t, "Enter")
	if !root.has("section") {
		t.Fatal("Enter closed the card")
	}
	press(t, "Escape")
	if root.has("section") {
		t.Fatal("Escape left the card")
	}
}

// On a phone the profile is a full-screen modal page, worded in the
// client's language.
func TestProfilePage(t *testing.T) {
	d := newDOM(t)
	d.ShowProfile(shim.Profile{User: liLei, Language: "zh_CN"})
	page := shadow(t).find("section.page")
	if role, label, modal := page.attr("role"), page.attr("aria-label"), page.attr("aria-modal"); role != "dialog" ||
		label != "李<b>雷</b>" || modal != "true" {
		t.Errorf("page role %q, aria-label %q, aria-modal %q; want a modal dialog named by the user", role, label, modal)
	}
	for selector, want := range map[string]string{
		".title": "个人信息", ".dept-label": "部门", ".dept-name": "工程部", ".name": "李<b>雷</b>",
		".alias": "Li <b>Lei</b>", ".tag": "外部",
	} {
		if got := page.find(selector).text(); got != want {
			t.Errorf("%s = %q, want %q", selector, got, want)
		}
	}
	if label := page.find(".back").attr("aria-label"); label != "关闭" {
		t.Errorf("back button named %q", label)
	}
	d.CloseAll()
	if shadow(t).has("section") {
		t.Error("CloseAll left the page")
	}
}

// The page may remove ttshim's host element; the next card puts it back.
func TestHostElementComesBack(t *testing.T) {
	d := newDOM(t)
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true})
	global(t, "document").find("ttshim-ui").call("remove")
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true})
	if !shadow(t).has("section.card") {
		t.Error("the card was drawn in a host element the page no longer has")
	}
}

// The card follows the page's colour scheme.
func TestLightAndDark(t *testing.T) {
	emulate := func(scheme string) {
		options, err := safejs.ValueOf(map[string]any{"colorScheme": scheme})
		if err != nil {
			t.Fatal(err)
		}
		await(t, node{t, safejs.Global()}.call("wasmtestEmulateMedia", options))
	}
	t.Cleanup(func() { emulate("light") })
	d := newDOM(t)
	d.ShowProfile(shim.Profile{User: liLei, Language: "en_US", Floating: true})
	card := shadow(t).find("section.card")
	background := func() string {
		style := node{t, node{t, safejs.Global()}.call("getComputedStyle", card.v)}
		return style.str("backgroundColor")
	}
	emulate("light")
	if got := background(); got != "rgb(255, 255, 255)" {
		t.Errorf("light card background %s", got)
	}
	emulate("dark")
	if got := background(); got != "rgb(41, 41, 41)" {
		t.Errorf("dark card background %s", got)
	}
}
