//go:build js && wasm

// Command ttshim-net is ttshim's network: tt.request's requests, sent with
// tinyutil's http client (which calls the page's fetch). It is a module of
// its own because net/http is almost half of what ttshim.wasm would weigh
// otherwise, and most pages never make a request: the loader loads it on
// the first one. It serves the loader's host object, named by TTSHIM_HOST:
// host.fetch(id, requestJSON, body, done) and host.abort(id).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/syumai/tinyutil/httputil"
	"ttshim/wasm/jsbytes"
)

// request is the JSON the loader passes on from ttshim.wasm (shim.FetchRequest).
type request struct {
	Method string      `json:"method"`
	URL    string      `json:"url"`
	Header [][2]string `json:"header"`
}

// response is the JSON done gets (shim.FetchResponse).
type response struct {
	Status int         `json:"status"`
	Header [][2]string `json:"header"`
}

var (
	mu       sync.Mutex
	inFlight = map[int]context.CancelFunc{}
)

func main() {
	host, err := safejs.Global().Get(os.Getenv("TTSHIM_HOST"))
	if err != nil || host.Type() != safejs.TypeObject {
		fmt.Fprintln(os.Stderr, "ttshim: ttshim-net.wasm started without its loader")
		return
	}
	// Both live as long as the page: the loader calls them until it goes.
	fetch, err := safejs.FuncOf(startFetch)
	if err == nil {
		err = host.Set("fetch", fetch.Value())
	}
	abort, err2 := safejs.FuncOf(abortFetch)
	if err == nil {
		err = err2
	}
	if err == nil {
		err = host.Set("abort", abort.Value())
	}
	if err == nil {
		_, err = host.Call("started")
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: ttshim-net.wasm cannot serve its loader: %v\n", err)
		return
	}
	select {}
}

// startFetch is host.fetch(id, requestJSON, body, done): it starts the
// request and returns at once; done(error, responseJSON, body) follows.
func startFetch(_ safejs.Value, args []safejs.Value) any {
	defer recoverEntry("fetch")
	if len(args) < 4 {
		fmt.Fprintln(os.Stderr, "ttshim: ttshim-net.wasm's fetch needs (id, requestJSON, body, done)")
		return nil
	}
	done := args[3]
	id, err := args[0].Int()
	var req request
	var body []byte
	if err == nil {
		var text string
		if text, err = args[1].String(); err == nil {
			err = json.Unmarshal([]byte(text), &req)
		}
	}
	if err == nil && !args[2].IsNull() && !args[2].IsUndefined() {
		body, err = jsbytes.FromJS(args[2])
	}
	if err != nil {
		answer(done, fmt.Sprintf("ttshim-net.wasm cannot read the request: %v", err), nil, nil)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	mu.Lock()
	inFlight[id] = cancel
	mu.Unlock()
	go func() {
		defer forget(id)
		resp, data, err := sendSafely(ctx, req, body)
		if err != nil {
			answer(done, err.Error(), nil, nil)
			return
		}
		answer(done, "", &resp, data)
	}()
	return nil
}

// sendSafely is send with a panic turned into the request's error, so the
// request still ends and the runtime lives on.
func sendSafely(ctx context.Context, r request, body []byte) (resp response, data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ttshim-net.wasm internal error: %v", p)
		}
	}()
	return send(ctx, r, body)
}

// abortFetch is host.abort(id): the request's fetch is aborted, and what it
// answers then is the loader's to drop.
func abortFetch(_ safejs.Value, args []safejs.Value) any {
	defer recoverEntry("abort")
	if len(args) < 1 {
		return nil
	}
	if id, err := args[0].Int(); err == nil {
		forget(id)
	}
	return nil
}

func forget(id int) {
	mu.Lock()
	cancel, ok := inFlight[id]
	delete(inFlight, id)
	mu.Unlock()
	if ok {
		cancel()
	}
}

// send makes the request with tinyutil's client, as every request of
// ttshim's must be made, and reads the whole answer.
func send(ctx context.Context, r request, body []byte) (response, []byte, error) {
	var reader io.Reader
	if len(body) > 0 {
		reader = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, reader)
	if err != nil {
		return response{}, nil, err
	}
	for _, field := range r.Header {
		req.Header.Add(field[0], field[1])
	}
	resp, err := httputil.DefaultClient.Do(req)
	if err != nil {
		return response{}, nil, err
	}
	// tinyutil aborts the fetch only until the answer's head arrives;
	// closing the body cancels the stream, and the download with it.
	stopClosing := context.AfterFunc(ctx, func() { resp.Body.Close() })
	data, err := io.ReadAll(resp.Body)
	if stopClosing() {
		resp.Body.Close()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return response{}, nil, err
	}
	out := response{Status: resp.StatusCode}
	for name, values := range resp.Header {
		for _, value := range values {
			out.Header = append(out.Header, [2]string{name, value})
		}
	}
	return out, data, nil
}

// answer calls the loader's done(error, responseJSON, body).
func answer(done safejs.Value, message string, resp *response, data []byte) {
	responseJSON, body := "", safejs.Null()
	if resp != nil {
		text, err := json.Marshal(resp)
		if err == nil {
			body, err = jsbytes.ToJS(data)
		}
		if err != nil {
			message = fmt.Sprintf("ttshim-net.wasm cannot hand over the answer: %v", err)
		} else {
			responseJSON = string(text)
		}
	}
	if message != "" {
		body = safejs.Null()
	}
	if _, err := done.Invoke(message, responseJSON, body); err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: ttshim-net.wasm cannot answer a request: %v\n", err)
	}
}

// recoverEntry keeps a panic from killing the runtime, which would end
// every later request.
func recoverEntry(where string) {
	if p := recover(); p != nil {
		fmt.Fprintf(os.Stderr, "ttshim: ttshim-net.wasm internal error in %s: %v\n", where, p)
	}
}
