//go:build js && wasm

// Command ttshim-openplatform is the simulated Open Platform
// (wasm/openplatform) for Node, so that npm users without Go run the same
// implementation as `make serve`. js/openplatform.mjs starts it with a host
// object, named by TTSHIM_HOST, that holds the configuration JSON (config);
// it answers host.booted(error) and, when the configuration is valid, sets
// host.serve(method, target, headersJSON, body), which answers one request
// at once, and host.stop(), which ends the program.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/jsbytes"
	"ttshim/wasm/openplatform"
	"ttshim/wasm/shim"
)

func main() {
	host, err := safejs.Global().Get(os.Getenv("TTSHIM_HOST"))
	if err != nil || host.Type() != safejs.TypeObject {
		fmt.Fprintln(os.Stderr, "ttshim: ttshim-openplatform.wasm started without js/openplatform.mjs")
		return
	}
	if err := run(host); err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: ttshim-openplatform.wasm cannot serve: %v\n", err)
	}
}

func run(host safejs.Value) error {
	configJSON, err := host.Get("config")
	var text string
	if err == nil {
		text, err = configJSON.String()
	}
	if err != nil {
		return err
	}
	cfg, err := shim.ParseConfig([]byte(text))
	if err != nil {
		_, callErr := host.Call("booted", err.Error())
		return callErr
	}
	server := openplatform.New(cfg)
	stopped := make(chan struct{})
	serve, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { return answer(server, args) })
	if err != nil {
		return err
	}
	defer serve.Release()
	stop, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		close(stopped)
		return nil
	})
	if err != nil {
		return err
	}
	defer stop.Release()
	if err = host.Set("serve", serve.Value()); err == nil {
		err = host.Set("stop", stop.Value())
	}
	if err == nil {
		_, err = host.Call("booted", "")
	}
	if err != nil {
		return err
	}
	<-stopped
	return nil
}

// answer is host.serve(method, target, headersJSON, body): target is the
// request's path and query, headersJSON Node's rawHeaders ([name, value,
// …]) as JSON, body a Uint8Array or null. It returns {status, header (as
// JSON: name → values), body (a Uint8Array)}. The handler runs to the end
// here, as it never waits on JS: Node gets the answer synchronously.
func answer(handler http.Handler, args []safejs.Value) (result any) {
	defer func() {
		if p := recover(); p != nil {
			result = failure(http.StatusInternalServerError, fmt.Sprintf("ttshim-openplatform.wasm internal error: %v", p))
		}
	}()
	req, err := readRequest(args)
	if err != nil {
		return failure(http.StatusBadRequest, err.Error())
	}
	w := &recorder{header: http.Header{}}
	handler.ServeHTTP(w, req)
	return w.result()
}

func readRequest(args []safejs.Value) (*http.Request, error) {
	if len(args) < 4 {
		return nil, fmt.Errorf("serve needs (method, target, headersJSON, body), got %d arguments", len(args))
	}
	method, err := args[0].String()
	if err != nil {
		return nil, err
	}
	target, err := args[1].String()
	if err != nil {
		return nil, err
	}
	headersJSON, err := args[2].String()
	if err != nil {
		return nil, err
	}
	var rawHeaders []string
	if err := json.Unmarshal([]byte(headersJSON), &rawHeaders); err != nil || len(rawHeaders)%2 != 0 {
		return nil, fmt.Errorf("the headers should be a JSON array of names and values, got %.80s", headersJSON)
	}
	var body []byte
	if !args[3].IsNull() && !args[3].IsUndefined() {
		if body, err = jsbytes.FromJS(args[3]); err != nil {
			return nil, err
		}
	}
	// As net/http's server reads a request line's target.
	if _, err := url.ParseRequestURI(target); err != nil {
		return nil, fmt.Errorf("bad request target %q: %v", target, err)
	}
	req, err := http.NewRequest(method, target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.RequestURI = target
	for i := 0; i < len(rawHeaders); i += 2 {
		req.Header.Add(rawHeaders[i], rawHeaders[i+1])
	}
	req.Host = req.Header.Get("Host")
	return req, nil
}

// recorder is the response a handler writes, kept whole. It is ours, not
// httptest.ResponseRecorder, which adds 77 KB to the wasm.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *recorder) Header() http.Header { return w.header }

func (w *recorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *recorder) Write(data []byte) (int, error) {
	if w.status == 0 {
		// As net/http's server does for a handler that names no type.
		if _, named := w.header["Content-Type"]; !named {
			w.header.Set("Content-Type", http.DetectContentType(data))
		}
		w.WriteHeader(http.StatusOK)
	}
	return w.body.Write(data)
}

func (w *recorder) result() any {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return reply(w.status, w.header, w.body.Bytes())
}

// failure is an answer in the Open Platform's error shape, {code, msg}.
func failure(status int, message string) any {
	body, _ := json.Marshal(map[string]any{"code": status, "msg": message})
	return reply(status, http.Header{"Content-Type": {"application/json; charset=utf-8"}}, body)
}

// reply is the answer as Node reads it; without a Uint8Array to carry the
// body it is nothing, which Node answers with a 500 of its own.
func reply(status int, header http.Header, body []byte) any {
	bodyArray, err := jsbytes.ToJS(body)
	if err != nil {
		return nil
	}
	headerJSON, _ := json.Marshal(header) // a map of strings always encodes
	return map[string]any{"status": status, "header": string(headerJSON), "body": bodyArray}
}
