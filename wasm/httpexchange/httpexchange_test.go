package httpexchange

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServeHandsTheRequestOverWhole(t *testing.T) {
	var seen *http.Request
	var body string
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r
		data, _ := io.ReadAll(r.Body)
		body = string(data)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`{"ok":true}`))
	})
	resp := Serve(handler, Request{
		Method:     "POST",
		Target:     "/open-apis/x?app_id=cli_1&state=a%26b",
		RawHeaders: []string{"Host", "127.0.0.1:8080", "Authorization", "Bearer t-1", "X-Twice", "1", "x-twice", "2"},
		Body:       []byte("app_secret=s"),
	})
	if seen.Method != "POST" || seen.URL.Path != "/open-apis/x" || seen.URL.Query().Get("state") != "a&b" || seen.RequestURI != "/open-apis/x?app_id=cli_1&state=a%26b" {
		t.Errorf("the handler got %s %s (%s)", seen.Method, seen.URL, seen.RequestURI)
	}
	if seen.Host != "127.0.0.1:8080" || seen.Header.Get("Authorization") != "Bearer t-1" || len(seen.Header.Values("X-Twice")) != 2 {
		t.Errorf("the handler got host %q and headers %v", seen.Host, seen.Header)
	}
	if body != "app_secret=s" || seen.ContentLength != int64(len(body)) {
		t.Errorf("the handler got body %q (length %d)", body, seen.ContentLength)
	}
	if resp.Status != http.StatusCreated || string(resp.Body) != `{"ok":true}` || len(resp.Header.Values("Set-Cookie")) != 2 {
		t.Errorf("response %d %v %q", resp.Status, resp.Header, resp.Body)
	}
}

func TestServeDefaultsAsNetHTTPDoes(t *testing.T) {
	resp := Serve(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("<!doctype html><p>hi"))
		w.WriteHeader(http.StatusTeapot) // too late: the status is sent
	}), Request{Method: "GET", Target: "/"})
	if resp.Status != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("a handler that only writes: %d %v", resp.Status, resp.Header)
	}
	resp = Serve(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}), Request{Method: "GET", Target: "/"})
	if resp.Status != http.StatusOK || len(resp.Body) != 0 {
		t.Errorf("a handler that writes nothing: %d %q", resp.Status, resp.Body)
	}
}

func TestServeTurnsAPanicIntoA500(t *testing.T) {
	resp := Serve(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("half an answer"))
		panic("boom")
	}), Request{Method: "GET", Target: "/open-apis/x"})
	var body struct {
		Code int    `json:"code"`
		Msg  string `json:"msg"`
	}
	if err := json.Unmarshal(resp.Body, &body); err != nil || resp.Status != 500 || body.Code != 500 || !strings.Contains(body.Msg, "boom") {
		t.Errorf("a panic answered %d %q", resp.Status, resp.Body)
	}
	if resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("content type %q", resp.Header.Get("Content-Type"))
	}
}

func TestServeRefusesWhatNetHTTPWould(t *testing.T) {
	never := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { t.Error("the handler ran") })
	for _, r := range []Request{
		{Method: "GET", Target: "no-slash"},
		{Method: "GET", Target: ""},
		{Method: "BAD METHOD", Target: "/"},
		{Method: "GET", Target: "/", RawHeaders: []string{"Host"}},
	} {
		if resp := Serve(never, r); resp.Status != http.StatusBadRequest {
			t.Errorf("%+v answered %d %q", r, resp.Status, resp.Body)
		}
	}
}
