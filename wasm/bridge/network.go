//go:build js && wasm

package bridge

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/internal/jsonwire"
	"ttshim/wasm/jsbytes"
	"ttshim/wasm/shim"
)

// Network is the shim's Fetcher in the page. The loader's host.netFetch
// hands each request to ttshim-net.wasm, which it loads on the first one
// and which sends it with tinyutil's http client; net/http stays out of
// ttshim.wasm.
type Network struct {
	lastID atomic.Int64
}

// netAnswer is what the loader's done callback reports.
type netAnswer struct {
	response shim.FetchResponse
	err      error
}

// Fetch runs on a background call's goroutine, so it may wait; the done
// callback only hands the answer over.
func (n *Network) Fetch(ctx context.Context, req shim.FetchRequest) (shim.FetchResponse, error) {
	// Aborted before its goroutine ran: not worth loading the network for.
	if err := ctx.Err(); err != nil {
		return shim.FetchResponse{}, err
	}
	request, err := jsonwire.Marshal(req)
	if err != nil {
		return shim.FetchResponse{}, err
	}
	body := safejs.Null()
	if len(req.Body) > 0 {
		if body, err = jsbytes.ToJS(req.Body); err != nil {
			return shim.FetchResponse{}, err
		}
	}
	answers := make(chan netAnswer, 1)
	done, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		answer := readNetAnswer(args)
		select {
		case answers <- answer:
		default: // a second answer: the loader sends one, so none comes
		}
		return nil
	})
	if err != nil {
		return shim.FetchResponse{}, err
	}
	// The loader calls done at most once, and never after netAbort.
	defer done.Release()
	id := int(n.lastID.Add(1))
	if _, err := host.Call("netFetch", id, string(request), body, done.Value()); err != nil {
		return shim.FetchResponse{}, err
	}
	select {
	case answer := <-answers:
		return answer.response, answer.err
	case <-ctx.Done():
		if _, err := host.Call("netAbort", id); err != nil {
			fmt.Fprintf(os.Stderr, "ttshim: cannot abort request %d: %v\n", id, err)
		}
		return shim.FetchResponse{}, ctx.Err()
	}
}

// readNetAnswer reads done's arguments: (error, responseJSON, body), where
// error is "" on success and body a Uint8Array or null. A JS call never
// panics into Go: whatever goes wrong becomes the request's error.
func readNetAnswer(args []safejs.Value) (answer netAnswer) {
	defer func() {
		if p := recover(); p != nil {
			answer = netAnswer{err: fmt.Errorf("ttshim cannot read the network's answer: %v", p)}
		}
	}()
	if len(args) < 3 {
		return netAnswer{err: errors.New("ttshim cannot read the network's answer: too few arguments")}
	}
	if message, _ := args[0].String(); message != "" {
		return netAnswer{err: errors.New(message)}
	}
	text, err := args[1].String()
	if err == nil {
		answer.response, err = readResponse([]byte(text))
	}
	if err == nil && !args[2].IsNull() && !args[2].IsUndefined() {
		answer.response.Body, err = jsbytes.FromJS(args[2])
	}
	if err != nil {
		return netAnswer{err: fmt.Errorf("ttshim cannot read the network's answer: %v", err)}
	}
	return answer
}

// readResponse reads the loader's responseJSON: {"status": n, "header":
// [[name, value]…]}.
func readResponse(data []byte) (shim.FetchResponse, error) {
	r := jsonwire.ReadObject(data)
	response := shim.FetchResponse{Status: int(r.Int("status"))}
	for _, field := range r.List("header") {
		pair, _ := field.([]any)
		if len(pair) != 2 {
			return shim.FetchResponse{}, fmt.Errorf("a header field should be [name, value], got %v", field)
		}
		name, nameOK := pair[0].(string)
		value, valueOK := pair[1].(string)
		if !nameOK || !valueOK {
			return shim.FetchResponse{}, fmt.Errorf("a header field should be [name, value], got %v", field)
		}
		response.Header = append(response.Header, [2]string{name, value})
	}
	return response, r.Err
}
