//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

func chatPicker(multi, message bool) shim.Dialog {
	return shim.Dialog{ID: 5, Kind: shim.DialogChats, API: "tt.chooseChat", Language: "en_US",
		Chats: &shim.ChatPicker{Multi: multi, MessageInput: message, ConfirmTitle: "Share <i>now</i>", Chats: []shim.PickerChat{
			{OpenChatID: "oc_a", Name: shim.I18n{EnUS: "Team <b>A</b>"}, Group: true, Members: 3},
			{OpenChatID: "oc_b", Name: shim.I18n{ZhCN: "审批助手"}, Bot: true},
			{OpenChatID: "oc_c", Name: shim.I18n{EnUS: "Cid"}, External: true},
		}},
		Dismiss: shim.Answer{Choice: shim.PickerCancel}}
}

// click checks (or unchecks) row i's input as a person's click does.
func clickRow(dialog node, i int) {
	inputs := dialog.call("querySelectorAll", ".list input")
	input, _ := inputs.Index(i)
	node{dialog.t, input}.call("click")
}

// The chat picker: a modal dialog with named rows (names are text, never
// markup), their tags as descriptions, a count, and 确定 enabled only
// once a chat is picked; the confirmation box lists the picks in order and
// answers with them, and the message when it asks for one.
func TestChatPicker(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(chatPicker(true, true), reply)
	root := shadow(t)
	dialog := root.find("section.picker.chats")
	if dialog.attr("aria-label") != "Choose chats" || dialog.attr("aria-modal") != "true" {
		t.Errorf("picker named %q", dialog.attr("aria-label"))
	}
	inputs := dialog.call("querySelectorAll", ".list input[type=checkbox]")
	var names, descriptions []string
	for i := range 3 {
		input, _ := inputs.Index(i)
		n := node{t, input}
		names = append(names, named(root, n))
		descriptions = append(descriptions, node{t, root.call("getElementById", n.attr("aria-describedby"))}.text())
	}
	if want := []string{"Team <b>A</b>", "审批助手", "Cid"}; !reflect.DeepEqual(names, want) || dialog.has(".row-name b") {
		t.Errorf("rows named %q, want %q", names, want)
	}
	if want := []string{"3 members", "Bot", "External"}; !reflect.DeepEqual(descriptions, want) {
		t.Errorf("rows described %q, want %q", descriptions, want)
	}
	next := dialog.find(".next")
	if disabled, _ := next.get("disabled").Bool(); !disabled {
		t.Error("确定 is enabled with nothing picked")
	}
	clickRow(dialog, 2)
	clickRow(dialog, 0)
	if count := dialog.find(".count").text(); count != "2 selected" {
		t.Errorf("count %q", count)
	}
	next.call("click")
	box := dialog.find(".confirm-box")
	if hidden, _ := box.get("hidden").Bool(); hidden || box.find(".picker-title").text() != "Share <i>now</i>" {
		t.Errorf("the box is hidden, or titled %q", box.find(".picker-title").text())
	}
	if chosen := box.find(".chosen").text(); chosen != "CidTeam <b>A</b>" {
		t.Errorf("the box lists %q", chosen)
	}
	message := box.find(".message")
	if focused := (node{t, root.get("activeElement")}); !focused.is(message) || message.attr("aria-label") != "Leave a message" {
		t.Errorf("the message box %q does not have the focus", message.attr("aria-label"))
	}
	if err := message.v.Set("value", "hi"); err != nil {
		t.Fatal(err)
	}
	box.find(".send").call("click")
	press(t, "Escape")
	want := []shim.Answer{{Fields: map[string]any{"select": []any{"oc_c", "oc_a"}, "message": "hi"}}, {Choice: shim.PickerCancel}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
	d.CloseDialog(5)
	if root.has("section.chats") {
		t.Error("CloseDialog left the picker")
	}
}

// In single mode a radio is the pick, the box has no message, and Send
// answers with the one chat; the box's Cancel goes back to the list.
func TestChatPickerSingle(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(chatPicker(false, false), reply)
	dialog := shadow(t).find("section.chats")
	clickRow(dialog, 0)
	clickRow(dialog, 1)
	dialog.find(".next").call("click")
	dialog.find(".back").call("click")
	if hidden, _ := dialog.find(".pick").get("hidden").Bool(); hidden {
		t.Error("the box's Cancel did not go back to the list")
	}
	dialog.find(".next").call("click")
	if hidden, _ := dialog.find(".message").get("hidden").Bool(); !hidden {
		t.Error("a message box without showMessageInput")
	}
	dialog.find(".send").call("click")
	if want := []shim.Answer{{Select: []string{"oc_b"}}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
}

// The chat page covers the app with the chat's name (as text), its badge
// and Back, which closes it; CloseAll closes it too.
func TestChatPage(t *testing.T) {
	d := newDOM(t)
	d.ShowChat(shim.OpenedChat{OpenChatID: "oc_a", Name: "<b>Team</b>", Group: true, Members: 4, Badge: 3, Language: "en_US", Mobile: true})
	root := shadow(t)
	page := root.find("section.chat-page")
	if page.attr("aria-label") != "<b>Team</b>" || page.find(".title").text() != "<b>Team</b>" || page.has(".title b") {
		t.Errorf("the page is named %q", page.attr("aria-label"))
	}
	if badge := page.find(".badge"); badge.text() != "3" || badge.attr("aria-label") != "3 unread" {
		t.Errorf("badge %q %q", badge.text(), badge.attr("aria-label"))
	}
	if members := page.find(".members").text(); members != "4 members" {
		t.Errorf("members %q", members)
	}
	page.find(".back").call("click")
	if root.has("section.chat-page") {
		t.Error("Back left the chat page")
	}
	d.ShowChat(shim.OpenedChat{Name: "Li Na", Language: "zh_CN"})
	d.CloseAll()
	if root.has("section.chat-page") {
		t.Error("CloseAll left the chat page")
	}
}
