//go:build js && wasm

package ui

import (
	"embed"
	"strings"
)

// stylesheet is adopted by the shadow root (no <style> element, so a
// strict style-src does not block it). Feishu's blue is #3370FF.
//
//go:embed style.css
var stylesheet string

// templates are the views' markup, a file each.
//
//go:embed templates
var templates embed.FS

// markup is a template's markup: its lines, which break only between
// tags, joined without the breaks, so the DOM gains no text nodes.
func markup(name string) string {
	data, err := templates.ReadFile("templates/" + name)
	if err != nil {
		panic("ttshim: the UI has no template " + name)
	}
	return strings.ReplaceAll(strings.TrimSuffix(string(data), "\n"), "\n", "")
}
