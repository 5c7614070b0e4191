//go:build js && wasm

package ui

import _ "embed"

// stylesheet is adopted by the shadow root (no <style> element, so a
// strict style-src does not block it). Feishu's blue is #3370FF.
//
//go:embed style.css
var stylesheet string
