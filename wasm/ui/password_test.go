//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

// The security-password box is a prompt named in the client's language
// whose box hides what is typed and has the focus; OK and Enter confirm
// what is typed, Cancel and Escape cancel; after a miss it says how many
// tries are left.
func TestPasswordBox(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 4, Kind: shim.DialogPassword, Language: "en_US",
		Dismiss: shim.Answer{Choice: shim.ChoiceCancel}, Password: &shim.PasswordPrompt{}}, reply)
	root := shadow(t)
	box := root.find("section.prompt")
	if box.attr("aria-label") != "Verify security password" || box.attr("aria-modal") != "true" || !hidden(box.find(".modal-content")) {
		t.Errorf("box %q, or the hint is shown before a miss", box.attr("aria-label"))
	}
	input := box.find(".prompt-input")
	if input.str("type") != "password" || input.attr("placeholder") != "Enter your security password" || input.attr("maxlength") != "<none>" {
		t.Errorf("input type %q, placeholder %q, maxlength %q", input.str("type"), input.attr("placeholder"), input.attr("maxlength"))
	}
	if focused := (node{t, root.get("activeElement")}); !focused.is(input) {
		t.Errorf("the focus is on %q, want the password box", focused.str("className"))
	}
	if err := input.v.Set("value", "123456"); err != nil {
		t.Fatal(err)
	}
	if typed := d.PromptInput(4); typed != "123456" {
		t.Errorf("PromptInput %q", typed)
	}
	box.find(".confirm").call("click")
	box.find(".cancel").call("click")
	press(t, "Escape")
	want := []shim.Answer{{Choice: shim.ChoiceConfirm}, {Choice: shim.ChoiceCancel}, {Choice: shim.ChoiceCancel}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
	d.ShowDialog(shim.Dialog{ID: 5, Kind: shim.DialogPassword, Language: "zh_CN", Mobile: true,
		Dismiss: shim.Answer{Choice: shim.ChoiceCancel}, Password: &shim.PasswordPrompt{AttemptsLeft: 2}}, reply)
	box = root.find("section.prompt")
	if hint := box.find(".modal-content"); hint.text() != "密码错误，还可尝试 2 次" || hidden(hint) || box.attr("aria-label") != "验证安全密码" {
		t.Errorf("hint %q, name %q", hint.text(), box.attr("aria-label"))
	}
	if root.count("section.prompt") != 1 || d.PromptInput(4) != "" {
		t.Error("the first box is still there")
	}
}

func hidden(n node) bool {
	yes, _ := n.get("hidden").Bool()
	return yes
}
