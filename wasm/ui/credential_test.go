//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

// The system authentication is a modal bottom sheet named in the client's
// language and described by the page's reason, shown as text; Cancel has
// the focus, and Pass, Fail, Cancel and Escape answer it.
func TestCredentialPrompt(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 7, Kind: shim.DialogCredential, Language: "en_US", Mobile: true,
		Dismiss: shim.Answer{Choice: shim.CredentialCancel}, Credential: &shim.CredentialPrompt{AuthContent: "<b>Unlock</b> payroll"}}, reply)
	root := shadow(t)
	prompt := root.find("section.credential")
	if prompt.attr("aria-label") != "Verify your identity" || prompt.attr("aria-modal") != "true" ||
		prompt.str("className") != "consent credential mobile" {
		t.Errorf("prompt %q, class %q", prompt.attr("aria-label"), prompt.str("className"))
	}
	reason := root.find("#" + prompt.attr("aria-describedby"))
	if prompt.has(".reason b") || reason.text() != "<b>Unlock</b> payroll" {
		t.Errorf("the reason %q, or it became markup", reason.text())
	}
	if focused := (node{t, root.get("activeElement")}); !focused.is(prompt.find(".cancel")) {
		t.Errorf("the focus is on %q, want Cancel", focused.text())
	}
	if labels := []string{prompt.find(".cancel").text(), prompt.find(".fail").text(), prompt.find(".pass").text()}; !reflect.DeepEqual(labels,
		[]string{"Cancel", "Fail", "Pass"}) {
		t.Errorf("buttons %q", labels)
	}
	prompt.find(".pass").call("click")
	prompt.find(".fail").call("click")
	prompt.find(".cancel").call("click")
	press(t, "Escape")
	want := []shim.Answer{{Choice: shim.CredentialPass}, {Choice: shim.CredentialFail}, {Choice: shim.CredentialCancel}, {Choice: shim.CredentialCancel}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
	d.CloseDialog(7)
	if root.has("section.credential") {
		t.Error("CloseDialog left the prompt")
	}
}
