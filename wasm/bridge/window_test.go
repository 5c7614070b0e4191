//go:build js && wasm

package bridge

import (
	"encoding/json"
	"strings"
	"testing"
)

// ttShim's window controls: the bar as drawn (a web app's title is its
// document's), a tap, a leave, and what they answer for bad arguments.
func TestWindowControls(t *testing.T) {
	serve(t, `{"strict": false}`)
	request(t, "tt.setNavigationBar", `{"a":{"left":{"items":[{"id":"home","imageBase64":"iVBORw0KGgo="}]}}}`)
	for _, tc := range []struct {
		op, payload, want string
	}{
		{"navigationBar", "", `"title":"go test"`},
		{"navigationBar", "", `"left":[{"id":"home","imageBase64":"iVBORw0KGgo=","drawn":true}]`},
		{"tapNavigationBar", `{"side":"left","id":"home"}`, `{"ok":true}`},
		{"tapNavigationBar", `{"side":"left","id":"away"}`, `ttShim.tapNavigationBar(side, id): the navigation bar has no left item \"away\"; it has \"home\"`},
		{"tapNavigationBar", `[]`, `ttShim.tapNavigationBar(side, id): want an object, got an array`},
		{"tapNavigationBar", `{"side":1}`, `ttShim.tapNavigationBar(side, id): member \"side\" should be a string, got a number`},
		{"leave", `5`, `ttShim.leave(how): how should be a string`},
		{"leave", `"close"`, `{"ok":{"left":true}}`},
		{"leave", `"close"`, `the window is already closed (close)`},
	} {
		reply, _ := request(t, "ttShim."+tc.op, tc.payload)
		if !strings.Contains(string(reply), tc.want) {
			t.Errorf("ttShim.%s(%s) = %s, want %s in it", tc.op, tc.payload, reply, tc.want)
		}
		if !json.Valid(reply) {
			t.Errorf("ttShim.%s(%s) = %s, not JSON", tc.op, tc.payload, reply)
		}
	}
}
