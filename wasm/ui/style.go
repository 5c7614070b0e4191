//go:build js && wasm

package ui

import (
	_ "embed"
	"strings"
)

// stylesheet is adopted by the shadow root (no <style> element, so a
// strict style-src does not block it). Feishu's blue is #3370FF.
//
//go:embed style.css
var stylesheet string

// markup is a template file's markup (templates/, each embedded as a
// string, as an embed.FS would cost the wasm io/fs): its lines, which
// break only between tags, joined without the breaks, so the DOM gains no
// text nodes. (strings.Map, as ReplaceAll costs the wasm 8 KB more.)
func markup(file string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return -1
		}
		return r
	}, file)
}
