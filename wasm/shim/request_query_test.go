package shim

import (
	"strings"
	"testing"
)

// A GET's data goes into the query in the page's order, strings as their
// text and other values as their JSON.
func TestQueryOf(t *testing.T) {
	tests := []struct{ raw, want, err string }{
		{`{"b":"x y","a":1,"c":{"d":[true,null]},"é":"&="}`, "b=x%20y&a=1&c=%7B%22d%22%3A%5Btrue%2Cnull%5D%7D&%C3%A9=%26%3D", ""},
		{`{}`, "", ""},
		{`{"a":1,"a":2}`, "a=1&a=2", ""},
		{`[1,2]`, "", "only an object can become a query string"},
		{`5`, "", "only an object can become a query string"},
	}
	for _, tt := range tests {
		got, err := queryOf([]byte(tt.raw))
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && err.Error() != tt.err {
			t.Errorf("queryOf(%s) = %q, %v; want %q, %q", tt.raw, got, err, tt.want, tt.err)
		}
	}
}

// A 10 MB string goes into the query in one pass.
func TestQueryOfHugeData(t *testing.T) {
	huge := strings.Repeat("x", 10<<20)
	query, err := queryOf([]byte(`{"q":"` + huge + `"}`))
	if err != nil || len(query) != len(huge)+2 {
		t.Fatalf("queryOf: %d bytes, %v", len(query), err)
	}
}
