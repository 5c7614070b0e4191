// tt.request and Taro.request: how a pending request ends other than with
// an answer. A timeout (302), RequestTask.abort() (301, the late result
// ignored), an unreachable server (305) and ttShim.reset() (301).

package shim

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestRequestTimeoutIs302(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, hangUntilGone)
			h, got := newRequestHarness(t, srv)
			start := time.Now()
			res := h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/slow","timeout":50}`)
			wantFail(t, res, "request", ErrnoTimeout, "timeout")
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("a 50ms timeout took %v", took)
			}
		})
	}
}

func TestRequestTimeoutCoversReadingTheBody(t *testing.T) {
	srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		_, _ = w.Write([]byte(`{"partial":`))
		w.(interface{ Flush() }).Flush()
		<-r.Context().Done()
	})
	h, got := newRequestHarness(t, srv)
	wantFail(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","timeout":100}`), "request", ErrnoTimeout, "timeout")
}

func TestRequestAHugeTimeoutDoesNotExpireAtOnce(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	wantRequestOK(t, h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`","timeout":1e13}`))
}

func TestRequestAbortIs301AndTheLateResultIsIgnored(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, hangUntilGone)
			h, got := newRequestHarness(t, srv)
			id := h.sendPending(t, api, `{"url":"`+srv.URL+`/hang"}`)
			h.Abort(id)
			if len(*got) != 1 || (*got)[0].id != id {
				t.Fatalf("abort did not settle the call at once: %+v", *got)
			}
			wantFail(t, (*got)[0].res, "request", ErrnoNetworkCanceled, "abort")
			// The exchange is cancelled; what it answers then is ignored.
			h.pump(t)
			h.Abort(id) // a second abort of an ended call does nothing
			if len(*got) != 1 {
				t.Fatalf("Deliver ran %d times, want once: %+v", len(*got), *got)
			}
			entries := h.loggedJSON(t, api)
			wantEqual(t, "logged outcome", entries[0]["outcome"], "fail")
			wantEqual(t, "logged errno", entries[0]["result"].(map[string]any)["errno"], float64(ErrnoNetworkCanceled))
		})
	}
}

func TestRequestAbortAfterTheWorkFinishedButBeforeItWasHandedBack(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	id := h.sendPending(t, "tt.request", `{"url":"`+srv.URL+`"}`)
	finished := h.nextCompletion(t) // an ok answer, not yet handed back
	h.Abort(id)
	h.Complete(finished)
	if len(*got) != 1 {
		t.Fatalf("Deliver ran %d times, want once: %+v", len(*got), *got)
	}
	wantFail(t, (*got)[0].res, "request", ErrnoNetworkCanceled, "abort")
}

func TestRequestAbortOfAnEndedOrUnknownCallDoesNothing(t *testing.T) {
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	res := h.roundTrip(t, got, "tt.request", `{"url":"`+srv.URL+`"}`)
	wantRequestOK(t, res)
	h.Abort((*got)[0].id)
	h.Abort(9999)
	h.Abort(0)
	if len(*got) != 1 {
		t.Fatalf("an abort after the end delivered again: %+v", *got)
	}
}

func TestRequestAbortEndsOnlyItsOwnCall(t *testing.T) {
	release := make(chan struct{})
	srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hang" {
			hangUntilGone(w, r)
			return
		}
		<-release
		_, _ = w.Write([]byte(`{"kept":true}`))
	})
	h, got := newRequestHarness(t, srv)
	kept := h.sendPending(t, "tt.request", `{"url":"`+srv.URL+`/kept"}`)
	aborted := h.sendPending(t, "Taro.request", `{"url":"`+srv.URL+`/hang"}`)
	h.Abort(aborted)
	close(release)
	h.pump(t)
	h.pump(t)
	if len(*got) != 2 || (*got)[0].id != aborted || (*got)[1].id != kept {
		t.Fatalf("want the aborted call then the kept one, got %+v", *got)
	}
	wantFail(t, (*got)[0].res, "request", ErrnoNetworkCanceled, "abort")
	wantEqual(t, "kept data", page(t, (*got)[1].res)["data"], map[string]any{"kept": true})
}

func TestRequestUnreachableServerIs305(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, nil)
			h, got := newRequestHarness(t, srv)
			url := srv.URL
			srv.Close() // nothing listens there any more
			res := h.roundTrip(t, got, api, `{"url":"`+url+`/gone"}`)
			if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoNetworkFailure {
				t.Fatalf("want a 305 failure, got %s %v", res.Outcome, res.Fields)
			}
			errString, _ := res.Fields["errString"].(string)
			if !strings.HasPrefix(errString, "network failure: ") || res.Fields["errMsg"] != "request:fail "+errString {
				t.Fatalf("want errString \"network failure: …\" repeated in errMsg, got %v", res.Fields)
			}
		})
	}
}

func TestRequestResetAbortsAPendingRequest(t *testing.T) {
	for _, api := range requestAPIs {
		t.Run(api, func(t *testing.T) {
			srv := newRecordingServer(t, hangUntilGone)
			h, got := newRequestHarness(t, srv)
			first := h.sendPending(t, api, `{"url":"`+srv.URL+`/a"}`)
			second := h.sendPending(t, api, `{"url":"`+srv.URL+`/b"}`)
			h.Reset()
			ids := map[int]bool{}
			for _, d := range *got {
				ids[d.id] = true
				wantFail(t, d.res, "request", ErrnoNetworkCanceled, "abort")
			}
			wantEqual(t, "settled by reset", ids, map[int]bool{first: true, second: true})
			// Both exchanges end; their answers are ignored.
			h.pump(t)
			h.pump(t)
			if len(*got) != 2 {
				t.Fatalf("late answers reached the page: %+v", *got)
			}
			if entries := h.loggedJSON(t, ""); len(entries) != 0 {
				t.Fatalf("reset kept the call log: %v", entries)
			}
			// The shim still sends requests after the reset, with fresh ids.
			h.Network = cannedFetcher(make(chan string, 1))
			res := h.roundTrip(t, got, api, `{"url":"`+srv.URL+`/c"}`)
			wantRequestOK(t, res)
			if id := (*got)[2].id; id == first || id == second {
				t.Fatalf("an id was reused after reset: %d", id)
			}
		})
	}
}

func TestRequestAndADialogPendingTogetherSettleApart(t *testing.T) {
	// A request and a dialog pending together: each settles on its own.
	srv := newRecordingServer(t, nil)
	h, got := newRequestHarness(t, srv)
	dialog := h.askProfile(t, "why")
	request := h.sendPending(t, "tt.request", `{"url":"`+srv.URL+`"}`)
	if dialog == request {
		t.Fatalf("a dialog and a request share the pending id %d", dialog)
	}
	h.pump(t)
	if len(*got) != 1 || (*got)[0].id != request {
		t.Fatalf("want only the request settled, got %+v", *got)
	}
	h.Reset()
	if len(*got) != 2 || (*got)[1].id != dialog {
		t.Fatalf("want the dialog settled by reset, got %+v", *got)
	}
}
