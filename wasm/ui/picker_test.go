//go:build js && wasm

package ui

import (
	"reflect"
	"strconv"
	"testing"

	"ttshim/wasm/shim"
)

func picker(multi bool, maxNum int) shim.Dialog {
	return shim.Dialog{ID: 3, Kind: shim.DialogContacts, API: "tt.chooseContact", Language: "en_US",
		Picker: &shim.Picker{Multi: multi, MaxNum: maxNum, People: []shim.PickerPerson{
			{OpenID: "ou_a", Name: shim.I18n{EnUS: "Ann <b>A</b>"}, Department: shim.I18n{EnUS: "Sales"}},
			{OpenID: "ou_b", Name: shim.I18n{ZhCN: "贝贝"}, External: true},
			{OpenID: "ou_c", Name: shim.I18n{EnUS: "Cid"}, Chosen: true},
		}},
		Dismiss: shim.Answer{Choice: shim.PickerCancel}}
}

// named is the text of what an element's aria-labelledby points to: its
// accessible name.
func named(root, el node) string {
	return node{root.t, root.call("getElementById", el.attr("aria-labelledby"))}.text()
}

// The picker is a modal dialog with a named search box and one named
// checkbox per person, in a named group; its count is a status.
func TestPickerRows(t *testing.T) {
	d := newDOM(t)
	_, reply := answers()
	d.ShowDialog(picker(true, 0), reply)
	root := shadow(t)
	dialog := root.find("section.picker")
	if role, label, modal := dialog.attr("role"), dialog.attr("aria-label"), dialog.attr("aria-modal"); role != "dialog" ||
		label != "Choose contacts" || modal != "true" {
		t.Errorf("picker role %q, aria-label %q, aria-modal %q", role, label, modal)
	}
	search := dialog.find("input.search")
	if label := search.attr("aria-label"); label != "Search" {
		t.Errorf("search box named %q", label)
	}
	if focused := (node{t, root.get("activeElement")}); !focused.is(search) {
		t.Error("the search box does not have the focus")
	}
	group := dialog.find("[role=group]")
	if name := named(root, group); name != "Contacts" {
		t.Errorf("the people's group is named %q", name)
	}
	inputs := dialog.call("querySelectorAll", "input[type=checkbox]")
	var names []string
	for i := range 3 {
		input, _ := inputs.Index(i)
		names = append(names, named(root, node{t, input}))
	}
	if want := []string{"Ann <b>A</b>", "贝贝", "Cid"}; !reflect.DeepEqual(names, want) {
		t.Errorf("checkboxes named %q, want %q (a name missing in English falls back)", names, want)
	}
	if dialog.has("b") {
		t.Error("a name's markup became elements")
	}
	if tag := dialog.find("#ttshim-pick-1-sub .tag").text(); tag != "External" {
		t.Errorf("the external contact's tag reads %q", tag)
	}
	count := dialog.find(".count")
	if role, text := count.attr("role"), count.text(); role != "status" || text != "1 selected" {
		t.Errorf("count: role %q, %q; want a status saying 1 selected", role, text)
	}
}

// Picks are counted and kept in the order made; one past maxNum is
// refused with an alert; Confirm answers the picks, Cancel and Escape
// cancel.
func TestPickerPicks(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(picker(true, 2), reply)
	dialog := shadow(t).find("section.picker")
	checkbox := func(i int) node { return dialog.find(`input[value="` + strconv.Itoa(i) + `"]`) }
	checkbox(0).call("click")
	if alert := dialog.find(".limit"); alert.attr("role") != "alert" || alert.text() != "" {
		t.Errorf("limit alert before the limit: role %q, %q", alert.attr("role"), alert.text())
	}
	if text := dialog.find(".count").text(); text != "2 selected" {
		t.Errorf("count %q after a second pick", text)
	}
	checkbox(1).call("click")
	if checked, _ := checkbox(1).get("checked").Bool(); checked {
		t.Error("a pick past maxNum stayed checked")
	}
	if text := dialog.find(".limit").text(); text != "You can choose up to 2" {
		t.Errorf("limit alert %q", text)
	}
	dialog.find(".confirm").call("click")
	dialog.find(".cancel").call("click")
	press(t, "Escape")
	want := []shim.Answer{{Select: []string{"ou_c", "ou_a"}}, {Choice: shim.PickerCancel}, {Choice: shim.PickerCancel}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
}

// Single mode offers radios; the search hides the rows it does not find
// and says so when it finds none.
func TestPickerSearch(t *testing.T) {
	d := newDOM(t)
	_, reply := answers()
	d.ShowDialog(picker(false, 0), reply)
	dialog := shadow(t).find("section.picker")
	if radios := dialog.count("input[type=radio]"); radios != 3 {
		t.Errorf("%d radios in single mode, want 3", radios)
	}
	search := dialog.find("input.search")
	find := func(query string) {
		if err := search.v.Set("value", query); err != nil {
			t.Fatal(err)
		}
		event, err := global(t, "Event").v.New("input")
		if err != nil {
			t.Fatal(err)
		}
		search.call("dispatchEvent", event)
	}
	find("贝")
	if shown := dialog.count(".row:not([hidden])"); shown != 1 {
		t.Errorf("%d rows shown for 贝, want 1", shown)
	}
	find("nobody")
	empty := dialog.find(".empty")
	if hidden, _ := empty.get("hidden").Bool(); hidden || empty.text() != "No results" {
		t.Errorf("no results: hidden %v, %q", hidden, empty.text())
	}
	if hidden, _ := dialog.find(".group").get("hidden").Bool(); !hidden {
		t.Error("a group with no row found is still shown")
	}
	find("")
	if shown := dialog.count(".row:not([hidden])"); shown != 3 {
		t.Errorf("%d rows shown for an empty search, want 3", shown)
	}
}
