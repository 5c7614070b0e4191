//go:build js && wasm

package bridge

import (
	"context"
	"errors"

	"github.com/hack-pad/safejs"
)

// Clipboard is the shim's PageClipboard in the page: navigator.clipboard.
type Clipboard struct{}

// ReadText runs on a background call's goroutine, so it may wait for the
// browser's Promise.
func (Clipboard) ReadText(ctx context.Context) (string, error) {
	value, err := clipboardCall(ctx, "readText")
	if err != nil {
		return "", err
	}
	return value.String()
}

// WriteText puts text on the browser's clipboard.
func (Clipboard) WriteText(ctx context.Context, text string) error {
	_, err := clipboardCall(ctx, "writeText", text)
	return err
}

// settled is how a Promise ended.
type settled struct {
	value safejs.Value
	err   error
}

// clipboardCall calls navigator.clipboard[method] and waits for its
// Promise; the callbacks only hand the outcome over.
func clipboardCall(ctx context.Context, method string, args ...any) (safejs.Value, error) {
	navigator, err := safejs.Global().Get("navigator")
	var clipboard safejs.Value
	if err == nil {
		clipboard, err = navigator.Get("clipboard")
	}
	if err == nil && clipboard.IsUndefined() {
		err = errors.New("this browser has no navigator.clipboard (an insecure origin?)")
	}
	if err != nil {
		return safejs.Value{}, err
	}
	promise, err := clipboard.Call(method, args...)
	if err != nil {
		return safejs.Value{}, err
	}
	outcome := make(chan settled, 1)
	resolve, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		outcome <- settled{value: firstArg(args)}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer resolve.Release()
	reject, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		outcome <- settled{err: errors.New(describeJS(firstArg(args)))}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer reject.Release()
	if _, err := promise.Call("then", resolve.Value(), reject.Value()); err != nil {
		return safejs.Value{}, err
	}
	select {
	case done := <-outcome:
		return done.value, done.err
	case <-ctx.Done():
		// The Promise still settles into outcome's one slot; nobody reads it.
		return safejs.Value{}, ctx.Err()
	}
}

func firstArg(args []safejs.Value) safejs.Value {
	if len(args) == 0 {
		return safejs.Undefined()
	}
	return args[0]
}

// describeJS is a rejection as the console shows it: "Name: message".
func describeJS(reason safejs.Value) string {
	text, err := safejs.Global().Get("String")
	if err == nil {
		if s, callErr := text.Invoke(reason); callErr == nil {
			if str, strErr := s.String(); strErr == nil {
				return str
			}
		}
	}
	return "the Promise was rejected"
}
