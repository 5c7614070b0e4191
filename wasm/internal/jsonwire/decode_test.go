package jsonwire

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// jsonEdgeCases are documents where a hand-written decoder most easily
// parts from encoding/json; each is also in FuzzDecode's corpus.
var jsonEdgeCases = []string{
	`{"a":1,"a":2}`, `[]`, `{}`, ` [ 1 , -0 , 0.5e-3 , 1E+2 ] `, `-0`, `1e400`, `-1e400`, `1e-400`,
	`01`, `1.`, `.5`, `-`, `+1`, `1e`, `0x1`, `tru`, `nulls`, `true false`, `"\u0000"`, `"\ud83d\ude00"`,
	`"\ud83d"`, `"\ude00\ud83d"`, `"\ud83dx"`, `"\ud83d\u0041"`, `"\ud83d\uzzzz"`, `"\uD83D\uDE00"`, `"\'"`,
	"\"\xff\xfe\"", "\"\xed\xa0\x80\"", "\"a\x1fb\"", "\"tab\there\"", `"\/\b\f\n\r\t\"\\"`, `"unterminated`,
	`"\`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `{,}`, `{1:2}`, "\ufeff{}", `{"<&>\u2028":"\u2029"}`, "", " ",
	`{"a":[{"b":null}]}`, `[1e309]`,
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	docs := append([]string{}, jsonEdgeCases...)
	// encoding/json takes 10,000 nested arrays and objects, and not one more.
	for _, n := range []int{maxDepth, maxDepth + 1} {
		docs = append(docs, strings.Repeat("[", n)+strings.Repeat("]", n),
			strings.Repeat(`{"a":`, n-1)+"[]"+strings.Repeat("}", n-1))
	}
	for _, doc := range docs {
		sameAsEncodingJSON(t, []byte(doc))
	}
}

func TestDecodeDepthLimit(t *testing.T) {
	if _, err := Decode([]byte(strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth))); err != nil {
		t.Errorf("%d nested arrays: %v", maxDepth, err)
	}
	if _, err := Decode([]byte(strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1))); err == nil {
		t.Errorf("%d nested arrays were accepted", maxDepth+1)
	}
}

// sameAsEncodingJSON fails unless Decode and json.Unmarshal both
// refuse doc, or both read the same value from it.
func sameAsEncodingJSON(t *testing.T, doc []byte) {
	t.Helper()
	var want any
	wantErr := json.Unmarshal(doc, &want)
	got, err := Decode(doc)
	switch {
	case (err != nil) != (wantErr != nil):
		t.Fatalf("Decode(%q): error %v; encoding/json: %v", clip(doc), err, wantErr)
	case err == nil && !reflect.DeepEqual(got, want):
		t.Fatalf("Decode(%q) = %#v; encoding/json: %#v", clip(doc), got, want)
	}
}

func clip(doc []byte) []byte {
	if len(doc) > 200 {
		return doc[:200]
	}
	return doc
}

func FuzzDecode(f *testing.F) {
	for _, doc := range jsonEdgeCases {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		sameAsEncodingJSON(t, doc)
	})
}
