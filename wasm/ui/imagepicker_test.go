//go:build js && wasm

package ui

import (
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

const dot = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

func imagePicker(count int, camera bool) shim.Dialog {
	return shim.Dialog{ID: 4, Kind: shim.DialogImages, API: "tt.chooseImage", Language: "en_US",
		Images: &shim.ImagePicker{Count: count, Camera: camera, Images: []shim.PickerImage{
			{Name: "a <b>.png", URL: dot}, {Name: "b.png", URL: dot}, {Name: "c.png", URL: dot},
		}},
		Dismiss: shim.Answer{Choice: shim.PickerCancel}}
}

// The album: one named checkbox per picture (names as text), a count, a
// limit that refuses one pick too many, Confirm disabled until a pick;
// the answer lists the picks in order.
func TestImagePickerPicksInOrderUpToCount(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(imagePicker(2, false), reply)
	root := shadow(t)
	dialog := root.find("section.images")
	if dialog.attr("role") != "dialog" || dialog.attr("aria-label") != "Choose images" {
		t.Errorf("role %q, name %q", dialog.attr("role"), dialog.attr("aria-label"))
	}
	box := func(i int) node {
		el, _ := dialog.call("querySelectorAll", "input[type=checkbox]").Index(i)
		return node{t, el}
	}
	if name := named(root, box(0)); name != "a <b>.png" {
		t.Errorf("the first checkbox is named %q", name)
	}
	confirm := dialog.find(".confirm")
	if disabled, _ := confirm.get("disabled").Bool(); !disabled {
		t.Error("Confirm is enabled with nothing picked")
	}
	box(2).call("click")
	box(0).call("click")
	box(1).call("click") // one too many
	if alert := dialog.find("[role=alert]").text(); alert != "You can choose up to 2 images" {
		t.Errorf("alert %q", alert)
	}
	if status := dialog.find("[role=status]").text(); status != "2 of 2 selected" {
		t.Errorf("status %q", status)
	}
	confirm.call("click")
	if want := []shim.Answer{{Select: []string{"c.png", "a <b>.png"}}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answered %+v, want %+v", *got, want)
	}
	press(t, "Escape")
	if len(*got) != 2 || (*got)[1].Choice != shim.PickerCancel {
		t.Errorf("Escape answered %+v", *got)
	}
	d.CloseDialog(4)
	if root.has("section.images") {
		t.Error("the picker stayed after CloseDialog")
	}
}

// The camera has no checkboxes: its one button takes the first picture.
func TestImagePickerCameraTakesTheFirstPicture(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(imagePicker(1, true), reply)
	dialog := shadow(t).find("section.images")
	if dialog.attr("aria-label") != "Camera" || dialog.count("input") != 0 || dialog.count("img.thumb") != 1 {
		t.Errorf("camera %q with %d inputs, %d pictures", dialog.attr("aria-label"), dialog.count("input"), dialog.count("img.thumb"))
	}
	shoot := dialog.find(".confirm")
	if shoot.text() != "Take photo" {
		t.Errorf("the shutter reads %q", shoot.text())
	}
	shoot.call("click")
	if want := []shim.Answer{{Select: []string{"a <b>.png"}}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answered %+v", *got)
	}
	d.CloseAll()
}

// The viewer starts at Current, pages with its buttons and the arrow
// keys, and closes with Escape; CloseAll closes it too.
func TestViewerPagesAndCloses(t *testing.T) {
	d := newDOM(t)
	d.ShowViewer(shim.Viewer{URLs: []string{dot, dot + "#2", dot + "#3"}, Current: 1, Language: "zh_CN"})
	root := shadow(t)
	viewer := root.find("section.viewer")
	if viewer.attr("aria-label") != "图片预览" || viewer.find("[role=status]").text() != "2 / 3" {
		t.Fatalf("viewer %q at %q", viewer.attr("aria-label"), viewer.find("[role=status]").text())
	}
	viewer.find(".next").call("click")
	if src := viewer.find("img.shown").str("src"); src != dot+"#3" {
		t.Errorf("after Next: %q", src)
	}
	press(t, "ArrowLeft")
	press(t, "ArrowLeft")
	press(t, "ArrowLeft") // stays at the first
	if status := viewer.find("[role=status]").text(); status != "1 / 3" {
		t.Errorf("after three ArrowLefts: %q", status)
	}
	press(t, "Escape")
	if root.has("section.viewer") {
		t.Error("Escape left the viewer open")
	}
	d.ShowViewer(shim.Viewer{URLs: []string{dot}})
	d.CloseAll()
	if root.has("section.viewer") {
		t.Error("CloseAll left the viewer open")
	}
}
