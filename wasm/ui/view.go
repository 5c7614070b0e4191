//go:build js && wasm

package ui

import "github.com/hack-pad/safejs"

// openView is a shown card, page or dialog with the listeners it added;
// closing it removes them and releases their funcs.
type openView struct {
	el        safejs.Value
	listeners []listener
	funcs     []safejs.Func
	// focusBack is what had the focus before a dialog took it.
	focusBack safejs.Value
}

type listener struct {
	target  safejs.Value
	event   string
	handler safejs.Value
}

func (d *DOM) newView(el safejs.Value) *openView {
	return &openView{el: el, focusBack: safejs.Undefined()}
}

// on listens to event on target until the view closes; a panic in fn is
// reported, never fatal.
func (v *openView) on(target safejs.Value, event string, fn func(event safejs.Value)) error {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		defer recoverEvent()
		event := safejs.Undefined()
		if len(args) > 0 {
			event = args[0]
		}
		fn(event)
		return nil
	})
	if err != nil {
		return err
	}
	v.funcs = append(v.funcs, f)
	if _, err := target.Call("addEventListener", event, f.Value()); err != nil {
		return err
	}
	v.listeners = append(v.listeners, listener{target, event, f.Value()})
	return nil
}

// onEscape runs fn when the key pressed is Escape.
func onEscape(fn func(event safejs.Value)) func(event safejs.Value) {
	return func(event safejs.Value) {
		if key, _ := event.Get("key"); key.Type() == safejs.TypeString {
			if k, _ := key.String(); k == "Escape" {
				fn(event)
			}
		}
	}
}

// closeView closes the view *v holds, if any, and forgets it.
func closeView(v **openView) {
	if *v != nil {
		(*v).close()
		*v = nil
	}
}

func (v *openView) close() {
	_, _ = v.el.Call("remove")
	for _, l := range v.listeners {
		_, _ = l.target.Call("removeEventListener", l.event, l.handler)
	}
	// Safe even from inside one of them: with the view gone and its
	// listeners removed, nothing calls them again.
	for _, f := range v.funcs {
		f.Release()
	}
	if v.focusBack.Type() == safejs.TypeObject {
		connected, _ := v.focusBack.Get("isConnected")
		if yes, _ := connected.Truthy(); yes {
			_, _ = v.focusBack.Call("focus")
		}
	}
}

func recoverEvent() {
	if p := recover(); p != nil {
		report("after an event", errorf(p))
	}
}
