//go:build js && wasm

package bridge

import (
	"context"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// hostFunction sets host[name] to a JavaScript function with that body,
// as the loader's: Fetch must work with what a page's script hands it.
func hostFunction(t *testing.T, name, body string) {
	t.Helper()
	function, err := safejs.Global().Get("Function")
	if err == nil {
		var f safejs.Value
		if f, err = function.New("id", "request", "body", "done", body); err == nil {
			err = host.Set(name, f)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}

// global reads a value the host's functions left on globalThis.
func global(t *testing.T, name string) safejs.Value {
	t.Helper()
	v, err := safejs.Global().Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A request goes to host.netFetch as JSON and bytes, and the answer the
// loader passes to done comes back as the response.
func TestFetchThroughTheHost(t *testing.T) {
	serve(t, `{}`)
	hostFunction(t, "netFetch", `globalThis.fetched = {id, request, body: Array.from(body)};
		done("", JSON.stringify({status: 201, header: [["Content-Type", "text/plain"]]}), new Uint8Array([104, 105]));`)
	req := shim.FetchRequest{Method: "POST", URL: "https://example.test/x", Header: shim.Header{{"X-A", "1"}},
		Body: []byte("body")}
	res, err := (&Network{}).Fetch(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	want := shim.FetchResponse{Status: 201, Header: shim.Header{{"Content-Type", "text/plain"}}, Body: []byte("hi")}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("response %+v, want %+v", res, want)
	}
	fetched := global(t, "fetched")
	request, _ := fetched.Get("request")
	text, _ := request.String()
	if text != `{"method":"POST","url":"https://example.test/x","header":[["X-A","1"]]}` {
		t.Errorf("host.netFetch got the request %s", text)
	}
	body, _ := fetched.Get("body")
	if n, _ := body.Length(); n != 4 {
		t.Errorf("host.netFetch got a body of %d bytes, want 4", n)
	}
	if id, _ := fetched.Get("id"); id.Type() != safejs.TypeNumber {
		t.Errorf("host.netFetch got no request id")
	}
}

// The loader's error, or an answer it cannot read, is the request's error.
func TestFetchFails(t *testing.T) {
	serve(t, `{}`)
	for _, tc := range []struct{ body, want string }{
		{`done("TypeError: Failed to fetch", "", null)`, "TypeError: Failed to fetch"},
		{`done("", "not json", null)`, "ttshim cannot read the network's answer: "},
		{`done("")`, "ttshim cannot read the network's answer: too few arguments"},
		{`done("", JSON.stringify({status: "200"}), null)`, `member "status" should be an integer, got a string`},
		{`done("", JSON.stringify({status: 200, header: [["Set-Cookie"]]}), null)`, "a header field should be [name, value]"},
		{`done("", JSON.stringify({status: 200, header: [["X-N", 1]]}), null)`, "a header field should be [name, value]"},
		{`throw new Error("netFetch broke")`, "netFetch broke"},
	} {
		hostFunction(t, "netFetch", tc.body)
		_, err := (&Network{}).Fetch(context.Background(), shim.FetchRequest{Method: "GET", URL: "https://example.test/"})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("netFetch { %s }: error %v, want %q", tc.body, err, tc.want)
		}
	}
}

// A request given up on (timeout, abort(), reset()) is dropped with
// host.netAbort and the id host.netFetch had; one given up on before it
// started never reaches the host.
func TestFetchAborts(t *testing.T) {
	serve(t, `{}`)
	for _, name := range []string{"waiting", "aborted"} {
		if err := safejs.Global().Set(name, safejs.Undefined()); err != nil {
			t.Fatal(err)
		}
	}
	hostFunction(t, "netFetch", `globalThis.waiting = id;`)
	hostFunction(t, "netAbort", `globalThis.aborted = id;`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&Network{}).Fetch(ctx, shim.FetchRequest{Method: "GET", URL: "https://example.test/"}); err != context.Canceled {
		t.Errorf("an aborted request: error %v, want context.Canceled", err)
	}
	if !global(t, "waiting").IsUndefined() {
		t.Fatal("an aborted request reached host.netFetch")
	}
	ctx, cancel = context.WithCancel(context.Background())
	errs := make(chan error, 1)
	go func() {
		_, err := (&Network{}).Fetch(ctx, shim.FetchRequest{Method: "GET", URL: "https://example.test/"})
		errs <- err
	}()
	for i := 0; global(t, "waiting").IsUndefined(); i++ {
		if i == 1000 {
			t.Fatal("the request never reached host.netFetch")
		}
		runtime.Gosched() // for the request's goroutine
	}
	cancel()
	if err := <-errs; err != context.Canceled {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	waiting, _ := global(t, "waiting").Int()
	if aborted, _ := global(t, "aborted").Int(); aborted != waiting {
		t.Errorf("host.netAbort(%d), want the id netFetch had, %d", aborted, waiting)
	}
}
