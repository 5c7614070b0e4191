//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

// The bar draws the page's items and the client's own buttons, and each
// click says which; PC leaves text-only items out.
func TestNavigationBarDrawsItemsAndReportsClicks(t *testing.T) {
	d := newDOM(t)
	var taps, leaves []string
	tap := func(side, id string) error { taps = append(taps, side+":"+id); return nil }
	leave := func(effect string) { leaves = append(leaves, effect) }
	d.ShowNavigationBar(shim.NavigationBar{Shown: true, Language: "en_US", Mobile: true, Title: "Orders",
		Right: []shim.NavItem{{ID: "save", Text: "<b>Save</b>", Drawn: true}, {ID: "pic", ImageBase64: "iVBORw0KGgo=", Drawn: true}},
	}, tap, leave)
	bar := shadow(t).find("nav.navbar.mobile")
	if bar.attr("aria-label") != "Navigation bar" || bar.find("h1").text() != "Orders" {
		t.Fatalf("bar %q titled %q", bar.attr("aria-label"), bar.find("h1").text())
	}
	if bar.count("button") != 4 || bar.find(".system.back").attr("aria-label") != "Back" {
		t.Fatalf("%d buttons", bar.count("button"))
	}
	if img := bar.find("img"); img.attr("src") != "data:image/png;base64,iVBORw0KGgo=" || img.attr("alt") != "" {
		t.Errorf("image %q", img.attr("src"))
	}
	if named := bar.find(".right .item:nth-child(2)"); named.attr("aria-label") != "pic" {
		t.Errorf("an image-only item is named %q", named.attr("aria-label"))
	}
	bar.find(".right .item").call("click")
	bar.find(".system.back").call("click")
	bar.find(".system.close").call("click")
	if !reflect.DeepEqual(taps, []string{"right:save"}) || !reflect.DeepEqual(leaves, []string{"back", "close"}) {
		t.Errorf("taps %v, leaves %v", taps, leaves)
	}
	if bar.find(".right .item span").text() != "<b>Save</b>" || bar.count("b") != 0 {
		t.Error("an item's text was parsed as markup")
	}
	// PC: images only, and the page's left item replaces the back button.
	d.ShowNavigationBar(shim.NavigationBar{Shown: true, Language: "zh_CN",
		Left:  []shim.NavItem{{ID: "home", Text: "首页", ImageBase64: "data:image/png;base64,iVBORw0KGgo=", Drawn: true}},
		Right: []shim.NavItem{{ID: "word", Text: "文字"}}, BackgroundColor: "#ff0000", FrontColor: "#ffffff",
	}, tap, leave)
	root := shadow(t)
	if root.count("nav") != 1 {
		t.Fatalf("%d bars", root.count("nav"))
	}
	pc := root.find("nav.navbar")
	if pc.count(".system.back") != 0 || pc.count(".item") != 1 || pc.find(".item").attr("aria-label") != "首页" || pc.count("span") != 0 {
		t.Errorf("PC bar: %s", pc.str("innerHTML"))
	}
	if background := (node{t, pc.get("style")}).str("backgroundColor"); background != "rgb(255, 0, 0)" {
		t.Errorf("background %q", background)
	}
	d.HideNavigationBar()
	if root.count("nav") != 0 {
		t.Error("the bar stayed")
	}
}

// A web app's bar follows its document's title.
func TestNavigationBarFollowsTheDocumentTitle(t *testing.T) {
	d := newDOM(t)
	document := global(t, "document")
	before := document.str("title")
	t.Cleanup(func() { _ = document.v.Set("title", before) })
	d.ShowNavigationBar(shim.NavigationBar{Shown: true, Language: "zh_CN"}, func(string, string) error { return nil }, func(string) {})
	title := shadow(t).find("nav h1")
	if title.text() != before {
		t.Errorf("title %q, want %q", title.text(), before)
	}
	_ = document.v.Set("title", "订单")
	await(t, global(t, "Promise").call("resolve"))
	if title.text() != "订单" {
		t.Errorf("title %q after the document's changed", title.text())
	}
}

// The closed window covers the page and says why; the leave confirmation
// shows the page's texts, or the client's.
func TestClosedWindowAndLeaveConfirmation(t *testing.T) {
	d := newDOM(t)
	d.ShowWindowClosed(shim.WindowClosed{By: "back", Language: "ja_JP"})
	closed := shadow(t).find(".closed[role=alert]")
	if closed.find("h1").text() != "ウィンドウは閉じられました" || closed.find("p").text() != "ユーザーが戻りました" {
		t.Errorf("closed: %q", closed.text())
	}
	d.HideWindowClosed()
	if shadow(t).count(".closed") != 0 {
		t.Error("the overlay stayed")
	}
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 3, Kind: shim.DialogLeaveConfirm, Language: "en_US",
		Leave: &shim.LeaveConfirm{Content: "Unsaved changes", ConfirmText: "Leave"}}, reply)
	dialog := shadow(t).find("section.leave-confirm[role=dialog]")
	if dialog.attr("aria-label") != "Unsaved changes" || dialog.find(".confirm").text() != "Leave" || dialog.find(".cancel").text() != "Cancel" {
		t.Fatalf("dialog %q: %q", dialog.attr("aria-label"), dialog.text())
	}
	press(t, "Escape")
	dialog.find(".confirm").call("click")
	if want := []shim.Answer{{Choice: "cancel"}, {Choice: "confirm"}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %v, want %v", *got, want)
	}
}
