// tt.request's data as the page's JSON.stringify would write it, from the
// loader's tagged JSON, and the query string made of it.

package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestStringifiedAsThePageWouldWriteIt(t *testing.T) {
	tests := []struct{ raw, want, err string }{
		{`{"a":1,"f":{"@@js":"Function"},"b":[{"@@js":"Symbol"},{"@@js":"Number","v":"NaN"}]}`, `{"a":1,"b":[null,null]}`, ""},
		{`{"f":{"@@js":"Function"},"a":1,"s":{"@@js":"Symbol"}}`, `{"a":1}`, ""},
		{`{"f":{"@@js":"Function"}}`, `{}`, ""},
		{`[{"@@js":"Function"},{"@@js":"Number","v":"-Infinity"}]`, `[null,null]`, ""},
		{`{"<&>":"\u2028","e":"\"\\"}`, `{"<&>":"\u2028","e":"\"\\"}`, ""},
		{`"text"`, `"text"`, ""},
		{`5`, `5`, ""},
		{`{"@@js":"Date","v":1}`, `{"@@js":"Date","v":1}`, ""}, // not a tag the loader writes
		{`{"x":1,"@@js":"Function"}`, `{"x":1,"@@js":"Function"}`, ""},
		{`{"deep":{"n":{"@@js":"BigInt"}}}`, "", "a BigInt cannot be written as JSON"},
		{`[1,{"@@js":"BigInt"}]`, "", "a BigInt cannot be written as JSON"},
	}
	for _, tt := range tests {
		got, err := stringified(json.RawMessage(tt.raw))
		if string(got) != tt.want && tt.err == "" || tt.err != "" && (err == nil || err.Error() != tt.err) {
			t.Errorf("stringified(%s) = %s, %v; want %s, %q", tt.raw, got, err, tt.want, tt.err)
		}
	}
}

// A 10 MB body goes through in one pass, as do deep objects around it.
func TestStringifiedHugeData(t *testing.T) {
	huge := strings.Repeat("x", 10<<20)
	raw := strings.Repeat(`{"a":`, 100) + `"` + huge + `"` + strings.Repeat("}", 100)
	got, err := stringified(json.RawMessage(raw))
	if err != nil || string(got) != raw {
		t.Fatalf("stringified of %d bytes: %d bytes, %v", len(raw), len(got), err)
	}
	query, err := queryOf(json.RawMessage(`{"q":"` + huge + `"}`))
	if err != nil || len(query) != len(huge)+2 {
		t.Fatalf("queryOf: %d bytes, %v", len(query), err)
	}
}

// FuzzStringified: for any JSON the page could send, what is sent is JSON,
// and JSON with no tags in it is sent as it came.
func FuzzStringified(f *testing.F) {
	for _, doc := range []string{`{"a":[1,{"b":"c"}],"d":null}`, `{"f":{"@@js":"Function"},"a":1}`, `[{"@@js":"Number","v":"NaN"}]`,
		`{"@@js":"BigInt"}`, ` { "a" : [ 1 , 2 ] } `, `"\ud83d"`} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		came, err := decodeJSON(doc)
		if err != nil {
			return // the option was decoded before, and refused
		}
		got, err := stringified(doc)
		if err != nil && !hasTag(came) {
			t.Fatalf("stringified(%s): %v", doc, err)
		}
		var sent any
		if err == nil && json.Unmarshal(got, &sent) != nil {
			t.Fatalf("stringified(%s) = %s, not JSON", doc, got)
		}
		if err == nil && !hasTag(came) && !reflect.DeepEqual(sent, came) {
			t.Fatalf("stringified(%s) = %s", doc, got)
		}
	})
}

func hasTag(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x[jsTag]; ok {
			return true
		}
		for _, item := range x {
			if hasTag(item) {
				return true
			}
		}
	case []any:
		for _, item := range x {
			if hasTag(item) {
				return true
			}
		}
	}
	return false
}
