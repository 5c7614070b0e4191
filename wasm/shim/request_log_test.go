// tt.request and Taro.request in the call log: pending while the network
// works, then the outcome with request {method, url, status, durationMs}
// and settled, as ttShim.calls() hands them to the page.

package shim

import (
	"net/http"
	"testing"
	"time"
)

// lastEntry is the newest log entry for api, as the page reads it.
func (h *harness) lastEntry(t *testing.T, api string) map[string]any {
	t.Helper()
	entries := h.loggedJSON(t, api)
	if len(entries) == 0 {
		t.Fatalf("nothing logged for %s", api)
	}
	return entries[len(entries)-1]
}

func TestRequestLogIsPendingThenOK(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			h, got := newRequestHarness(t, nil)
			urls := make(chan string, 1)
			h.Network = cannedFetcher(urls)
			id := h.sendPending(t, api, `{"url":"/api?x=1","method":"PUT","data":{"a":2},"timeout":5000}`)
			const resolved = "https://example.cn/api?x=1"

			entry := h.lastEntry(t, api)
			wantEqual(t, "api", entry["api"], api)
			wantEqual(t, "pending outcome", entry["outcome"], "pending")
			wantEqual(t, "pending request", entry["request"], map[string]any{
				"method": "PUT", "url": resolved, "durationMs": 0.0,
			})
			if _, ok := entry["settled"]; ok {
				t.Fatalf("a pending call has settled: %v", entry)
			}
			wantEqual(t, "time", entry["time"], float64(testEpoch.UnixMilli()))
			wantEqual(t, "args", entry["args"], map[string]any{
				"url": "/api?x=1", "method": "PUT", "data": map[string]any{"a": 2.0}, "timeout": 5000.0,
			})

			h.clock.Advance(1500 * time.Millisecond)
			h.pump(t)
			wantEqual(t, "URL sent", <-urls, resolved)
			wantEqual(t, "delivered", len(*got), 1)
			wantEqual(t, "delivered id", (*got)[0].id, id)

			entry = h.lastEntry(t, api)
			wantEqual(t, "outcome", entry["outcome"], "ok")
			wantEqual(t, "request", entry["request"], map[string]any{
				"method": "PUT", "url": resolved, "status": 200.0, "durationMs": 1500.0,
			})
			wantEqual(t, "settled", entry["settled"], float64(testEpoch.Add(1500*time.Millisecond).UnixMilli()))
			wantEqual(t, "result", entry["result"], page(t, (*got)[0].res))
			if len(h.loggedJSON(t, "")) != 1 {
				t.Fatalf("one call, several entries: %v", h.loggedJSON(t, ""))
			}
		})
	}
}

func TestRequestLogRecordsTheHTTPStatusOfAnError(t *testing.T) {
	srv := newRecordingServer(t, answering(http.StatusNotFound, nil, "missing"))
	h, got := newRequestHarness(t, srv)
	h.clock.Advance(time.Second)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`/nope?q=1","data":{"a":"b c"}}`))
	entry := h.lastEntry(t, "request")
	wantEqual(t, "outcome", entry["outcome"], "ok")
	wantEqual(t, "request", entry["request"], map[string]any{
		"method": "GET", "url": srv.URL + "/nope?q=1&a=b%20c", "status": 404.0, "durationMs": 0.0,
	})
	wantEqual(t, "settled", entry["settled"], float64(testEpoch.Add(time.Second).UnixMilli()))
}

func TestRequestLogOfATimeoutHasNoStatus(t *testing.T) {
	srv := newRecordingServer(t, hangUntilGone)
	h, got := newRequestHarness(t, srv)
	id := h.sendPending(t, "Taro.request", `{"url":"`+srv.URL+`","method":"POST","timeout":30}`)
	h.clock.Advance(30 * time.Millisecond)
	h.pump(t)
	wantEqual(t, "delivered id", (*got)[0].id, id)
	entry := h.lastEntry(t, "Taro.request")
	wantEqual(t, "outcome", entry["outcome"], "fail")
	wantEqual(t, "result", entry["result"], map[string]any{
		"errMsg": "request:fail timeout", "errno": float64(ErrnoTimeout), "errString": "timeout",
	})
	wantEqual(t, "request", entry["request"], map[string]any{"method": "POST", "url": srv.URL, "durationMs": 30.0})
}

func TestRequestLogOfAnAbort(t *testing.T) {
	h, _ := newRequestHarness(t, nil)
	h.Network = blockingFetcher
	id := h.sendPending(t, "tt.request", `{"url":"https://example.cn/x"}`)
	h.clock.Advance(250 * time.Millisecond)
	h.Abort(id)
	h.pump(t) // the cancelled exchange's own answer, ignored
	entry := h.lastEntry(t, "tt.request")
	wantEqual(t, "outcome", entry["outcome"], "fail")
	wantEqual(t, "errMsg", entry["result"].(map[string]any)["errMsg"], "request:fail abort")
	wantEqual(t, "request", entry["request"], map[string]any{
		"method": "GET", "url": "https://example.cn/x", "durationMs": 250.0,
	})
	wantEqual(t, "settled", entry["settled"], float64(testEpoch.Add(250*time.Millisecond).UnixMilli()))
}

func TestRequestLogOfAParamErrorHasNoRequest(t *testing.T) {
	h, _ := newRequestHarness(t, nil)
	h.Network = blockingFetcher
	h.send("tt.request", `{"url":"ftp://x"}`)
	entry := h.lastEntry(t, "tt.request")
	wantEqual(t, "outcome", entry["outcome"], "fail")
	if _, ok := entry["request"]; ok {
		t.Fatalf("a request that never went out is logged with one: %v", entry)
	}
	if _, ok := entry["settled"]; ok {
		t.Fatalf("a call that never waited has settled: %v", entry)
	}
}

func TestRequestLogKeepsCallsInTheOrderMade(t *testing.T) {
	// Answers may come back in any order; each settles its own entry.
	release := make(chan struct{})
	srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		_, _ = w.Write([]byte(r.URL.Path))
	})
	h, got := newRequestHarness(t, srv)
	slow := h.sendPending(t, "tt.request", `{"url":"`+srv.URL+`/slow"}`)
	fast := h.sendPending(t, "Taro.request", `{"url":"`+srv.URL+`/fast","method":"DELETE"}`)
	h.clock.Advance(10 * time.Millisecond)
	h.pump(t)
	close(release)
	h.clock.Advance(10 * time.Millisecond)
	h.pump(t)
	if len(*got) != 2 || (*got)[0].id != fast || (*got)[1].id != slow {
		t.Fatalf("want the fast answer first, got %+v", *got)
	}
	entries := h.loggedJSON(t, "request")
	wantEqual(t, "count", len(entries), 2)
	wantEqual(t, "first api", entries[0]["api"], "tt.request")
	wantEqual(t, "first durationMs", entries[0]["request"].(map[string]any)["durationMs"], 20.0)
	wantEqual(t, "first data", entries[0]["result"].(map[string]any)["data"], "/slow")
	wantEqual(t, "second api", entries[1]["api"], "Taro.request")
	wantEqual(t, "second durationMs", entries[1]["request"].(map[string]any)["durationMs"], 10.0)
	wantEqual(t, "second method", entries[1]["request"].(map[string]any)["method"], "DELETE")
}

func TestRequestTwinsAnswerAlike(t *testing.T) {
	srv := newRecordingServer(t, answering(201, http.Header{"X-Id": {"7"}}, `{"id":7}`))
	results := map[string]map[string]any{}
	for _, api := range requestAPIs {
		h, got := newRequestHarness(t, srv)
		fields := wantRequestOK(t, h.roundTrip(t, got, api,
			`{"url":"`+srv.URL+`/items","method":"POST","data":{"name":"x"},"header":{"X-Client":"t"}}`))
		delete(fields["header"].(map[string]any), "date")
		results[api] = fields
	}
	wantEqual(t, "Taro.request vs tt.request", results["Taro.request"], results["tt.request"])
	seen := srv.requests()
	wantEqual(t, "requests", len(seen), 2)
	wantEqual(t, "same body", string(seen[0].body), string(seen[1].body))
	wantEqual(t, "same header", seen[0].header.Get("X-Client"), seen[1].header.Get("X-Client"))
}
