//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

func consent(language string, mobile bool) shim.Dialog {
	return shim.Dialog{ID: 7, Kind: shim.DialogConsent, API: "Taro.getUserProfile", Language: language, Mobile: mobile,
		Consent: &shim.Consent{AppName: "<i>Demo</i>", AppAvatar: liLei.Avatar, Desc: "<img src=x onerror=alert(1)>",
			UserName: "Li <b>Lei</b>", UserAvatar: liLei.Avatar},
		Dismiss: shim.Answer{Choice: shim.ConsentDeny}}
}

// The consent popup is a modal dialog named by the app, worded in the
// client's language, with the page's texts as text; it takes the focus
// and gives it back.
func TestConsent(t *testing.T) {
	before := global(t, "document").find("body")
	button := node{t, global(t, "document").call("createElement", "button")}
	before.call("appendChild", button.v)
	t.Cleanup(func() { button.call("remove") })
	button.call("focus")

	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(consent("ja_JP", false), reply)
	root := shadow(t)
	popup := root.find("section.consent")
	if role, label, modal := popup.attr("role"), popup.attr("aria-label"), popup.attr("aria-modal"); role != "dialog" ||
		label != "<i>Demo</i>" || modal != "true" {
		t.Errorf("popup role %q, aria-label %q, aria-modal %q; want a modal dialog named by the app", role, label, modal)
	}
	for selector, want := range map[string]string{
		".app-name": "<i>Demo</i>", ".user-name": "Li <b>Lei</b>", ".desc": "<img src=x onerror=alert(1)>",
		".ask": "次の権限を求めています", ".allow": "許可", ".deny": "拒否",
	} {
		if text := popup.find(selector).text(); text != want {
			t.Errorf("%s = %q, want %q", selector, text, want)
		}
	}
	if popup.has("i, b, .desc img") {
		t.Error("the page's texts became elements")
	}
	if focused := (node{t, root.get("activeElement")}); !focused.is(popup.find(".deny")) {
		t.Errorf("the focus is on %q, want Deny", focused.text())
	}

	popup.find(".allow").call("click")
	press(t, "Escape")
	want := []shim.Answer{{Choice: shim.ConsentAllow}, {Choice: shim.ConsentDeny}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want Allow then Escape's dismissal %+v", *got, want)
	}
	d.CloseDialog(8)
	if !root.has("section.consent") {
		t.Fatal("closing another dialog closed this one")
	}
	d.CloseDialog(7)
	if root.has("section.consent") {
		t.Fatal("CloseDialog left the popup")
	}
	if focused := (node{t, global(t, "document").get("activeElement")}); !focused.is(button) {
		t.Errorf("the focus went to <%s>, not back to the page's button", focused.str("tagName"))
	}
	// Keys after closing reach nothing: its listeners went with it.
	press(t, "Escape")
	if len(*got) != 2 {
		t.Errorf("answers after closing: %+v", *got)
	}
}

// On a phone the popup is a bottom sheet, and a new dialog replaces the
// one on screen.
func TestConsentOnMobile(t *testing.T) {
	d := newDOM(t)
	_, reply := answers()
	d.ShowDialog(consent("en_US", true), reply)
	next := consent("zh_CN", true)
	next.ID = 8
	d.ShowDialog(next, reply)
	root := shadow(t)
	if n := root.count("section"); n != 1 {
		t.Fatalf("%d dialogs on screen, want 1", n)
	}
	popup := root.find("section")
	if class := popup.str("className"); class != "consent mobile" {
		t.Errorf("class %q, want the mobile sheet", class)
	}
	if allow := popup.find(".allow").text(); allow != "允许" {
		t.Errorf("Allow reads %q: the first dialog is still on screen", allow)
	}
}
