//go:build js && wasm

package bridge

import (
	"encoding/json"
	"fmt"

	"github.com/hack-pad/safejs"
)

// windowControl answers ttShim's window controls: navigationBar(),
// tapNavigationBar(side, id) and leave(how); any other op is not one.
func windowControl(op string, payload []byte) (any, error) {
	switch op {
	case "navigationBar":
		bar := client.NavigationBar()
		if bar.Shown && bar.Title == "" {
			bar.Title = documentTitle()
		}
		return bar, nil
	case "tapNavigationBar":
		var tap struct{ Side, ID string }
		if err := json.Unmarshal(payload, &tap); err != nil {
			return nil, fmt.Errorf("ttShim.tapNavigationBar(side, id): %v", err)
		}
		if err := client.TapNavigationBar(tap.Side, tap.ID); err != nil {
			return nil, fmt.Errorf("ttShim.tapNavigationBar(side, id): %v", err)
		}
		return true, nil
	case "leave":
		var how string
		if err := json.Unmarshal(payload, &how); err != nil {
			return nil, fmt.Errorf("ttShim.leave(how): how should be a string")
		}
		left, err := client.Leave(how)
		if err != nil {
			return nil, fmt.Errorf("ttShim.leave(how): %v", err)
		}
		return left, nil
	}
	return nil, fmt.Errorf("ttShim.%s is not a function", op)
}

// documentTitle is the title a web app's bar shows.
func documentTitle() string {
	document, err := safejs.Global().Get("document")
	if err != nil {
		return ""
	}
	title, err := document.Get("title")
	if err != nil || title.Type() != safejs.TypeString {
		return ""
	}
	s, _ := title.String()
	return s
}
