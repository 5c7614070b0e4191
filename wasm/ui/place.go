//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strconv"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

var (
	//go:embed templates/place.html
	placeMarkup string
	//go:embed templates/map.html
	mapMarkup string

	placeTemplate = markup(placeMarkup)
	mapTemplate   = markup(mapMarkup)
)

// showPlace is chooseLocation's map: the place it starts at, which the
// person renames or moves by its fields, then Send; or Cancel (Escape).
func (d *DOM) showPlace(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Place, dialog.Language
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent place", text(lang, "placeTitle"), placeTemplate)
	b.fill(el, ".ask", text(lang, "placeTitle"))
	inputs := map[string]safejs.Value{}
	for _, f := range []struct{ class, label, value string }{
		{"name", "placeName", p.Name}, {"address", "placeAddress", p.Address},
		{"lat", "latitude", coordText(p.Latitude)}, {"lng", "longitude", coordText(p.Longitude)},
	} {
		b.fill(el, "."+f.class+"-label", text(lang, f.label))
		inputs[f.class] = b.call(el, "querySelector", "input."+f.class)
		b.set(inputs[f.class], "value", f.value)
	}
	cancel, send := b.call(el, "querySelector", ".cancel"), b.call(el, "querySelector", ".send")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(send, "textContent", text(lang, "send"))
	view := d.attachModal(b, layer, el, "the location picker")
	if view == nil {
		return
	}
	answer := replyShowing(el, reply)
	sent := func(safejs.Value) {
		b := &builder{}
		value := func(class string) string { s, _ := b.get(inputs[class], "value").String(); return s }
		lat, latErr := strconv.ParseFloat(value("lat"), 64)
		lng, lngErr := strconv.ParseFloat(value("lng"), 64)
		if latErr != nil || lngErr != nil {
			b.fill(el, ".error", text(lang, "placeBad"))
			return
		}
		answer(shim.Answer{Fields: map[string]any{"name": value("name"), "address": value("address"),
			"latitude": lat, "longitude": lng}})
	}
	cancelled := func(safejs.Value) { answer(dialog.Dismiss) }
	listen("the location picker's buttons",
		view.on(send, "click", sent),
		view.on(cancel, "click", cancelled),
		view.on(d.document, "keydown", onEscape(cancelled)))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = inputs["name"].Call("focus")
}

func coordText(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ShowMap shows openLocation's map, named by the place, until the person
// closes it (Close, Escape); a new one replaces it.
func (d *DOM) ShowMap(m shim.MapView) {
	defer recoverEvent()
	d.closeMap()
	lang := m.Language
	name := m.Name
	if name == "" {
		name = text(lang, "mapTitle")
	}
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, shim.Dialog{Mobile: m.Mobile}, "map", name, mapTemplate)
	b.fill(el, ".place-name", name)
	b.fill(el, ".place-address", m.Address)
	b.fill(el, ".place-coords", fmt.Sprintf("%s: %s · %s: %s", text(lang, "latitude"), coordText(m.Latitude),
		text(lang, "longitude"), coordText(m.Longitude)))
	b.fill(el, ".place-scale", fmt.Sprintf(text(lang, "mapScale"), int(m.Scale)))
	closeButton := b.call(el, "querySelector", ".close")
	b.set(closeButton, "textContent", "×")
	b.call(closeButton, "setAttribute", "aria-label", text(lang, "close"))
	view := d.attachModal(b, layer, el, "the map of "+name)
	if view == nil {
		return
	}
	closeMap := func(safejs.Value) { d.closeMap() }
	listen("the map's close button", view.on(closeButton, "click", closeMap), view.on(d.document, "keydown", onEscape(closeMap)))
	d.mapView = view
	_, _ = closeButton.Call("focus")
}

func (d *DOM) closeMap() {
	closeView(&d.mapView)
}
