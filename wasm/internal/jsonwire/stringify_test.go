// Data as the page's JSON.stringify would write it, from the loader's
// tagged JSON.

package jsonwire

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestStringifyAsThePageWouldWriteIt(t *testing.T) {
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
		got, err := Stringify([]byte(tt.raw))
		if string(got) != tt.want && tt.err == "" || tt.err != "" && (err == nil || err.Error() != tt.err) {
			t.Errorf("Stringify(%s) = %s, %v; want %s, %q", tt.raw, got, err, tt.want, tt.err)
		}
	}
}

// A 10 MB body goes through in one pass, as do deep objects around it.
func TestStringifyHugeData(t *testing.T) {
	raw := strings.Repeat(`{"a":`, 100) + `"` + strings.Repeat("x", 10<<20) + `"` + strings.Repeat("}", 100)
	got, err := Stringify([]byte(raw))
	if err != nil || string(got) != raw {
		t.Fatalf("Stringify of %d bytes: %d bytes, %v", len(raw), len(got), err)
	}
}

// FuzzStringify: for any JSON the page could send, what is sent is JSON,
// and JSON with no tags in it is sent as it came.
func FuzzStringify(f *testing.F) {
	for _, doc := range []string{`{"a":[1,{"b":"c"}],"d":null}`, `{"f":{"@@js":"Function"},"a":1}`, `[{"@@js":"Number","v":"NaN"}]`,
		`{"@@js":"BigInt"}`, ` { "a" : [ 1 , 2 ] } `, `"\ud83d"`} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		came, err := Decode(doc)
		if err != nil {
			return // the option was decoded before, and refused
		}
		got, err := Stringify(doc)
		if err != nil && !hasTag(came) {
			t.Fatalf("Stringify(%s): %v", doc, err)
		}
		var sent any
		if err == nil && json.Unmarshal(got, &sent) != nil {
			t.Fatalf("Stringify(%s) = %s, not JSON", doc, got)
		}
		if err == nil && !hasTag(came) && !reflect.DeepEqual(sent, came) {
			t.Fatalf("Stringify(%s) = %s", doc, got)
		}
	})
}

func hasTag(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x[TagKey]; ok {
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
