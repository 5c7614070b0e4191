// Helpers shared by the tt.request / Taro.request tests: a recording test
// server, sending an option as the page's own JSON (key order kept), and
// pumping background completions by hand on the test goroutine, as the
// browser build's drain goroutine does.

package shim

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// requestAPIs are tt.request and its Taro twin, which answer alike.
var requestAPIs = []string{"tt.request", "Taro.request"}

// seenRequest is one request as the test server received it.
type seenRequest struct {
	method   string
	uri      string // path and raw query, as on the request line
	rawQuery string
	header   http.Header
	body     []byte
}

// recordingServer is an httptest server that remembers every request.
type recordingServer struct {
	*httptest.Server
	mu   sync.Mutex
	seen []seenRequest
}

// newRecordingServer serves handle (a 200 "ok" text when nil) and records
// each request before handle answers it; it closes when the test ends.
func newRecordingServer(t *testing.T, handle http.HandlerFunc) *recordingServer {
	t.Helper()
	if handle == nil {
		handle = func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			_, _ = io.WriteString(w, "ok")
		}
	}
	srv := &recordingServer{}
	srv.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		srv.mu.Lock()
		srv.seen = append(srv.seen, seenRequest{r.Method, r.RequestURI, r.URL.RawQuery, r.Header.Clone(), body})
		srv.mu.Unlock()
		handle(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// requests lists what the server has received, oldest first.
func (s *recordingServer) requests() []seenRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seenRequest(nil), s.seen...)
}

// only is the one request the server received.
func (s *recordingServer) only(t *testing.T) seenRequest {
	t.Helper()
	seen := s.requests()
	if len(seen) != 1 {
		t.Fatalf("the server received %d requests, want 1: %+v", len(seen), seen)
	}
	return seen[0]
}

// hangUntilGone is a handler that answers only once the client gives up.
func hangUntilGone(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
	}
}

// newRequestHarness is a harness whose tt.request reaches srv through its
// own client, with every delivery recorded.
func newRequestHarness(t *testing.T, srv *recordingServer, patches ...string) (*harness, *[]delivery) {
	t.Helper()
	h := newHarness(t, patches...)
	if srv != nil {
		h.Network = httpFetcher{srv.Client()}
	}
	return h, h.recordDeliveries()
}

// send calls api with option written as the page's JSON.stringify would
// write it: keys stay in the order given.
func (h *harness) send(api, optionJSON string) Result {
	return h.Invoke(api, []byte(`{"a":`+optionJSON+`}`))
}

// sendPending sends a request that must wait on the network.
func (h *harness) sendPending(t *testing.T, api, optionJSON string) int {
	t.Helper()
	res := h.send(api, optionJSON)
	if res.Outcome != OutcomePending || res.Pending == 0 {
		t.Fatalf("%s(%s) did not wait on the network: %s %v", api, optionJSON, res.Outcome, res.Fields)
	}
	return res.Pending
}

// nextCompletion waits for one finished piece of background work.
func (h *harness) nextCompletion(t *testing.T) Completion {
	t.Helper()
	select {
	case done := <-h.Completions():
		return done
	case <-time.After(10 * time.Second):
		t.Fatal("no background work finished within 10s")
	}
	return Completion{}
}

// pump hands one finished piece of work back, as the browser build does.
func (h *harness) pump(t *testing.T) {
	t.Helper()
	h.Complete(h.nextCompletion(t))
}

// roundTrip sends a request, pumps its completion and returns what was
// delivered for it, checking it was delivered exactly once.
func (h *harness) roundTrip(t *testing.T, got *[]delivery, api, optionJSON string) Result {
	t.Helper()
	before := len(*got)
	id := h.sendPending(t, api, optionJSON)
	h.pump(t)
	if len(*got) != before+1 || (*got)[before].id != id {
		t.Fatalf("want one delivery for call %d, got %+v", id, (*got)[before:])
	}
	return (*got)[before].res
}

// page is what a result's fields look like once they crossed the bridge.
func page(t *testing.T, res Result) map[string]any {
	t.Helper()
	fields, _ := bridged(t, res.Fields).(map[string]any)
	return fields
}

// wantRequestOK checks an ok answer and returns its fields as the page
// sees them.
func wantRequestOK(t *testing.T, res Result) map[string]any {
	t.Helper()
	wantOK(t, res, "request")
	return page(t, res)
}

// wantParam checks a 104 in the wording of api's namespace: tt's
// "Parameter error. <tt>" or Taro's "parameter error: <taro>".
func wantParam(t *testing.T, res Result, api, tt, taro string) {
	t.Helper()
	if strings.HasPrefix(api, "Taro.") {
		wantFail(t, res, "request", ErrnoInvalidParam, "parameter error: "+taro)
		return
	}
	wantFail(t, res, "request", ErrnoInvalidParam, "Parameter error. "+tt)
}

// wantEqual compares any two values deeply.
func wantEqual(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got %#v\nwant %#v", what, got, want)
	}
}

// httpFetcher is the shim's Fetcher over net/http, which the browser
// build leaves to its network module: the tests send real requests with it.
type httpFetcher struct{ client *http.Client }

func (f httpFetcher) Fetch(ctx context.Context, req FetchRequest) (FetchResponse, error) {
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	out, err := http.NewRequestWithContext(ctx, req.Method, req.URL, body)
	if err != nil {
		return FetchResponse{}, err
	}
	for _, field := range req.Header {
		out.Header.Add(field[0], field[1])
	}
	resp, err := f.client.Do(out)
	if err != nil {
		return FetchResponse{}, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return FetchResponse{}, err
	}
	answer := FetchResponse{Status: resp.StatusCode, Body: data}
	for name, values := range resp.Header {
		for _, value := range values {
			answer.Header = append(answer.Header, [2]string{name, value})
		}
	}
	return answer, nil
}

// fetcherFunc is a Fetcher made of a function, for tests that must see
// the request without any network.
type fetcherFunc func(ctx context.Context, req FetchRequest) (FetchResponse, error)

func (f fetcherFunc) Fetch(ctx context.Context, req FetchRequest) (FetchResponse, error) {
	return f(ctx, req)
}

// cannedFetcher answers every request with 200 "{}" and sends each
// request's URL down urls.
func cannedFetcher(urls chan<- string) fetcherFunc {
	return func(_ context.Context, req FetchRequest) (FetchResponse, error) {
		urls <- req.URL
		return FetchResponse{Status: 200, Body: []byte("{}")}, nil
	}
}

// blockingFetcher never answers: it waits for its request to be cancelled.
var blockingFetcher = fetcherFunc(func(ctx context.Context, _ FetchRequest) (FetchResponse, error) {
	<-ctx.Done()
	return FetchResponse{}, context.Cause(ctx)
})
