// What tt.request hands its Fetcher: header fields as net/http's
// Header.Set would leave them, and no request for a URL no fetch could
// send.

package shim

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

func TestHeaderSetReplacesAnyCaseAndCanonicalisesTheName(t *testing.T) {
	var h Header
	h.Set("x-request-id", "1")
	h.Set("content-TYPE", "text/plain")
	h.Set("X-REQUEST-ID", "2")
	wantEqual(t, "fields", h, Header{{"Content-Type", "text/plain"}, {"X-Request-Id", "2"}})
	wantEqual(t, "Get in another case", h.Get("CONTENT-type"), "text/plain")
	wantEqual(t, "Get of a missing field", h.Get("Accept"), "")
}

func TestCanonicalHeaderNameIsNetHTTPs(t *testing.T) {
	for _, name := range []string{"x-a-b", "ACCEPT", "x_y", "-a", "a--b", "1-x", "bad name", "é-x", "a:b", ""} {
		wantEqual(t, name, canonicalHeaderName(name), http.CanonicalHeaderKey(name))
	}
}

func TestRequestHandsTheFetcherCanonicalHeaderNamesOncePerName(t *testing.T) {
	h, got := newRequestHarness(t, nil)
	sent := make(chan FetchRequest, 1)
	h.Network = fetcherFunc(func(ctx context.Context, req FetchRequest) (FetchResponse, error) {
		sent <- req
		return cannedFetcher(make(chan string, 1))(ctx, req)
	})
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"https://example.cn/x","method":"POST",`+
		`"header":{"x-trace":"t","content-type":"text/plain"},"data":{"a":1}}`))
	req := <-sent
	wantEqual(t, "X-Trace", req.Header.Get("X-Trace"), "t")
	wantEqual(t, "Content-Type", req.Header.Get("Content-Type"), "text/plain")
	wantEqual(t, "field count", len(req.Header), 2)
	for _, field := range req.Header {
		if field[0] != canonicalHeaderName(field[0]) {
			t.Errorf("header name %q is not canonical", field[0])
		}
	}
	wantEqual(t, "body", string(req.Body), `{"a":1}`)
}

func TestRequestQueryDataNoURLCanCarryIs104AndSendsNothing(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			h, got := newRequestHarness(t, nil)
			h.Network = fetcherFunc(func(context.Context, FetchRequest) (FetchResponse, error) {
				t.Error("a request no URL can carry went out")
				return FetchResponse{}, nil
			})
			res := h.roundTrip(t, got, api, `{"url":"https://example.cn/x","data":"a\nb"}`)
			errString, _ := res.Fields["errString"].(string)
			if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam ||
				!strings.HasPrefix(errString, "Parameter error. parse ") || !strings.Contains(errString, "invalid control character") {
				t.Fatalf("want 104 naming the URL parse error, got %s %v", res.Outcome, res.Fields)
			}
		})
	}
}
