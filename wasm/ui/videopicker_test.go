//go:build js && wasm

package ui

import (
	"reflect"
	"strings"
	"testing"

	"ttshim/wasm/shim"
)

func mediaPicker(media string, camera bool, tiles ...shim.PickerImage) shim.Dialog {
	return shim.Dialog{ID: 5, Kind: shim.DialogImages, API: "tt.chooseMedia", Language: "en_US",
		Images:  &shim.ImagePicker{Count: 1, Camera: camera, Media: media, Images: tiles},
		Dismiss: shim.Answer{Choice: shim.PickerCancel}}
}

var (
	photoTile = shim.PickerImage{Name: "a.png", URL: dot}
	clipTile  = shim.PickerImage{Name: "clip.mp4", URL: dot, Video: true, Duration: 95.4}
)

// A video tile is named by its name and duration, shown as a clock; the
// limit speaks of videos.
func TestVideoPickerShowsDurations(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(mediaPicker(shim.MediaVideoType, false, clipTile, shim.PickerImage{Name: "b.mp4", URL: dot, Video: true, Duration: 8}), reply)
	root := shadow(t)
	dialog := root.find("section.images")
	if dialog.attr("aria-label") != "Choose videos" {
		t.Errorf("named %q", dialog.attr("aria-label"))
	}
	box := func(i int) node {
		el, _ := dialog.call("querySelectorAll", "input[type=checkbox]").Index(i)
		return node{t, el}
	}
	var name []string
	for _, id := range strings.Fields(box(0).attr("aria-labelledby")) {
		name = append(name, node{t, root.call("getElementById", id)}.text())
	}
	if strings.Join(name, " ") != "clip.mp4 1:35" {
		t.Errorf("the first checkbox is named %q", name)
	}
	box(1).call("click")
	box(0).call("click") // one too many
	if alert := dialog.find("[role=alert]").text(); alert != "You can choose up to 1 videos" {
		t.Errorf("alert %q", alert)
	}
	if hidden, _ := dialog.find(".record").get("hidden").Bool(); !hidden {
		t.Error("the album shows a record button")
	}
	dialog.find(".confirm").call("click")
	if want := []shim.Answer{{Select: []string{"b.mp4"}}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answered %+v", *got)
	}
	d.CloseAll()
}

// chooseMedia's camera takes the picture or records the video; a video
// camera's one button records.
func TestMediaCameraTakesOrRecords(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(mediaPicker("mix", true, photoTile, clipTile), reply)
	dialog := shadow(t).find("section.images")
	record := dialog.find(".record")
	if hidden, _ := record.get("hidden").Bool(); hidden || record.text() != "Record video" || dialog.find(".confirm").text() != "Take photo" {
		t.Errorf("buttons %q (hidden %v) and %q", record.text(), hidden, dialog.find(".confirm").text())
	}
	record.call("click")
	dialog.find(".confirm").call("click")
	if want := []shim.Answer{{Select: []string{"clip.mp4"}}, {Select: []string{"a.png"}}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answered %+v", *got)
	}
	d.ShowDialog(mediaPicker(shim.MediaVideoType, true, clipTile), reply)
	dialog = shadow(t).find("section.images")
	if dialog.find(".confirm").text() != "Record video" || dialog.attr("aria-label") != "Camera" {
		t.Errorf("the video camera's button reads %q", dialog.find(".confirm").text())
	}
	d.CloseAll()
}
