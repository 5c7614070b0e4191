package shim

import (
	"context"
	"strings"
)

// Fetcher sends one HTTP request and reads its whole answer. The browser
// build hands the request to the loader, whose network module sends it
// with the page's fetch; the shim itself never imports net/http, which
// would double the size of ttshim.wasm.
type Fetcher interface {
	// Fetch returns ctx.Err() once ctx is done, having given up on the
	// exchange.
	Fetch(ctx context.Context, req FetchRequest) (FetchResponse, error)
}

// FetchRequest is a request as it goes on the wire.
type FetchRequest struct {
	Method string `json:"method"`
	URL    string `json:"url"`
	Header Header `json:"header"`
	// Body is nil, or empty, for a request without one.
	Body []byte `json:"-"`
}

// FetchResponse is an HTTP answer, read to its end.
type FetchResponse struct {
	Status int    `json:"status"`
	Header Header `json:"header"`
	Body   []byte `json:"-"`
}

// Header is HTTP header fields as [name, value] pairs, in order; a name
// may come more than once.
type Header [][2]string

// Get is the first value of the field named name, in any case.
func (h Header) Get(name string) string {
	for _, field := range h {
		if strings.EqualFold(field[0], name) {
			return field[1]
		}
	}
	return ""
}

// Set replaces every field named name, in any case, with one of the
// canonical name (content-type as Content-Type), as net/http's
// Header.Set does.
func (h *Header) Set(name, value string) {
	kept := (*h)[:0]
	for _, field := range *h {
		if !strings.EqualFold(field[0], name) {
			kept = append(kept, field)
		}
	}
	*h = append(kept, [2]string{canonicalHeaderName(name), value})
}

// canonicalHeaderName upper-cases the first letter and each one after a
// hyphen, and lower-cases the rest; a name that is not an HTTP token stays
// as it is, as net/http leaves it.
func canonicalHeaderName(name string) string {
	if !isToken(name) {
		return name
	}
	b := []byte(name)
	upper := true
	for i, c := range b {
		switch {
		case upper && 'a' <= c && c <= 'z':
			b[i] = c - ('a' - 'A')
		case !upper && 'A' <= c && c <= 'Z':
			b[i] = c + ('a' - 'A')
		}
		upper = c == '-'
	}
	return string(b)
}

// isToken reports whether s is an HTTP token (RFC 9110), as header names
// must be.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r > 0x7e || r <= ' ' || strings.ContainsRune(`"(),/:;<=>?@[\]{}`, r) {
			return false
		}
	}
	return true
}
