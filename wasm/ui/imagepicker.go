//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// imagesTemplate and the tiles imageTiles writes hold no user data: names
// are filled in as text and thumbnails as src afterwards.
//
//go:embed templates/images.html
var imagesMarkup string

var imagesTemplate = markup(imagesMarkup)

// imageTiles is the album's grid: tile i's checkbox carries value i and
// is named by the picture's name. The camera shows one tile, its
// viewfinder, with no checkbox.
func imageTiles(p *shim.ImagePicker) string {
	var sb strings.Builder
	for i := range p.Images {
		if p.Camera {
			sb.WriteString(`<figure class="tile viewfinder"><img class="thumb" alt=""></figure>`)
			break
		}
		fmt.Fprintf(&sb, `<label class="tile"><img class="thumb" alt=""><input type="checkbox" value="%d" aria-labelledby="ttshim-image-%d">`+
			`<span class="tile-name" id="ttshim-image-%d"></span></label>`, i, i, i)
	}
	return sb.String()
}

// imagePickerState is what the open image picker keeps: the names picked,
// in the order the person picked them.
type imagePickerState struct {
	reply   func(shim.Answer) error
	lang    string
	picker  *shim.ImagePicker
	order   []string
	count   safejs.Value
	alert   safejs.Value
	confirm safejs.Value
}

func (d *DOM) showImagePicker(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Images, dialog.Language
	if p == nil {
		report("the image picker", fmt.Errorf("dialog %d carries no images", dialog.ID))
		return
	}
	s := &imagePickerState{reply: reply, lang: lang, picker: p}
	title, confirmText := text(lang, "imagesTitle"), text(lang, "confirm")
	if p.Camera {
		title, confirmText = text(lang, "cameraTitle"), text(lang, "shoot")
	}
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "picker images", title, imagesTemplate)
	b.fill(el, ".picker-title", title)
	grid := b.call(el, "querySelector", ".grid")
	b.set(grid, "innerHTML", imageTiles(p))
	tiles := b.call(grid, "querySelectorAll", ".tile")
	for i, img := range p.Images {
		if p.Camera && i > 0 {
			break
		}
		tile := b.index(tiles, i)
		b.set(b.call(tile, "querySelector", ".thumb"), "src", img.URL)
		if !p.Camera {
			b.fill(tile, ".tile-name", img.Name)
		}
	}
	empty := b.call(el, "querySelector", ".empty")
	b.set(empty, "textContent", text(lang, "imagesEmpty"))
	b.set(empty, "hidden", len(p.Images) > 0)
	s.count = b.call(el, "querySelector", ".count")
	s.alert = b.call(el, "querySelector", ".limit")
	cancel := b.call(el, "querySelector", ".cancel")
	s.confirm = b.call(el, "querySelector", ".confirm")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(s.confirm, "textContent", confirmText)
	s.show(b, "")
	view := d.attachModal(b, layer, el, "the image picker")
	if view == nil {
		return
	}
	dismiss := func(safejs.Value) { report("the answer to the image picker", reply(dialog.Dismiss)) }
	for _, err := range []error{
		view.on(grid, "change", s.changed),
		view.on(s.confirm, "click", func(safejs.Value) { s.done() }),
		view.on(cancel, "click", dismiss),
		view.on(d.document, "keydown", onEscape(dismiss)),
	} {
		report("the image picker's controls", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = cancel.Call("focus")
}

// changed follows a tile's checkbox: a pick past count is refused with
// the limit shown.
func (s *imagePickerState) changed(event safejs.Value) {
	b := &builder{}
	target := b.get(event, "target")
	value, _ := b.get(target, "value").String()
	checked, _ := b.get(target, "checked").Bool()
	i, err := strconv.Atoi(value)
	if b.err != nil || err != nil || i < 0 || i >= len(s.picker.Images) {
		return
	}
	name := s.picker.Images[i].Name
	switch {
	case !checked:
		s.order = without(s.order, name)
		s.show(b, "")
	case len(s.order) >= s.picker.Count:
		b.set(target, "checked", false)
		s.show(b, fmt.Sprintf(text(s.lang, "imagesLimit"), s.picker.Count))
	default:
		s.order = append(s.order, name)
		s.show(b, "")
	}
	report("the image picker's count", b.err)
}

// show updates the count, the confirm button and the limit alert, which
// is cleared first so the same alert is announced again.
func (s *imagePickerState) show(b *builder, alert string) {
	if s.picker.Camera {
		b.set(s.confirm, "disabled", len(s.picker.Images) == 0)
		return
	}
	b.set(s.count, "textContent", fmt.Sprintf(text(s.lang, "imagesCount"), len(s.order), s.picker.Count))
	b.set(s.confirm, "disabled", len(s.order) == 0)
	b.set(s.alert, "textContent", "")
	if alert != "" {
		b.set(s.alert, "textContent", alert)
	}
}

// done answers with the picks, or, from the camera, its picture: the
// first of the fixture.
func (s *imagePickerState) done() {
	picked := append([]string{}, s.order...)
	if s.picker.Camera && len(s.picker.Images) > 0 {
		picked = []string{s.picker.Images[0].Name}
	}
	report("the answer to the image picker", s.reply(shim.Answer{Select: picked}))
}
