//go:build js && wasm

package bridge

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/internal/jsonwire"
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
		r := jsonwire.ReadObject(payload)
		side, id := r.String("side"), r.String("id")
		if r.Err != nil {
			return nil, fmt.Errorf("ttShim.tapNavigationBar(side, id): %v", r.Err)
		}
		if err := client.TapNavigationBar(side, id); err != nil {
			return nil, fmt.Errorf("ttShim.tapNavigationBar(side, id): %v", err)
		}
		return true, nil
	case "leave":
		how, err := jsonwire.DecodeString(payload)
		if err != nil {
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
