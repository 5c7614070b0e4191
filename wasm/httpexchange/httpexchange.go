// Package httpexchange runs an http.Handler on one request given whole and
// keeps its response whole: how ttshim-openplatform.wasm answers each
// request Node hands it, synchronously. It is pure Go, so its tests run
// natively.
package httpexchange

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// Request is a request as Node's http server read it.
type Request struct {
	Method string
	// Target is the request line's path and query.
	Target string
	// RawHeaders are the names and values in turn, as Node's rawHeaders.
	RawHeaders []string
	Body       []byte
}

// Response is what the handler wrote.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Serve runs handler on r to the end. A request net/http's server would
// refuse gets a 400, and a panic a 500, each in the Open Platform's error
// shape ({code, msg}); the handler's state is the handler's to keep sound.
func Serve(handler http.Handler, r Request) (resp Response) {
	req, err := r.httpRequest()
	if err != nil {
		return Failure(http.StatusBadRequest, err.Error())
	}
	defer func() {
		if p := recover(); p != nil {
			resp = Failure(http.StatusInternalServerError, fmt.Sprintf("ttshim-openplatform.wasm internal error: %v", p))
		}
	}()
	w := &recorder{header: http.Header{}}
	handler.ServeHTTP(w, req)
	return w.response()
}

// Failure is an answer in the Open Platform's error shape.
func Failure(status int, message string) Response {
	body, _ := json.Marshal(map[string]any{"code": status, "msg": message}) // a map of strings always encodes
	return Response{Status: status, Header: http.Header{"Content-Type": {"application/json; charset=utf-8"}}, Body: body}
}

func (r Request) httpRequest() (*http.Request, error) {
	if len(r.RawHeaders)%2 != 0 {
		return nil, fmt.Errorf("the headers should be names and values in turn, got %d strings", len(r.RawHeaders))
	}
	// As net/http's server reads a request line's target.
	if _, err := url.ParseRequestURI(r.Target); err != nil {
		return nil, fmt.Errorf("bad request target %q: %v", r.Target, err)
	}
	req, err := http.NewRequest(r.Method, r.Target, bytes.NewReader(r.Body))
	if err != nil {
		return nil, err
	}
	req.RequestURI = r.Target
	for i := 0; i < len(r.RawHeaders); i += 2 {
		req.Header.Add(r.RawHeaders[i], r.RawHeaders[i+1])
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

func (w *recorder) response() Response {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return Response{Status: w.status, Header: w.header, Body: w.body.Bytes()}
}
