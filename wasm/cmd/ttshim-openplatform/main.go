//go:build js && wasm

// Command ttshim-openplatform is the simulated Open Platform
// (wasm/openplatform) for Node, so that npm users without Go run the same
// implementation as `make serve`. js/openplatform.mjs starts it with a host
// object, named by TTSHIM_HOST, that holds the configuration JSON (config);
// it answers host.booted(error) and, with host.checkOnly, ends there, having
// checked the JSON as one layer of a page's configuration (ttshim/playwright
// checks ttshimConfig so); otherwise, when the configuration is valid, sets
// host.serve(method, target, headersJSON, body), which answers one request
// at once (wasm/httpexchange), and host.stop(), which ends the program.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/httpexchange"
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
	if checkOnly(host) {
		reason := ""
		if err := shim.CheckConfigPatch([]byte(text)); err != nil {
			reason = err.Error()
		}
		_, err := host.Call("booted", reason)
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
func answer(handler http.Handler, args []safejs.Value) any {
	req, err := readRequest(args)
	if err != nil {
		return toJS(httpexchange.Failure(http.StatusBadRequest, err.Error()))
	}
	return toJS(httpexchange.Serve(handler, req))
}

func readRequest(args []safejs.Value) (httpexchange.Request, error) {
	var req httpexchange.Request
	if len(args) < 4 {
		return req, fmt.Errorf("serve needs (method, target, headersJSON, body), got %d arguments", len(args))
	}
	var headersJSON string
	var err error
	if req.Method, err = args[0].String(); err != nil {
		return req, err
	}
	if req.Target, err = args[1].String(); err != nil {
		return req, err
	}
	if headersJSON, err = args[2].String(); err != nil {
		return req, err
	}
	if err := json.Unmarshal([]byte(headersJSON), &req.RawHeaders); err != nil {
		return req, fmt.Errorf("the headers should be a JSON array of names and values, got %.80s", headersJSON)
	}
	if !args[3].IsNull() && !args[3].IsUndefined() {
		req.Body, err = jsbytes.FromJS(args[3])
	}
	return req, err
}

// toJS is the answer as Node reads it; without a Uint8Array to carry the
// body it is nothing, which Node answers with a 500 of its own.
func toJS(resp httpexchange.Response) any {
	body, err := jsbytes.ToJS(resp.Body)
	if err != nil {
		return nil
	}
	header, _ := json.Marshal(resp.Header) // a map of strings always encodes
	return map[string]any{"status": resp.Status, "header": string(header), "body": body}
}

func checkOnly(host safejs.Value) bool {
	value, err := host.Get("checkOnly")
	if err != nil {
		return false
	}
	truthy, err := value.Truthy()
	return err == nil && truthy
}
