//go:build js && wasm

package ui

import (
	"errors"
	"reflect"
	"testing"

	"ttshim/wasm/shim"
)

// The permission prompt is a modal dialog named by the app and the scope,
// with the app's name as text; Deny has the focus, Escape denies.
func TestPermissionPrompt(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 3, Kind: shim.DialogPermission, Language: "en_US", Dismiss: shim.Answer{Choice: shim.PermissionDeny},
		Permission: &shim.PermissionPrompt{AppName: "<b>App</b>", AppAvatar: liLei.Avatar, Scope: "scope.userLocation"}}, reply)
	root := shadow(t)
	prompt := root.find("section.permission")
	if label := prompt.attr("aria-label"); label != "<b>App</b> wants to use your location" {
		t.Errorf("aria-label %q", label)
	}
	if prompt.has(".app-name b") || prompt.find(".app-name").text() != "<b>App</b>" {
		t.Error("the app's name became markup")
	}
	if focused := (node{t, root.get("activeElement")}); !focused.is(prompt.find(".deny")) {
		t.Errorf("the focus is on %q, want Deny", focused.text())
	}
	prompt.find(".allow").call("click")
	press(t, "Escape")
	if want := []shim.Answer{{Choice: shim.PermissionAllow}, {Choice: shim.PermissionDeny}}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
}

// The settings page has a switch per scope, named by it, and leaves with
// the switches as they are.
func TestSettingsPage(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 4, Kind: shim.DialogSettings, Language: "zh_CN", Mobile: true, Settings: &shim.SettingsPage{
		AppName: "Demo", Scopes: []shim.ScopeSetting{{Scope: "scope.userLocation", Allowed: true}, {Scope: "scope.record"}}}}, reply)
	page := shadow(t).find("section.settings")
	if page.attr("aria-label") != "权限设置" || page.str("className") != "consent settings mobile" {
		t.Errorf("settings page %q, class %q", page.attr("aria-label"), page.str("className"))
	}
	if n := page.count(`input[role="switch"]`); n != 2 {
		t.Fatalf("%d switches, want 2", n)
	}
	if name := page.find("#ttshim-scope-1").text(); name != "麦克风" {
		t.Errorf("the second switch is named %q", name)
	}
	page.find("#ttshim-scope-1 + input").call("click")
	page.find(".done").call("click")
	press(t, "Escape")
	flipped := shim.Answer{Fields: map[string]any{"scope.userLocation": true, "scope.record": true}}
	if want := []shim.Answer{flipped, flipped}; !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
}

// The scanner reads what is typed, as the type chosen; an empty code or
// an answer the call refuses is shown, and the scanner stays.
func TestScanner(t *testing.T) {
	d := newDOM(t)
	var got []shim.Answer
	reply := func(a shim.Answer) error {
		got = append(got, a)
		if len(got) == 1 {
			return errors.New("refused")
		}
		return nil
	}
	d.ShowDialog(shim.Dialog{ID: 5, Kind: shim.DialogScan, Language: "en_US", Dismiss: shim.Answer{Choice: "cancel"},
		Scanner: &shim.Scanner{ScanTypes: []string{"qrCode", "barCode"}, BarCodeInput: true}}, reply)
	scanner := shadow(t).find("section.scanner")
	scanner.find(".scan").call("click")
	if alert := scanner.find(".error").text(); alert != "Enter the code's content" || len(got) != 0 {
		t.Errorf("an empty code: alert %q, answers %+v", alert, got)
	}
	if second := scanner.find(".type option + option").text(); second != "Barcode" {
		t.Error("the types are not listed in the client's language")
	}
	scanner.find(".manual").call("click")
	scanner.find(".code").v.Set("value", "<i>6901234567892</i>")
	scanner.find(".scan").call("click")
	if alert := scanner.find(".error").text(); alert != "refused" {
		t.Errorf("a refused answer shows %q", alert)
	}
	press(t, "Escape")
	want := []shim.Answer{{Fields: map[string]any{"result": "<i>6901234567892</i>", "scanType": "barCode"}}, {Choice: "cancel"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("answers %+v, want %+v", got, want)
	}
}

// The location picker starts at the place, and sends what the fields say.
func TestPlacePicker(t *testing.T) {
	d := newDOM(t)
	got, reply := answers()
	d.ShowDialog(shim.Dialog{ID: 6, Kind: shim.DialogPlace, Language: "ja_JP", Dismiss: shim.Answer{Choice: "cancel"},
		Place: &shim.PlacePicker{Name: "<b>A</b>", Address: "addr", Latitude: 39.9, Longitude: 116.4}}, reply)
	picker := shadow(t).find("section.place")
	if picker.attr("aria-label") != "場所を選択" || picker.find("input.name").str("value") != "<b>A</b>" ||
		picker.find("input.lat").str("value") != "39.9" {
		t.Errorf("picker %q starts at %q, %q", picker.attr("aria-label"), picker.find("input.name").str("value"), picker.find("input.lat").str("value"))
	}
	picker.find("input.lng").v.Set("value", "")
	picker.find(".send").call("click")
	if alert := picker.find(".error").text(); alert != "有効な緯度と経度を入力してください" || len(*got) != 0 {
		t.Errorf("no longitude: alert %q, answers %+v", alert, *got)
	}
	picker.find("input.lng").v.Set("value", "121.5")
	picker.find(".send").call("click")
	picker.find(".cancel").call("click")
	want := []shim.Answer{{Fields: map[string]any{"name": "<b>A</b>", "address": "addr", "latitude": 39.9, "longitude": 121.5}},
		{Choice: "cancel"}}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("answers %+v, want %+v", *got, want)
	}
}

// openLocation's map is named by the place, shows it as text, and closes
// by its button or Escape; a new map replaces it, and CloseAll removes it.
func TestMap(t *testing.T) {
	d := newDOM(t)
	d.ShowMap(shim.MapView{Latitude: 30.5, Longitude: 114.4, Name: "<b>Poly</b>", Address: "Wuhan", Scale: 12, Language: "en_US"})
	root := shadow(t)
	m := root.find("section.map")
	if m.attr("aria-label") != "<b>Poly</b>" || m.has(".place-name b") {
		t.Errorf("map named %q, or the name became markup", m.attr("aria-label"))
	}
	if coords := m.find(".place-coords").text(); coords != "Latitude: 30.5 · Longitude: 114.4" {
		t.Errorf("coordinates %q", coords)
	}
	if scale := m.find(".place-scale").text(); scale != "Zoom level 12" {
		t.Errorf("scale %q", scale)
	}
	m.find(".close").call("click")
	if root.has("section.map") {
		t.Fatal("Close left the map")
	}
	d.ShowMap(shim.MapView{Latitude: 1, Longitude: 2, Language: "zh_CN", Mobile: true})
	d.ShowMap(shim.MapView{Latitude: 3, Longitude: 4, Language: "zh_CN", Mobile: true})
	if n := root.count("section.map"); n != 1 || root.find("section.map").attr("aria-label") != "位置" {
		t.Fatalf("%d maps on screen", n)
	}
	press(t, "Escape")
	if root.has("section.map") {
		t.Fatal("Escape left the map")
	}
	d.ShowMap(shim.MapView{Latitude: 1, Longitude: 2, Language: "zh_CN"})
	d.CloseAll()
	if root.has("section.map") {
		t.Fatal("CloseAll left the map")
	}
}
